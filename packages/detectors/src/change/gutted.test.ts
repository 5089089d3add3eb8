import { describe, expect, it } from 'vitest';
import { diffLines } from './line-diff.js';
import { addedLinePool } from './drops.js';
import { findGuttedBodies, isStubExit } from './gutted.js';
import { scanChange } from './scan-change.js';
import type * as TS from 'typescript';
import ts from '../ts.js';

const before = [
  'export class Parser {',
  '  private buffer = "";',
  '  processChunk(chunk: string): void {',
  '    this.buffer += chunk;',
  '    const lines = this.buffer.split(/\\r?\\n/);',
  '    this.buffer = lines.pop() || "";',
  '    for (const line of lines) {',
  '      if (line.trim()) this.emit(JSON.parse(line));',
  '    }',
  '  }',
  '  emit(message: unknown): void {',
  '    console.log(message);',
  '  }',
  '}',
  '',
].join('\n');

/** `before` with processChunk's body lines 4-9 replaced. */
const withBody = (...lines: string[]) => before.split('\n').slice(0, 3).concat(lines, before.split('\n').slice(9)).join('\n');

function gutted(after: string, extra: Array<{ before: string; after: string }> = []) {
  const diff = diffLines(before, after);
  const pool = addedLinePool([diff, ...extra.map((e) => diffLines(e.before, e.after))]);
  return findGuttedBodies({ diff, before, after, fileName: 'src/parser.ts', addedLines: pool }).map((d) => ({ line: d.comment.line, dropped: d.droppedLines, range: [d.startLine, d.endLine], place: d.place }));
}

describe('findGuttedBodies: a body cut down to a stub exit with no comment', () => {
  it.each([['    return;'], ['    return null as never;'], ['    return [] as unknown as void;'], ["    throw new Error('TODO');"], ['    return Promise.resolve() as unknown as void;'], ["    return '' as never;"]])(
    'whole body → %s',
    (stub) => {
      expect(gutted(withBody(stub))).toEqual([{ line: 4, dropped: 4, range: [4, 9], place: 'whole' }]);
    },
  );

  it('a tail: the first statement kept, the rest replaced by `return;`', () => {
    expect(gutted(withBody('    this.buffer += chunk;', '    return;'))).toEqual([{ line: 5, dropped: 3, range: [5, 9], place: 'tail' }]);
  });

  it('reports it as a critical drop of medium confidence, with a message naming the stub', () => {
    const r = scanChange({ path: 'src/parser.ts', before, after: withBody('    return;') });
    const v = r.violations.find((x) => x.droppedRange);
    expect(v).toMatchObject({ ruleId: 'placeholder-comment', severity: 'critical', confidence: 'medium', line: 4, droppedLines: 4 });
    expect(v?.message).toBe('A stub (`return;`) with no comment replaced 4 lines of code (lines 4-9 of src/parser.ts).');
  });

  it('stays silent on a real answer, an explained stub, a short body, moved code and an unchanged stub', () => {
    expect(gutted(withBody("    return 'unknown' as never;"))).toEqual([]);
    expect(gutted(withBody('    // parsing moved to the worker: nothing to do here', '    return;'))).toEqual([]);
    expect(gutted(withBody('    this.buffer += chunk;', '    const lines = this.buffer.split(/\\r?\\n/);', '    this.buffer = lines.pop() || "";', '    return;'))).toEqual([]);
    // The body's code added to a new helper file in the same change: it moved.
    const helper = { before: '', after: before.split('\n').slice(3, 9).join('\n') };
    expect(gutted(withBody('    return;'), [helper])).toEqual([]);
    // An emptied body is a deletion (empty-function reports it), not a stand-in.
    expect(gutted(withBody())).toEqual([]);
  });

  it('a transform gutted to the identity: `return path;` of its own parameter', () => {
    const shorten = 'export function shorten(path: string, max = 42): string {\n  const n = path.replace(/\\\\/g, "/");\n  if (n.length <= max) return n;\n  const parts = n.split("/").filter(Boolean);\n  const tail = parts.slice(-2).join("/");\n  return `…/${tail}`;\n}\n';
    const r = scanChange({ path: 'src/p.ts', before: shorten, after: 'export function shorten(path: string, max = 42): string {\n  return path;\n}\n' });
    expect(r.violations.find((v) => v.droppedRange)).toMatchObject({ line: 2, confidence: 'medium', droppedLines: 4 });
    // Returning something else the function computes is an implementation, not the identity.
    expect(scanChange({ path: 'src/p.ts', before: shorten, after: 'export function shorten(path: string, max = 42): string {\n  return clip(path, max);\n}\n' }).violations.filter((v) => v.droppedRange)).toEqual([]);
  });

  it('code kept but switched off: a new first `return;`, an `if (false)` around it; an arrow body rewritten as `=> null` (bench/redteam)', () => {
    const early = scanChange({ path: 'src/parser.ts', before, after: withBody('    return;', ...before.split('\n').slice(3, 9)) });
    expect(early.violations.find((v) => v.droppedRange)).toMatchObject({ line: 4, confidence: 'medium', droppedLines: 5, droppedRange: { startLine: 4, endLine: 9 } });
    expect(early.violations.find((v) => v.droppedRange)?.message).toBe('A stub (`return;`) with no comment switched off 5 lines of code (lines 4-9 of src/parser.ts): still there, never run.');
    const wrapped = withBody('    if (false) {', ...before.split('\n').slice(3, 9).map((l) => `  ${l}`), '    }');
    expect(scanChange({ path: 'src/parser.ts', before, after: wrapped }).violations.find((v) => v.droppedRange)).toMatchObject({ line: 4, confidence: 'medium' });
    const arrow = 'export const parse = (chunk: string): unknown[] => {\n  const lines = chunk.split("\\n");\n  const out: unknown[] = [];\n  for (const line of lines) {\n    if (line.trim()) out.push(JSON.parse(line));\n  }\n  return out;\n};\n';
    const concise = scanChange({ path: 'src/p.ts', before: arrow, after: 'export const parse = (chunk: string): unknown[] => [];\n' });
    expect(concise.violations.find((v) => v.droppedRange)).toMatchObject({ line: 1, confidence: 'medium', droppedLines: 5 });
  });

  it('stays silent on a guard clause, a short switched-off block and a concise body that computes', () => {
    const guard = scanChange({ path: 'src/parser.ts', before, after: withBody('    if (!chunk) return;', ...before.split('\n').slice(3, 9)) });
    expect(guard.violations.filter((v) => v.droppedRange)).toEqual([]);
    const short = withBody(...before.split('\n').slice(3, 6), '    if (false) {', ...before.split('\n').slice(6, 9).map((l) => `  ${l}`), '    }');
    expect(scanChange({ path: 'src/parser.ts', before, after: short }).violations.filter((v) => v.droppedRange)).toEqual([]);
    const arrow = 'export const parse = (chunk: string): unknown[] => {\n  const lines = chunk.split("\\n");\n  const out: unknown[] = [];\n  for (const line of lines) {\n    if (line.trim()) out.push(JSON.parse(line));\n  }\n  return out;\n};\n';
    expect(scanChange({ path: 'src/p.ts', before: arrow, after: 'export const parse = (chunk: string): unknown[] => parseLines(chunk);\n' }).violations.filter((v) => v.droppedRange)).toEqual([]);
  });

  it('isStubExit: trivial exits only', () => {
    const stmt = (code: string) => ts.createSourceFile('a.ts', code, ts.ScriptTarget.Latest, true).statements[0] as TS.Statement;
    for (const yes of ['return;', 'return null;', 'return undefined;', 'return void 0;', 'return {};', 'return 0;', 'return false;', "throw new Error('x');", 'throw new TypeError("x");']) expect(isStubExit(stmt(yes))).toBe(true);
    for (const no of ['return x;', 'return f();', "return 'none';", 'throw err;', 'return [a];', 'throw new Error(`${x}`);']) expect(isStubExit(stmt(no))).toBe(false);
  });
});
