// Issue #14's property: for any program with a planted `eval`, wrapping it in any nesting up to
// depth 10,000 either still reports the eval or reports the file as unscannable: never neither.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NESTING_SHAPES, nestedStatement } from '../../../fixtures/hostile/quality-scan/shapes.js';
import { scanSource } from './scan.js';

// Ordinary statements around the planted eval: findings of other rules, comments, a suppression
// of some other rule, nesting of their own.
const STATEMENTS = [
  'const a = 1;',
  'export function f(x: number): number { return x + 1; }',
  'const b = data as any;',
  'try { go(); } catch (e) {}',
  '// a comment',
  '/* a block comment */',
  '// readycheck-disable-next-line explicit-any -- legacy',
  'const c = (d as any).e;',
  'if (ready) { start(); } else { stop(); }',
  'const s = "eval(x)";',
  'class K { m() { return this; } }',
  'const t = `${a}${b}`;',
];

const program = fc.record({
  before: fc.array(fc.constantFrom(...STATEMENTS), { maxLength: 6 }),
  after: fc.array(fc.constantFrom(...STATEMENTS), { maxLength: 6 }),
  shape: fc.constantFrom(...NESTING_SHAPES),
  // Small and huge depths both, with the parser's limit (a few hundred to a few thousand) in between.
  depth: fc.oneof(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 300, max: 3_000 }), fc.integer({ min: 3_000, max: 10_000 })),
  // The eval alone, or inside a second nesting of another shape.
  outer: fc.option(fc.record({ shape: fc.constantFrom(...NESTING_SHAPES.filter((s) => s.wraps === 'statement')), depth: fc.integer({ min: 1, max: 10_000 }) }), { nil: undefined }),
});

describe('nesting never hides an eval (fast-check)', () => {
  it('either the eval is reported or the file is unscannable', () => {
    fc.assert(
      fc.property(program, ({ before, after, shape, depth, outer }) => {
        let planted = nestedStatement(shape, depth, 'eval(x)');
        if (outer) planted = outer.shape.wrap(planted, outer.depth);
        const text = [...before, planted, ...after].join('\n');
        const ids = scanSource(text, `p${shape.extension}`).map((v) => v.ruleId);
        expect(ids.includes('dynamic-code-execution') || ids.includes('unscannable')).toBe(true);
      }),
      // Each run parses up to ~100 KB of nesting; 150 runs took about a second here, fine for CI.
      // (With the old silent pass on a parser overflow it fails within the first few dozen runs.)
      { numRuns: 150 },
    );
  });
});
