import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stableStringify } from '@readycheck/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openResultCache, RACY_MARGIN_MS, type FileStat } from './cache.js';
import { scanFiles } from './scan-files.js';
import { scanSource } from './scan.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'rc-cache-stat-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const files: Record<string, string> = {
  'src/a.ts': 'export const a = x as any;\n',
  'src/b.ts': 'try { go(); } catch (e) {}\n',
  'src/c.ts': 'export const ok = 1;\n',
};

/** Writes the files with an mtime an hour back, as in a checkout nobody touched since. */
function put(contents: Record<string, string>, ageMs = 3_600_000): void {
  const then = (Date.now() - ageMs) / 1000;
  for (const [rel, text] of Object.entries(contents)) {
    const abs = path.join(dir, rel);
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, text);
    utimesSync(abs, then, then);
  }
}

async function cachedRun() {
  const cache = await openResultCache({ cwd: dir });
  const report = await scanFiles(['src'], { cwd: dir, cache });
  await cache.save();
  return { report: stableStringify(report), stats: { ...cache.stats } };
}

async function uncached(): Promise<string> {
  return stableStringify(await scanFiles(['src'], { cwd: dir }));
}

function statOf(rel: string): FileStat {
  const st = statSync(path.join(dir, rel));
  return { size: st.size, mtimeMs: st.mtimeMs, ctimeMs: st.ctimeMs, ino: st.ino };
}

describe('result cache: the stat fast path', () => {
  it('answers unchanged, settled files from their stat alone, with the same report as an uncached run', async () => {
    put(files);
    const cold = await cachedRun();
    expect(cold.stats).toEqual({ hits: 0, misses: 3, statHits: 0 });
    const warm = await cachedRun();
    expect(warm.stats).toEqual({ hits: 3, misses: 0, statHits: 3 });
    const plain = await uncached();
    expect(cold.report).toBe(plain);
    expect(warm.report).toBe(plain);
    // Each row carries [size, mtimeMs, ctimeMs, ino, checkedAt] of the file it was confirmed on.
    const rows = JSON.parse(readFileSync(path.join(dir, '.readycheck', 'cache'), 'utf8').split('\n')[1] as string) as Array<[string, string, unknown, number[]]>;
    const a = statOf('src/a.ts');
    expect(rows.find((r) => r[0] === 'src/a.ts')?.[3].slice(0, 4)).toEqual([a.size, a.mtimeMs, a.ctimeMs, a.ino]);
  });

  it('a same-size edit with the mtime forced back (utimes) is still caught: ctime moved, so the file is re-read and re-hashed', async () => {
    put(files);
    await cachedRun();
    const abs = path.join(dir, 'src/c.ts');
    const before = statSync(abs);
    const edited = 'const ok = y as any;\n';
    expect(Buffer.byteLength(edited)).toBe(before.size);
    writeFileSync(abs, edited);
    utimesSync(abs, before.atime, before.mtime);
    const after = statSync(abs);
    expect(after.mtimeMs).toBe(before.mtimeMs);
    expect(after.size).toBe(before.size);

    const warm = await cachedRun();
    // a.ts and b.ts from their stat; c.ts missed on its stat, then on its new hash, and was scanned.
    expect(warm.stats).toEqual({ hits: 2, misses: 1, statHits: 2 });
    expect(warm.report).toBe(await uncached());
    expect(warm.report).toContain('src/c.ts');
  });

  it('every stat field that differs, or a second cached version, falls back to reading and hashing', async () => {
    put(files);
    await cachedRun();
    const cache = await openResultCache({ cwd: dir });
    const a = statOf('src/a.ts');
    expect(cache.reuseByStat('src/a.ts', a)).toHaveLength(1);
    expect(cache.reuseByStat('src/a.ts', { ...a, size: a.size + 1 })).toBeUndefined();
    expect(cache.reuseByStat('src/a.ts', { ...a, mtimeMs: a.mtimeMs + 1 })).toBeUndefined();
    expect(cache.reuseByStat('src/a.ts', { ...a, ctimeMs: a.ctimeMs + 0.5 })).toBeUndefined();
    expect(cache.reuseByStat('src/a.ts', { ...a, ino: a.ino + 1 })).toBeUndefined();
    expect(cache.reuseByStat('src/never-cached.ts', a)).toBeUndefined();
    expect(cache.stats).toEqual({ hits: 1, misses: 0, statHits: 1 });

    // Two cached versions of one path (a before/after change scan): the stat cannot tell which.
    const twoVersions = await openResultCache({ cwd: dir, location: 'two.cache' });
    const scan = twoVersions.wrapScanSource(scanSource);
    twoVersions.reuseByStat('src/a.ts', a);
    scan(files['src/a.ts'] as string, 'src/a.ts');
    scan('export const other = 1;\n', 'src/a.ts');
    await twoVersions.save();
    const reopened = await openResultCache({ cwd: dir, location: 'two.cache' });
    expect(reopened.reuseByStat('src/a.ts', a)).toBeUndefined();
    expect(reopened.get('src/a.ts', files['src/a.ts'] as string)).toHaveLength(1);
  });

  it('the racy guard: a file modified within the margin of its stat is re-hashed, and trusted once a later run confirms it settled', async () => {
    // mtimes a minute ahead of the clock: never older than the stat by the margin, however slow the machine.
    put(files, -60_000);
    const cold = await cachedRun();
    expect(cold.stats.misses).toBe(3);
    // The stamps are too close to (here: before) the files' mtimes to be trusted.
    const warm = await cachedRun();
    expect(warm.stats).toEqual({ hits: 3, misses: 0, statHits: 0 });
    expect(warm.report).toBe(await uncached());

    const b = statOf('src/b.ts');
    const racy = await openResultCache({ cwd: dir });
    expect(racy.reuseByStat('src/b.ts', b, b.mtimeMs + RACY_MARGIN_MS - 1)).toBeUndefined();
    expect(racy.get('src/b.ts', files['src/b.ts'] as string)).toHaveLength(1);
    await racy.save();
    expect((await openResultCache({ cwd: dir })).reuseByStat('src/b.ts', b)).toBeUndefined();

    const settled = await openResultCache({ cwd: dir });
    expect(settled.reuseByStat('src/b.ts', b, b.mtimeMs + RACY_MARGIN_MS + 1)).toBeUndefined();
    expect(settled.get('src/b.ts', files['src/b.ts'] as string)).toHaveLength(1);
    await settled.save();
    const next = await openResultCache({ cwd: dir });
    expect(next.reuseByStat('src/b.ts', b)).toHaveLength(1);
    expect(next.stats.statHits).toBe(1);
  });

  it('a stat taken before an edit is not stored with the edited content as trusted, and a failed scan stores no stamp', async () => {
    put(files);
    const cache = await openResultCache({ cwd: dir });
    const stale = statOf('src/a.ts');
    expect(cache.reuseByStat('src/a.ts', stale)).toBeUndefined();
    // The file changes between the stat and the read: the stamp (old mtime) goes with the new hash,
    // and the next run's stat (new mtime) does not match it.
    writeFileSync(path.join(dir, 'src/a.ts'), 'export const a = 2;\n');
    cache.wrapScanSource(scanSource)('export const a = 2;\n', 'src/a.ts');
    const failing: typeof scanSource = (text, file, options) => {
      options?.onDetectorError?.({ ruleId: 'x', message: 'boom' });
      return scanSource(text, file);
    };
    expect(cache.reuseByStat('src/b.ts', statOf('src/b.ts'))).toBeUndefined();
    cache.wrapScanSource(failing)(files['src/b.ts'] as string, 'src/b.ts');
    await cache.save();
    const next = await openResultCache({ cwd: dir });
    expect(next.reuseByStat('src/a.ts', statOf('src/a.ts'))).toBeUndefined();
    expect(next.reuseByStat('src/b.ts', statOf('src/b.ts'))).toBeUndefined();
    expect(next.get('src/a.ts', 'export const a = 2;\n')).toEqual([]);
  });

  it('a file answered from its stat keeps its entry; files not in the run keep theirs', async () => {
    put(files);
    await cachedRun();
    const cache = await openResultCache({ cwd: dir });
    await scanFiles(['src/a.ts'], { cwd: dir, cache });
    await cache.save();
    expect(cache.stats).toEqual({ hits: 1, misses: 0, statHits: 1 });
    const again = await cachedRun();
    expect(again.stats).toEqual({ hits: 3, misses: 0, statHits: 3 });
  });
});
