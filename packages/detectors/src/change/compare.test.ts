import { describe, expect, it } from 'vitest';
import { diffLines } from './line-diff.js';
import { compareChanges, findPlaceholderDrops, shapeOf, spanText, statusOf } from './compare.js';
import { createChangeEngine } from './engine.js';
import { scanChange } from './scan-change.js';
import { isPlaceholderComment } from '../detectors/placeholder-comment.js';

const ids = (r: { violations: Array<{ ruleId: string; line: number }> }) => r.violations.map((v) => `${v.ruleId}:${v.line}`);

describe('scanChange', () => {
  it('reports a placeholder drop with the dropped line count and the removed range', () => {
    const r = scanChange({
      path: 'src/agent.ts',
      before: 'class A {\n  start() { run(); }\n  stop() {\n    halt();\n  }\n}\n',
      after: 'class A {\n  start() { run(); }\n  // ... (other agent methods)\n}\n',
    });
    expect(r.violations).toHaveLength(1);
    expect(r.violations[0]).toMatchObject({
      ruleId: 'placeholder-comment',
      category: 'PLACEHOLDER_DROPPED',
      severity: 'critical',
      line: 3,
      column: 3,
      droppedLines: 3,
      droppedRange: { startLine: 3, endLine: 5 },
      message: 'Placeholder comment replaced 3 lines of code (lines 3-5 of src/agent.ts).',
    });
  });

  it('reports a drop even when the old side had the same placeholder comment elsewhere (the snapshot finding is old)', () => {
    const before = 'const a = {\n  x: 1,\n  y: 2,\n  z: 3,\n};\nconst b = {\n  // ... existing code ...\n};\n';
    const after = 'const a = {\n  // ... existing code ...\n};\nconst b = {\n  // ... existing code ...\n};\n';
    const r = scanChange({ path: 'a.ts', before, after });
    expect(r.violations.map((v) => [v.line, v.droppedLines])).toEqual([[2, 3]]);
  });

  it('a deletion without a placeholder is not a drop, and a rewritten block with a stray comment is not one either', () => {
    expect(scanChange({ path: 'a.ts', before: 'f();\ng();\nh();\n', after: 'f();\n' }).violations).toEqual([]);
    const rewrite = scanChange({
      path: 'a.ts',
      before: 'function f() {\n  a();\n}\n',
      after: 'function f() {\n  // ... existing code ...\n  b();\n  c();\n}\n',
    });
    expect(rewrite.violations.filter((v) => v.droppedLines !== undefined)).toEqual([]);
  });

  it('replacing a comment with a placeholder drops no code', () => {
    const r = scanChange({ path: 'a.ts', before: 'f();\n// explains g\ng();\n', after: 'f();\n// ... rest unchanged\ng();\n' });
    expect(r.violations.filter((v) => v.droppedLines !== undefined)).toEqual([]);
  });

  it('keeps only new findings: an old one on an unchanged line is not new, a second copy is', () => {
    const before = 'export const a = x as any;\n';
    const after = 'export const a = x as any;\nexport const b = x as any;\n';
    const r = scanChange({ path: 'a.ts', before, after });
    expect(ids(r)).toEqual(['explicit-any:2']);
    expect(r.unchanged).toBe(1);
  });

  it('fixing one finding while adding another in a different place is still caught', () => {
    const before = 'export function f(a: any) {\n  return a;\n}\n\nexport const keep = 1;\n';
    const after = 'export function f(a: unknown) {\n  return a;\n}\n\nexport const keep = 1;\nexport const y = (window as any).thing;\n';
    const r = scanChange({ path: 'a.ts', before, after });
    expect(ids(r)).toEqual(['explicit-any:6']);
    expect(r.fixed).toBe(1);
  });

  it('an added file reports all its findings; a deleted file none', () => {
    const added = scanChange({ path: 'a.ts', before: null, after: 'try { f() } catch (e) {}\n' });
    expect(added.status).toBe('added');
    expect(ids(added)).toEqual(['empty-catch:1']);
    const deleted = scanChange({ path: 'a.ts', before: 'try { f() } catch (e) {}\n', after: null });
    expect(deleted).toMatchObject({ status: 'deleted', violations: [], fixed: 1 });
  });

  it('a renamed file keeps its old findings as old', () => {
    const text = 'export const v = data as any;\n';
    const r = scanChange({ path: 'src/new.ts', oldPath: 'src/old.ts', before: text, after: `${text}export const w = 1;\n` });
    expect(r).toMatchObject({ status: 'renamed', previousFile: 'src/old.ts', violations: [], unchanged: 1 });
  });

  it('respects the rule config: with the placeholder rule off, no drop is reported', () => {
    const r = scanChange(
      { path: 'a.ts', before: 'class A {\n  a() { x(); }\n  b() { y(); }\n}\n', after: 'class A {\n  a() { x(); }\n  // ... rest unchanged\n}\n' },
      { config: { rules: { 'placeholder-comment': 'off' } } },
    );
    expect(r.violations).toEqual([]);
  });

  it('rejects unknown rule ids like the snapshot scan does', () => {
    expect(() => scanChange({ path: 'a.ts', before: '', after: '' }, { rules: ['no-such-rule'] })).toThrow(/unknown rule id/);
  });
});

describe('compareChanges across files', () => {
  it('code moved from one file to another is not new, even with its findings re-indented', () => {
    const engine = createChangeEngine();
    const results = compareChanges(
      [
        { path: 'src/a.ts', before: 'export function p(raw: string) {\n  return JSON.parse(raw) as any;\n}\nexport const one = 1;\n', after: 'export const one = 1;\n' },
        { path: 'src/b.ts', before: 'export const two = 2;\n', after: 'export const two = 2;\nexport namespace N {\n    export function p(raw: string) {\n        return JSON.parse(raw) as any;\n    }\n}\n' },
      ],
      engine,
    );
    expect(results.flatMap((r) => r.violations)).toEqual([]);
    expect(results.map((r) => [r.file, r.unchanged, r.fixed])).toEqual([
      // Moved: neither fixed in a.ts nor new in b.ts.
      ['src/a.ts', 0, 0],
      ['src/b.ts', 1, 0],
    ]);
  });
});

describe('helpers', () => {
  it('statusOf derives the status from the sides', () => {
    expect(statusOf({ path: 'a', before: 'x', after: 'x' })).toBe('unchanged');
    expect(statusOf({ path: 'a', before: 'x', after: 'y' })).toBe('modified');
    expect(statusOf({ path: 'a', before: 'x', after: 'y', status: 'copied' })).toBe('copied');
  });

  it('spanText cuts the finding out of its lines; shapeOf hides names', () => {
    const lines = ['const a = data as any;', 'next'];
    expect(spanText(lines, { line: 1, column: 11, endLine: 1, endColumn: 22 })).toBe('data as any');
    expect(spanText(lines, { line: 2, column: 1, endLine: 2, endColumn: 1 })).toBe('next');
    expect(shapeOf('data as any', 'a.ts')).toBe(shapeOf('payload as any', 'a.ts'));
    expect(shapeOf('data as any', 'a.ts')).not.toBe(shapeOf('data as unknown', 'a.ts'));
  });

  it('findPlaceholderDrops takes a pure deletion next to the placeholder block as part of the drop', () => {
    const before = ['class A {', '  a() {', '    one();', '  }', '  b() {', '    two();', '  }', '}'].join('\n');
    const after = ['class A {', '  a() {', '    one();', '  }', '  // ... other methods', '}'].join('\n');
    const drops = findPlaceholderDrops(diffLines(before, after), after, 'a.ts', isPlaceholderComment);
    expect(drops.map((d) => [d.comment.line, d.droppedLines, d.startLine, d.endLine])).toEqual([[5, 3, 5, 7]]);
  });
});
