// smoke-run --shard i/n and smoke-run merge-reports, end to end in-process.
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { validate, type SmokeReport } from '@readycheck/core';
import { fakeIO } from './__tests__/helpers.js';
import { main } from './cli.js';
import { computeMatrix } from './report.js';

const suite = fileURLToPath(new URL('../../../fixtures/smoke-reports/suite/', import.meta.url));

let dir: string;
let io: ReturnType<typeof fakeIO>;
const readReport = async (file: string) => JSON.parse(await readFile(path.join(dir, file), 'utf8')) as SmokeReport;
const ids = (r: SmokeReport) => r.results.tests.map((t) => t.extra.id);

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'rc-smoke-shard-'));
  await cp(suite, dir, { recursive: true });
  io = fakeIO(dir, { ...process.env, CI: '1' });
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('smoke-run --shard', () => {
  it('runs disjoint slices that keep dependencies together, and merge-reports puts them back together', async () => {
    expect(await main(['--shard', '1/2', '--reporter', 'json', '--out', 's1'], io)).toBe(1);
    expect(await main(['--shard', '2/2', '--reporter', 'json', '--out', 's2'], io)).toBe(0);
    expect(io.err).toBe('');
    const [one, two] = [await readReport('s1/smoke-report.json'), await readReport('s2/smoke-report.json')];
    expect(one.results.extra!.shard).toBe('1/2');
    expect(two.results.extra!.shard).toBe('2/2');
    expect(ids(one)).toEqual(['db', 'users', 'orders']);
    expect(ids(two)).toEqual(['ready', 'workers', 'cache']);

    io.out = '';
    const code = await main(['merge-reports', 's2/smoke-report.json', 's1/smoke-report.json', '--out', 'merged'], io);
    expect(io.err).toBe('');
    expect(code).toBe(1);
    expect((await readdir(path.join(dir, 'merged'))).sort()).toEqual(['junit.xml', 'smoke-report.html', 'smoke-report.json']);
    const merged = await readReport('merged/smoke-report.json');
    expect(validate('smoke-report', merged, 'merged').valid).toBe(true);
    expect(ids(merged)).toEqual(['db', 'users', 'orders', 'ready', 'workers', 'cache']);
    expect(merged.results.extra!.matrix).toEqual(computeMatrix(merged.results.tests));
    expect(merged.results.extra!.matrix.components.core!.state).toBe('broken');
    expect(merged.results.extra!.flaky).toEqual(['ready']);
    expect(merged.results.summary).toMatchObject({ tests: 6, passed: 4, failed: 1, skipped: 1, flaky: 1 });
    expect(io.out).toContain('Merged 2 reports: 6 checks, 4 passed, 1 failed, 1 flaky');
  });

  it('writes a report for an empty shard, and `list --shard` shows only that slice as waves', async () => {
    // 4 groups (db+users+orders, ready, workers, cache) over 6 shards: shard 6 is empty
    expect(await main(['--shard', '6/6', '--reporter', 'json', '--out', 's6'], io)).toBe(2);
    expect(await main(['--shard', '6/6', '--reporter', 'json', '--out', 's6', '--pass-with-no-checks'], io)).toBe(0);
    const empty = await readReport('s6/smoke-report.json');
    expect(empty.results.summary.tests).toBe(0);
    expect(empty.results.extra!.shard).toBe('6/6');
    io.out = '';
    expect(await main(['list', '--shard', '1/2', '--json'], io)).toBe(0);
    const plan = JSON.parse(io.out) as { waves: string[][] };
    expect(plan.waves).toEqual([['db'], ['users'], ['orders']]);
  });

  it.each(['3/2', '0/4', '1/0', 'x'])('rejects --shard %s with one line and exit 2', async (bad) => {
    expect(await main(['--shard', bad], io)).toBe(2);
    expect(io.err.split('\n')).toHaveLength(2);
    expect(io.err).toMatch(new RegExp(`^smoke-run: --shard "${bad}": `));
  });

  it('merge-reports: bad input is one line, and merging nothing is a usage error', async () => {
    expect(await main(['merge-reports', 'missing.json'], io)).toBe(2);
    expect(io.err).toBe('merge-reports: skipped missing.json: file not found\nsmoke-run: merge-reports: none of the 1 file is a smoke report\n');
    io.err = '';
    expect(await main(['merge-reports'], io)).toBe(2);
    expect(io.err).toMatch(/^smoke-run: missing required argument 'reports'\n$/);
  });
});
