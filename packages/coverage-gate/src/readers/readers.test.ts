import { readFile, writeFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFixture, runC8 } from '../__tests__/helpers.js';
import { parseCoverage, readCoverage } from './index.js';
import type { CoverageData } from '../model.js';

let dir: string;
let reports: string;

beforeAll(async () => {
  dir = await copyFixture('partial');
  reports = await runC8(dir);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const byFile = (d: CoverageData) => Object.fromEntries(d.files.map((f) => [f.file, f.metrics]));

describe('readers over real c8 output', () => {
  it('reads coverage-final.json with all four metrics and per-line hits', async () => {
    const d = await readCoverage(path.join(reports, 'coverage-final.json'), { root: dir });
    expect(d.format).toBe('coverage-final');
    expect(d.hasLineHits).toBe(true);
    expect(d.files.map((f) => f.file)).toEqual(['run.js', 'src/math/ops.js', 'src/math/stats.js', 'src/text/slug.js']);
    const ops = byFile(d)['src/math/ops.js']!;
    expect(ops.lines).toEqual({ total: ops.lines!.total, covered: ops.lines!.total });
    expect(ops.functions).toEqual({ total: 2, covered: 2 });
    const stats = byFile(d)['src/math/stats.js']!;
    expect(stats.functions).toEqual({ total: 2, covered: 1 });
    expect(stats.lines!.covered).toBeLessThan(stats.lines!.total);
    // slug.js: only the early return ran, so it is the least covered.
    const slug = byFile(d)['src/text/slug.js']!;
    expect(slug.lines!.covered / slug.lines!.total).toBeLessThan(stats.lines!.covered / stats.lines!.total);
    // median() never ran: the line of its return statement has zero hits.
    const statsText = (await readFile(path.join(dir, 'src/math/stats.js'), 'utf8')).split('\n');
    const medianReturn = statsText.findIndex((l) => l.includes('return sorted[mid];')) + 1;
    const meanReturn = statsText.findIndex((l) => l.includes('total / values.length')) + 1;
    const hits = d.files.find((f) => f.file === 'src/math/stats.js')!.lineHits!;
    expect(hits.get(medianReturn)).toBe(0);
    expect(hits.get(meanReturn)).toBeGreaterThan(0);
  });

  it('reads coverage-summary.json and lcov.info to the same figures as coverage-final.json', async () => {
    const final = await readCoverage(path.join(reports, 'coverage-final.json'), { root: dir });
    const summary = await readCoverage(path.join(reports, 'coverage-summary.json'), { root: dir });
    const lcov = await readCoverage(path.join(reports, 'lcov.info'), { root: dir });
    expect(summary.format).toBe('coverage-summary');
    expect(summary.hasLineHits).toBe(false);
    expect(lcov.format).toBe('lcov');
    expect(lcov.metrics).toEqual(['lines', 'functions', 'branches']);
    expect(lcov.hasLineHits).toBe(true);
    expect(byFile(summary)).toEqual(byFile(final));
    for (const [file, m] of Object.entries(byFile(final))) {
      const { statements: _s, ...rest } = m;
      expect(byFile(lcov)[file], file).toEqual(rest);
    }
    // lcov's per-line hits are the same lines as istanbul's.
    const fl = final.files.find((f) => f.file === 'src/text/slug.js')!.lineHits!;
    const ll = lcov.files.find((f) => f.file === 'src/text/slug.js')!.lineHits!;
    expect([...ll.entries()].sort()).toEqual([...fl.entries()].sort());
  });

  it('keeps files outside the root as absolute paths', async () => {
    const d = await readCoverage(path.join(reports, 'coverage-final.json'), { root: path.join(dir, 'src', 'math') });
    expect(d.files.map((f) => f.file)).toContain('ops.js');
    expect(d.files.some((f) => f.file === path.join(dir, 'run.js').split(path.sep).join('/'))).toBe(true);
  });

  it('reports a missing file as RC_COVERAGE_MISSING and a corrupt one as RC_COVERAGE_INVALID with its line', async () => {
    await expect(readCoverage(path.join(dir, 'nope.json'), { root: dir, display: 'nope.json' })).rejects.toMatchObject({ code: 'RC_COVERAGE_MISSING', message: expect.stringContaining('nope.json') });
    const bad = path.join(dir, 'bad.json');
    await writeFile(bad, '{\n  "a": {\n    "statementMap": {},\n  oops\n}');
    await expect(readCoverage(bad, { root: dir, display: 'bad.json' })).rejects.toMatchObject({ code: 'RC_COVERAGE_INVALID', message: expect.stringMatching(/^bad\.json:4/) });
  });
});

describe('parseCoverage', () => {
  it('rejects JSON that is no coverage format, and text that is not lcov', () => {
    expect(() => parseCoverage('{"name": "x", "version": "1"}', 'p.json', '/r')).toThrow(/neither istanbul coverage-final.json nor coverage-summary.json/);
    expect(() => parseCoverage('hello world', 'x.txt', '/r')).toThrow(/not a coverage file/);
  });

  it('treats an empty coverage-final.json and an empty lcov.info as no data, not an error', () => {
    expect(parseCoverage('{}', 'c.json', '/r').files).toEqual([]);
    expect(parseCoverage('', 'lcov.info', '/r').files).toEqual([]);
  });

  it('names the entry and what was expected for malformed istanbul and summary data', () => {
    expect(() => parseCoverage('{"/r/a.js": {"statementMap": {}, "s": {"0": "x"}}}', 'c.json', '/r')).toThrow(/entry "\/r\/a.js": s\[0\] is not a number/);
    expect(() => parseCoverage('{"/r/a.js": {"statementMap": {}, "s": {}, "b": {"0": 3}}}', 'c.json', '/r')).toThrow(/b\[0\] is not an array/);
    expect(() => parseCoverage('{"total": {"lines": {"total": 1, "covered": 1}}, "/r/a.js": {"lines": {"total": 2, "covered": 5}}}', 's.json', '/r')).toThrow(/s\.json: \/~1r~1a\.js\/lines: expected \{ total, covered \}/);
  });

  it('unwraps the { data: … } entries of older istanbul versions', () => {
    const entry = { path: '/r/a.js', statementMap: { 0: { start: { line: 1 } }, 1: { start: { line: 2 } } }, s: { 0: 1, 1: 0 }, f: {}, b: {} };
    const d = parseCoverage(JSON.stringify({ '/r/a.js': { data: entry } }), 'c.json', '/r');
    expect(d.files[0]).toMatchObject({ file: 'a.js', metrics: { lines: { total: 2, covered: 1 }, statements: { total: 2, covered: 1 } } });
  });

  it('reads lcov records: FNDA, lcov 2 FN/FNA, BRDA with "-", LF/LH fallbacks, merged duplicates', () => {
    const text = [
      'TN:',
      'SF:src/a.js',
      'FN:1,3,alpha',
      'FNA:0,2,alpha',
      'FN:5,beta',
      'FNDA:0,beta',
      'DA:1,2',
      'DA:2,0',
      'BRDA:2,0,0,-',
      'BRDA:2,0,1,4',
      'end_of_record',
      'SF:src/b.js',
      'LF:10',
      'LH:7',
      'FNF:3',
      'FNH:1',
      'BRF:4',
      'BRH:4',
      'end_of_record',
      'SF:src/a.js',
      'DA:2,1',
      'end_of_record',
      '',
    ].join('\n');
    const d = parseCoverage(text, 'lcov.info', '/r');
    expect(d.files.map((f) => f.file)).toEqual(['src/a.js', 'src/b.js']);
    expect(d.files[0]!.metrics).toEqual({ lines: { total: 2, covered: 2 }, functions: { total: 2, covered: 1 }, branches: { total: 2, covered: 1 } });
    expect(d.files[1]!.metrics).toEqual({ lines: { total: 10, covered: 7 }, functions: { total: 3, covered: 1 }, branches: { total: 4, covered: 4 } });
  });

  it('names the line of a broken lcov record', () => {
    expect(() => parseCoverage('SF:a.js\nDA:1,x\nend_of_record\n', 'lcov.info', '/r')).toThrow(/^lcov\.info:2: invalid lcov record "DA:1,x"/);
    expect(() => parseCoverage('TN:\nDA:1,1\nSF:a.js\nend_of_record\n', 'lcov.info', '/r')).toThrow(/lcov\.info:2: record outside SF/);
    expect(() => parseCoverage('SF:a.js\nDA:1,1\nend_of_record\nend_of_record\n', 'lcov.info', '/r')).toThrow(/lcov\.info:4: end_of_record without SF/);
    expect(() => parseCoverage('SF:a.js\nDA:1,1\nSF:b.js\nend_of_record\nSF:c.js\nDA:1,1\n', 'lcov.info', '/r')).toThrow(/record for c\.js has no end_of_record/);
  });
});
