import { mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { ReadycheckError } from './errors.js';

/**
 * Writes `data` to `file` so that readers see the old file or the new one, never half of it:
 * the data goes to a temp file in the same directory, is flushed, and is renamed over `file`.
 * Missing parent directories are created.
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const dir = path.dirname(file);
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
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
}
