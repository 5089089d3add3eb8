import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanSource } from '../scan.js';
import { splitLines } from './line-diff.js';
import { scanChange } from './scan-change.js';

// Lines that make findings, placeholders, comments and structure, so random edits hit every path.
const LINES = [
  'export class Service {',
  '  start() { run(); }',
  '  stop() {',
  '    halt();',
  '  }',
  '}',
  'const a = data as any;',
  'const b = other as any;',
  'try { go(); } catch (e) {}',
  '// ... existing code ...',
  '  // ... (other agent methods)',
  '/* rest of implementation */',
  '// explains the next line',
  'function f(x: number) {',
  '  return x + 1;',
  'eval(input);',
  '',
  '{/* ... */}',
  'const url = "http://example.com/*x*/";',
];

describe('scanChange on arbitrary edits (property)', () => {
  it('never throws, reports only findings of the new side or drops within the old side, and nothing for no change', () => {
    const text = fc.array(fc.constantFrom(...LINES), { maxLength: 30 }).map((l) => l.join('\n'));
    fc.assert(
      fc.property(text, text, (before, after) => {
        const result = scanChange({ path: 'src/x.ts', before, after });
        const afterFingerprints = new Set(scanSource(after, 'src/x.ts').map((v) => v.fingerprint));
        const oldLines = splitLines(before).length;
        // A finding may sit at the end of the file, on the empty line after a final newline.
        const newLines = after.split(/\r\n|\n|\r/).length;
        for (const v of result.violations) {
          expect(v.line).toBeGreaterThanOrEqual(1);
          expect(v.line).toBeLessThanOrEqual(newLines);
          if (v.droppedRange) {
            expect(v.droppedLines).toBeGreaterThan(0);
            expect(v.droppedRange.startLine).toBeGreaterThanOrEqual(1);
            expect(v.droppedRange.endLine).toBeLessThanOrEqual(oldLines);
            expect(v.droppedRange.startLine).toBeLessThanOrEqual(v.droppedRange.endLine);
          } else {
            expect(afterFingerprints.has(v.fingerprint)).toBe(true);
          }
        }
        expect(scanChange({ path: 'src/x.ts', before: after, after }).violations).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});
