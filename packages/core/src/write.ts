import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, readdir, rename, rm, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';
import { ReadycheckError } from './errors.js';
import { isProcessAlive } from './process-alive.js';

/** A short tag for this host, in temp file names: only this host's dead writers are judged. */
const HOST_TAG = createHash('sha256').update(hostname()).digest('hex').slice(0, 8);

/** The temp file name a writer in this process uses next to `file`: `.<name>.<host>.<pid>.<random>.tmp`. */
export function tempFileFor(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${HOST_TAG}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
}

/**
 * Writes `data` to `file` so that readers see the old file or the new one, never half of it:
 * the data goes to a temp file in the same directory, is flushed, and is renamed over `file`.
 * Missing parent directories are created. Temp files next to `file` left by writers on this host
 * that were killed mid-write (`kill -9`) are removed afterwards: their process no longer runs.
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const dir = path.dirname(file);
  const tmp = tempFileFor(file);
  try {
    await mkdir(dir, { recursive: true });
    const handle = await open(tmp, 'w');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, file);
  } catch (cause) {
    await rm(tmp, { force: true }).catch(() => undefined);
    throw new ReadycheckError('RC_WRITE_FAILED', `${file}: cannot write (${(cause as Error).message})`, { cause, file });
  }
  await removeDeadWritersTemps(file);
}

/**
 * Removes the temp files {@link writeFileAtomic} writers left next to `file` when they were killed:
 * those whose name carries this host's tag and the id of a process that no longer runs. A live
 * writer's temp file (this process's or another's) and other hosts' files are never touched.
 * Returns the names removed. Never throws: cleaning up is a courtesy, not part of the write.
 */
export async function removeDeadWritersTemps(file: string): Promise<string[]> {
  const prefix = `.${path.basename(file)}.${HOST_TAG}.`;
  const names = await readdir(path.dirname(file)).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith('.tmp')) continue;
    const pid = Number(name.slice(prefix.length).split('.')[0]);
    if (!Number.isInteger(pid) || pid === process.pid || isProcessAlive(pid)) continue;
    // A failure (another process removed it first, a read-only directory) leaves it be.
    const gone = await unlink(path.join(path.dirname(file), name)).then(
      () => true,
      () => false,
    );
    if (gone) removed.push(name);
  }
  return removed;
}
