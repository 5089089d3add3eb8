import { describe, expect, it } from 'vitest';
import { scanSource } from '../scan.js';
import { RuleTester } from '../rule-tester.js';
import stubImplementation from './stub-implementation.js';

const tester = new RuleTester({ describe, it, minValid: 15, minInvalid: 15 });
const N = { messageId: 'notImplemented' } as const;

tester.run(stubImplementation, {
  valid: [
    'function f() { throw new Error("invalid input"); }',
    'function f() { throw new TypeError(`expected ${t}`); }',
    'const s = "throw new Error(\'Not implemented\')";',
    'const t = `throw new NotImplementedError()`;',
    '// throw new Error("Not implemented")\nexport const a = 1;',
    'const re = /not implemented/;',
    'function f() { return null; }',
    'function f() {\n  // returns null when the cache is cold\n  return null;\n}',
    'function f() {\n  // TODO: add metrics\n  return compute();\n}',
    'function f() {\n  // intentionally empty\n}',
    'class NotImplementedError extends Error {}',
    'if (x) { throw new Error(message); }',
    'const err = new Error("Not implemented");',
    'function f() { throw wrap(e); }',
    'function g() { throw new Error("Implemented in a later step is wrong: use h()".slice(0)); }',
    'function f() {\n  return undefined; // callers treat undefined as "no limit"\n}',
    'function f() {\n  // no implementation needed: the base class does the work\n}',
    'function f() {\n  // code in this module must stay synchronous\n  run();\n}',
    'function f() {\n  // ... existing code ...\n}',
  ],
  invalid: [
    { code: 'function refund() {\n  throw new Error("Not implemented");\n}', errors: [{ ...N, line: 2, column: 3, message: 'Not implemented' }] },
    { code: 'function f() { throw new Error("Method not implemented."); }', errors: [N] },
    { code: 'function f() { throw new Error(\'not yet implemented\'); }', errors: [N] },
    { code: 'function f() { throw Error("NOT IMPLEMENTED"); }', errors: [N] },
    { code: 'function f() { throw new Error(`Unimplemented`); }', errors: [N] },
    { code: 'function f() { throw new Error("TODO"); }', errors: [N] },
    { code: 'function f() { throw "not implemented"; }', errors: [N] },
    { code: 'class A { run() { throw new NotImplementedError(); } }', errors: [{ messageId: 'notImplementedClass', message: 'NotImplementedError' }] },
    { code: 'const f = () => { throw new errors.NotImplemented("f"); };', errors: [{ messageId: 'notImplementedClass' }] },
    { code: 'function parse(input: string) {\n  // TODO: implement\n}', errors: [{ messageId: 'todoOnly', line: 1, message: 'TODO: implement' }] },
    { code: 'class A { m() { /* FIXME */ } }', errors: [{ messageId: 'todoOnly' }] },
    { code: 'const f = () => {\n  // implement later\n};', errors: [{ messageId: 'todoOnly' }] },
    { code: 'function load() {\n  // TODO: read from disk\n  return null;\n}', errors: [{ messageId: 'returnsNothing', line: 3, message: 'null' }] },
    { code: 'function load() {\n  return undefined; // TODO\n}', errors: [{ messageId: 'returnsNothing', message: 'undefined' }] },
    { code: 'function load() {\n  // XXX stub\n  return;\n}', errors: [{ messageId: 'returnsNothing', message: 'nothing' }] },
    { code: 'function f() { throw new RangeError("not implemented: ranges"); }', errors: [N] },
    { code: 'async function f() { throw new Error("Not Implemented"); }', errors: [N] },
    { code: 'function newFeature() { /* implementation */ }', errors: [{ messageId: 'commentOnly', line: 1, column: 23, message: 'implementation' }] },
    { code: 'class A {\n  save(doc: Doc) {\n    // actual implementation\n  }\n}', errors: [{ messageId: 'commentOnly', line: 2 }] },
    { code: 'const f = () => {\n  /* Logic goes here. */\n};', errors: [{ messageId: 'commentOnly' }] },
  ],
});

describe('stub-implementation severity', () => {
  const grade = (code: string, file = 'a.ts') => scanSource(code, file, { rules: ['stub-implementation'] }).map((v) => [v.line, v.severity]);

  it('reports a fake in a test file at low (it flags a call the test does not expect)', () => {
    // hoppscotch services/__tests__/kernel-interceptor.service.spec.ts
    const fake = 'const interceptor = {\n  id: "test",\n  execute: () => {\n    throw new Error("Not implemented")\n  },\n};';
    expect(grade(fake, 'src/services/__tests__/kernel-interceptor.service.spec.ts')).toEqual([[4, 'low']]);
    expect(grade(fake, 'integration-tests/__fixtures__/event-bus.ts')).toEqual([[4, 'low']]);
    expect(grade(fake, 'src/services/kernel-interceptor.service.ts')).toEqual([[4, 'high']]);
  });

  it('reports the default of an abstract base class at low', () => {
    // medusa core/orchestration/src/transaction/datastore/abstract-storage.ts
    const code = 'export abstract class DistributedSchedulerStorage implements IDistributedSchedulerStorage {\n  async schedule(job: string): Promise<void> {\n    throw new Error("Method \'schedule\' not implemented.")\n  }\n}';
    expect(grade(code)).toEqual([[3, 'low']]);
    expect(grade(code.replace('abstract class', 'class'))).toEqual([[3, 'high']]);
    // A concrete subclass in the same file that does not override it runs the stub.
    expect(grade(`${code}\nexport class MemoryStorage extends DistributedSchedulerStorage {}`)).toEqual([[3, 'high']]);
  });

  it('reports a base method at low only when a subclass in the same file overrides it', () => {
    // medusa core/utils/src/dal/mikro-orm/mikro-orm-repository.ts: MikroOrmBase ← MikroOrmBaseRepository ← the factory's class
    const code = [
      'export class MikroOrmBase<T> {',
      '  create(data: unknown[]): Promise<T[]> {',
      '    throw new Error("Method not implemented.")',
      '  }',
      '  upsert(data: unknown[]): Promise<T[]> {',
      '    throw new Error("Method not implemented.")',
      '  }',
      '}',
      'export class MikroOrmBaseRepository<T> extends MikroOrmBase<T> {}',
      'export function factory() {',
      '  class Repository_ extends MikroOrmBaseRepository<object> {',
      '    async create(data: any[]) { return this.manager.insert(data) }',
      '    async upsert(data: any[]) { throw new Error("Method not implemented.") }',
      '  }',
      '  return Repository_',
      '}',
    ].join('\n');
    // create is overridden by a real body; upsert only by another throw, so both upserts stay high.
    expect(grade(code)).toEqual([
      [3, 'low'],
      [6, 'high'],
      [13, 'high'],
    ]);
  });

  it('gives a throw-only helper no exemption by its name', () => {
    // umami src/lib/db.ts: a name is an easy escape for a stub
    expect(grade("export function notImplemented() {\n  throw new Error('Not implemented.');\n}")).toEqual([[2, 'high']]);
  });
});
