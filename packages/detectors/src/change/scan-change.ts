import type { QualityReport } from '@readycheck/core';
import { buildReport, type ReportSkipped } from '../report.js';
import { checkRuleIds } from '../scan-files.js';
import type { ScanOptions, Violation } from '../types.js';
import { compareChanges, statusOf, type FileChange, type FileChangeResult } from './compare.js';
import { createChangeEngine, type SourceScanner } from './engine.js';

/** Options of {@link scanChange} and the change scans: detector options plus an optional scanner. */
export interface ScanChangeOptions extends Omit<ScanOptions, 'sourceFile'> {
  /** Scans one text instead of `scanSource` (a result cache passes its cached scanner here). */
  scanner?: SourceScanner;
  /**
   * Let suppression comments the change itself adds silence its findings. Default false: they do
   * not, and each is a `suppression-added-in-change` finding for a human to approve.
   */
  allowNewSuppressions?: boolean;
}

/** What was compared, for the report's `change` block. */
export interface ChangeMeta {
  base?: string;
  baseCommit?: string;
  head?: string;
  before?: string;
  after?: string;
}

/** A set of file changes ready to compare, with the files left out and why. */
export interface CollectedChanges {
  changes: FileChange[];
  skipped: ReportSkipped[];
  meta: ChangeMeta;
  /**
   * Git changes: readycheck config files (`readycheck.config.*`) the change adds, edits or deletes,
   * and guarded files (the loaded config, the baseline) it edits or git does not track. Each is one
   * critical `unscannable` finding in the report: the rules that judge a change cannot come from it.
   */
  configChanges?: string[];
}

/**
 * Scans one file change and returns only the findings the change introduced: findings already in
 * `before` (matched by fingerprint, moved code and renamed variables included) are not new; a
 * block that removes code and adds a placeholder comment is a `PLACEHOLDER_DROPPED` finding with
 * `droppedLines` and `droppedRange`. An added file (`before` absent) reports all its findings; a
 * deleted file (`after` absent) reports none: a deletion without a placeholder is not a drop.
 *
 * @example
 * import { scanChange } from '@readycheck/detectors';
 * const result = scanChange({
 *   path: 'src/agent.ts',
 *   before: 'class A {\n  start() { run(); }\n  stop() {\n    halt();\n  }\n}\n',
 *   after: 'class A {\n  start() { run(); }\n  // ... (other agent methods)\n}\n',
 * });
 * // result.violations[0]: { ruleId: 'placeholder-comment', droppedLines: 3, droppedRange: { startLine: 3, endLine: 5 }, ... }
 */
export function scanChange(change: FileChange, options: ScanChangeOptions = {}): FileChangeResult {
  checkRuleIds(options);
  const [result] = compareChanges([change], createChangeEngine(options, options.scanner));
  return result as FileChangeResult;
}

/**
 * Compares a set of file changes together (so code moved from one file to another is not new) and
 * assembles the quality report: `violations` holds only the new findings, `change` the per-file
 * outcome.
 */
export function reportChanges(collected: CollectedChanges, mode: 'diff' | 'before-after', options: ScanChangeOptions = {}): QualityReport {
  checkRuleIds(options);
  const configs = new Set(collected.configChanges ?? []);
  const changes = [...collected.changes.filter((c) => !configs.has(c.path)), ...[...configs].map(configChange)];
  const results = compareChanges(changes, createChangeEngine(options, options.scanner));
  // The settings that would lower it come from the edited config itself: critical, as in the gate.
  for (const r of results) if (configs.has(r.file)) r.violations = r.violations.map((v) => ({ ...v, severity: 'critical' }));
  const violations: Violation[] = results.flatMap((r) => r.violations);
  const report = buildReport({
    files: changes.filter((c) => statusOf(c) !== 'deleted').length,
    violations,
    skipped: collected.skipped,
    mode,
  });
  report.change = {
    ...collected.meta,
    unchanged: sum(results, (r) => r.unchanged),
    fixed: sum(results, (r) => r.fixed),
    files: results
      .map((r) => ({
        file: r.file,
        ...(r.previousFile !== undefined ? { previousFile: r.previousFile } : {}),
        status: r.status,
        new: r.violations.length,
        unchanged: r.unchanged,
        fixed: r.fixed,
      }))
      .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)),
  };
  return report;
}

/** The text of the finding on a config file (or baseline) the change edits; the gate says the same. */
export const CONFIG_CHANGE_REASON = "readycheck's own configuration, edited by this change: the rules that judge a change cannot come from it";

function configChange(file: string): FileChange {
  return { path: file, before: null, after: null, status: 'modified', unscannable: CONFIG_CHANGE_REASON };
}

function sum<T>(items: readonly T[], f: (t: T) => number): number {
  return items.reduce((n, t) => n + f(t), 0);
}
