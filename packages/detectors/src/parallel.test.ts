import { execFile } from 'node:child_process';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUTO_FILES_PER_THREAD, AUTO_MAX_WORKERS, AUTO_MIN_FILES, dealBySize, parseConcurrency, scanInWorker, threadsFor } from './parallel.js';
import { messageIdOf } from './scan.js';
import { scanOneFile } from './scan-one.js';

const sized = (...sizes: number[]): Array<{ size: number }> => sizes.map((size) => ({ size }));

describe('threadsFor: how many threads --concurrency gives', () => {
  const files = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

  it('off and 1 are one thread; a count is taken as given, capped at the number of files', () => {
    expect(threadsFor(files(5000), 'off', 8)).toBe(1);
    expect(threadsFor(files(5000), 1, 8)).toBe(1);
    expect(threadsFor(files(10), 3, 1)).toBe(3);
    expect(threadsFor(files(2), 4, 8)).toBe(2);
  });

  it('auto: no worker on 2 CPUs (measured slower there), one per CPU beyond two, enough files each', () => {
    expect(threadsFor(files(100_000), 'auto', 2)).toBe(1);
    expect(threadsFor(files(100_000), 'auto', 1)).toBe(1);
    expect(threadsFor(files(AUTO_MIN_FILES - 1), 'auto', 8)).toBe(1);
    expect(threadsFor(files(AUTO_MIN_FILES), 'auto', 8)).toBe(2);
    expect(threadsFor(files(AUTO_FILES_PER_THREAD * 4), 'auto', 8)).toBe(4);
    expect(threadsFor(files(100_000), 'auto', 4)).toBe(3);
    expect(threadsFor(files(100_000), 'auto', 64)).toBe(1 + AUTO_MAX_WORKERS);
  });
});

describe('dealBySize', () => {
  it('deals every file to exactly one part, each part in ascending order, bytes balanced', () => {
    const files = sized(50, 10, 40, 30, 20, 60);
    const parts = dealBySize(files, 2);
    expect(parts.flat().sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5]);
    for (const part of parts) expect(part).toEqual([...part].sort((a, b) => a - b));
    const bytes = parts.map((p) => p.reduce((s, i) => s + (files[i]?.size ?? 0), 0));
    expect(bytes).toEqual([110, 100]);
  });

  it('a head start gives the main thread (part 0) more bytes', () => {
    const files = sized(10, 10, 10, 10, 10, 10);
    expect(dealBySize(files, 2, 20).map((p) => p.length)).toEqual([4, 2]);
  });
});

describe('parseConcurrency', () => {
  it('takes a positive integer, auto or off; anything else is a usage error', () => {
    expect(parseConcurrency('2')).toBe(2);
    expect(parseConcurrency('auto')).toBe('auto');
    expect(parseConcurrency('off')).toBe('off');
    for (const bad of ['0', '-1', '1.5', 'two', '']) expect(() => parseConcurrency(bad)).toThrow(/positive integer, auto or off/);
  });
});

describe('quality-scan --concurrency (built bin, real worker threads)', () => {
  const bin = fileURLToPath(new URL('../bin/quality-scan.js', import.meta.url));
  const exec = promisify(execFile);
  let root = '';

  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'rc-threads-'));
    await mkdir(path.join(root, 'src'), { recursive: true });
    // Findings of several kinds, a suppressed one, a detector-visible parse problem and a binary file.
    for (let i = 0; i < 12; i++) {
      const body = [
        `// TODO: finish part ${i}`,
        `export function f${i}(x: any) { try { return JSON.parse(x); } catch {} }`,
        `// readycheck-disable-next-line explicit-any -- legacy API ${i}`,
        `export const g${i} = (y: any) => y as any;`,
        'x'.repeat(i * 300),
      ].join('\n');
      await writeFile(path.join(root, 'src', `m${String(i).padStart(2, '0')}.ts`), body);
    }
    await writeFile(path.join(root, 'src', 'broken.ts'), 'export function (');
    await writeFile(path.join(root, 'src', 'bin.js'), Buffer.from([0x61, 0, 0x62]));
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('a scan on 2 and on 3 threads writes the same report, byte for byte, as on one', async () => {
    const out = async (concurrency: string): Promise<string> => {
      const file = path.join(root, `report-${concurrency}.json`);
      await exec(process.execPath, [bin, 'src', '--format', 'json', '-o', file, '--concurrency', concurrency], { cwd: root }).catch((e: { code?: number }) => {
        if (e.code !== 1) throw e;
      });
      return readFile(file, 'utf8');
    };
    const one = await out('off');
    const report = JSON.parse(one) as { summary: { files: number; suppressed: number }; skipped: Array<{ reason: string }>; violations: unknown[] };
    expect(report.summary.files).toBe(13);
    expect(report.summary.suppressed).toBe(24);
    expect(report.skipped.map((s) => s.reason)).toEqual(['binary']);
    expect(await out('2')).toBe(one);
    expect(await out('3')).toBe(one);
  }, 60_000);

  it('a worker (the built one) returns per file what the main thread finds, message ids included; a dead worker rejects', async () => {
    const files = ['m00.ts', 'm07.ts', 'broken.ts', 'bin.js', 'gone.ts'].map((name) => ({ path: path.join(root, 'src', name), relPath: `src/${name}` }));
    const options = { config: { rules: { 'warning-comment': 'high' as const } } };
    const entry = new URL('../dist/scan-worker.js', import.meta.url);
    const fromWorker = await scanInWorker({ files, scanOptions: options, maxFileBytes: undefined }, entry);
    const here = files.map((f) => scanOneFile(f, options, undefined));
    expect(fromWorker).toEqual(here);
    expect(fromWorker.map((r) => ('skipped' in r ? r.skipped.reason : 'scanned'))).toEqual(['scanned', 'scanned', 'scanned', 'binary', 'unreadable']);
    const first = fromWorker[0];
    if (!first || !('violations' in first)) throw new Error('m00.ts was not scanned');
    expect(first.violations.map((v) => `${v.ruleId} ${v.severity}`)).toContain('warning-comment high');
    expect(first.violations.map((v) => messageIdOf(v))).toEqual(first.messageIds);
    expect(first.messageIds.every((id) => typeof id === 'string')).toBe(true);
    await expect(scanInWorker({ files, scanOptions: options, maxFileBytes: undefined }, new URL('../dist/no-such-worker.js', import.meta.url))).rejects.toThrow();
  }, 60_000);

  it('a bad --concurrency is exit 2 with one line', async () => {
    const r = await exec(process.execPath, [bin, 'src', '--concurrency', 'lots'], { cwd: root }).catch((e: { code: number; stderr: string }) => e);
    expect('code' in r ? r.code : 0).toBe(2);
    expect(r.stderr).toMatch(/^quality-scan: .*--concurrency.*positive integer, auto or off\.\n$/);
  });
});
