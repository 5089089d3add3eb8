import { describe, it } from 'vitest';
import { RuleTester } from '../rule-tester.js';
import explicitAny from './explicit-any.js';

const tester = new RuleTester({ describe, it, minValid: 15, minInvalid: 15 });
const A = { messageId: 'annotation' } as const;

tester.run(explicitAny, {
  valid: [
    'const company = "any";',
    'const anyOf = [1];',
    'const s = "x as any";',
    'const t = `const y: any = 1`;',
    'const r = /as any/;',
    '// cast it: as any\nconst a = 1;',
    'const x = data as unknown;',
    'function f(a: unknown): void {}',
    'let many: number = 1;',
    'type T = { anyThing: string };',
    'const b = <unknown>value;',
    'import { any } from "./matchers";',
    'const y = expect.any(Number);',
    'const z = obj.any;',
    'type Anyish = Record<string, unknown>;',
    'const q = "<any>";',
  ],
  invalid: [
    { code: 'const x = data as any;', errors: [{ messageId: 'asAny', line: 1, column: 11, endColumn: 22 }] },
    { code: 'const x = <any>data;', errors: [{ messageId: 'angleAny', column: 11 }] },
    { code: 'let a: any = 1;', errors: [{ ...A, column: 8 }] },
    { code: 'function f(x: any) {}', errors: [A] },
    { code: 'function f(): any { return 1; }', errors: [A] },
    { code: 'const list: any[] = [];', errors: [A] },
    { code: 'const m: Record<string, any> = {};', errors: [A] },
    { code: 'type T = { a: any };', errors: [A] },
    { code: 'function f(...rest: any[]) {}', errors: [A] },
    { code: 'const f = (x: any): any => x;', errors: [A, A] },
    { code: 'class A { private x: any; }', errors: [A] },
    { code: 'const y = (x as any).foo as any;', errors: [{ messageId: 'asAny' }, { messageId: 'asAny' }] },
    { code: 'let p: Promise<any>;', errors: [A] },
    { code: 'interface I { m(a: any): void }', errors: [A] },
    { code: 'const z = f<any>();', errors: [A] },
    { code: 'catch2((e: any) => e.message);', errors: [A] },
  ],
});
