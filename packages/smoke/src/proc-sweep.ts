import { randomUUID } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';

/**
 * Environment variable that marks every process a command started. A child that leaves the
 * command's process group (`setsid`, a double fork) still inherits its environment, so the mark
 * finds it where a process-group kill does not.
 */
export const PROC_MARK_VAR = 'READYCHECK_PROC_MARK';

/** A fresh, unguessable mark for one command. */
export function newProcMark(): string {
  return randomUUID();
}

/** True where processes can be found by their environment (Linux's /proc). */
export const canSweep = process.platform === 'linux';

/**
 * Pids of the processes (other than this one) whose initial environment carries `mark`. Reads
 * `/proc/<pid>/environ`; processes that cannot be read (another user's) are passed over.
 */
export function findMarkedProcesses(mark: string): number[] {
  if (!canSweep) return [];
  const needle = Buffer.from(`${PROC_MARK_VAR}=${mark}\0`);
  const out: number[] = [];
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    // No /proc (a container without it): nothing can be found this way.
    return out;
  }
  for (const name of entries) {
    if (!/^\d+$/.test(name)) continue;
    const pid = Number(name);
    if (pid === process.pid) continue;
    let env: Buffer;
    try {
      env = readFileSync(`/proc/${name}/environ`);
    } catch {
      // Gone since readdir, or not ours to read: either way not one of the command's processes.
      continue;
    }
    // Each variable of environ ends with a NUL, the last one too.
    if (env.indexOf(needle) >= 0) out.push(pid);
  }
  return out;
}

/**
 * Sends `signal` to every process carrying `mark`, repeating while new ones appear (a process may
 * fork while the sweep runs). Returns how many distinct processes were signalled.
 */
export function killMarked(mark: string, signal: NodeJS.Signals = 'SIGKILL', rounds = 5): number {
  const hit = new Set<number>();
  for (let round = 0; round < rounds; round++) {
    const found = findMarkedProcesses(mark);
    if (!found.length) break;
    for (const pid of found) {
      try {
        process.kill(pid, signal);
        hit.add(pid);
      } catch {
        // Exited between the scan and the signal: nothing to stop.
      }
    }
    // SIGTERM may be handled: one round, the caller follows with SIGKILL after a grace period.
    if (signal !== 'SIGKILL') break;
  }
  return hit.size;
}
