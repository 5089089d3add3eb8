import path from 'node:path';
import picomatch from 'picomatch';
import {
  formatIssue,
  isReadycheckError,
  readDataFile,
  ReadycheckError,
  stableStringify,
  validate,
  writeFileAtomic,
  type QualityBaseline,
  type QualityBaselineTypes,
  type QualityReport,
} from '@readycheck/core';
import { buildReport } from './report.js';
import type { Violation } from './types.js';

/** One known finding in a baseline file. */
export type BaselineEntry = QualityBaselineTypes.Entry;

/** URL of the baseline file's schema, written into every baseline. */
export const BASELINE_SCHEMA_URL = 'https://readycheck.dev/schemas/quality-baseline.schema.json';

/**
 * Reads and validates a baseline file. A missing file is `RC_FILE_NOT_FOUND`; bad JSON or a file
 * that is not a baseline is `RC_BASELINE_INVALID` naming the file, line and JSON pointer.
 *
 * @example
 * const baseline = await loadBaseline('quality-baseline.json');
 */
export async function loadBaseline(file: string): Promise<QualityBaseline> {
  let text: string;
  let data: unknown;
  try {
    ({ text, data } = await readDataFile(file));
  } catch (err) {
    if (isReadycheckError(err, 'RC_FILE_NOT_FOUND')) {
      throw new ReadycheckError('RC_FILE_NOT_FOUND', `${file}: baseline file not found (create it with --update-baseline)`, { cause: err, file });
    }
    if (isReadycheckError(err, 'RC_JSON_SYNTAX') || isReadycheckError(err, 'RC_YAML_SYNTAX')) {
      throw new ReadycheckError('RC_BASELINE_INVALID', `${(err as Error).message}`, { cause: err, file });
    }
    throw err;
  }
  const result = validate<QualityBaseline>('quality-baseline', data, { file, text });
  if (!result.valid) {
    const first = result.issues[0];
    const more = result.issues.length > 1 ? ` (and ${result.issues.length - 1} more)` : '';
    throw new ReadycheckError('RC_BASELINE_INVALID', `${first ? formatIssue(first) : file}${more} (not a quality-scan baseline)`, {
      file,
      ...(first ? { pointer: first.pointer } : {}),
      ...(first?.line === undefined ? {} : { line: first.line }),
    });
  }
  return result.data;
}

/** Options of {@link applyBaseline} and {@link updateBaseline}. */
export interface BaselineScope {
  /**
   * Which files the run covered. An entry for a covered file whose finding is gone is stale; an
   * entry for a file the run did not cover is neither stale nor dropped on update. Default: every file.
   */
  covers?: (file: string) => boolean;
  /** Diff mode: the report holds only new findings, so nothing can be judged stale and update only adds. */
  partial?: boolean;
}

/**
 * Matches a report's findings against a baseline by fingerprint, one entry per finding (so a
 * second copy of a known finding is new, and fixing one finding while adding another in the same
 * file is still caught). Matched findings are marked `suppression: { kind: 'external' }` and
 * `baselineState: 'unchanged'` and no longer count; the others get `baselineState: 'new'`.
 * Entries whose finding is gone are listed in `staleBaseline`. Inline-suppressed findings are left
 * as they are.
 *
 * @example
 * const report = applyBaseline(await scanFiles(['src']), await loadBaseline('baseline.json'));
 * report.staleBaseline; // entries to prune with --update-baseline
 */
export function applyBaseline(report: QualityReport, baseline: QualityBaseline, scope: BaselineScope = {}): QualityReport {
  const remaining = new Map<string, BaselineEntry[]>();
  for (const entry of baseline.entries) {
    const list = remaining.get(entry.fingerprint);
    if (list) list.push(entry);
    else remaining.set(entry.fingerprint, [entry]);
  }
  const violations: Violation[] = report.violations.map((v) => {
    if (v.suppression?.kind === 'inSource') return v;
    const { suppression: _previous, baselineState: _state, ...rest } = v;
    const hit = remaining.get(v.fingerprint)?.shift();
    if (hit) return { ...rest, suppression: { kind: 'external', justification: 'in the baseline' }, baselineState: 'unchanged' };
    return { ...rest, baselineState: 'new' };
  });
  const covers = scope.covers ?? (() => true);
  const stale = scope.partial
    ? []
    : [...remaining.values()]
        .flat()
        .filter((e) => covers(e.file))
        .map((e) => ({ fingerprint: e.fingerprint, ruleId: e.ruleId, file: e.file }))
        .sort((a, b) => cmp(a.file, b.file) || cmp(a.ruleId, b.ruleId) || cmp(a.fingerprint, b.fingerprint));
  return rebuild(report, violations, stale);
}

/** Rebuilds a report's summary after its violations changed, keeping its other parts. */
function rebuild(report: QualityReport, violations: Violation[], stale: NonNullable<QualityReport['staleBaseline']>): QualityReport {
  const next = buildReport({
    files: report.summary.files,
    violations,
    errors: report.errors,
    skipped: report.skipped,
    ...(report.mode ? { mode: report.mode } : {}),
    staleBaseline: stale,
    ...(report.summary.durationMs !== undefined ? { durationMs: report.summary.durationMs } : {}),
  });
  if (report.change) next.change = report.change;
  return next;
}

/**
 * The baseline after a run: one entry per finding that is not suppressed inline (baselined ones
 * included, since they are still there). Entries of files the run did not cover are kept; in diff
 * mode (`partial`) every previous entry is kept and new findings are added.
 */
export function updateBaseline(report: QualityReport, previous: QualityBaseline | null, scope: BaselineScope = {}): QualityBaseline {
  const covers = scope.covers ?? (() => true);
  const entries: BaselineEntry[] = [];
  const kept = new Map<string, number>();
  for (const e of previous?.entries ?? []) {
    if (scope.partial || !covers(e.file)) {
      entries.push(e);
      kept.set(e.fingerprint, (kept.get(e.fingerprint) ?? 0) + 1);
    }
  }
  for (const v of report.violations) {
    if (v.suppression?.kind === 'inSource') continue;
    // In diff mode a finding already in the kept entries is that entry, not a second one.
    const n = kept.get(v.fingerprint) ?? 0;
    if (n > 0) {
      kept.set(v.fingerprint, n - 1);
      continue;
    }
    const entry: BaselineEntry = { fingerprint: v.fingerprint, ruleId: v.ruleId, file: v.file };
    const firstLine = v.snippet.split('\n')[0];
    if (firstLine) entry.snippet = firstLine.slice(0, 120);
    entries.push(entry);
  }
  entries.sort((a, b) => cmp(a.file, b.file) || cmp(a.ruleId, b.ruleId) || cmp(a.fingerprint, b.fingerprint));
  return { $schema: BASELINE_SCHEMA_URL, version: 1, entries };
}

/** Writes a baseline atomically, with sorted keys and rows (same findings, same bytes). */
export async function writeBaseline(file: string, baseline: QualityBaseline): Promise<void> {
  await writeFileAtomic(file, stableStringify(baseline));
}

/**
 * The files a run over `inputs` covers: a file named, anything under a directory named, or a glob
 * match; no inputs (or `.`) covers everything. Paths are relative to `cwd`, forward slashes.
 */
export function coverageOfInputs(inputs: readonly string[], cwd: string): (file: string) => boolean {
  if (inputs.length === 0) return () => true;
  const tests = inputs.map((input) => {
    if (/[*?[\]{}]/.test(input)) return picomatch(input.split('\\').join('/'), { dot: true });
    const rel = path.relative(cwd, path.resolve(cwd, input)).split(path.sep).join('/');
    if (rel === '') return () => true;
    return (file: string) => file === rel || file.startsWith(`${rel}/`);
  });
  return (file) => tests.some((t) => t(file));
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
