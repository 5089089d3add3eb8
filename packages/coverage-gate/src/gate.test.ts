import { describe, expect, it } from 'vitest';
import { validate } from '@readycheck/core';
import { compareGates, evaluateChangedLines, evaluateGates, isGlob, meets, pathMatcher, worstFiles, type Gate } from './gate.js';
import { displayPct, type CoverageData, type FileCoverage } from './model.js';

const file = (name: string, covered: number, total: number, extra: Partial<FileCoverage['metrics']> = {}): FileCoverage => ({
  file: name,
  metrics: { lines: { total, covered }, statements: { total, covered }, functions: { total: 2, covered: 2 }, branches: { total: 4, covered: 4 }, ...extra },
});
const data = (files: FileCoverage[]): CoverageData => ({ format: 'coverage-summary', source: 'coverage/coverage-summary.json', files, metrics: ['lines', 'statements', 'functions', 'branches'], hasLineHits: false });

const FILES = [file('packages/core/src/a.ts', 90, 100), file('packages/core/src/b.ts', 10, 20), file('packages/smoke/src/run.ts', 30, 50), file('packages/smoke/src/x/y.ts', 0, 0)];

const gate = (gates: Gate[], kind: Gate['kind'], target: string, metric: string | null = 'lines') => gates.find((g) => g.kind === kind && g.target === target && g.metric === metric);

describe('thresholds', () => {
  it('a positive number is a minimum percent; a negative one the most uncovered allowed', () => {
    expect(meets(80, { total: 10, covered: 8 })).toBe(true);
    expect(meets(80, { total: 1000, covered: 799 })).toBe(false);
    expect(meets(-10, { total: 100, covered: 90 })).toBe(true);
    expect(meets(-10, { total: 100, covered: 89 })).toBe(false);
    expect(meets(100, { total: 0, covered: 0 })).toBe(true);
  });

  it('never shows a failing figure rounded up to the threshold', () => {
    expect(displayPct({ total: 100000, covered: 79999 })).toBe(79.99);
    expect(displayPct({ total: 3, covered: 1 })).toBe(33.33);
  });
});

describe('path keys', () => {
  it('a plain key is a directory or file prefix; a glob goes through picomatch', () => {
    expect(isGlob('packages/*/src/**')).toBe(true);
    expect(isGlob('packages/core/src/')).toBe(false);
    const dir = pathMatcher('packages/core');
    expect(dir('packages/core/src/a.ts')).toBe(true);
    expect(dir('packages/core-extra/a.ts')).toBe(false);
    expect(pathMatcher('./packages/core/src/a.ts')('packages/core/src/a.ts')).toBe(true);
    const glob = pathMatcher('packages/*/src/**');
    expect(glob('packages/smoke/src/x/y.ts')).toBe(true);
    expect(glob('packages/smoke/test/a.ts')).toBe(false);
    expect(pathMatcher('packages/*/src/')('packages/core/src/a.ts')).toBe(true);
  });
});

describe('evaluateGates', () => {
  it('gates global, per-path and per-file thresholds, failures first, with the worst files', () => {
    const report = evaluateGates({
      data: data(FILES),
      config: {
        global: { lines: 60, functions: 100 },
        paths: { 'packages/core/src/': { lines: 85 }, 'packages/smoke/src/**': { lines: -20 } },
        perFile: { lines: 55 },
      },
    });
    expect(validate('coverage-gate-report', report, 'report').valid).toBe(true);
    // global lines: 130/170 = 76.47% ≥ 60 passes; functions 100% passes.
    expect(gate(report.gates, 'global', '<global>')).toMatchObject({ passed: true, actual: { total: 170, covered: 130, uncovered: 40, pct: 76.47 } });
    // core: 100/120 = 83.33% < 85 fails; its worst file is b.ts.
    const core = gate(report.gates, 'path', 'packages/core/src/')!;
    expect(core).toMatchObject({ passed: false, files: 2, message: expect.stringContaining('is below 85%') });
    expect(core.worstFiles!.map((f) => f.file)).toEqual(['packages/core/src/b.ts', 'packages/core/src/a.ts']);
    // smoke: 20 uncovered ≤ 20 passes.
    expect(gate(report.gates, 'path', 'packages/smoke/src/**')).toMatchObject({ passed: true, actual: { uncovered: 20 } });
    // per file: b.ts 50% fails 55%; run.ts 60% passes; an empty file (0/0) counts as 100%.
    const per = gate(report.gates, 'per-file', '<each file>')!;
    expect(per).toMatchObject({ passed: false, files: 4, actual: { pct: 50 } });
    expect(per.worstFiles!.map((f) => f.file)).toEqual(['packages/core/src/b.ts']);
    expect(report.gates.slice(0, 2).every((g) => !g.passed)).toBe(true);
    expect(report.summary).toEqual({ gates: 5, passed: 3, failed: 2 });
    expect(report.ok).toBe(false);
  });

  it('fails a negative threshold with the number uncovered in the message', () => {
    const r = evaluateGates({ data: data(FILES), config: { paths: { 'packages/smoke/src': { lines: -5 } } } });
    expect(r.gates[0]).toMatchObject({ passed: false, message: 'packages/smoke/src: 20 lines uncovered, at most 5 allowed' });
  });

  it('fails a key that matches no file, instead of passing silently', () => {
    const r = evaluateGates({ data: data(FILES), config: { global: { lines: 1 }, paths: { 'packages/helth/src/': { lines: 90 } } } });
    expect(r.ok).toBe(false);
    expect(r.gates[0]).toMatchObject({ kind: 'path', target: 'packages/helth/src/', passed: false, code: 'RC_THRESHOLD_NO_MATCH', files: 0 });
    expect(r.gates[0]!.message).toContain('matches none of the 4 files');
  });

  it('fails a run with no coverage data at all, and one where exclude removed every file', () => {
    const empty = evaluateGates({ data: data([]), config: { global: { lines: 80 } } });
    expect(empty.ok).toBe(false);
    expect(empty.gates).toEqual([expect.objectContaining({ kind: 'data', code: 'RC_COVERAGE_MISSING', passed: false })]);
    expect(empty.gates[0]!.message).toContain('holds no coverage data');
    const excluded = evaluateGates({ data: data(FILES), config: { global: { lines: 80 }, exclude: ['packages/**'] } });
    expect(excluded.ok).toBe(false);
    expect(excluded.gates[0]!.message).toContain('every one of its 4 files is excluded');
    expect(validate('coverage-gate-report', excluded, 'r').valid).toBe(true);
  });

  it('leaves excluded files out of every gate and counts them', () => {
    const r = evaluateGates({ data: data(FILES), config: { global: { lines: 80 }, exclude: ['packages/smoke/**'] } });
    expect(r.coverage).toMatchObject({ files: 2, excluded: 2 });
    expect(r.gates[0]).toMatchObject({ passed: true, actual: { total: 120, covered: 100 } });
  });

  it('perFile: true applies the global thresholds to each file', () => {
    const r = evaluateGates({ data: data(FILES), config: { global: { lines: 55 }, perFile: true, worst: 1 } });
    expect(gate(r.gates, 'per-file', '<each file>')).toMatchObject({ passed: false, threshold: 55 });
  });
});

describe('worstFiles', () => {
  it('orders by percent, then most uncovered, then name, and skips fully covered files', () => {
    const rows = worstFiles([file('b', 5, 10), file('a', 50, 100), file('c', 10, 10), file('d', 1, 10)], 'lines', 10);
    expect(rows.map((r) => r.file)).toEqual(['d', 'a', 'b']);
    expect(worstFiles([file('b', 5, 10), file('d', 1, 10)], 'lines', 1).map((r) => r.file)).toEqual(['d']);
  });
});

describe('changed lines', () => {
  const lineFiles: FileCoverage[] = [
    { file: 'src/a.ts', metrics: {}, lineHits: new Map([[1, 1], [2, 0], [3, 0], [5, 4]]) },
    { file: 'src/b.ts', metrics: {}, lineHits: new Map([[10, 1]]) },
  ];
  it('counts only executable changed lines and lists the uncovered ones', () => {
    const lines = new Map([['src/a.ts', [2, 3, 4, 5]], ['src/b.ts', [10, 11]], ['src/new.ts', [1]], ['src/new.test.ts', [1]], ['README.md', [1]]]);
    const { gate: g, section } = evaluateChangedLines({ base: 'main', lines, lineFiles, threshold: 80 }, undefined);
    expect(section).toMatchObject({ total: 4, covered: 2, pct: 50, passed: false, filesWithoutCoverage: ['src/new.ts'] });
    expect(section.files).toEqual([
      { file: 'src/a.ts', total: 3, covered: 1, uncoveredLines: [2, 3] },
      { file: 'src/b.ts', total: 1, covered: 1, uncoveredLines: [] },
    ]);
    expect(g).toMatchObject({ kind: 'changed-lines', passed: false, message: expect.stringContaining('is below 80%') });
    expect(g.worstFiles!.map((f) => f.file)).toEqual(['src/a.ts']);
  });

  it('passes when no executable line changed, and only reports without a threshold', () => {
    const none = evaluateChangedLines({ base: 'HEAD', lines: new Map([['src/a.ts', [4]]]), lineFiles, threshold: 90 }, undefined);
    expect(none.gate).toMatchObject({ passed: true, message: 'no executable line changed since HEAD' });
    const info = evaluateChangedLines({ base: 'HEAD', lines: new Map([['src/a.ts', [2]]]), lineFiles, threshold: null }, ['src/b.ts']);
    expect(info.gate).toMatchObject({ passed: true, threshold: null, message: expect.stringContaining('no threshold set') });
  });
});

describe('compareGates', () => {
  it('puts failures first, then kinds in order, then targets and metrics', () => {
    const g = (kind: Gate['kind'], target: string, metric: Gate['metric'], passed: boolean): Gate => ({ kind, target, metric, passed, threshold: null, actual: null, message: '' });
    const sorted = [g('ratchet', 'a', 'lines', true), g('global', '<global>', 'branches', true), g('global', '<global>', 'lines', true), g('path', 'z', 'lines', false), g('data', 'x', null, false)].sort(compareGates);
    expect(sorted.map((x) => `${x.kind}:${x.metric}`)).toEqual(['data:null', 'path:lines', 'global:lines', 'global:branches', 'ratchet:lines']);
  });
});
