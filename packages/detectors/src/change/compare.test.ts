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
    const drops = findPlaceholderDrops({ diff: diffLines(before, after), before, after, fileName: 'a.ts', isPlaceholderComment });
    expect(drops.map((d) => [d.comment.line, d.droppedLines, d.startLine, d.endLine])).toEqual([[5, 3, 5, 7]]);
  });
});

describe('structural placeholder drops (issue #13 point 3): the structure is the trigger, the wording only the confidence', () => {
  const drops = (before: string, after: string, file = 'src/a.ts') =>
    scanChange({ path: file, before, after }).violations
      .filter((v) => v.droppedRange)
      .map((v) => ({ line: v.line, droppedLines: v.droppedLines, range: v.droppedRange, confidence: v.confidence }));
  const method = 'class Store {\n  load(id: string) {\n    const row = this.db.get(id);\n    if (!row) throw new Error(id);\n    this.cache.set(id, row);\n    audit(id);\n    return row;\n  }\n}\n';

  it('a method body of five statements behind /* existing implementation omitted for brevity */ (wording unknown to the list)', () => {
    const after = 'class Store {\n  load(id: string) {\n    /* existing implementation omitted for brevity */\n  }\n}\n';
    expect(drops(method, after)).toEqual([{ line: 3, droppedLines: 5, range: { startLine: 3, endLine: 7 }, confidence: 'high' }]);
  });

  it('function newFeature() { /* implementation */ } replacing its body, on one line', () => {
    const before = 'export function newFeature(x: number) {\n  const y = x * 2;\n  return y + 1;\n}\n';
    expect(drops(before, 'export function newFeature(x: number) { /* implementation */ }\n')).toEqual([
      { line: 1, droppedLines: 3, range: { startLine: 1, endLine: 4 }, confidence: 'high' },
    ]);
  });

  it('the tail of a body: first statements kept, the rest behind any comment (medium without a known phrase)', () => {
    const after = 'class Store {\n  load(id: string) {\n    const row = this.db.get(id);\n    // then the usual bookkeeping\n  }\n}\n';
    expect(drops(method, after)).toEqual([{ line: 4, droppedLines: 4, range: { startLine: 4, endLine: 7 }, confidence: 'medium' }]);
  });

  it('object properties, array elements, JSX children and switch cases, in each comment syntax', () => {
    expect(drops('const o = {\n  a: 1,\n  b: 2,\n  c: 3,\n};\n', 'const o = {\n  a: 1,\n  /* and so on */\n};\n')).toHaveLength(1);
    expect(drops('const xs = [\n  one(),\n  two(),\n  three(),\n];\n', 'const xs = [\n  // filled in later\n];\n')).toHaveLength(1);
    const jsx = 'export const C = () => (\n  <ul>\n    <li>a</li>\n    <li>b</li>\n    <li>c</li>\n  </ul>\n);\n';
    // A gap behind an explanation is medium; behind an elision wording ("the other items") high.
    expect(drops(jsx, 'export const C = () => (\n  <ul>\n    <li>a</li>\n    {/* b and c come from the server now */}\n  </ul>\n);\n', 'src/c.tsx')).toEqual([
      { line: 4, droppedLines: 2, range: { startLine: 4, endLine: 5 }, confidence: 'medium' },
    ]);
    expect(drops(jsx, 'export const C = () => (\n  <ul>\n    <li>a</li>\n    {/* the other items */}\n  </ul>\n);\n', 'src/c.tsx')).toEqual([
      { line: 4, droppedLines: 2, range: { startLine: 4, endLine: 5 }, confidence: 'high' },
    ]);
    const sw = 'function f(k: string) {\n  switch (k) {\n    case "a":\n      return 1;\n    case "b":\n      return 2;\n    default:\n      return 0;\n  }\n}\n';
    expect(drops(sw, 'function f(k: string) {\n  switch (k) {\n    case "a":\n      return 1;\n    // b handled like before\n    default:\n      return 0;\n  }\n}\n')).toHaveLength(1);
  });

  it('a trailing comment that claims the code is still there, a call\'s arguments, a head comment that says "existing" (bench/redteam)', () => {
    // The tail dropped, the elision trailing the statement kept.
    const trailing = 'class Store {\n  load(id: string) {\n    const row = this.db.get(id); // ... rest of the method unchanged\n  }\n}\n';
    expect(drops(method, trailing)).toEqual([{ line: 3, droppedLines: 4, range: { startLine: 3, endLine: 7 }, confidence: 'high' }]);
    // A query's conditions: the arguments of a call after the first.
    const query = 'const q = and(\n  eq(t.hash, hash),\n  eq(t.active, true),\n  gt(t.expires, now),\n);\n';
    expect(drops(query, 'const q = and(\n  eq(t.hash, hash),\n  // ... other conditions\n);\n')).toEqual([{ line: 3, droppedLines: 2, range: { startLine: 3, endLine: 4 }, confidence: 'high' }]);
    // The body dropped behind a comment that code follows (a new line added), worded as an elision.
    const head = 'class Store {\n  load(id: string) {\n    // existing loading logic\n    this.flush();\n  }\n}\n';
    expect(drops(method, head)).toEqual([{ line: 3, droppedLines: 4, range: { startLine: 3, endLine: 7 }, confidence: 'high' }]);
  });

  it('old members elided behind a comment that says so, with more new code than was removed in the same hunk (bench/redteam)', () => {
    const cls = 'class P {\n  a = 1;\n  start() {\n    run();\n    log();\n  }\n  stop() {\n    halt();\n  }\n}\n';
    const longer = ['  flush() {', '    const rest = this.take();', '    if (!rest) return;', '    emit(rest);', '    this.count += 1;', '  }', '  reset() {', '    this.count = 0;', '    this.clear();', '  }'];
    const elided = (comment: string) => ['class P {', '  a = 1;', `  ${comment}`, ...longer, '}', ''].join('\n');
    const found = drops(cls, elided('// (bestehende Methoden)'));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ line: 3, confidence: 'high' });
    // The same hunk with a comment that explains the new code is a rewrite.
    expect(drops(cls, elided('// flushing replaces start/stop: the stream drives itself now'))).toEqual([]);
  });

  it('stays silent on a trailing comment, a comment before kept statements, moved code and a new empty callback saying why', () => {
    const trailing = 'class Store {\n  load(id: string) {\n    const row = this.db.get(id); // the rest is gone\n  }\n}\n';
    expect(drops(method, trailing)).toEqual([]);
    const explains = 'class Store {\n  load(id: string) {\n    // cache and audit happen in the repository now\n    return this.db.get(id);\n  }\n}\n';
    expect(drops(method, explains)).toEqual([]);
    const callback = 'emitter.on("close", onClose);\n';
    expect(drops(callback, 'emitter.on("close", () => {\n  // nothing to clean up: the socket closes itself\n});\n')).toEqual([]);
    const engine = createChangeEngine();
    const moved = compareChanges(
      [
        { path: 'src/a.ts', before: method, after: 'class Store {\n  load(id: string) {\n    // moved to loader.ts\n  }\n}\n' },
        { path: 'src/loader.ts', before: null, after: 'export function load(this: Store, id: string) {\n    const row = this.db.get(id);\n    if (!row) throw new Error(id);\n    this.cache.set(id, row);\n    audit(id);\n    return row;\n}\n' },
      ],
      engine,
    );
    expect(moved.flatMap((r) => r.violations).filter((v) => v.droppedRange)).toEqual([]);
  });
});

describe('severityInChange: a rule graded lower across a codebase is graded higher when a change adds the finding', () => {
  const grades = (r: { violations: { ruleId: string; line: number; severity: string }[] }) => r.violations.filter((v) => v.ruleId === 'empty-function').map((v) => [v.line, v.severity]);

  it('reports an empty function the change adds at high (medium in a whole-codebase scan)', () => {
    const before = 'export class Billing {\n  charge(id: string) { pay(id); }\n}\n';
    const after = 'export class Billing {\n  charge(id: string) { pay(id); }\n  refund(id: string) {}\n}\n';
    expect(grades(scanChange({ path: 'src/billing.ts', before, after }))).toEqual([[3, 'high']]);
    // An empty function the change did not add is not new: not reported at all.
    expect(grades(scanChange({ path: 'src/billing.ts', before: after, after: `${after}\n` }))).toEqual([]);
    // An added file: every finding is new.
    expect(grades(scanChange({ path: 'src/billing.ts', after }))).toEqual([[3, 'high']]);
  });

  it('keeps a grade the detector set from structure, and a severity the config set', () => {
    // The no-op side of a typed contract is low in a change too.
    const after = "export const unregister: bp.IntegrationProps['unregister'] = async () => {}\n";
    expect(grades(scanChange({ path: 'src/setup.ts', after }))).toEqual([[1, 'low']]);
    const config = { rules: { 'empty-function': 'medium' as const } };
    expect(grades(scanChange({ path: 'src/a.ts', after: 'export function save(doc: Doc) {}\n' }, { config }))).toEqual([[1, 'medium']]);
  });
});
