import picomatch from 'picomatch';
import type { CoverageGateConfig, CoverageGateReport, CoverageGateReportTypes } from '@readycheck/core';
import { METRICS, ratio, sumMetric, toCounts, type Count, type CoverageData, type FileCoverage, type Metric } from './model.js';

/** One gate of a report (generated from the report schema). */
export type Gate = CoverageGateReportTypes.Gate;
/** Thresholds per metric (generated from the config schema). */
export type Thresholds = NonNullable<CoverageGateConfig['global']>;
/** A worst-file row. */
export type FileCounts = CoverageGateReportTypes.FileCounts;

/** Default number of worst files listed per failing gate. */
export const DEFAULT_WORST = 5;

const KIND_ORDER: Record<Gate['kind'], number> = { data: 0, global: 1, path: 2, 'per-file': 3, 'changed-lines': 4, ratchet: 5 };
const METRIC_ORDER: Record<Metric, number> = { lines: 0, statements: 1, functions: 2, branches: 3 };

/** True when a `paths` key or `exclude` entry is a glob rather than a directory or file path. */
export function isGlob(pattern: string): boolean {
  return /[*?[\]{}!()]/.test(pattern);
}

/** Normalises a `paths` key: `./a/b/` → `a/b/`. */
function normaliseKey(key: string): string {
  return key.replace(/\\/g, '/').replace(/^\.\//, '');
}

/**
 * A predicate for one `paths` key: a glob (`packages/*\/src/**`) is matched with picomatch; a plain
 * path matches that file or everything under that directory (`packages/smoke/src` or `…/src/`).
 */
export function pathMatcher(key: string): (file: string) => boolean {
  const k = normaliseKey(key);
  if (isGlob(k)) {
    const glob = k.endsWith('/') ? `${k}**` : k;
    return picomatch(glob, { dot: true });
  }
  const dir = k.endsWith('/') ? k : `${k}/`;
  const exact = k.replace(/\/$/, '');
  return (file) => file === exact || file.startsWith(dir);
}

/** Evaluates one threshold against a count: percent floor, or (negative) most uncovered allowed. */
export function meets(threshold: number, c: Count): boolean {
  return threshold >= 0 ? ratio(c) >= threshold : c.total - c.covered <= -threshold;
}

/** `≥ 80%` or `≤ 10 uncovered`. */
export function describeThreshold(threshold: number): string {
  return threshold >= 0 ? `≥ ${threshold}%` : `≤ ${-threshold} uncovered`;
}

const SINGULAR: Record<Metric, string> = { lines: 'line', statements: 'statement', functions: 'function', branches: 'branch' };

function singular(metric: Metric, n: number): string {
  return n === 1 ? SINGULAR[metric] : metric;
}

function describeActual(metric: Metric, c: Count): string {
  const counts = toCounts(c);
  return `${counts.pct.toFixed(2)}% (${counts.uncovered} ${singular(metric, counts.uncovered)} of ${c.total} uncovered)`;
}

/** Worst files of `files` for `metric`: lowest percent first, only files with something uncovered. */
export function worstFiles(files: readonly FileCoverage[], metric: Metric, limit: number): FileCounts[] {
  const rows: FileCounts[] = [];
  for (const f of files) {
    const c = f.metrics[metric];
    if (!c || c.covered >= c.total) continue;
    rows.push({ file: f.file, ...toCounts(c) });
  }
  rows.sort((a, b) => ratio(a) - ratio(b) || b.uncovered - a.uncovered || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return Number.isFinite(limit) ? rows.slice(0, limit) : rows;
}

function thresholdGate(kind: 'global' | 'path', target: string, metric: Metric, threshold: number, files: FileCoverage[], worst: number): Gate {
  const c = sumMetric(files, metric) ?? { total: 0, covered: 0 };
  const passed = meets(threshold, c);
  const what = kind === 'global' ? 'all files' : target;
  const message = passed
    ? `${what}: ${metric} ${describeActual(metric, c)} meets ${describeThreshold(threshold)}`
    : threshold >= 0
      ? `${what}: ${metric} ${describeActual(metric, c)} is below ${threshold}%`
      : `${what}: ${c.total - c.covered} ${singular(metric, c.total - c.covered)} uncovered, at most ${-threshold} allowed`;
  const gate: Gate = { kind, target, metric, threshold, actual: toCounts(c), passed, message, files: files.length };
  if (!passed) gate.worstFiles = worstFiles(files, metric, worst);
  return gate;
}

function metricsOf(t: Thresholds): [Metric, number][] {
  return METRICS.filter((m) => typeof t[m] === 'number').map((m) => [m, t[m] as number]);
}

/** Files left after the config's `exclude` globs, and how many were dropped. */
export function applyExclude(files: readonly FileCoverage[], exclude: readonly string[] | undefined): { files: FileCoverage[]; excluded: number } {
  if (!exclude?.length) return { files: [...files], excluded: 0 };
  const matchers = exclude.map(pathMatcher);
  const kept = files.filter((f) => !matchers.some((m) => m(f.file)));
  return { files: kept, excluded: files.length - kept.length };
}

/** Input of {@link evaluateGates} for changed-line coverage. */
export interface ChangedInput {
  /** The `--diff` base, for messages. */
  base: string;
  /** Root-relative path → changed line numbers. */
  lines: Map<string, number[]>;
  /** Files with per-line hits (the coverage data itself, or a sibling file for coverage-summary.json). */
  lineFiles: readonly FileCoverage[];
  /** Threshold percent, or null to report only. */
  threshold: number | null;
}

const SOURCE_EXT = /\.(c|m)?(t|j)sx?$/;
const TEST_FILE = /(^|\/)(__tests__|__mocks__)\/|\.(test|spec)\.(c|m)?(t|j)sx?$|\.d\.(c|m)?ts$/;

/** Changed-line coverage: each changed executable line is covered or not. */
export function evaluateChangedLines(input: ChangedInput, exclude: readonly string[] | undefined): { gate: Gate; section: CoverageGateReportTypes.ChangedLines } {
  const byFile = new Map(input.lineFiles.map((f) => [f.file, f]));
  const excluded = (exclude ?? []).map(pathMatcher);
  const files: CoverageGateReportTypes.ChangedLines['files'] = [];
  const withoutCoverage: string[] = [];
  let total = 0;
  let covered = 0;
  for (const [file, lines] of [...input.lines].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (excluded.some((m) => m(file))) continue;
    const cov = byFile.get(file);
    if (!cov?.lineHits) {
      if (SOURCE_EXT.test(file) && !TEST_FILE.test(file)) withoutCoverage.push(file);
      continue;
    }
    let fTotal = 0;
    let fCovered = 0;
    const uncoveredLines: number[] = [];
    for (const l of lines) {
      const hits = cov.lineHits.get(l);
      if (hits === undefined) continue; // not executable: blank, comment, type, brace
      fTotal++;
      if (hits > 0) fCovered++;
      else uncoveredLines.push(l);
    }
    if (fTotal === 0) continue;
    total += fTotal;
    covered += fCovered;
    files.push({ file, total: fTotal, covered: fCovered, uncoveredLines });
  }
  const c = { total, covered };
  const passed = input.threshold === null || meets(input.threshold, c);
  const pct = toCounts(c).pct;
  let message: string;
  if (total === 0) message = `no executable line changed since ${input.base}`;
  else if (input.threshold === null) message = `changed lines since ${input.base}: ${describeActual('lines', c)} (no threshold set)`;
  else if (passed) message = `changed lines since ${input.base}: ${describeActual('lines', c)} meets ${describeThreshold(input.threshold)}`;
  else message = `changed lines since ${input.base}: ${describeActual('lines', c)} is below ${input.threshold}%`;
  const gate: Gate = { kind: 'changed-lines', target: '<changed lines>', metric: 'lines', threshold: input.threshold, actual: toCounts(c), passed, message, files: files.length };
  if (!passed) {
    gate.worstFiles = files
      .filter((f) => f.uncoveredLines.length > 0)
      .map((f) => ({ file: f.file, ...toCounts(f) }))
      .sort((a, b) => ratio(a) - ratio(b) || b.uncovered - a.uncovered || (a.file < b.file ? -1 : 1));
  }
  return { gate, section: { base: input.base, threshold: input.threshold, total, covered, pct, passed, files, filesWithoutCoverage: withoutCoverage } };
}

/** Input of {@link evaluateGates}. */
export interface EvaluateInput {
  data: CoverageData;
  config: CoverageGateConfig;
  changed?: ChangedInput;
  /** Extra gates computed elsewhere (the ratchet). */
  extraGates?: Gate[];
  ratchet?: CoverageGateReport['ratchet'];
  /** `coverage.lineData` of the report, when per-line hits came from another file. */
  lineDataSource?: string;
}

/**
 * Evaluates every configured gate over coverage data and returns the report (`--json` output):
 * global, per-path and per-file thresholds, changed lines, plus any extra (ratchet) gates.
 * Failed gates come first.
 *
 * @example
 * const data = await readCoverage('coverage/coverage-final.json', { root: '.' });
 * const report = evaluateGates({ data, config: { global: { lines: 80 }, paths: { 'src/core/': { lines: -10 } } } });
 * if (!report.ok) process.exitCode = 1;
 */
export function evaluateGates(input: EvaluateInput): CoverageGateReport {
  const { data, config } = input;
  const worst = config.worst ?? DEFAULT_WORST;
  const { files, excluded } = applyExclude(data.files, config.exclude);
  const gates: Gate[] = [];
  const totals: CoverageGateReport['totals'] = {};
  for (const m of data.metrics) {
    const c = sumMetric(files, m);
    if (c) totals[m] = toCounts(c);
  }

  if (files.length === 0) {
    gates.push({
      kind: 'data',
      target: data.source,
      metric: null,
      threshold: null,
      actual: null,
      passed: false,
      code: 'RC_COVERAGE_MISSING',
      message:
        data.files.length === 0
          ? `${data.source} holds no coverage data: no file was measured (did the tests run with coverage, and does the coverage include match the sources?)`
          : `${data.source}: every one of its ${data.files.length} files is excluded by "exclude"; nothing left to gate`,
    });
  } else {
    for (const [m, t] of metricsOf(config.global ?? {})) gates.push(thresholdGate('global', '<global>', m, t, files, worst));
    for (const [key, thresholds] of Object.entries(config.paths ?? {})) {
      const match = pathMatcher(key);
      const group = files.filter((f) => match(f.file));
      if (group.length === 0) {
        gates.push({
          kind: 'path',
          target: key,
          metric: null,
          threshold: null,
          actual: null,
          passed: false,
          code: 'RC_THRESHOLD_NO_MATCH',
          files: 0,
          message: `"${key}" matches none of the ${files.length} files in the coverage data (paths are relative to the root; check the key and the coverage include)`,
        });
        continue;
      }
      for (const [m, t] of metricsOf(thresholds)) gates.push(thresholdGate('path', key, m, t, group, worst));
    }
    const perFile = config.perFile === true ? (config.global ?? {}) : config.perFile === false || config.perFile === undefined ? null : config.perFile;
    if (perFile) {
      for (const [m, t] of metricsOf(perFile)) {
        const failing = files.filter((f) => {
          const c = f.metrics[m];
          return c !== undefined && !meets(t, c);
        });
        const checked = files.filter((f) => f.metrics[m] !== undefined);
        const rows = worstFiles(failing, m, Infinity);
        const worstRow = rows[0] ?? worstFiles(checked, m, 1)[0];
        const passed = failing.length === 0;
        gates.push({
          kind: 'per-file',
          target: '<each file>',
          metric: m,
          threshold: t,
          actual: worstRow ? { total: worstRow.total, covered: worstRow.covered, uncovered: worstRow.uncovered, pct: worstRow.pct } : toCounts({ total: 0, covered: 0 }),
          passed,
          files: checked.length,
          message: passed
            ? `every one of ${checked.length} files meets ${m} ${describeThreshold(t)}${worstRow ? ` (lowest: ${worstRow.file} ${worstRow.pct.toFixed(2)}%)` : ''}`
            : `${failing.length} of ${checked.length} files miss ${m} ${describeThreshold(t)}; worst: ${rows[0]!.file} ${rows[0]!.pct.toFixed(2)}%`,
          ...(passed ? {} : { worstFiles: rows }),
        });
      }
    }
  }
  let changedLines: CoverageGateReport['changedLines'] = null;
  if (input.changed) {
    const r = evaluateChangedLines(input.changed, config.exclude);
    gates.push(r.gate);
    changedLines = r.section;
  }
  gates.push(...(input.extraGates ?? []));
  gates.sort(compareGates);
  const failed = gates.filter((g) => !g.passed).length;
  const coverage: CoverageGateReport['coverage'] = { file: data.source, format: data.format, files: files.length, excluded, metrics: [...data.metrics] };
  if (input.lineDataSource) coverage.lineData = input.lineDataSource;
  return {
    ok: failed === 0,
    coverage,
    totals,
    gates,
    summary: { gates: gates.length, passed: gates.length - failed, failed },
    changedLines,
    ratchet: input.ratchet ?? null,
  };
}

/** Failed first, then data, global, path, per-file, changed-lines, ratchet; then target, metric. */
export function compareGates(a: Gate, b: Gate): number {
  if (a.passed !== b.passed) return a.passed ? 1 : -1;
  const k = KIND_ORDER[a.kind] - KIND_ORDER[b.kind];
  if (k) return k;
  if (a.target !== b.target) return a.target < b.target ? -1 : 1;
  return (a.metric ? METRIC_ORDER[a.metric] : -1) - (b.metric ? METRIC_ORDER[b.metric] : -1);
}
