import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { stableStringify, type EvidenceReport } from '@readycheck/core';
import { scanEvidence } from '@readycheck/evidence';

const fixtures = fileURLToPath(new URL('../../../fixtures/evidence/', import.meta.url));
const temps: string[] = [];
afterEach(async () => {
  for (const d of temps.splice(0)) await rm(d, { recursive: true, force: true });
});

async function project(): Promise<{ root: string; cacheFile: string }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'evidence-cache-'));
  temps.push(dir);
  await cp(path.join(fixtures, 'chat-bot'), path.join(dir, 'app'), { recursive: true });
  return { root: path.join(dir, 'app'), cacheFile: path.join(dir, 'cache.json') };
}

const plain = (r: EvidenceReport): string => {
  const copy = structuredClone(r);
  delete copy.summary.durationMs;
  delete copy.summary.timings;
  return stableStringify(copy);
};

describe('--cache: facts by content hash, and the whole result of an unchanged tree', () => {
  it('answers an unchanged rerun from the last result, byte for byte, without rewriting the cache', async () => {
    const { root, cacheFile } = await project();
    const fresh = await scanEvidence({ root });
    const first = await scanEvidence({ root, cacheFile, timings: true });
    expect(first.report.summary.timings?.cacheMisses).toBe(first.report.summary.files);
    const written = await readFile(cacheFile, 'utf8');
    const again = await scanEvidence({ root, cacheFile, timings: true });
    expect(again.report.summary.timings).toMatchObject({ cacheHits: fresh.report.summary.files, cacheMisses: 0, crossFileMs: 0, classifyMs: 0 });
    expect(plain(again.report)).toBe(plain(fresh.report));
    expect([...again.classifications.keys()]).toEqual([...fresh.classifications.keys()]);
    expect(await readFile(cacheFile, 'utf8')).toBe(written);
  });

  it('recomputes the result when the config or a file changes, reusing the facts of unchanged files', async () => {
    const { root, cacheFile } = await project();
    await scanEvidence({ root, cacheFile });
    const floor = await scanEvidence({ root, cacheFile, config: { evidence: { confidenceFloor: 0.95 } }, timings: true });
    expect(floor.report.summary.timings?.cacheMisses).toBe(0);
    expect(plain(floor.report)).toBe(plain((await scanEvidence({ root, config: { evidence: { confidenceFloor: 0.95 } } })).report));
    const file = path.join(root, 'src/services/ReminderService.ts');
    await writeFile(file, `${await readFile(file, 'utf8')}\n// TODO: one more\n`);
    const changed = await scanEvidence({ root, cacheFile, timings: true });
    expect(changed.report.summary.timings?.cacheMisses).toBe(1);
    expect(plain(changed.report)).toBe(plain((await scanEvidence({ root })).report));
  });

  it('extracts again what a damaged cache cannot give back', async () => {
    const broken = await project();
    await writeFile(broken.cacheFile, 'one line only');
    expect((await scanEvidence({ root: broken.root, cacheFile: broken.cacheFile, timings: true })).report.summary.timings?.cacheHits).toBe(0);
    await writeFile(broken.cacheFile, '{bad header\n\n{}');
    expect((await scanEvidence({ root: broken.root, cacheFile: broken.cacheFile, timings: true })).report.summary.timings?.cacheHits).toBe(0);
    const { root, cacheFile } = await project();
    const fresh = await scanEvidence({ root, cacheFile });
    const [header] = (await readFile(cacheFile, 'utf8')).split('\n');
    await writeFile(cacheFile, `${header}\nnor this\n{not json`);
    const again = await scanEvidence({ root, cacheFile, timings: true });
    expect(again.report.summary.timings?.cacheHits).toBe(0);
    expect(plain(again.report)).toBe(plain(fresh.report));
  });
});
