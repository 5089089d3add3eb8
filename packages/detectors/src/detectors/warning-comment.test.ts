import { describe, it } from 'vitest';
import { RuleTester } from '../rule-tester.js';
import warningComment from './warning-comment.js';

const tester = new RuleTester({ describe, it, minValid: 15, minInvalid: 15 });
const M = { messageId: 'marker' } as const;

tester.run(warningComment, {
  valid: [
    'const s = "TODO: fix";',
    'const t = `FIXME later`;',
    'const r = /TODO|FIXME/;',
    '// Returns the todo list of a user.\nexport {};',
    '// Loads todos from the API.\nexport {};',
    '// stubborn retries are fine\nexport {};',
    '// hackathon entry point\nexport {};',
    '// the xxx placeholder in the template is replaced at build time\nexport {};',
    'const todo = 1; // counts open items',
    '/** Parses a STUBS file. */\nexport {};',
    // False positives found on real code (bench/accuracy), as minimal excerpts:
    // cloudflare/vibesdk@89c5f3a (MIT), worker/services/code-fixer/utils/stubs.ts: "stub" as a noun in prose.
    '/**\n * Stub generation utilities using Babel AST construction\n */\nexport {};',
    // cloudflare/vibesdk@89c5f3a (MIT), space/src/types/bun.d.ts: a declared shim described as a stub.
    '// Stub for upstream `import type { SystemError } from "bun"`\ndeclare module "bun" {}',
    'enum Status { TODO, DONE }',
    '// see issue #12 for the remaining work\nexport {};',
    'const el = <p>TODO: write docs</p>;',
    '// MARK: lifecycle\nexport {};',
    '// NOTE: ordering matters\nexport {};',
  ],
  invalid: [
    { code: '// TODO: validate the signature\nhandle(payload);', errors: [{ ...M, line: 1, column: 1, message: 'TODO comment' }] },
    { code: '// FIXME handle errors\nexport {};', errors: [{ ...M, message: 'FIXME' }] },
    { code: '// HACK: works around a bug\nexport {};', errors: [{ ...M, message: 'HACK' }] },
    { code: '// XXX\nexport {};', errors: [{ ...M, message: 'XXX' }] },
    { code: '// STUB: returns fake data\nexport {};', errors: [{ ...M, message: 'STUB' }] },
    { code: '// Stub: returns fake data\nexport {};', errors: [{ ...M, message: 'STUB' }] },
    { code: '// STUB returns fake data until the API exists\nexport {};', errors: [{ ...M, message: 'STUB' }] },
    { code: '// DO NOT SHIP\nexport {};', errors: [{ ...M, message: 'DO NOT SHIP' }] },
    { code: '// todo: lower case counts too\nexport {};', errors: [{ ...M, message: 'TODO' }] },
    { code: '/* TODO: block */\nexport {};', errors: [M] },
    { code: '/**\n * TODO: document this\n */\nexport function f() { return 1; }', errors: [{ ...M, line: 1 }] },
    { code: 'f(); // TODO: retry',  errors: [{ ...M, column: 6 }] },
    { code: '// works for now. TODO: retry on 503\nexport {};', errors: [M] },
    { code: '// TODO(alice): migrate\nexport {};', errors: [M] },
    { code: 'function f() {\n  // FIXME\n  return 1;\n}', errors: [{ ...M, line: 2 }] },
    { code: '// @todo wire the queue\nexport {};', errors: [M] },
    { code: '// this is temporary - do not ship\nexport {};', errors: [{ ...M, message: 'DO NOT SHIP' }] },
    { code: '// TODO a\n// TODO b\nexport {};', errors: [M, M] },
  ],
});
