import { describe, expect, it } from 'vitest';
import { defineDetector } from './define.js';
import { checkCases, checkInvalid, RuleTester, RuleTesterError, runCase } from './rule-tester.js';

const demo = defineDetector({
  id: 'no-debugger-demo',
  category: 'CODE_STANDARDS',
  severity: 'low',
  docs: { description: 'debugger statements', why: 'they stop the program', bad: 'debugger;', good: '' },
  messages: { found: 'debugger statement.', unused: 'never reported' },
  check: (ctx) => ({
    DebuggerStatement(node) {
      ctx.report(node, 'found');
    },
  }),
});

describe('RuleTester', () => {
  it('rejects an invalid case that lists no errors', () => {
    expect(() => checkCases(demo, [], [{ code: 'debugger;', errors: [] }])).toThrow(/lists no errors/);
  });
  it('rejects an invalid case that produces no finding', () => {
    expect(() => checkInvalid(demo, { code: 'const a = 1;', errors: [{ messageId: 'found' }] })).toThrow(/produced no finding/);
  });
  it('rejects duplicate cases', () => {
    expect(() => checkCases(demo, [{ code: 'a;' }, { code: 'a;' }], [{ code: 'debugger;', errors: [{ messageId: 'found' }, { messageId: 'unused' }] }])).toThrow(/duplicate case/);
  });
  it('flags a declared messageId no invalid case triggers', () => {
    expect(() => checkCases(demo, [], [{ code: 'debugger;', errors: [{ messageId: 'found' }] }])).toThrow(/never triggered by an invalid case: unused/);
  });
  it('rejects an unknown messageId', () => {
    expect(() => checkCases(demo, [], [{ code: 'debugger;', errors: [{ messageId: 'nope' }] }])).toThrow(/unknown messageId/);
  });
  it('enforces minimum case counts', () => {
    expect(() => checkCases(demo, [], [], { minValid: 1 })).toThrow(/at least 1 required/);
    expect(() => checkCases(demo, [{ code: 'a;' }], [], { minInvalid: 1 })).toThrow(/at least 1 required/);
  });
  it('compares message id, position, message and count', () => {
    expect(() => checkInvalid(demo, { code: 'debugger;', errors: [{ messageId: 'found', line: 2 }] })).toThrow(/line 1 ≠ 2/);
    expect(() => checkInvalid(demo, { code: 'debugger;', errors: [{ messageId: 'found', column: 3 }] })).toThrow(/column 1 ≠ 3/);
    expect(() => checkInvalid(demo, { code: 'debugger;', errors: [{ messageId: 'unused' }] })).toThrow(/messageId found ≠ unused/);
    expect(() => checkInvalid(demo, { code: 'debugger;', errors: [{ messageId: 'found', message: 'xyz' }] })).toThrow(/lacks "xyz"/);
    expect(() => checkInvalid(demo, { code: 'debugger; debugger;', errors: [{ messageId: 'found' }] })).toThrow(/expected 1 finding\(s\), got 2/);
    expect(() => checkInvalid(demo, { code: 'debugger;', errors: [{ messageId: 'found', suggestion: 'x' }] })).toThrow(/suggestion/);
    expect(() => checkInvalid(demo, { code: 'debugger;', errors: [{ messageId: 'found', line: 1, column: 1, endLine: 1, endColumn: 10 }] })).not.toThrow();
  });
  it('rejects cases that do not parse unless allowed', () => {
    expect(() => runCase(demo, { code: 'if () {' })).toThrow(RuleTesterError);
    expect(runCase(demo, { code: 'if () { debugger; }', allowParseErrors: true })).toHaveLength(1);
  });
  it('registers describe/it blocks with any framework', () => {
    const names: string[] = [];
    const bodies: (() => void)[] = [];
    const tester = new RuleTester({
      describe: (name, body) => {
        names.push(`describe ${name}`);
        body();
      },
      it: (name, body) => {
        names.push(`it ${name}`);
        bodies.push(body);
      },
    });
    tester.run(demo, { valid: ['const a = 1;'], invalid: [{ code: 'debugger;', errors: [{ messageId: 'found' }] }] });
    expect(names).toContain('describe no-debugger-demo');
    expect(names.filter((n) => n.startsWith('it '))).toHaveLength(3);
    // The case-table check fails (unused message id); the valid and invalid cases pass.
    expect(() => bodies[0]?.()).toThrow(/never triggered/);
    expect(() => bodies[1]?.()).not.toThrow();
    expect(() => bodies[2]?.()).not.toThrow();
  });
  it('reports a valid case that produces a finding', () => {
    const bodies: (() => void)[] = [];
    new RuleTester({ describe: (_n, b) => b(), it: (_n, b) => bodies.push(b) }).run(demo, { valid: ['debugger;'], invalid: [] });
    expect(() => bodies[1]?.()).toThrow(/valid case produced 1 finding/);
  });
});
