import { describe, expect, it } from 'vitest';
import { evaluateGates } from './gate.js';
import { formatConsole, formatGithubAnnotations, formatMarkdown, lineRanges } from './format.js';
import type { CoverageData } from './model.js';

const data: CoverageData = {
  format: 'lcov',
  source: 'lcov.info',
  metrics: ['lines', 'functions', 'branches'],
  hasLineHits: true,
  files: Array.from({ length: 8 }, (_, i) => ({ file: `src/we|ird\`${i}.ts`, metrics: { lines: { total: 10, covered: i } }, lineHits: new Map() })),
};

describe('formatters', () => {
  it('lineRanges compresses runs of lines', () => {
    expect(lineRanges([1, 2, 3, 5, 7, 8])).toBe('1-3, 5, 7-8');
    expect(lineRanges([])).toBe('');
  });

  it('colours the table only when asked, and cuts long worst-file lists', () => {
    const report = evaluateGates({ data, config: { perFile: { lines: 90 }, worst: 3 } });
    expect(formatConsole(report)).not.toMatch(/\u001b\[/);
    const coloured = formatConsole(report, { color: true, worst: 3 });
    expect(coloured).toMatch(/\u001b\[31m/);
    expect(coloured).toContain('… and 5 more (see --json)');
  });

  it('escapes pipes in markdown table cells and backticks in code spans', () => {
    const report = evaluateGates({ data, config: { perFile: { lines: 50 } } });
    const md = formatMarkdown(report);
    expect(md).toContain('| `` src/we\\|ird`0.ts `` | 0.00% | 10/10 |');
    expect(md).toContain('<summary>Files below lines ≥ 50% (5)</summary>');
  });

  it('turns failed gates into GitHub error annotations, prefixed when the root is a subfolder', () => {
    const report = evaluateGates({
      data,
      config: { global: { lines: 90 } },
      changed: { base: 'main', lines: new Map([['src/a.ts', [1, 2, 3, 9]]]), lineFiles: [{ file: 'src/a.ts', metrics: {}, lineHits: new Map([[1, 0], [2, 0], [3, 1], [9, 0]]) }], threshold: null },
    });
    const text = formatGithubAnnotations(report, 'app');
    expect(text).toContain('::error title=coverage-gate%3A global::all files: lines 35.00%25 (52 lines of 80 uncovered) is below 90%25');
    expect(text).toContain('::warning file=app/src/a.ts,line=1,endLine=2,title=Not covered by tests::Changed lines 1-2 not covered by any test');
    expect(text).toContain('::warning file=app/src/a.ts,line=9,endLine=9,');
    expect(formatGithubAnnotations(evaluateGates({ data, config: { global: { lines: 1 } } }))).toBe('');
  });
});
