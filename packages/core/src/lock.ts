import { createHash, randomUUID } from 'node:crypto';
import { link, mkdir, open, readFile, rmdir, stat, unlink, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';
import { ReadycheckError } from './errors.js';
import { isProcessAlive } from './process-alive.js';
import { removeDeadWritersTemps, tempFileFor } from './write.js';

/** Options of {@link withFileLock}. */
export interface FileLockOptions {
  /** Give up waiting after this long. Default 10 s. */
  timeoutMs?: number;
  /**
   * A lock whose holder cannot be checked (another host, or an unreadable lock file) is broken
   * once it is older than this. A holder on this host is checked by its process id instead: its
   * lock is broken when that process is gone, never for its age. Default 30 s.
   */
  staleMs?: number;
}

/** The lock, as `fn` sees it while holding it. */
export interface HeldLock {
  /** The lock file. */
  readonly file: string;
  /**
   * The fencing check: throws `RC_WRITE_FAILED` unless the lock file still holds this holder's
   * token. Call it right before committing what the lock guards.
   */
  assertHeld(): Promise<void>;
}

/** How long a stale-lock breaker may hold its marker before others take it over (it needs microseconds). */
const MARKER_STALE_MS = 10_000;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs `fn` while holding an exclusive lock on `target`, across processes. The lock is the file
 * `<target>.lock`, holding its owner's token (process id, host, random id):
 *
 * - It is created whole or not at all: the token is written to a temp file that is then
 *   hard-linked to the lock path (`link` fails if the path exists, like `O_EXCL`), so no waiter
 *   ever reads a half-written lock.
 * - A lock is stale only when its owner is provably gone: a process on this host that no longer
 *   runs, or (owner on another host, or an unreadable lock) older than `staleMs`.
 * - Breaking a stale lock is exclusive per lock: the breaker first creates a marker directory
 *   named after the stale token (`mkdir` is atomic), re-reads the lock and removes it only if it
 *   still holds that very token. Several waiters that saw the same stale lock break it once; a
 *   waiter that looked at an old lock can never remove the fresh lock that replaced it (the race
 *   that lost 5 of 1,200 gate records before, issue #14).
 * - Release removes the lock only if it still holds the owner's token; `assertHeld` (the fencing
 *   check) lets `fn` make sure of it before it commits.
 *
 * Waiters retry with capped, jittered backoff and give up after `timeoutMs` with `RC_WRITE_FAILED`.
 *
 * @example
 * await withFileLock('.readycheck/agents.json', async (lock) => {
 *   const state = await read();
 *   change(state);
 *   await lock.assertHeld();
 *   await writeFileAtomic('.readycheck/agents.json', JSON.stringify(state));
 * });
 */
export async function withFileLock<T>(target: string, fn: (lock: HeldLock) => Promise<T>, options: FileLockOptions = {}): Promise<T> {
  const lockFile = `${target}.lock`;
  const timeoutMs = options.timeoutMs ?? 10_000; // 10s: a store update takes milliseconds
  const staleMs = options.staleMs ?? 30_000; // 30s: far longer than any update holds it
  const token = JSON.stringify({ pid: process.pid, host: hostname(), id: randomUUID() });
  await mkdir(path.dirname(lockFile), { recursive: true });
  const deadline = Date.now() + timeoutMs;
  let delay = 2;
  while (!(await tryCreate(lockFile, token))) {
    const current = await readLock(lockFile);
    if (current === null) continue; // released meanwhile: try again at once
    if (isStale(current, staleMs)) {
      await breakStale(lockFile, current.text);
      continue;
    }
    if (Date.now() >= deadline) {
      throw new ReadycheckError('RC_WRITE_FAILED', `${target}: still locked by another process after ${timeoutMs} ms (${lockFile}; delete it if no readycheck process is running)`, { file: lockFile });
    }
    await sleep(delay + Math.random() * delay);
    delay = Math.min(delay * 2, 50);
  }
  // Lock temp files of waiters that were killed between writing and linking theirs.
  await removeDeadWritersTemps(lockFile);
  const held: HeldLock = {
    file: lockFile,
    async assertHeld() {
      const now = await readFile(lockFile, 'utf8').catch(() => null);
      if (now !== token) throw new ReadycheckError('RC_WRITE_FAILED', `${target}: the lock was lost (${lockFile} was removed or taken over); nothing was written`, { file: lockFile });
    },
  };
  try {
    return await fn(held);
  } finally {
    const current = await readFile(lockFile, 'utf8').catch(() => null);
    // Only the owner removes its lock, and only while it holds it.
    if (current === token) await unlink(lockFile).catch(() => undefined);
  }
}

/** Creates the lock with the whole token in it, or returns false when it exists. */
async function tryCreate(lockFile: string, token: string): Promise<boolean> {
  const temp = tempFileFor(lockFile);
  try {
    await writeFile(temp, token, { flag: 'wx' });
  } catch (err) {
    throw lockError(lockFile, err);
  }
  try {
    await link(temp, lockFile);
    return true;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    // A file system without hard links: O_EXCL create, then write (a reader may briefly see it empty,
    // which counts as fresh until staleMs).
    if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EOPNOTSUPP' || code === 'ENOSYS') return createExclusive(lockFile, token);
    throw lockError(lockFile, err);
  } finally {
    await unlink(temp).catch(() => undefined);
  }
}

async function createExclusive(lockFile: string, token: string): Promise<boolean> {
  let handle;
  try {
    handle = await open(lockFile, 'wx');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw lockError(lockFile, err);
  }
  try {
    await handle.writeFile(token);
  } finally {
    await handle.close();
  }
  return true;
}

function lockError(lockFile: string, err: unknown): ReadycheckError {
  const code = (err as NodeJS.ErrnoException).code;
  return new ReadycheckError('RC_WRITE_FAILED', `${lockFile}: cannot create the lock file (${code ?? (err as Error).message})`, { cause: err, file: lockFile });
}

interface LockState {
  text: string;
  ageMs: number;
}

async function readLock(lockFile: string): Promise<LockState | null> {
  const [text, st] = await Promise.all([readFile(lockFile, 'utf8').catch(() => null), stat(lockFile).catch(() => null)]);
  if (text === null || st === null) return null;
  return { text, ageMs: Date.now() - st.mtimeMs };
}

function isStale(lock: LockState, staleMs: number): boolean {
  let owner: { pid?: unknown; host?: unknown };
  try {
    owner = JSON.parse(lock.text) as { pid?: unknown; host?: unknown };
  } catch {
    // Not a token (empty while a writer without hard links fills it, or foreign): by age only.
    return lock.ageMs > staleMs;
  }
  if (owner.host === hostname() && typeof owner.pid === 'number') return !isProcessAlive(owner.pid);
  return lock.ageMs > staleMs;
}

/** Removes the lock if, and only if, it still holds `staleText`; one breaker per stale token. */
async function breakStale(lockFile: string, staleText: string): Promise<void> {
  const marker = `${lockFile}.break-${createHash('sha256').update(staleText).digest('hex').slice(0, 16)}`;
  try {
    await mkdir(marker);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw lockError(lockFile, err);
    // Another waiter is breaking this very lock. A marker left by a breaker that died is removed.
    const st = await stat(marker).catch(() => null);
    if (st && Date.now() - st.mtimeMs > MARKER_STALE_MS) await rmdir(marker).catch(() => undefined);
    await sleep(1);
    return;
  }
  try {
    const now = await readFile(lockFile, 'utf8').catch(() => null);
    if (now === staleText) await unlink(lockFile).catch(() => undefined);
  } finally {
    await rmdir(marker).catch(() => undefined);
  }
}
