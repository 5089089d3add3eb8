import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffLineArrays, diffLines, mapUnchangedLines, splitLines, type ChangeBlock } from './line-diff.js';

/** Applies blocks to the old lines; must give the new lines. */
function apply(a: readonly string[], b: readonly string[], blocks: readonly ChangeBlock[]): string[] {
  const out: string[] = [];
  let i = 1;
  for (const block of blocks) {
    while (i < block.oldStart) out.push(a[i++ - 1] as string);
    out.push(...b.slice(block.newStart - 1, block.newStart - 1 + block.newCount));
    i += block.oldCount;
  }
  while (i <= a.length) out.push(a[i++ - 1] as string);
  return out;
}

describe('splitLines', () => {
  it('counts lines as git does: a final newline does not start a line', () => {
    expect(splitLines('')).toEqual([]);
    expect(splitLines('a')).toEqual(['a']);
    expect(splitLines('a\n')).toEqual(['a']);
    expect(splitLines('a\r\nb\rc\n\n')).toEqual(['a', 'b', 'c', '']);
  });
});

describe('diffLines', () => {
  it('finds a replaced line and an appended one', () => {
    expect(diffLines('a\nb\nc\nd\n', 'a\nx\nc\nd\ne\n').blocks).toEqual([
      { oldStart: 2, oldCount: 1, newStart: 2, newCount: 1 },
      { oldStart: 5, oldCount: 0, newStart: 5, newCount: 1 },
    ]);
  });

  it('reports a pure deletion and a pure insertion with the position on the other side', () => {
    expect(diffLines('a\nb\nc\n', 'a\nc\n').blocks).toEqual([{ oldStart: 2, oldCount: 1, newStart: 2, newCount: 0 }]);
    expect(diffLines('a\nc\n', 'a\nb\nc\n').blocks).toEqual([{ oldStart: 2, oldCount: 0, newStart: 2, newCount: 1 }]);
  });

  it('is empty for equal texts and one block for entirely different ones', () => {
    expect(diffLines('a\nb\n', 'a\nb\n').blocks).toEqual([]);
    expect(diffLines('a\nb\n', 'x\ny\nz\n').blocks).toEqual([{ oldStart: 1, oldCount: 2, newStart: 1, newCount: 3 }]);
    expect(diffLines('', 'x\n').blocks).toEqual([{ oldStart: 1, oldCount: 0, newStart: 1, newCount: 1 }]);
  });

  it('finds a minimal edit script (Myers): one moved line costs two edits, not a rewrite', () => {
    const blocks = diffLineArrays(['a', 'b', 'c', 'd', 'e'], ['b', 'c', 'd', 'e', 'a']);
    expect(blocks.reduce((n, b) => n + b.oldCount + b.newCount, 0)).toBe(2);
  });

  it('property: applying the blocks to the old lines gives the new lines, and blocks never overlap', () => {
    const line = fc.constantFrom('a', 'b', 'c', '}', '', 'return x;');
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), fc.array(line, { maxLength: 40 }), (a, b) => {
        const blocks = diffLineArrays(a, b);
        expect(apply(a, b, blocks)).toEqual(b);
        for (let i = 1; i < blocks.length; i++) {
          const prev = blocks[i - 1] as ChangeBlock;
          const cur = blocks[i] as ChangeBlock;
          expect(cur.oldStart).toBeGreaterThan(prev.oldStart + prev.oldCount - 1);
          expect(cur.newStart).toBeGreaterThan(prev.newStart + prev.newCount - 1);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('falls back to one replaced block when the edit distance is huge, and stays correct', () => {
    const a = Array.from({ length: 2000 }, (_, i) => `old ${i}`);
    const b = Array.from({ length: 2000 }, (_, i) => `new ${i}`);
    const blocks = diffLineArrays(a, b);
    expect(blocks).toEqual([{ oldStart: 1, oldCount: 2000, newStart: 1, newCount: 2000 }]);
  });
});

describe('mapUnchangedLines', () => {
  it('maps each unchanged new line to its old line', () => {
    const { blocks, newLines } = diffLines('a\nb\nc\nd\n', 'x\na\nc\nd\n');
    const map = mapUnchangedLines(blocks, newLines.length);
    expect([...map.entries()]).toEqual([
      [2, 1],
      [3, 3],
      [4, 4],
    ]);
  });
});
