import { describe, it } from 'vitest';
import { RuleTester } from '../rule-tester.js';
import fileHeader from './file-header.js';

const tester = new RuleTester({ describe, it, minValid: 15, minInvalid: 15 });
const on = { requireFileHeader: true } as const;
const MIT = { pattern: 'SPDX-License-Identifier: MIT' };

tester.run(fileHeader, {
  valid: [
    '// Service wiring.\nexport const a = 1;',
    '/* Copyright 2026 */\nexport const a = 1;',
    '/**\n * The billing module.\n */\nexport const a = 1;',
    '#!/usr/bin/env node\n// CLI entry\nrun();',
    '',
    '   \n',
    '// only a comment',
    { code: '// SPDX-License-Identifier: MIT\nexport {};', options: MIT },
    { code: '/*\n * Copyright\n * SPDX-License-Identifier: MIT\n */\nexport {};', options: MIT },
    { code: 'export const a = 1;', config: { requireFileHeader: false } },
    { code: '// header\nexport const a = 1;', config: on },
    '\n\n// late but still before code\nimport a from "a";',
    { code: '// CommonJS entry\n"use strict";\nmodule.exports = {};', filename: 'a.cjs' },
    '/// <reference types="node" />\nexport {};',
    '// eslint-disable\nexport {};',
  ],
  invalid: [
    { code: 'import { db } from "./db.js";', errors: [{ messageId: 'missing', line: 1, column: 1 }] },
    { code: 'export const a = 1; // trailing comment', errors: [{ messageId: 'missing' }] },
    { code: '\n\nexport const a = 1;', errors: [{ messageId: 'missing', line: 3 }] },
    { code: '#!/usr/bin/env node\nrun();', errors: [{ messageId: 'missing', line: 2 }] },
    { code: 'const s = "// not a comment";', errors: [{ messageId: 'missing' }] },
    { code: 'export {};\n// comment after code', errors: [{ messageId: 'missing' }] },
    { code: '// Some header\nexport {};', options: MIT, errors: [{ messageId: 'mismatch', line: 1 }] },
    { code: '/* Copyright 2026 */\nexport {};', options: MIT, errors: [{ messageId: 'mismatch', message: 'SPDX' }] },
    { code: 'class A {}', errors: [{ messageId: 'missing' }] },
    { code: 'function f() {\n  // inside\n}', errors: [{ messageId: 'missing' }] },
    { code: '"use strict";\nmodule.exports = {};', filename: 'a.cjs', errors: [{ messageId: 'missing' }] },
    { code: 'const el = <div />;', errors: [{ messageId: 'missing' }] },
    { code: 'export * from "./a.js";', config: on, errors: [{ messageId: 'missing' }] },
    { code: 'type T = 1;', errors: [{ messageId: 'missing' }] },
    { code: ';', errors: [{ messageId: 'missing' }] },
  ],
});
