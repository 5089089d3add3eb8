import { escapeControl } from './escape.js';
import { isReadycheckError, truncate } from './errors.js';

/** Where a CLI writes; injectable so CLIs can be tested in-process. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Working directory for relative paths. */
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** True when stdout is a terminal (colours, spinners). */
  isTTY: boolean;
  /** True when stderr is a terminal (progress lines). Default false. */
  stderrIsTTY?: boolean;
  /** Reads all of standard input (`--stdin`). */
  readStdin?: () => Promise<string>;
}

async function readAllStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/** The real process's IO. */
export function processIO(): CliIO {
  return {
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    cwd: process.cwd(),
    env: process.env,
    isTTY: Boolean(process.stdout.isTTY) && !process.env.CI,
    stderrIsTTY: Boolean(process.stderr.isTTY) && !process.env.CI,
    readStdin: readAllStdin,
  };
}

/**
 * Turns any error into what a CLI should print and the exit code: a readycheck error is its own
 * one-line message (exit 2 unless it says otherwise); a commander usage error keeps commander's
 * message (exit 2); anything else is one line naming it as an internal error (exit 2), with the
 * stack only when `READYCHECK_DEBUG` is set. Control characters in the message (from a file name,
 * an id, a value) are escaped, so an error line can never carry a terminal escape or a second line.
 */
export function describeCliError(err: unknown, env: NodeJS.ProcessEnv = process.env): { message: string; exitCode: number } {
  if (isReadycheckError(err)) return { message: escapeControl(err.message), exitCode: err.exitCode ?? 2 };
  const e = err as { code?: unknown; message?: unknown; exitCode?: unknown; stack?: unknown };
  if (typeof e?.code === 'string' && e.code.startsWith('commander.')) {
    const exit = e.code === 'commander.helpDisplayed' || e.code === 'commander.version' ? 0 : 2;
    // Commander's own text may span lines (help, suggestions); the rest is escaped.
    return { message: escapeControl(String(e.message ?? '').replace(/^error: /, ''), { keepNewlines: true }), exitCode: exit };
  }
  const text = err instanceof Error ? err.message : String(err);
  if (env.READYCHECK_DEBUG && typeof e?.stack === 'string') return { message: escapeControl(e.stack, { keepNewlines: true }), exitCode: 2 };
  return { message: `internal error: ${escapeControl(truncate(text, 300))} (set READYCHECK_DEBUG=1 for the stack)`, exitCode: 2 };
}

/**
 * Runs a CLI's `main` and sets the process exit code from its result or its error. Output is never
 * lost: the process ends by itself once stdout drains rather than by `process.exit`.
 *
 * @example
 * // src/cli.ts of a package
 * runCli('quality-scan', (argv, io) => main(argv, io));
 */
export function runCli(name: string, main: (argv: string[], io: CliIO) => Promise<number> | number): void {
  // `quality-scan | head` closes the pipe early: that is the reader's choice, not a crash.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code !== 'EPIPE') throw err;
      process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
    });
  }
  const io = processIO();
  Promise.resolve()
    .then(() => main(process.argv.slice(2), io))
    .then(
      (code) => {
        process.exitCode = code;
      },
      (err: unknown) => {
        const { message, exitCode } = describeCliError(err, io.env);
        if (message) io.stderr(`${name}: ${message}\n`);
        process.exitCode = exitCode;
      },
    );
}
