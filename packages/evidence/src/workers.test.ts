import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { cp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { stableStringify } from '@readycheck/core';
import { contentHash, detectorCoverage, scanEvidence } from '@readycheck/evidence';
import { AUTO_MIN_FILES, extractAll, workerCount, type ExtractJob } from '@readycheck/evidence';
import { workerExecArgv } from './workers.js';

const fixtures = fileURLToPath(new URL('../../../fixtures/evidence/', import.meta.url));
const temps: string[] = [];
afterEach(async () => {
  for (const d of temps.splice(0)) await rm(d, { recursive: true, force: true });
});

async function filesUnder(dir: string, base = dir): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await filesUnder(full, base)));
    else out.push(path.relative(base, full).split(path.sep).join('/'));
  }
  return out.sort();
}

describe('workerCount', () => {
  it('takes a count as threads in all, the main thread included', () => {
    expect(workerCount(0, 5000)).toBe(0);
    expect(workerCount(1, 5000)).toBe(0);
    expect(workerCount(2, 5000)).toBe(1);
    expect(workerCount(4, 5000)).toBe(3);
    expect(workerCount(4, 2)).toBe(2);
    expect(workerCount(4, 0)).toBe(0);
  });
  it('with auto, starts workers only on 4+ cores and large enough scans', () => {
    // The 2-core bench machine: the main thread alone was faster (see the README).
    expect(workerCount('auto', 1800, 2)).toBe(0);
    expect(workerCount(undefined, 100_000, 2)).toBe(0);
    expect(workerCount('auto', AUTO_MIN_FILES - 1, 16)).toBe(0);
    expect(workerCount('auto', AUTO_MIN_FILES, 4)).toBe(2);
    expect(workerCount('auto', 1800, 8)).toBe(6);
    expect(workerCount('auto', 500, 16)).toBe(2);
    expect(workerCount('auto', 100_000, 64)).toBe(6);
  });
});

describe('workerExecArgv', () => {
  it('passes the Node options on, but not those about the main script', () => {
    expect(workerExecArgv(['--input-type=module', '-e', 'code', '--max-old-space-size=900', '--conditions', 'dev', '--print', 'x', '--input-type', 'commonjs', '--eval=1', '--enable-source-maps'])).toEqual(['--max-old-space-size=900', '--conditions', 'dev', '--enable-source-maps']);
  });
});

describe('extractAll in worker threads', () => {
  it('gives the same facts, in the same order, as the main thread alone', async () => {
    const jobs: ExtractJob[] = [];
    for (const app of ['chat-bot', 'workers-app']) {
      const root = path.join(fixtures, app);
      for (const rel of await filesUnder(root)) {
        const text = await readFile(path.join(root, rel), 'utf8');
        // Three copies under different folders: several chunks for the workers to share.
        for (const copy of ['a', 'b', 'c']) jobs.push({ relPath: `${copy}/${rel}`, text, hash: contentHash(text) });
      }
    }
    const settings = { coverage: detectorCoverage() };
    const alone = await extractAll(jobs, settings, 0);
    expect(alone.workers).toBe(0);
    // Every chunk goes to a worker: the main thread only hands them out.
    const split = await extractAll(jobs, settings, 2, { mainThread: false });
    expect(split.workers).toBe(2);
    expect(split.workerFiles).toBe(jobs.length);
    expect(split.facts.map((f) => f.file)).toEqual(jobs.map((j) => j.relPath));
    expect(split.facts).toEqual(alone.facts);
  }, 60_000);

  it('fails as the main thread alone would when a chunk cannot be extracted in a worker', async () => {
    const settings = { coverage: detectorCoverage() };
    // Not text: extraction throws, in the worker and again on the main thread that takes the chunk back.
    const bad: ExtractJob[] = [{ relPath: 'src/a.ts', text: 42 as unknown as string, hash: 'h' }];
    const alone = await extractAll(bad, settings, 0).then(() => 'no error', (err: Error) => err.message);
    expect(alone).not.toBe('no error');
    await expect(extractAll(bad, settings, 1, { mainThread: false })).rejects.toThrow(alone);
  }, 60_000);

  it('keeps extraction on the main thread when the settings cannot be sent to a thread', async () => {
    const text = "program.command('sync').action(run)";
    const settings = { coverage: detectorCoverage(), extra: () => undefined };
    const r = await extractAll([{ relPath: 'src/cli.ts', text, hash: 'h' }], settings, 2);
    expect(r.workers).toBe(0);
    expect(r.workerFiles).toBe(0);
    expect(r.facts[0]?.commands.map((c) => c.name)).toEqual(['sync']);
  });
});

describe('scanEvidence with workers', () => {
  it('writes the same report with --workers 3 as with the main thread alone', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'evidence-workers-'));
    temps.push(root);
    for (const copy of ['one', 'two']) await cp(path.join(fixtures, 'chat-bot'), path.join(root, copy), { recursive: true });
    const alone = await scanEvidence({ root, workers: 0 });
    const threads = await scanEvidence({ root, workers: 3, timings: true });
    expect(threads.report.summary.timings?.workers).toBe(2);
    delete threads.report.summary.durationMs;
    delete threads.report.summary.timings;
    expect(stableStringify(threads.report)).toBe(stableStringify(alone.report));
  }, 60_000);
});
