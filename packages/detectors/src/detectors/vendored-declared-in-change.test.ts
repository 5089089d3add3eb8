import { describe, it } from 'vitest';
import { RuleTester, type InvalidCase } from '../rule-tester.js';
import vendoredDeclaredInChange from './vendored-declared-in-change.js';

const tester = new RuleTester({ describe, it, minValid: 15, minInvalid: 15 });
const A = { messageId: 'added' } as const;
// A .gitattributes file is not TypeScript: its cases are not parsed as such.
const attrs = (code: string, before: string | null) => ({ code, before, filename: '.gitattributes', allowParseErrors: true });
const added = (code: string, before: string | null, errors: InvalidCase['errors']): InvalidCase => ({ ...attrs(code, before), errors });
const BASE = '*.png binary\nthird_party/** linguist-vendored\n';

tester.run(vendoredDeclaredInChange, {
  valid: [
    // A snapshot scan never reports it: only a change knows which lines are new.
    { code: 'src/** linguist-generated\n', filename: '.gitattributes', allowParseErrors: true },
    // Lines that were there before the change.
    attrs(BASE, BASE),
    attrs(`${BASE}*.svg binary\n`, BASE),
    attrs(`*.svg binary\n${BASE}`, BASE),
    attrs('  third_party/** linguist-vendored\n*.png binary\n', BASE),
    // Lines that declare nothing vendored: other attributes, unsetting, comments.
    attrs('*.js text eol=lf\n', null),
    attrs('docs/** -linguist-vendored\n', null),
    attrs('docs/** linguist-vendored=false\n', null),
    attrs('docs/** !linguist-generated\n', null),
    attrs('# src/** linguist-generated\n', null),
    attrs('*.ts linguist-language=TypeScript\n', null),
    attrs('*.md linguist-documentation\n', null),
    // Patterns git matches no file with: a directory (`dir/`) or a negation.
    attrs('gen/ linguist-generated\n', null),
    attrs('!src/keep.ts linguist-vendored\n', null),
    // A removed declaration only raises grades.
    attrs('*.png binary\n', BASE),
    // A source file is not a .gitattributes, whatever it holds.
    { code: 'export const attrs = "src/** linguist-generated";\n', before: null, filename: 'src/attrs.ts' },
  ],
  invalid: [
    added('src/** linguist-generated\n', null, [{ ...A, line: 1, column: 1, message: '`src/** linguist-generated` was added to .gitattributes by this change: it declares files linguist-generated, whose findings a full scan grades low; a human must approve it.' }]),
    added(`${BASE}src/agent/** linguist-vendored\n`, BASE, [{ ...A, line: 3, message: 'declares files linguist-vendored' }]),
    added(`src/** linguist-generated\n${BASE}`, BASE, [{ ...A, line: 1 }]),
    added('*.ts linguist-generated=true\n', null, [A]),
    added('*.js linguist-vendored=1\n', null, [A]),
    added('public/*.js -text linguist-vendored\n', null, [A]),
    added('   lib/** linguist-generated\n', null, [{ ...A, column: 4 }]),
    added('**/*.ts linguist-vendored\n', null, [A]),
    added('/src/main.ts linguist-generated\n', null, [A]),
    added('*.ts linguist-generated\n*.tsx linguist-generated\n', null, [{ ...A, line: 1 }, { ...A, line: 2 }]),
    // Flipping an unset to a set is a new line.
    added('docs/** linguist-vendored\n', 'docs/** -linguist-vendored\n', [A]),
    // A second copy of an old line is new (the old one stays old).
    added(`${BASE}third_party/** linguist-vendored\n`, BASE, [{ ...A, line: 3 }]),
    // In a nested .gitattributes too.
    { code: '*.js linguist-vendored\n', before: null, filename: 'public/.gitattributes', allowParseErrors: true, errors: [A] },
    added('src/index.ts linguist-generated linguist-vendored\n', null, [{ ...A, message: 'declares files linguist-vendored' }]),
    added('*.ts\tlinguist-generated\r\n', '', [A]),
  ],
});
