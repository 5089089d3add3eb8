import { randomUUID } from 'node:crypto';
import { mkdir, open, readFile, rename, stat, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';
import { ReadycheckError } from '@readycheck/core';

/** Options of {@link withFileLock}. */
export interface FileLockOptions {
  /** Give up waiting after this long. Default 10 s. */
  timeoutMs?: number;
  /** A lock older than this is taken over (its holder hung or was killed). Default 30 s. */
  staleMs?: number;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs `fn` while holding an exclusive lock on `target`, across processes: the lock is the file
 * `<target>.lock`, created with O_EXCL (`wx`), which only one process can do. Waiters retry with
 * capped, jittered backoff. A lock whose holder is a dead process on this host, or that is older
 * than `staleMs`, is broken. The lock is released only by its owner (checked by a random token).
 *
 * @example
 * await withFileLock('.readycheck/agents.json', async () => { ... read, modify, write ... });
 */
export async function withFileLock<T>(target: string, fn: () => Promise<T>, options: FileLockOptions = {}): Promise<T> {
  const lockFile = `${target}.lock`;
  const timeoutMs = options.timeoutMs ?? 10_000; // 10s: a store update takes milliseconds
  const staleMs = options.staleMs ?? 30_000; // 30s: far longer than any update holds it
  const token = JSON.stringify({ pid: process.pid, host: hostname(), id: randomUUID() });
  await mkdir(path.dirname(lockFile), { recursive: true });
  const deadline = Date.now() + timeoutMs;
  let delay = 4;
  for (;;) {
    try {
      const handle = await open(lockFile, 'wx');
      try {
        await handle.writeFile(token);
      } finally {
        await handle.close();
      }
      break;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST') {
        throw new ReadycheckError('RC_WRITE_FAILED', `${lockFile}: cannot create the lock file (${code ?? (err as Error).message})`, { cause: err, file: lockFile });
      }
      if (await isStale(lockFile, staleMs)) {
        await breakLock(lockFile);
        continue;
      }
      if (Date.now() >= deadline) {
        throw new ReadycheckError('RC_WRITE_FAILED', `${target}: still locked by another process after ${timeoutMs} ms (${lockFile}; delete it if no quality-scan is running)`, { file: lockFile });
      }
      await sleep(delay + Math.random() * delay);
      delay = Math.min(delay * 2, 100);
    }
  }
  try {
    return await fn();
  } finally {
    const current = await readFile(lockFile, 'utf8').catch(() => null);
    // Someone may have broken a lock we held too long; never delete theirs.
    if (current === token) await unlink(lockFile).catch(() => undefined);
  }
}

async function isStale(lockFile: string, staleMs: number): Promise<boolean> {
  const [text, st] = await Promise.all([readFile(lockFile, 'utf8').catch(() => null), stat(lockFile).catch(() => null)]);
  if (text === null || st === null) return false; // released meanwhile: just retry
  if (Date.now() - st.mtimeMs > staleMs) return true;
  try {
    const owner = JSON.parse(text) as { pid?: unknown; host?: unknown };
    if (owner.host === hostname() && typeof owner.pid === 'number' && owner.pid !== process.pid) return !isAlive(owner.pid);
  } catch {
    // A lock file still being written (empty or partial) is fresh, not stale: the mtime rule covers a writer that died.
    return false;
  }
  return false;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function breakLock(lockFile: string): Promise<void> {
  // Renaming first means only one of several waiters that all saw the stale lock removes it.
  const aside = `${lockFile}.${randomUUID()}.stale`;
  try {
    await rename(lockFile, aside);
  } catch {
    // Another waiter broke it first; the retry loop takes it from here.
    return;
  }
  await unlink(aside).catch(() => undefined);
}
