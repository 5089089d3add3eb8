import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { validate, type SmokeReport } from '@readycheck/core';
import { readHistory } from './history.js';
import { mergeReports, runMergeReports } from './merge.js';
import { buildReport } from './report.js';
import { htmlReporter } from './reporters/html.js';
import { jsonReporter } from './reporters/json.js';
import { junitReporter } from './reporters/junit.js';
import type { ReporterFactory } from './reporters/types.js';

const fixtures = fileURLToPath(new URL('../../../fixtures/smoke-reports/', import.meta.url));
const fixture = (name: string) => path.join(fixtures, name);
const load = async (name: string) => JSON.parse(await readFile(fixture(name), 'utf8')) as SmokeReport;
const factories: Record<string, ReporterFactory> = { json: jsonReporter, html: htmlReporter, junit: junitReporter };

let dir: string;
let out: string[];
let err: string[];
const io = () => ({ cwd: dir, stdout: (t: string) => void out.push(t), stderr: (t: string) => void err.push(t), isTTY: false });
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'rc-merge-'));
  out = [];
  err = [];
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('sample reports', () => {
  it('every sample report is valid against the smoke report schema', async () => {
    const names = (await readdir(fixtures)).filter((f) => f.endsWith('.json')).sort();
    expect(names).toEqual(['mixed.json', 'shard-1-of-2.json', 'shard-2-of-2.json']);
    for (const name of names) {
      const text = await readFile(fixture(name), 'utf8');
      const result = validate('smoke-report', JSON.parse(text), { file: name, text });
      expect(result.issues).toEqual([]);
    }
  });
});

describe('mergeReports', () => {
  it('gives the report one run over every check would have given, matrix recomputed', async () => {
    const whole = await load('mixed.json');
    const [one, two] = [await load('shard-1-of-2.json'), await load('shard-2-of-2.json')];
    expect(one.results.extra!.matrix).not.toEqual(whole.results.extra!.matrix);
    // given in either order, shards merge in shard order
    const { report, warnings } = mergeReports([
      { file: 'b.json', report: two },
      { file: 'a.json', report: one },
    ]);
    expect(warnings).toEqual([]);
    // the same as building the whole run's report from its tests (fixtures may predate the builder)
    const { start, stop } = whole.results.summary;
    expect(report).toEqual(buildReport(whole.results.tests, { start, stop }));
    expect(report.results.tests).toEqual(whole.results.tests);
    expect(validate('smoke-report', report, 'merged').valid).toBe(true);
  });

  it('warns about missing and repeated shards and keeps the later result of a repeated check', async () => {
    const one = await load('shard-1-of-2.json');
    const rerun = structuredClone(one);
    const t = rerun.results.tests.find((x) => x.extra.id === 'api.users.list')!;
    t.status = 'passed';
    t.extra.attempts = [{ attempt: 1, status: 'passed', durationMs: 10 }];
    const { report, warnings } = mergeReports([
      { file: 'one.json', report: one },
      { file: 'rerun.json', report: rerun },
    ]);
    expect(warnings[0]).toBe('shard 1/2 appears twice (one.json and rerun.json)');
    expect(warnings[1]).toBe('missing shard 2/2: the merged report covers 1 of 2');
    expect(warnings.filter((w) => w.startsWith('check "'))).toHaveLength(6);
    expect(warnings).toContain('check "api.users.list" is in one.json and rerun.json: keeping the result from rerun.json');
    expect(report.results.tests).toHaveLength(6);
    expect(report.results.tests.find((x) => x.extra.id === 'api.users.list')!.status).toBe('passed');
    expect(report.results.extra!.shard).toBeUndefined();
  });

  it('warns when shard counts differ, keeps interruption and verification rows, rejects a bad shard label', async () => {
    const one = await load('shard-1-of-2.json');
    const other = structuredClone(await load('shard-2-of-2.json'));
    other.results.extra!.shard = '2/3';
    other.results.extra!.interrupted = true;
    other.results.extra!.verification = [{ taskFile: 't.json', fixId: 'f1', claimed: 'done', verdict: 'refuted', commands: [] }];
    other.results.environment = { baseUrl: 'http://127.0.0.1:1' };
    const { report, warnings } = mergeReports([
      { file: 'a', report: one },
      { file: 'b', report: other },
    ]);
    expect(warnings).toEqual(['the reports come from different shard counts (/2, /3)']);
    expect(report.results.extra!.interrupted).toBe(true);
    expect(report.results.extra!.verification).toHaveLength(1);
    expect(report.results.environment).toEqual({ baseUrl: 'http://127.0.0.1:1' });
    other.results.extra!.shard = '4/3';
    expect(() => mergeReports([{ file: 'b.json', report: other }])).toThrow(/b\.json: \/results\/extra\/shard: "4\/3"/);
    expect(() => mergeReports([])).toThrow(/no report to merge/);
  });
});

describe('runMergeReports', () => {
  it('writes the merged JSON, HTML and JUnit reports and exits 1 when a check failed', async () => {
    const code = await runMergeReports([fixture('shard-1-of-2.json'), fixture('shard-2-of-2.json')], { out: 'merged', factories }, io());
    expect(code).toBe(1);
    expect((await readdir(path.join(dir, 'merged'))).sort()).toEqual(['junit.xml', 'smoke-report.html', 'smoke-report.json']);
    const merged = JSON.parse(await readFile(path.join(dir, 'merged/smoke-report.json'), 'utf8')) as SmokeReport;
    expect(merged.results.summary.tests).toBe(12);
    expect(await readFile(path.join(dir, 'merged/junit.xml'), 'utf8')).toContain('<testsuite name="workers"');
    expect(out.at(-1)).toBe('Merged 2 reports: 12 checks, 7 passed, 3 failed, 1 flaky\n');
    expect(err).toEqual([]);
  });

  it('exits 0 for a clean merge, and appends the merged run to the history with issue drafts', async () => {
    const clean = await load('shard-2-of-2.json');
    clean.results.tests = clean.results.tests.filter((t) => t.status === 'passed');
    await writeFile(path.join(dir, 'clean.json'), JSON.stringify(clean));
    const code = await runMergeReports(['clean.json'], { reporters: ['json'], factories, historyFile: 'h/history.jsonl', issuesDir: 'issues' }, io());
    expect(code).toBe(0);
    const merged = JSON.parse(await readFile(path.join(dir, 'reports/smoke-report.json'), 'utf8')) as SmokeReport;
    expect(merged.results.extra!.history!.runs).toHaveLength(1);
    expect((await readHistory(path.join(dir, 'h/history.jsonl'))).entries).toHaveLength(1);
    expect(await readdir(path.join(dir, 'issues'))).toEqual([]);
    expect(err).toEqual(['merge-reports: warning: missing shard 1/2: the merged report covers 1 of 2\n']);
  });

  it('skips a file that is not a valid report, merges the rest, and exits 2', async () => {
    await writeFile(path.join(dir, 'broken.json'), '{"reportFormat": "CTRF",\n "specVersion": 1}');
    const code = await runMergeReports(['broken.json', 'missing.json', fixture('mixed.json')], { factories, reporters: ['json'] }, io());
    expect(code).toBe(2);
    expect(err).toHaveLength(2);
    expect(err[0]).toMatch(/^merge-reports: skipped broken\.json.*(\/specVersion|\/results)/);
    expect(err[0]!.split('\n')).toHaveLength(2);
    expect(err[1]).toMatch(/^merge-reports: skipped missing\.json: file not found/);
    expect(JSON.parse(await readFile(path.join(dir, 'reports/smoke-report.json'), 'utf8')).results.summary.tests).toBe(12);
  });

  it('refuses bad usage with one-line errors', async () => {
    await expect(runMergeReports([], { factories }, io())).rejects.toMatchObject({ code: 'RC_USAGE' });
    await expect(runMergeReports(['a.json'], { factories, reporters: ['pdf'] }, io())).rejects.toThrow('unknown reporter "pdf" (known: html, json, junit)');
    await expect(runMergeReports(['nope.json'], { factories }, io())).rejects.toThrow('merge-reports: none of the 1 file is a smoke report');
  });

  it('a reporter that throws costs the others nothing; the exit code says so', async () => {
    const broken: ReporterFactory = () => ({
      name: 'broken',
      onRunEnd() {
        throw new Error('template exploded');
      },
    });
    const code = await runMergeReports([fixture('mixed.json')], { factories: { ...factories, broken }, reporters: ['broken', 'json', 'junit'] }, io());
    expect(code).toBe(2);
    expect(err).toEqual(['merge-reports: reporter broken failed: template exploded\n']);
    expect((await readdir(path.join(dir, 'reports'))).sort()).toEqual(['junit.xml', 'smoke-report.json']);
  });
});
