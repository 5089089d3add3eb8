import type { QualityReport } from '@readycheck/core';
import { compareViolations } from './scan.js';
import { CONFIDENCES, type Confidence, type Severity, type Violation } from './types.js';
import { version } from './version.js';

/** A file that could not be read or parsed (the report's `errors[]` entries). */
export type ReportError = QualityReport['errors'][number];
/** A file that was not scanned, and why (the report's `skipped[]` entries). */
export type ReportSkipped = QualityReport['skipped'][number];

/** What {@link buildReport} assembles a report from. */
export interface ReportParts {
  files: number;
  violations: readonly Violation[];
  errors?: readonly ReportError[];
  skipped?: readonly ReportSkipped[];
  mode?: QualityReport['mode'];
  staleBaseline?: QualityReport['staleBaseline'];
  durationMs?: number;
  /** Keep only findings of at least this confidence (`--min-confidence`). */
  minConfidence?: Confidence;
  /** Files the ignore globs and .gitignore left out: counted in the summary when nothing was scanned, to say why. */
  ignored?: number;
}

/** True when a finding's confidence is at or above `min` (`high` is the top; no confidence reads as `high`). */
export function atOrAboveConfidence(confidence: Confidence | undefined, min: Confidence): boolean {
  return CONFIDENCES.indexOf(confidence ?? 'high') <= CONFIDENCES.indexOf(min);
}

/** The same report with only the findings of at least `min` confidence, its summary recounted. */
export function withMinConfidence(report: QualityReport, min: Confidence): QualityReport {
  // The ignored-file count of an empty scan is in the summary only; carry it over.
  const ignored = (report.summary.skipped?.ignored ?? 0) - report.skipped.filter((x) => x.reason === 'ignored').length;
  return buildReport({
    files: report.summary.files,
    violations: report.violations,
    errors: report.errors,
    skipped: report.skipped,
    mode: report.mode,
    ...(report.staleBaseline ? { staleBaseline: report.staleBaseline } : {}),
    ...(report.summary.durationMs !== undefined ? { durationMs: report.summary.durationMs } : {}),
    ...(ignored > 0 ? { ignored } : {}),
    minConfidence: min,
  });
}

/**
 * The summary's skip counts in words, most frequent first: `2 binary, 1 too-large`; '' when none.
 *
 * @example
 * skipReasons(report.summary); // '3 binary, 1 unreadable'
 */
export function skipReasons(summary: Pick<QualityReport['summary'], 'skipped'>): string {
  return Object.entries(summary.skipped ?? {})
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([reason, n]) => `${n} ${reason}`)
    .join(', ');
}

/** True when a finding counts: not silenced inline and not matched by the baseline. */
export function isReported(v: Violation): boolean {
  return v.suppression === undefined;
}

/**
 * Assembles a `QualityReport` (the JSON format, valid against `quality-report.schema.json`):
 * sorts violations, errors and skipped files, and computes the summary. Suppressed findings stay
 * in `violations`, marked, and count under `summary.suppressed` / `summary.baselined`.
 */
export function buildReport(parts: ReportParts): QualityReport {
  // Every finding says how sure it is; one made without a confidence (a custom pipeline's) is `high`.
  const min = parts.minConfidence;
  const violations = parts.violations
    .filter((v) => min === undefined || atOrAboveConfidence(v.confidence, min))
    .map((v) => (v.confidence ? v : { ...v, confidence: 'high' as const }))
    .sort(compareViolations);
  const bySeverity: Record<Severity, number> = { critical: 0, high: 0, medium: 0, low: 0 };
  const byCategory: Record<string, number> = {};
  let suppressed = 0;
  let baselined = 0;
  for (const v of violations) {
    if (v.suppression?.kind === 'inSource') suppressed++;
    else if (v.suppression?.kind === 'external') baselined++;
    else {
      bySeverity[v.severity]++;
      byCategory[v.category] = (byCategory[v.category] ?? 0) + 1;
    }
  }
  const report: QualityReport = {
    schemaVersion: '1.0',
    tool: { name: 'quality-scan', version },
    mode: parts.mode ?? 'snapshot',
    summary: {
      files: parts.files,
      violations: violations.length - suppressed - baselined,
      suppressed,
      bySeverity,
      byCategory,
    },
    violations,
    errors: [...(parts.errors ?? [])].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0))),
    skipped: [...(parts.skipped ?? [])].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)),
  };
  if (baselined) report.summary.baselined = baselined;
  if (parts.durationMs !== undefined) report.summary.durationMs = Math.round(parts.durationMs);
  const skipped: Record<string, number> = {};
  for (const x of report.skipped) skipped[x.reason] = (skipped[x.reason] ?? 0) + 1;
  if (parts.files === 0 && parts.ignored) skipped.ignored = (skipped.ignored ?? 0) + parts.ignored;
  if (Object.keys(skipped).length) report.summary.skipped = Object.fromEntries(Object.entries(skipped).sort((a, b) => (a[0] < b[0] ? -1 : 1)));
  if (parts.staleBaseline?.length) report.staleBaseline = parts.staleBaseline;
  return report;
}
