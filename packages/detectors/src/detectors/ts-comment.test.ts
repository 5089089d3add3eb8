import { describe, it } from 'vitest';
import { RuleTester } from '../rule-tester.js';
import tsComment from './ts-comment.js';

const tester = new RuleTester({ describe, it, minValid: 15, minInvalid: 15 });

tester.run(tsComment, {
  valid: [
    '// @ts-expect-error -- the v2 typings miss retry\nclient.retry(3);',
    '// @ts-expect-error: legacy typings are wrong here\nclient.retry(3);',
    '// @ts-check\nexport {};',
    'const s = "// @ts-ignore";',
    'const t = `/* @ts-nocheck */`;',
    'const r = /@ts-ignore/;',
    '// Do not use @ts-ignore in this file.\nexport {};',
    '/**\n * Never add a ts-ignore here.\n */\nexport {};',
    '// ts-ignore without the at sign is just prose\nexport {};',
    '// @ts-expect-error because the overload is missing\nf();',
    '/* @ts-expect-error -- typed as string upstream */\nf();',
    '// @ts-ignored-by-nobody\nexport {};',
    'const a = 1; // see @ts-ignore docs',
    '// eslint-disable-next-line no-console\nconsole.log(1);',
    '/// <reference types="node" />\nexport {};',
    // A commented-out line: TypeScript does not read `//   // @ts-ignore` as a directive.
    '//   // @ts-expect-error\n//   f();\nexport {};',
    '// const x = 1; // @ts-ignore\nexport {};',
    // In a block comment only the last line counts (as in TypeScript and ESLint).
    '/* @ts-ignore\n   explained below */\nf();',
  ],
  invalid: [
    { code: '/*\n @ts-ignore */\nf();', errors: [{ messageId: 'ignore', line: 1 }] },
    { code: '/* @ts-expect-error */\nf();', errors: [{ messageId: 'expectError' }] },
    { code: '// @ts-ignore\nconst port: number = env.PORT;', errors: [{ messageId: 'ignore', line: 1, column: 1, endColumn: 14 }] },
    { code: '// @ts-nocheck\nexport {};', errors: [{ messageId: 'nocheck' }] },
    { code: '// @ts-expect-error\nf();', errors: [{ messageId: 'expectError' }] },
    { code: '// @ts-expect-error --\nf();', errors: [{ messageId: 'expectError' }] },
    { code: '// @ts-expect-error: ok\nf();', errors: [{ messageId: 'expectError' }] },
    { code: '/* @ts-ignore */\nf();', errors: [{ messageId: 'ignore' }] },
    { code: '/** @ts-ignore */\nf();', errors: [{ messageId: 'ignore' }] },
    { code: '//@ts-ignore\nf();', errors: [{ messageId: 'ignore' }] },
    { code: '/// @ts-ignore\nf();', errors: [{ messageId: 'ignore' }] },
    { code: '// @ts-ignore: types are wrong\nf();', errors: [{ messageId: 'ignore' }] },
    { code: 'function f() {\n  // @ts-ignore\n  return g();\n}', errors: [{ messageId: 'ignore', line: 2, column: 3 }] },
    { code: 'const x = {\n  // @ts-expect-error\n  a: 1,\n};', errors: [{ messageId: 'expectError' }] },
    { code: '/* @ts-nocheck */\nexport {};', errors: [{ messageId: 'nocheck' }] },
    { code: 'f(/* @ts-ignore */ a);', errors: [{ messageId: 'ignore' }] },
    { code: '// @ts-ignore\n// @ts-ignore\nf();', errors: [{ messageId: 'ignore' }, { messageId: 'ignore' }] },
    { code: 'const el = (\n  <div>\n    {/* @ts-ignore */}\n    <A b={1} />\n  </div>\n);', errors: [{ messageId: 'ignore', line: 3 }] },
  ],
});
