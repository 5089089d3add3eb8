import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeDeadWritersTemps, tempFileFor, writeFileAtomic } from './write.js';
import { stableStringify } from './stable-json.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'rc-write-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('creates parent directories, replaces the old content and leaves no temp file', async () => {
    const file = path.join(dir, 'reports/deep/out.json');
    await writeFileAtomic(file, 'one');
    await writeFileAtomic(file, 'two');
    expect(await readFile(file, 'utf8')).toBe('two');
    expect(await readdir(path.dirname(file))).toEqual(['out.json']);
  });

  it('throws RC_WRITE_FAILED with the path when the target cannot be written', async () => {
    const blocker = path.join(dir, 'blocker');
    await writeFile(blocker, 'a file, not a directory');
    await expect(writeFileAtomic(path.join(blocker, 'x.json'), 'x')).rejects.toMatchObject({ code: 'RC_WRITE_FAILED' });
  });

  it('keeps many concurrent writers from interleaving: the file is one of the writes, whole', async () => {
    const file = path.join(dir, 'race.json');
    const bodies = Array.from({ length: 20 }, (_, i) => JSON.stringify({ i, pad: 'x'.repeat(50_000) }));
    await Promise.all(bodies.map((b) => writeFileAtomic(file, b)));
    expect(bodies).toContain(await readFile(file, 'utf8'));
  });
});

describe('temp files of writers killed mid-write', () => {
  it('kill -9 during a write leaves a .tmp; the next write next to it removes it, and only it', async () => {
    const file = path.join(dir, 'killed/report.json');
    const writeModule = new URL('./write.ts', import.meta.url).href;
    // A writer that writes 64 MB again and again until it is killed.
    const script = `const { createJiti } = await import('jiti'); const j = createJiti(${JSON.stringify(import.meta.url)});
      const { writeFileAtomic } = await j.import(${JSON.stringify(writeModule)});
      const big = 'x'.repeat(64 * 1024 * 1024); for (;;) await writeFileAtomic(${JSON.stringify(file)}, big);`;
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: 'ignore', cwd: process.cwd() });
    const temps = async () => (await readdir(path.dirname(file)).catch(() => [] as string[])).filter((n) => n.endsWith('.tmp'));
    const deadline = Date.now() + 30_000;
    while ((await temps()).length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    const left = await temps();
    expect(left.length).toBe(1);
    expect(left[0]).toContain(`.${child.pid}.`);
    // A live writer's temp file (this process's own) must survive the clean-up.
    const live = tempFileFor(file);
    await writeFile(live, 'in progress');
    await writeFileAtomic(file, 'after');
    expect(await readFile(file, 'utf8')).toBe('after');
    expect(await temps()).toEqual([path.basename(live)]);
    expect(await removeDeadWritersTemps(file)).toEqual([]);
  }, 60_000);
});

describe('stableStringify', () => {
  it('sorts keys at every depth, keeps array order, drops undefined, ends with a newline', () => {
    expect(stableStringify({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: undefined } }, 0)).toBe('{"a":{"d":[3,{"y":2,"z":1}]},"b":1}\n');
  });
});
