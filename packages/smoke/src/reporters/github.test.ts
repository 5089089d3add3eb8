import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { SmokeReport } from '@readycheck/core';
import { githubReporter, renderGithubAnnotations, renderGithubSummary } from './github.js';
import { parseReporterNames } from './index.js';

const report = JSON.parse(readFileSync(new URL('../../../../fixtures/smoke-reports/mixed.json', import.meta.url), 'utf8')) as SmokeReport;
const dir = mkdtempSync(path.join(os.tmpdir(), 'rc-smoke-gh-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('github reporter', () => {
  it('is a built-in reporter name', () => expect(parseReporterNames(['console,github'])).toEqual(['console', 'github']));

  it('annotates failed checks as errors, blocked and flaky ones as warnings, passes as nothing', () => {
    const lines = renderGithubAnnotations(report).trimEnd().split('\n');
    expect(lines).toEqual([
      '::warning file=smoke/health.smoke.ts,title=P0 health.ready::flaky: passed after 1 retry',
      '::error file=smoke/api.smoke.ts,title=P1 api.users.list::expected status 200, got 500 Internal Server Error',
      '::warning file=smoke/api.smoke.ts,title=P2 api.users.create::blocked: blocked by api.users.list',
      expect.stringMatching(/^::error file=smoke\/workers\.smoke\.ts,title=P\d workers\.queue-drain::timed out after 5000 ms$/),
      expect.stringMatching(/^::error file=smoke\/errors\.smoke\.ts,title=P\d errors\.escape::/),
    ]);
  });

  it('never lets a message start a workflow command of its own', () => {
    const hostile: SmokeReport = structuredClone(report);
    hostile.results.tests[4]!.message = 'bad\n::set-output name=x::1\r\n::add-mask::y';
    const out = renderGithubAnnotations(hostile);
    expect(out.split('\n').filter((l) => l.startsWith('::')).every((l) => /^::(error|warning) /.test(l))).toBe(true);
    expect(out).toContain('bad%0A::set-output name=x::1%0D%0A::add-mask::y');
  });

  it('appends a summary with the totals, the component matrix and the failures, with table cells escaped', async () => {
    const summary = path.join(dir, 'summary.md');
    writeFileSync(summary, 'earlier step\n');
    let stdout = '';
    const r = githubReporter({ outDir: dir, cwd: dir, stdout: (t) => void (stdout += t), stderr: () => undefined, isTTY: false, env: { GITHUB_STEP_SUMMARY: summary } });
    await r.onRunEnd(report);
    const md = readFileSync(summary, 'utf8');
    expect(md.startsWith('earlier step\n### readycheck smoke-run\n')).toBe(true);
    expect(md).toContain('| check | priority | status | message |');
    expect(md).toContain('| api.users.create | P2 | blocked | blocked by api.users.list |');
    expect(md).not.toContain('<img');
    expect(stdout).toBe(renderGithubAnnotations(report));
    expect(renderGithubSummary(report)).toMatch(/^### readycheck smoke-run\n\n7 passed, 3 failed, 1 blocked, 1 skipped of 12 checks\.\n/);
  });

  it('writes no summary when GITHUB_STEP_SUMMARY is not set', async () => {
    const r = githubReporter({ outDir: dir, cwd: dir, stdout: () => undefined, stderr: () => undefined, isTTY: false, env: {} });
    await expect(r.onRunEnd(report)).resolves.toBeUndefined();
  });
});
