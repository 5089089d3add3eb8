import { describe, expect, it } from 'vitest';
import { describeCliError } from './cli.js';
import { ReadycheckError, isReadycheckError, truncate } from './errors.js';

describe('describeCliError', () => {
  it('prints a readycheck error as its own line with its exit code', () => {
    expect(describeCliError(new ReadycheckError('RC_CONFIG_INVALID', 'c.json: /a: must be string'))).toEqual({ message: 'c.json: /a: must be string', exitCode: 2 });
    expect(describeCliError(new ReadycheckError('RC_AGENT_QUARANTINED', 'agent a is quarantined', { exitCode: 3 })).exitCode).toBe(3);
  });

  it('maps commander usage errors to exit 2 and help to exit 0', () => {
    expect(describeCliError({ code: 'commander.unknownOption', message: "error: unknown option '--x'" })).toEqual({ message: "unknown option '--x'", exitCode: 2 });
    expect(describeCliError({ code: 'commander.helpDisplayed', message: '(outputHelp)' }).exitCode).toBe(0);
  });

  it('never prints a stack for unexpected errors unless READYCHECK_DEBUG is set', () => {
    const err = new TypeError('x is not a function\n    at foo (bar.js:1:1)');
    const plain = describeCliError(err, {});
    expect(plain.message).toBe('internal error: x is not a function at foo (bar.js:1:1) (set READYCHECK_DEBUG=1 for the stack)');
    expect(plain.message).not.toContain('\n');
    expect(describeCliError(err, { READYCHECK_DEBUG: '1' }).message).toContain('TypeError');
  });
});

describe('errors', () => {
  it('carries code, location and cause; branches on code across copies', () => {
    const cause = new Error('root');
    const e = new ReadycheckError('RC_JSON_SYNTAX', 'bad', { cause, file: 'a.json', line: 2, pointer: '/x' });
    expect(e).toMatchObject({ name: 'ReadycheckError', code: 'RC_JSON_SYNTAX', file: 'a.json', line: 2, pointer: '/x', exitCode: 2, cause });
    expect(isReadycheckError(e, 'RC_JSON_SYNTAX')).toBe(true);
    expect(isReadycheckError({ code: 'RC_USAGE', message: 'from another copy' })).toBe(true);
    expect(isReadycheckError({ code: 'ENOENT' })).toBe(false);
    expect(isReadycheckError(e, 'RC_USAGE')).toBe(false);
  });

  it('truncates to one line', () => {
    expect(truncate('a\n  b', 10)).toBe('a b');
    expect(truncate('x'.repeat(50), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});
