import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { PROC_MARK_VAR, killMarked, newProcMark } from './proc-sweep.js';

/** Options of {@link runCommand}. */
export interface RunCommandOptions {
  cwd: string;
  env?: Readonly<Record<string, string | undefined>>;
  /** Kill the command (and its children) after this many ms. */
  timeoutMs?: number;
  /** Kill the command when this aborts. */
  signal?: AbortSignal;
  /** Characters of output kept (head and tail, the middle elided). Default 8000. */
  maxOutput?: number;
  /**
   * Use exactly `env` (plus the process mark), not `process.env` when `env` is absent: with
   * `env: {}` the command starts with no variables at all.
   */
  exactEnv?: boolean;
}

/** What a command did. */
export interface CommandResult {
  /** Exit code; null when it was killed by a signal. */
  exitCode: number | null;
  /** Signal that ended it, if any. */
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  aborted: boolean;
  /** stdout and stderr interleaved as they arrived, cut to `maxOutput` characters. */
  output: string;
  truncated: boolean;
  durationMs: number;
  /** Set when the command could not be started at all. */
  spawnError?: string;
}

/** Time between SIGTERM and SIGKILL when a command is stopped. */
const KILL_GRACE_MS = 2000;
// Marks of the commands still running: if this process exits first (a second Ctrl-C), whatever
// they started is killed on the way out, synchronously, as 'exit' handlers must be.
const liveMarks = new Set<string>();
let exitHook = false;
function trackMark(mark: string): void {
  liveMarks.add(mark);
  if (exitHook) return;
  exitHook = true;
  process.once('exit', () => {
    for (const m of liveMarks) killMarked(m, 'SIGKILL');
  });
}

/** How long the output pipes may stay open after the command and everything it started is killed. */
const CLOSE_GRACE_MS = 2000;

/**
 * Runs a shell command with no stdin, in its own process group, capturing stdout and stderr
 * together, cut to a bounded size. At a timeout or abort, and when the command exits, the group
 * is killed and so is every process that carries the command's environment mark (on Linux), so
 * no child outlives it — not even one that left the group with `setsid`.
 *
 * @example
 * const r = await runCommand('npm test -- --run', { cwd: root, timeoutMs: 60_000 });
 * if (r.exitCode !== 0) console.log(r.output);
 */
export function runCommand(command: string, opts: RunCommandOptions): Promise<CommandResult> {
  const max = opts.maxOutput ?? 8000;
  const t0 = performance.now();
  return new Promise((resolve) => {
    let head = '';
    let tail = '';
    let total = 0;
    let timedOut = false;
    let aborted = false;
    let settled = false;
    let killTimer: NodeJS.Timeout | undefined;
    let timeoutTimer: NodeJS.Timeout | undefined;
    const half = Math.floor(max / 2);

    const mark = newProcMark();
    trackMark(mark);
    const child = spawn(command, {
      cwd: opts.cwd,
      env: { ...(opts.env ?? (opts.exactEnv ? {} : process.env)), [PROC_MARK_VAR]: mark } as NodeJS.ProcessEnv,
      shell: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: process.platform !== 'win32',
      windowsHide: true,
    });

    const collect = (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      total += text.length;
      if (head.length < half) {
        const room = half - head.length;
        head += text.slice(0, room);
        tail = (tail + text.slice(room)).slice(-half);
      } else tail = (tail + text).slice(-half);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);

    const killAll = () => {
      signalGroup(child.pid, 'SIGKILL');
      killMarked(mark, 'SIGKILL');
    };
    const kill = () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      signalGroup(child.pid, 'SIGTERM');
      killMarked(mark, 'SIGTERM');
      killTimer = setTimeout(killAll, KILL_GRACE_MS);
      killTimer.unref();
    };
    const onAbort = () => {
      aborted = true;
      kill();
    };
    if (opts.signal?.aborted) onAbort();
    else opts.signal?.addEventListener('abort', onAbort, { once: true });
    if (opts.timeoutMs !== undefined) {
      timeoutTimer = setTimeout(() => {
        timedOut = true;
        kill();
      }, opts.timeoutMs);
      timeoutTimer.unref();
    }

    const finish = (exitCode: number | null, signal: NodeJS.Signals | null, spawnError?: string) => {
      if (settled) return;
      settled = true;
      liveMarks.delete(mark);
      if (timeoutTimer) clearTimeout(timeoutTimer);
      if (killTimer) clearTimeout(killTimer);
      opts.signal?.removeEventListener('abort', onAbort);
      const truncated = total > head.length + tail.length;
      const output = truncated ? `${head}\n… [${total - head.length - tail.length} characters cut] …\n${tail}` : head + tail;
      const result: CommandResult = {
        exitCode,
        signal,
        timedOut,
        aborted,
        output,
        truncated,
        durationMs: Math.round(performance.now() - t0),
      };
      if (spawnError !== undefined) result.spawnError = spawnError;
      resolve(result);
    };
    child.on('error', (err) => finish(null, null, err.message));
    // The shell has exited: whatever it left running (in its group or not) is killed now, so the
    // pipes close. A process that escaped the mark too (`env -i`) may still hold them: after a
    // grace period the output so far is taken and the pipes are dropped.
    child.on('exit', (code, signal) => {
      killAll();
      const closeTimer = setTimeout(() => {
        child.stdout.destroy();
        child.stderr.destroy();
        finish(code, signal);
      }, CLOSE_GRACE_MS);
      closeTimer.unref();
      child.once('close', () => clearTimeout(closeTimer));
    });
    child.on('close', (code, signal) => finish(code, signal));
  });
}

function signalGroup(pid: number | undefined, signal: NodeJS.Signals): void {
  if (pid === undefined) return;
  try {
    // A negative pid signals the whole process group the detached child leads.
    process.kill(process.platform === 'win32' ? pid : -pid, signal);
  } catch {
    // The group is already gone: nothing left to stop.
  }
}
