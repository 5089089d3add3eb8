import { mkdtemp, rm, writeFile, chmod } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeSource, isBinary, loadSource } from './source.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'rc-source-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('loadSource', () => {
  it('reads UTF-8 text and drops the BOM', async () => {
    const f = path.join(dir, 'a.ts');
    await writeFile(f, '\uFEFFconst a = "é";');
    expect(await loadSource(f)).toEqual({ ok: true, text: 'const a = "é";', bytes: 18, lossy: false });
  });

  it('reports binary, oversized and unreadable files instead of throwing', async () => {
    const bin = path.join(dir, 'x.png');
    await writeFile(bin, Buffer.from([0x89, 0x50, 0x00, 0x01]));
    expect(await loadSource(bin)).toMatchObject({ ok: false, reason: 'binary' });
    const big = path.join(dir, 'big.js');
    await writeFile(big, 'x'.repeat(100));
    expect(await loadSource(big, 10)).toMatchObject({ ok: false, reason: 'too-large', detail: '100 bytes is over the limit of 10' });
    expect(await loadSource(path.join(dir, 'missing.ts'))).toMatchObject({ ok: false, reason: 'unreadable', detail: 'ENOENT' });
    if (process.getuid?.() !== 0) {
      const locked = path.join(dir, 'locked.ts');
      await writeFile(locked, 'x');
      await chmod(locked, 0o000);
      expect(await loadSource(locked)).toMatchObject({ ok: false, reason: 'unreadable' });
    }
  });

  it('decodes invalid UTF-8 leniently and flags it', () => {
    const r = decodeSource(Buffer.from([0x61, 0xff, 0x62]));
    expect(r).toEqual({ ok: true, text: 'a\uFFFDb', bytes: 3, lossy: true });
  });

  it('detects NUL bytes only in the first 8000 bytes', () => {
    const late = new Uint8Array(9000).fill(0x61);
    late[8500] = 0;
    expect(isBinary(late)).toBe(false);
    late[10] = 0;
    expect(isBinary(late)).toBe(true);
  });
});
