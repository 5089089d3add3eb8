import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main, mulberry32, parseArgs, sampleFindings } from './sample.mjs';

const v = (file: string, line: number, severity = 'medium', ruleId = 'explicit-any') => ({ file, line, column: 1, ruleId, severity, message: 'm' });
const report = [...Array.from({ length: 30 }, (_, i) => v(`f${i % 7}.ts`, i + 1)), v('h.ts', 1, 'high', 'empty-function'), v('l.ts', 1, 'low', 'max-file-lines')];

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  vi.restoreAllMocks();
});

describe('sampleFindings', () => {
  it('draws count distinct findings of the severity only, the same ones for the same seed whatever the input order', () => {
    const a = sampleFindings(report, { severity: 'medium', count: 10, seed: 3 });
    const b = sampleFindings([...report].reverse(), { severity: 'medium', count: 10, seed: 3 });
    expect(a).toHaveLength(10);
    expect(new Set(a.map((x) => `${x.file}:${x.line}`)).size).toBe(10);
    expect(a.every((x) => x.severity === 'medium')).toBe(true);
    expect(b).toEqual(a);
    expect(sampleFindings(report, { severity: 'medium', count: 10, seed: 4 })).not.toEqual(a);
  });

  it('returns every finding when fewer than count exist', () => {
    expect(sampleFindings(report, { severity: 'high', count: 40, seed: 3 }).map((x) => x.file)).toEqual(['h.ts']);
  });

  it('draws each finding about equally often over many seeds (uniform)', () => {
    const hits = new Map<number, number>();
    for (let seed = 0; seed < 3000; seed++) for (const x of sampleFindings(report, { severity: 'medium', count: 3, seed })) hits.set(x.line, (hits.get(x.line) ?? 0) + 1);
    // 3000 draws × 3 of 30: 300 expected per finding.
    expect(hits.size).toBe(30);
    for (const n of hits.values()) expect(n).toBeGreaterThan(220);
    for (const n of hits.values()) expect(n).toBeLessThan(380);
  });

  it('mulberry32 is deterministic and in [0, 1)', () => {
    const r1 = mulberry32(7);
    const r2 = mulberry32(7);
    const xs = Array.from({ length: 100 }, () => r1());
    expect(xs).toEqual(Array.from({ length: 100 }, () => r2()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe('the command', () => {
  it('rejects missing or malformed arguments', () => {
    expect(() => parseArgs(['r.json', '--severity', 'medium', '--count', '40'])).toThrow('--seed are required');
    expect(() => parseArgs(['r.json', '--severity', 'medium', '--count', 'x', '--seed', '1'])).toThrow('--count expects a non-negative integer');
    expect(() => parseArgs(['r.json', '--fast'])).toThrow('unknown argument --fast');
  });

  it('prints the sample of a report and exits 2 with a one-line error on a file that is not a report', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'rc-sample-'));
    dirs.push(dir);
    const good = path.join(dir, 'r.json');
    const bad = path.join(dir, 'bad.json');
    writeFileSync(good, JSON.stringify({ violations: report }));
    writeFileSync(bad, JSON.stringify({ findings: [] }));
    const out = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const err = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(main([good, '--severity', 'medium', '--count', '2', '--seed', '3'])).toBe(0);
    expect(out).toHaveBeenCalledTimes(2);
    expect(String(out.mock.calls[0][0])).toMatch(/^f\d\.ts:\d+ explicit-any m$/);
    expect(main([bad, '--severity', 'medium', '--count', '2', '--seed', '3'])).toBe(2);
    expect(String(err.mock.calls[0][0])).toContain('bad.json: expected a quality-scan JSON report');
  });
});
