import { describe, expect, it } from 'vitest';
import { computeLineStarts, extractComments, position } from './comments.js';

const texts = (code: string, file = 'a.ts') => extractComments(code, file).map((c) => c.text);

describe('extractComments', () => {
  it('finds line and block comments with their positions', () => {
    const [first, second] = extractComments('const a = 1; // one\n/* two\n lines */\n', 'a.ts');
    expect(first).toMatchObject({ text: '// one', line: 1, column: 14, endLine: 1, endColumn: 20 });
    expect(second).toMatchObject({ text: '/* two\n lines */', line: 2, column: 1, endLine: 3, endColumn: 10 });
  });

  it('does not mistake // or /* inside strings, templates or regular expressions for comments', () => {
    expect(texts('const u = "http://x/*y*/";\nconst t = `a // b ${c /* in */} d // e`;\nconst r = /\\/\\/ no/g; // yes\n')).toEqual(['/* in */', '// yes']);
  });

  it('scans a division as a division and a regex after an operator as a regex', () => {
    expect(texts('const x = a / b; // after division\nconst y = (c) / 2 /* block */;\n')).toEqual(['// after division', '/* block */']);
    expect(texts('const re = x ? /a\\/\\/b/ : null; // tail\n')).toEqual(['// tail']);
  });

  it('handles nested template substitutions', () => {
    expect(texts('const s = `x ${`y ${z} // not`} // not either`; // real\n')).toEqual(['// real']);
  });

  it('finds a JSX placeholder comment in a .tsx file', () => {
    expect(texts('const el = <div>\n  {/* ... */}\n</div>;\n', 'a.tsx')).toEqual(['/* ... */']);
  });
});

describe('position', () => {
  it('turns offsets into 1-based lines and columns, CRLF included', () => {
    const starts = computeLineStarts('ab\r\ncd\ne');
    expect(position(starts, 0)).toEqual({ line: 1, column: 1 });
    expect(position(starts, 5)).toEqual({ line: 2, column: 2 });
    expect(position(starts, 7)).toEqual({ line: 3, column: 1 });
  });
});
