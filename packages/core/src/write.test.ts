import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileAtomic } from './write.js';
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

describe('stableStringify', () => {
  it('sorts keys at every depth, keeps array order, drops undefined, ends with a newline', () => {
    expect(stableStringify({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: undefined } }, 0)).toBe('{"a":{"d":[3,{"y":2,"z":1}]},"b":1}\n');
  });
});
