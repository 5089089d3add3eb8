import { appendFile, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { ReadycheckError, stableStringify, validateWithSchema, formatIssue, truncate } from '@readycheck/core';
import type { SmokeReport, SmokeReportTypes } from '@readycheck/core';
import { isBlocked } from './report.js';
import type { Reporter, ReporterContext } from './reporters/types.js';

type Test = SmokeReportTypes.Test;
/** One line of the history file (generated from `$defs/historyEntry` of the smoke report schema). */
export type HistoryEntry = SmokeReportTypes.HistoryEntry;
/** Pass-rate trend and flaky list across runs (`results.extra.history` of a report). */
export type HistoryTrend = SmokeReportTypes.HistoryTrend;
/** How one check ended in one run. */
export type CheckOutcome = SmokeReportTypes.CheckOutcome;

/** History file used when `--history` is given without a value. */
export const DEFAULT_HISTORY_FILE = '.smoke/history.jsonl';
/** Most runs a trend looks back over, this run included. */
export const DEFAULT_HISTORY_WINDOW = 30;

const ENTRY_SCHEMA = { $ref: 'https://readycheck.dev/schemas/smoke-report.schema.json#/$defs/historyEntry' };

/**
 * How a check ended, in the words of the history file: `flaky` passed only on a retry, `blocked`
 * did not run because a dependency failed, `skipped` covers everything else that did not run
 * (filtered, interrupted, pending).
 */
export function outcomeOf(test: Test): CheckOutcome {
  if (test.status === 'failed') return 'failed';
  if (test.status === 'passed') return test.flaky === true ? 'flaky' : 'passed';
  if (isBlocked(test)) return 'blocked';
  return 'skipped';
}

/** The run id a history line is keyed by: the report's `reportId`, else its start time. */
export function runIdOf(report: SmokeReport): string {
  return report.reportId ?? String(report.results.summary.start);
}

/** Pass rate of a run: the report's own figure when it has one, else passed / (passed + failed). */
export function passRateOf(report: SmokeReport): number {
  const own = report.results.extra?.passRate;
  if (typeof own === 'number') return own;
  const s = report.results.summary;
  return s.passed + s.failed === 0 ? 1 : s.passed / (s.passed + s.failed);
}

/**
 * The history line of one run: its summary, pass rate and every check's outcome by id.
 *
 * @example
 * await appendHistory('.smoke/history.jsonl', historyEntryOf(report));
 */
export function historyEntryOf(report: SmokeReport): HistoryEntry {
  const checks: Record<string, CheckOutcome> = {};
  const durations: Record<string, number> = {};
  const summary = { tests: 0, passed: 0, failed: 0, flaky: 0, blocked: 0, skipped: 0 };
  for (const test of report.results.tests) {
    const outcome = outcomeOf(test);
    checks[test.extra.id] = outcome;
    if (test.status === 'passed' || test.status === 'failed') durations[test.extra.id] = Math.max(0, Math.round(test.duration));
    summary.tests++;
    summary[outcome]++;
  }
  const entry: HistoryEntry = {
    v: 1,
    runId: runIdOf(report),
    start: report.results.summary.start,
    passRate: round(passRateOf(report)),
    // flaky checks passed: count them with the passed ones, as the report summary does
    summary: { ...summary, passed: summary.passed + summary.flaky },
    checks,
  };
  const duration = report.results.summary.duration ?? report.results.summary.stop - report.results.summary.start;
  if (duration >= 0) entry.duration = duration;
  if (report.timestamp !== undefined) entry.timestamp = report.timestamp;
  if (report.results.extra?.shard !== undefined) entry.shard = report.results.extra.shard;
  // For `smoke-run status`: how long each check and each phase took.
  if (Object.keys(durations).length) entry.durations = durations;
  if (report.results.extra?.phases?.length) entry.phases = report.results.extra.phases;
  if (report.results.extra?.interrupted === true) entry.interrupted = true;
  return entry;
}

/** What {@link readHistory} found: the valid lines, oldest first, and one warning per skipped line. */
export interface HistoryFile {
  entries: HistoryEntry[];
  warnings: string[];
}

/**
 * Reads a history file (JSON Lines). A missing file is an empty history; a line that is not
 * valid JSON or not a valid history entry is skipped with a warning naming `file:line`, so one
 * damaged line never loses the rest of the history.
 */
export async function readHistory(file: string): Promise<HistoryFile> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'ENOENT') return { entries: [], warnings: [] };
    throw new ReadycheckError('RC_FILE_UNREADABLE', `${file}: cannot read history (${(cause as Error).message})`, { cause, file });
  }
  return parseHistory(text, file);
}

/** Parses history text; see {@link readHistory}. */
export function parseHistory(text: string, file: string): HistoryFile {
  const entries: HistoryEntry[] = [];
  const warnings: string[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]?.trim() ?? '';
    if (line === '') continue;
    let data: unknown;
    try {
      data = JSON.parse(line);
    } catch (cause) {
      warnings.push(`${file}:${i + 1}: skipped a line that is not JSON (${truncate((cause as Error).message, 120)})`);
      continue;
    }
    const result = validateWithSchema<HistoryEntry>(ENTRY_SCHEMA, data, { file: `${file}:${i + 1}` });
    if (result.valid) entries.push(result.data);
    else warnings.push(`skipped history line: ${formatIssue(result.issues[0]!)}`);
  }
  return { entries, warnings };
}

/**
 * Appends one run to the history file as one line, creating the file and its directory when
 * missing. One `appendFile` call per run: parallel shards writing the same history interleave
 * whole lines, never halves of them.
 */
export async function appendHistory(file: string, entry: HistoryEntry): Promise<void> {
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await appendFile(file, stableStringify(entry, 0));
  } catch (cause) {
    throw new ReadycheckError('RC_WRITE_FAILED', `${file}: cannot append history (${(cause as Error).message})`, { cause, file });
  }
}

/** Options of {@link computeTrend}. */
export interface TrendOptions {
  /** Most runs to look back over, this run included (default {@link DEFAULT_HISTORY_WINDOW}). */
  window?: number;
  /** Check names by id, for the flaky list. */
  names?: ReadonlyMap<string, string>;
}

/**
 * Pass-rate trend and the checks that are flaky across runs. `entries` are the history lines,
 * oldest first; `current` (this run) is added at the end unless the history already ends with it.
 *
 * A check is flaky across runs when, within the window, it passed only on a retry at least once,
 * or its outcome flipped between passing and failing at least twice (fixed once is not flaky;
 * passing, failing and passing again is). Most flaky first: retry-passes plus flips, then the
 * lowest pass rate, then the id.
 *
 * Runs are compared like with like: a shard's trend uses the earlier runs of the same shard
 * (`2/4` with `2/4`), a whole run's trend (or a merged one) the earlier whole runs.
 */
export function computeTrend(entries: readonly HistoryEntry[], current?: HistoryEntry, options: TrendOptions = {}): HistoryTrend {
  const window = Math.max(1, Math.floor(options.window ?? DEFAULT_HISTORY_WINDOW));
  const all = current ? entries.filter((e) => (e.shard ?? '') === (current.shard ?? '')) : [...entries];
  if (current && all.at(-1)?.runId !== current.runId) all.push(current);
  const recent = all.slice(-window);

  const runs = recent.map(({ v: _v, checks: _checks, durations: _durations, phases: _phases, ...run }) => run);
  const stats = new Map<string, { passed: number; failed: number; flaky: number; flips: number; runs: number; prev?: 'pass' | 'fail'; last?: CheckOutcome }>();
  for (const entry of recent) {
    for (const [id, outcome] of Object.entries(entry.checks)) {
      let s = stats.get(id);
      if (!s) stats.set(id, (s = { passed: 0, failed: 0, flaky: 0, flips: 0, runs: 0 }));
      s.last = outcome;
      if (outcome === 'blocked' || outcome === 'skipped') continue;
      s.runs++;
      s[outcome]++;
      const now = outcome === 'failed' ? 'fail' : 'pass';
      if (s.prev !== undefined && s.prev !== now) s.flips++;
      s.prev = now;
    }
  }
  const flaky: SmokeReportTypes.FlakyCheck[] = [];
  for (const [id, s] of stats) {
    if (s.flaky === 0 && s.flips < 2) continue;
    const item: SmokeReportTypes.FlakyCheck = {
      id,
      runs: s.runs,
      passed: s.passed,
      failed: s.failed,
      flaky: s.flaky,
      flips: s.flips,
      passRate: round(s.runs === 0 ? 1 : (s.passed + s.flaky) / s.runs),
    };
    const name = options.names?.get(id);
    if (name !== undefined) item.name = name;
    if (s.last !== undefined) item.last = s.last;
    item.outcomes = recent.map((entry) => entry.checks[id] ?? 'absent');
    flaky.push(item);
  }
  flaky.sort((a, b) => b.flaky + b.flips - (a.flaky + a.flips) || a.passRate - b.passRate || compare(a.id, b.id));
  return { window, runs, flaky };
}

/**
 * Reads the history file and returns `report` with its trend under `results.extra.history`
 * (this run included), plus the warnings for skipped lines. The history file is not written.
 *
 * @example
 * const { report: withTrend, warnings } = await attachHistory(report, '.smoke/history.jsonl');
 */
export async function attachHistory(
  report: SmokeReport,
  file: string,
  options: Omit<TrendOptions, 'names'> = {},
): Promise<{ report: SmokeReport; warnings: string[] }> {
  const { entries, warnings } = await readHistory(file);
  const names = new Map(report.results.tests.map((t) => [t.extra.id, t.name]));
  const history = computeTrend(entries, historyEntryOf(report), { ...options, names });
  const extra = report.results.extra;
  if (!extra) return { report, warnings };
  return { report: { ...report, results: { ...report.results, extra: { ...extra, history } } }, warnings };
}

function round(n: number): number {
  return Math.round(n * 10_000) / 10_000;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The history reporter (`--history [FILE]`): appends this run's line to the history file. Does
 * nothing without `historyFile`. An interrupted run is recorded too, marked `interrupted`.
 *
 * @example
 * const reporter = historyReporter({ ...ctx, historyFile: DEFAULT_HISTORY_FILE });
 * await reporter.onRunEnd(report);
 */
export function historyReporter(ctx: ReporterContext): Reporter {
  return {
    name: 'history',
    async onRunEnd(report) {
      if (!ctx.historyFile) return;
      await appendHistory(path.resolve(ctx.cwd, ctx.historyFile), historyEntryOf(report));
    },
  };
}

/**
 * The history file of `--history [FILE]`: the file given, {@link DEFAULT_HISTORY_FILE} when the
 * flag has no value (commander passes `true`), undefined when the flag is absent.
 */
export function historyFileOption(value: string | boolean | undefined): string | undefined {
  if (value === undefined || value === false) return undefined;
  return value === true ? DEFAULT_HISTORY_FILE : value;
}

/**
 * `report` with the trend of `ctx.historyFile` under `results.extra.history` (this run
 * included), for every reporter of the run to show. A history file that cannot be read costs
 * the run nothing: the problem is one line on stderr and the report goes out without a trend.
 */
export async function withHistoryTrend(report: SmokeReport, ctx: Pick<ReporterContext, 'cwd' | 'historyFile' | 'stderr'>): Promise<SmokeReport> {
  if (!ctx.historyFile) return report;
  try {
    const loaded = await attachHistory(report, path.resolve(ctx.cwd, ctx.historyFile));
    for (const w of loaded.warnings) ctx.stderr(`smoke-run: ${w}\n`);
    return loaded.report;
  } catch (err) {
    ctx.stderr(`smoke-run: no trend in this report: ${err instanceof Error ? err.message : String(err)}\n`);
    return report;
  }
}
