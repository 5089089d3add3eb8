import type { CliIO } from './cli.js';

/**
 * The exit codes of every readycheck bin, in one place (every README shows this table).
 *
 * | code | meaning |
 * | --- | --- |
 * | 0 | clean: nothing at or above the threshold |
 * | 1 | findings or failures at or above the threshold (or more warnings than `--max-warnings`) |
 * | 2 | usage, config or input error, or nothing was checked |
 * | 3 | an agent is quarantined |
 * | 130 | interrupted (Ctrl-C) |
 */
export const EXIT = Object.freeze({ OK: 0, FINDINGS: 1, USAGE: 2, QUARANTINED: 3, INTERRUPTED: 130 } as const);

/** One of the {@link EXIT} codes. */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/**
 * The flags that mean the same in every bin, as `[flags, description]` pairs for commander's
 * `.option(...)`: ESLint muscle memory (`-c` is the config file everywhere).
 *
 * @example
 * program.option(...FLAGS.config).option(...FLAGS.color).option(...FLAGS.noColor);
 */
export const FLAGS = Object.freeze({
  config: ['-c, --config <file>', 'config file (default: readycheck.config.{ts,mts,js,mjs,json,jsonc,yaml,yml}, searched upward to the git root)'],
  color: ['--color', 'force colours (also FORCE_COLOR=1)'],
  noColor: ['--no-color', 'no colours (also NO_COLOR=1)'],
  maxWarnings: ['--max-warnings <n>', 'exit 1 when more than n findings below the threshold are reported'],
  quiet: ['-q, --quiet', 'print only findings at or above the threshold'],
  concurrency: ['--concurrency <n|auto|off>', 'threads to scan with (ESLint\'s flag): a number, auto (one worker per CPU beyond two, for 400+ files) or off'],
} as const satisfies Record<string, readonly [string, string]>);

/**
 * Whether to colour output, decided the same way in every bin: `--color`/`--no-color` win; then
 * `NO_COLOR` (any non-empty value, https://no-color.org); then `FORCE_COLOR` (`0`/`false` off,
 * anything else on, even when piped or under CI); then whether the stream is a terminal.
 */
export function useColor(io: Pick<CliIO, 'env' | 'isTTY'>, flag?: boolean, streamIsTTY: boolean = io.isTTY): boolean {
  if (flag !== undefined) return flag;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return !(force === '0' || force.toLowerCase() === 'false');
  return streamIsTTY;
}

/** Options of {@link createProgress}. */
export interface ProgressOptions {
  /** What is counted, e.g. `files`. */
  unit: string;
  /** How many there are, when known. */
  total?: number;
  /** Show nothing for runs shorter than this. Default 1000 ms. */
  delayMs?: number;
  /** Redraw at most this often. Default 100 ms. */
  intervalMs?: number;
  /** Clock, for tests. */
  now?: () => number;
}

/** A progress line on stderr; see {@link createProgress}. */
export interface Progress {
  /** Counts `n` more done. */
  tick(n?: number): void;
  /** Clears the line; call once when the work is over. */
  done(): void;
}

/**
 * A progress line (`files 120/687 · 340/s`) on stderr, only when stderr is a terminal and the
 * work takes longer than `delayMs`, redrawn in place and cleared at the end: output on stdout and
 * in files is never touched, and a piped or CI run prints nothing.
 */
export function createProgress(io: Pick<CliIO, 'stderr' | 'stderrIsTTY'>, options: ProgressOptions): Progress {
  const now = options.now ?? Date.now;
  const start = now();
  const delay = options.delayMs ?? 1000;
  const interval = options.intervalMs ?? 100;
  let count = 0;
  let lastDraw = -Infinity;
  let drawn = false;
  if (!io.stderrIsTTY) return { tick: () => undefined, done: () => undefined };
  return {
    tick(n = 1) {
      count += n;
      const t = now();
      if (t - start < delay || t - lastDraw < interval) return;
      lastDraw = t;
      const rate = Math.round((count * 1000) / Math.max(1, t - start));
      const of = options.total !== undefined ? `/${options.total}` : '';
      io.stderr(`\r\u001b[2K${options.unit} ${count}${of} · ${rate}/s`);
      drawn = true;
    },
    done() {
      if (drawn) io.stderr('\r\u001b[2K');
      drawn = false;
    },
  };
}
