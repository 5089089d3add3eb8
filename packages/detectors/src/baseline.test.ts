import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { validate, type QualityReport } from '@readycheck/core';
import { applyBaseline, coverageOfInputs, loadBaseline, updateBaseline, writeBaseline } from './baseline.js';
import { buildReport } from './report.js';
import { scanSource } from './scan.js';

function reportOf(files: Record<string, string>): QualityReport {
  return buildReport({ files: Object.keys(files).length, violations: Object.entries(files).flatMap(([f, t]) => scanSource(t, f)) });
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'rc-baseline-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('baseline', () => {
  const v1 = { 'src/a.ts': 'export const a = x as any;\nexport const b = y as any;\n', 'src/b.ts': 'try { f(); } catch (e) {}\n' };

  it('marks known findings as external suppressions (unchanged) and new ones as new; they stop counting', () => {
    const baseline = updateBaseline(reportOf(v1), null);
    expect(baseline.entries).toHaveLength(3);
    const next = applyBaseline(reportOf({ ...v1, 'src/c.ts': 'eval(s);\n' }), baseline);
    expect(next.summary.violations).toBe(1);
    expect(next.summary.baselined).toBe(3);
    expect(next.violations.filter((v) => v.baselineState === 'new').map((v) => v.file)).toEqual(['src/c.ts']);
    for (const v of next.violations.filter((x) => x.baselineState === 'unchanged')) expect(v.suppression).toEqual({ kind: 'external', justification: 'in the baseline' });
    expect(validate('quality-report', next, 'report').valid).toBe(true);
  });

  it('keys by fingerprint, not per-file counts: fixing one finding while adding another in the same file is caught', () => {
    const baseline = updateBaseline(reportOf(v1), null);
    const next = applyBaseline(reportOf({ ...v1, 'src/a.ts': 'export const a = x as unknown;\nexport const b = y as any;\nexport const c = z as any;\n' }), baseline);
    expect(next.violations.filter((v) => v.baselineState === 'new').map((v) => `${v.file}:${v.line}`)).toEqual(['src/a.ts:3']);
    expect(next.summary.violations).toBe(1);
    expect(next.staleBaseline).toHaveLength(1);
    expect(next.staleBaseline?.[0]).toMatchObject({ file: 'src/a.ts', ruleId: 'explicit-any' });
  });

  it('unrelated lines moving does not make a baselined finding new', () => {
    const baseline = updateBaseline(reportOf(v1), null);
    const shifted = { ...v1, 'src/b.ts': `// header\n\n${v1['src/b.ts']}` };
    const next = applyBaseline(reportOf(shifted), baseline);
    expect(next.summary.violations).toBe(0);
    expect(next.staleBaseline).toBeUndefined();
  });

  it('stale entries are only those of covered files; update prunes them and keeps entries of files the run did not cover', () => {
    const baseline = updateBaseline(reportOf(v1), null);
    const onlyB = reportOf({ 'src/b.ts': 'export const fixed = 1;\n' });
    const covers = coverageOfInputs(['src/b.ts'], dir);
    const applied = applyBaseline(onlyB, baseline, { covers });
    expect(applied.staleBaseline?.map((e) => e.file)).toEqual(['src/b.ts']);
    const pruned = updateBaseline(onlyB, baseline, { covers });
    expect(pruned.entries.map((e) => e.file)).toEqual(['src/a.ts', 'src/a.ts']);
  });

  it('in diff mode (partial) nothing is stale and update only adds the new findings', () => {
    const baseline = updateBaseline(reportOf(v1), null);
    const diffReport = reportOf({ 'src/d.ts': 'eval(s);\n' });
    expect(applyBaseline(diffReport, baseline, { partial: true }).staleBaseline).toBeUndefined();
    const grown = updateBaseline(diffReport, baseline, { partial: true });
    expect(grown.entries).toHaveLength(4);
    expect(updateBaseline(reportOf({ 'src/b.ts': v1['src/b.ts'] }), baseline, { partial: true }).entries).toHaveLength(3);
  });

  it('leaves inline-suppressed findings alone and does not baseline them', () => {
    const text = '// readycheck-disable-next-line explicit-any -- generated code\nexport const a = x as any;\n';
    const report = reportOf({ 'a.ts': text });
    expect(updateBaseline(report, null).entries).toEqual([]);
    expect(applyBaseline(report, { version: 1, entries: [] }).violations[0]?.suppression?.kind).toBe('inSource');
  });

  it('writes a schema-valid, deterministic file and reads it back', async () => {
    const file = path.join(dir, 'nested', 'baseline.json');
    const baseline = updateBaseline(reportOf(v1), null);
    await writeBaseline(file, baseline);
    const text = readFileSync(file, 'utf8');
    await writeBaseline(file, updateBaseline(reportOf(v1), null));
    expect(readFileSync(file, 'utf8')).toBe(text);
    expect(await loadBaseline(file)).toEqual(baseline);
    expect(JSON.parse(text).entries).toContainEqual({ file: 'src/a.ts', fingerprint: expect.any(String), ruleId: 'explicit-any', snippet: 'export const a = x as any;' });
  });

  it('bad baseline files are one-line errors naming file, line and pointer', async () => {
    await expect(loadBaseline(path.join(dir, 'missing.json'))).rejects.toMatchObject({ code: 'RC_FILE_NOT_FOUND', message: expect.stringContaining('--update-baseline') });
    const broken = path.join(dir, 'broken.json');
    writeFileSync(broken, '{ "version": 1, "entries": [ }');
    await expect(loadBaseline(broken)).rejects.toMatchObject({ code: 'RC_BASELINE_INVALID', message: expect.stringMatching(/broken\.json:1:\d+: invalid JSON/) });
    const wrong = path.join(dir, 'wrong.json');
    writeFileSync(wrong, '{\n  "version": 1,\n  "entries": [\n    { "ruleId": "x", "file": "a.ts" }\n  ]\n}\n');
    await expect(loadBaseline(wrong)).rejects.toMatchObject({ code: 'RC_BASELINE_INVALID', message: expect.stringMatching(/wrong\.json:4: \/entries\/0: .*fingerprint/) });
  });
});

describe('coverageOfInputs', () => {
  it('covers named files, directories and globs; nothing named covers all', () => {
    const covers = coverageOfInputs(['src/a.ts', 'lib', 'test/**/*.spec.ts'], '/repo');
    expect(['src/a.ts', 'src/b.ts', 'lib/x/y.ts', 'library.ts', 'test/u/v.spec.ts', 'test/v.ts'].filter(covers)).toEqual(['src/a.ts', 'lib/x/y.ts', 'test/u/v.spec.ts']);
    expect(coverageOfInputs([], '/repo')('anything')).toBe(true);
    expect(coverageOfInputs(['.'], '/repo')('anything')).toBe(true);
  });
});
