import { describe, expect, it } from 'vitest';
import { describeCliError } from './cli.js';
import { escapeControl } from './escape.js';
import { ReadycheckError } from './errors.js';
import { stableStringify } from './stable-json.js';

describe('escapeControl', () => {
  it.each([
    ['x.ts\n::warning file=INJECTED::pwned', 'x.ts\\n::warning file=INJECTED::pwned'],
    ['a\r\nb', 'a\\r\\nb'],
    ['tab\there', 'tab\\there'],
    ['\u001b[31mred\u001b[0m', '\\x1B[31mred\\x1B[0m'],
    ['\u001b]0;title\u0007', '\\x1B]0;title\\x07'],
    ['\u009b2J c1 CSI', '\\x9B2J c1 CSI'],
    ['del\u007f', 'del\\x7F'],
    ['nul\u0000byte', 'nul\\x00byte'],
    ['line\u2028sep\u2029para', 'line\\u2028sep\\u2029para'],
    ['bidi \u202eevil\u202c \u2066iso\u2069', 'bidi \\u202Eevil\\u202C \\u2066iso\\u2069'],
  ])('%j → %j', (input, out) => {
    expect(escapeControl(input)).toBe(out);
  });

  it('leaves printable text alone: unicode, backslashes, quotes', () => {
    const text = 'src/café/ünï.ts: `eval` in C:\\path "quoted" 🚀 — fine';
    expect(escapeControl(text)).toBe(text);
  });

  it('keepNewlines keeps \\n and still escapes the rest', () => {
    expect(escapeControl('a\nb\u001b[2Jc\r', { keepNewlines: true })).toBe('a\nb\\x1B[2Jc\\r');
  });

  it('a CLI error line about a hostile file name stays one line with no escape byte', () => {
    const err = new ReadycheckError('RC_FILE_NOT_FOUND', 'x.ts\n::warning file=INJECTED::pwned\u001b]0;t\u0007: no such file');
    const { message } = describeCliError(err, {});
    expect(message).toBe('x.ts\\n::warning file=INJECTED::pwned\\x1B]0;t\\x07: no such file');
    const internal = describeCliError(new Error('boom\n::error::x\u0007'), {}).message;
    expect(internal).toMatch(/^internal error: boom ::error::x\\x07 /);
    expect(internal).not.toContain('\n');
  });
});

describe('stableStringify keeps JSON inert', () => {
  it('writes DEL, C1 and bidi controls as \\u escapes: the same data, nothing raw', () => {
    const data = { file: 'a\u009b2J\u202e.ts', ok: 'café — 🚀', esc: '\u001b[31m' };
    const text = stableStringify(data, 0);
    expect(text).toBe('{"esc":"\\u001b[31m","file":"a\\u009b2J\\u202e.ts","ok":"café — 🚀"}\n');
    expect(JSON.parse(text)).toEqual(data);
  });
});
