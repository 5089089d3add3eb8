// smoke-run with --reporter html,junit, --history and --issues-dir, end to end in-process.
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { XMLValidator } from 'fast-xml-parser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { validate, type SmokeReport } from '@readycheck/core';
import { fakeIO } from './__tests__/helpers.js';
import { main } from './cli.js';
import { readHistory } from './history.js';

const suite = fileURLToPath(new URL('../../../fixtures/smoke-reports/suite/', import.meta.url));

let dir: string;
let io: ReturnType<typeof fakeIO>;
const readReport = async (file = 'reports/smoke-report.json') => JSON.parse(await readFile(path.join(dir, file), 'utf8')) as SmokeReport;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'rc-smoke-cli-'));
  await cp(suite, dir, { recursive: true });
  io = fakeIO(dir, { ...process.env, CI: '1' });
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('smoke-run --reporter html,junit --history --issues-dir', () => {
  it('writes every report, appends the history, and drafts issues for failed and blocked checks', async () => {
    const code = await main(['--reporter', 'json,html,junit', '--history', '--issues-dir', 'reports/issues'], io);
    expect(io.err).toBe('');
    expect(code).toBe(1);
    expect((await readdir(path.join(dir, 'reports'))).sort()).toEqual(['issues', 'junit.xml', 'smoke-report.html', 'smoke-report.json']);
    expect(io.out).toContain(`HTML report: ${path.join('reports', 'smoke-report.html')}`);
    expect(io.out).toContain(`JUnit report: ${path.join('reports', 'junit.xml')}`);
    expect(io.out).toContain(`Issue drafts: 2 in ${path.join('reports', 'issues')}`);

    const report = await readReport();
    expect(validate('smoke-report', report, 'smoke-report.json').valid).toBe(true);
    expect(report.results.extra!.history!.runs).toHaveLength(1);
    expect(await readdir(path.join(dir, 'reports/issues'))).toEqual(['P1-users.md', 'P2-orders.md']);
    expect(await readFile(path.join(dir, 'reports/issues/P2-orders.md'), 'utf8')).toContain('- `users`: failed: expected status 200, got 500 </script><b>');
    const junit = await readFile(path.join(dir, 'reports/junit.xml'), 'utf8');
    expect(XMLValidator.validate(junit)).toBe(true);
    expect(junit).toContain('<testsuite name="api" tests="2" failures="1" errors="0" skipped="1"');
    const html = await readFile(path.join(dir, 'reports/smoke-report.html'), 'utf8');
    expect(html).toContain('id="trend-chart"');

    const history = await readHistory(path.join(dir, '.smoke/history.jsonl'));
    expect(history.entries).toHaveLength(1);
    expect(history.entries[0]!.checks).toEqual({ cache: 'passed', db: 'passed', orders: 'blocked', ready: 'flaky', users: 'failed', workers: 'passed' });

    // a second run sees the first in its trend, and the flaky check across both
    io.out = '';
    expect(await main(['--reporter', 'json', '--history'], io)).toBe(1);
    const second = await readReport();
    expect(second.results.extra!.history!.runs).toHaveLength(2);
    expect(second.results.extra!.history!.flaky.map((f) => f.id)).toEqual(['ready']);
    expect((await readHistory(path.join(dir, '.smoke/history.jsonl'))).entries).toHaveLength(2);
  });

  it('takes a history file name, and a damaged history costs a warning, not the run', async () => {
    expect(await main(['smoke', '--reporter', 'json', '--history', 'ci/history.jsonl'], io)).toBe(1);
    expect((await readHistory(path.join(dir, 'ci/history.jsonl'))).entries).toHaveLength(1);
    expect(await main(['smoke', '--reporter', 'json', '--history', 'smoke'], io)).toBe(2);
    expect(io.err).toMatch(/smoke-run: no trend in this report: .*smoke: cannot read history/);
    expect(io.err).toMatch(/smoke-run: reporter "history" failed in onRunEnd: .*cannot append history/);
    expect((await readReport()).results.summary.tests).toBe(6);
  });

  it('lists html and junit among the known reporters', async () => {
    expect(await main(['--reporter', 'pdf'], io)).toBe(2);
    expect(io.err).toBe('smoke-run: unknown reporter "pdf" (known: console, github, html, json, junit)\n');
  });
});
