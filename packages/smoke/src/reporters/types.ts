import type { SmokeReport, SmokeReportTypes } from '@readycheck/core';

/** Something a reporter may return: a value or a promise of one. */
export type Awaitable<T> = T | Promise<T>;

/** The result of one check, as it appears in the report (a CTRF test with readycheck's `extra`). */
export type CheckResult = SmokeReportTypes.Test;

/** What a reporter knows when the run starts. */
export interface RunInfo {
  /** Suite files the plan came from, relative to the working directory. */
  files: string[];
  /** Number of checks planned (after filters and sharding). */
  planned: number;
  /** `i/n` when sharded. */
  shard?: string;
  /** Milliseconds since the epoch. */
  startedAt: number;
}

/** Where and how reporters write; shared by every reporter of a run. */
export interface ReporterContext {
  /** Output directory for report files (`--out`, default `reports/`). */
  outDir: string;
  /** Working directory, for relative paths in reports. */
  cwd: string;
  /** Write a line to the console (stdout). */
  stdout: (text: string) => void;
  /** Write a line to stderr. */
  stderr: (text: string) => void;
  /** True on an interactive terminal (spinners, live lines); false in CI. */
  isTTY: boolean;
  /** Colours (`--color`/`--no-color`, NO_COLOR, FORCE_COLOR, else the terminal). Default: isTTY and no NO_COLOR. */
  color?: boolean;
  /** History file (`--history`), when given. */
  historyFile?: string;
  /** Directory for issue drafts (`--issues-dir`), when given. */
  issuesDir?: string;
  /** Environment (`GITHUB_STEP_SUMMARY` for the github reporter). Default `process.env`. */
  env?: NodeJS.ProcessEnv;
}

/**
 * A reporter: optional hooks, one required ending. Every reporter renders the same
 * `SmokeReport` (generated from schemas/smoke-report.schema.json).
 */
export interface Reporter {
  /** Name used in `--reporter` and in error messages. */
  readonly name: string;
  onRunStart?(run: RunInfo): Awaitable<void>;
  onCheckStart?(check: { id: string; name: string }): Awaitable<void>;
  onCheckEnd?(result: CheckResult): Awaitable<void>;
  onRunEnd(report: SmokeReport): Awaitable<void>;
}

/** Creates a reporter for one run. */
export type ReporterFactory = (ctx: ReporterContext) => Reporter;
