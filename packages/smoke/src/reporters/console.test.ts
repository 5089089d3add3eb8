import { describe, expect, it, vi } from 'vitest';
import type { SmokeReport } from '@readycheck/core';
import { buildReport } from '../report.js';
import type { CheckResult, ReporterContext } from './types.js';
import { consoleReporter, formatDuration, formatTable } from './console.js';
import { Multiplexer } from './multiplexer.js';
import { jsonReporter } from './json.js';
import { parseReporterNames } from './index.js';
import { inlineProject } from '../__tests__/helpers.js';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

function ctx(isTTY: boolean): ReporterContext & { text: () => string } {
  let out = '';
  return { outDir: 'reports', cwd: '/tmp', isTTY, stdout: (t) => void (out += t), stderr: (t) => void (out += t), text: () => out };
}

function result(id: string, over: Partial<CheckResult> = {}, extra: Partial<CheckResult['extra']> = {}): CheckResult {
  return {
    name: `check ${id}`,
    status: 'passed',
    rawStatus: 'passed',
    duration: 12,
    ...over,
    extra: { id, category: 'api', component: 'svc', priority: 'P1', attempts: [{ attempt: 1, status: 'passed', durationMs: 12 }], blockedBy: [], attachments: [], ...extra },
  };
}

const results = [
  result('ok'),
  result('bad', { status: 'failed', rawStatus: 'failed', message: 'HTTP 500' }, { category: 'health', priority: 'P0' }),
  result('slow', {}, { latencyMs: 900, maxLatencyMs: 100 }),
  result('wobbly', { flaky: true }, { attempts: [{ attempt: 1, status: 'failed', durationMs: 1 }, { attempt: 2, status: 'passed', durationMs: 1 }] }),
  result('stuck', { status: 'skipped', rawStatus: 'blocked' }, { blockedBy: ['bad'] }),
  result('late', { status: 'failed', rawStatus: 'timedOut', message: 'timed out after 10 ms' }),
  result('off', { status: 'skipped', rawStatus: 'skipped' }),
];

describe('console reporter', () => {
  it('prints plain counted lines in CI, then tables by category and component, fix-first and totals', async () => {
    const c = ctx(false);
    const r = consoleReporter(c);
    await r.onRunStart?.({ files: ['a.smoke.ts'], planned: results.length, startedAt: 1000 });
    for (const x of results) await r.onCheckEnd?.(x);
    await r.onRunEnd(buildReport(results, { start: 1000, stop: 3500 }));
    const out = c.text();
    expect(out).not.toContain('\x1b[');
    expect(out).toContain('smoke-run: 7 checks from 1 file\n');
    expect(out).toContain('[1/7] ✓ check ok (12 ms)\n');
    expect(out).toContain('[2/7] ✗ check bad (12 ms) — failed\n    HTTP 500\n');
    expect(out).toContain('[3/7] ✓ check slow (12 ms) — slow: 900 ms > 100 ms\n');
    expect(out).toContain('[4/7] ~ check wobbly (12 ms) — flaky, passed on attempt 2\n');
    expect(out).toContain('[5/7] ⊘ check stuck — blocked by bad\n');
    expect(out).toContain('[6/7] ✗ check late (12 ms) — timed out\n');
    expect(out).toContain('[7/7] - check off — skipped\n');
    expect(out).toMatch(/By category\nCategory +State +Total +Passed +Failed +Flaky +Blocked +Skipped +Pass rate\napi +broken +6 +3 +1 +1 +1 +1 +60%\nhealth +broken +1 +0 +1 +0 +0 +0 +0%/);
    expect(out).toContain('Fix first\n  P0 bad [svc/health] failed: HTTP 500\n');
    expect(out).toContain('3 passed, 2 failed, 1 flaky, 1 blocked, 1 skipped of 7 in 2.5 s\n');
  });

  it('draws a spinner with a counter on a TTY and clears it before each line', async () => {
    vi.useFakeTimers();
    try {
      const c = ctx(true);
      const r = consoleReporter(c);
      await r.onRunStart?.({ files: ['a'], planned: 2, startedAt: 0 });
      await r.onCheckStart?.({ id: 'ok', name: 'check ok' });
      await r.onCheckStart?.({ id: 'bad', name: 'check bad' });
      vi.advanceTimersByTime(200);
      expect(c.text()).toMatch(/\r\x1b\[2K.*\[0\/2\] check ok \(\+1 more\)/);
      await r.onCheckEnd?.(results[0]!);
      expect(c.text()).toMatch(/\r\x1b\[2K.*✓.* check ok/);
      await r.onRunEnd(buildReport(results.slice(0, 1), { start: 0, stop: 10 }));
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it('formats durations and tables', () => {
    expect([formatDuration(12.4), formatDuration(1450), formatDuration(125_000)]).toEqual(['12 ms', '1.4 s', '2 m 5 s']);
    expect(formatTable([['a', 'bb'], ['ccc', 'd']])).toBe('a    bb\nccc  d');
  });

  it('prints the verification table of smoke-run verify', async () => {
    const c = ctx(false);
    const report = buildReport([], {
      start: 0,
      stop: 1,
      verification: [{ taskFile: 't.json', fixId: 'F1', claimed: 'FIXED', verdict: 'refuted', commands: [] }],
    });
    await consoleReporter(c).onRunEnd(report);
    expect(c.text()).toMatch(/Task verification\nTask file +Fix +Claimed +Verdict\nt\.json +F1 +FIXED +refuted/);
  });
});

describe('Multiplexer', () => {
  it('a reporter that throws never costs the others their output, and is reported once per hook', async () => {
    const p = await inlineProject({});
    try {
      const c = { ...ctx(false), cwd: p.dir };
      const failures: string[] = [];
      const broken = {
        name: 'broken',
        onCheckEnd: () => {
          throw new Error('template bug');
        },
        onRunEnd: () => Promise.reject(new Error('disk full')),
      };
      const mux = new Multiplexer([broken, jsonReporter(c)], (f) => failures.push(`${f.reporter}:${f.hook}`));
      await mux.onRunStart({ files: [], planned: 2, startedAt: 0 });
      await mux.onCheckStart({ id: 'a', name: 'a' });
      await mux.onCheckEnd(results[0]!);
      await mux.onCheckEnd(results[1]!);
      const report: SmokeReport = buildReport(results.slice(0, 2), { start: 0, stop: 1 });
      await mux.onRunEnd(report);
      expect(failures).toEqual(['broken:onCheckEnd', 'broken:onRunEnd']);
      expect(mux.failures).toHaveLength(3);
      const written = JSON.parse(await readFile(path.join(p.dir, 'reports/smoke-report.json'), 'utf8')) as SmokeReport;
      expect(written.results.summary.tests).toBe(2);
      expect(c.text()).toContain('JSON report: reports/smoke-report.json');
    } finally {
      await p.cleanup();
    }
  });
});

describe('parseReporterNames', () => {
  it('splits, dedupes and rejects unknown names listing the known ones', () => {
    expect(parseReporterNames(['console,json', 'json'])).toEqual(['console', 'json']);
    expect(() => parseReporterNames(['tap'])).toThrow(/unknown reporter "tap" \(known: console, .*json/);
  });
});
