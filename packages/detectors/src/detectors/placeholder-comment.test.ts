import { describe, expect, it } from 'vitest';
import { scanSource } from '../scan.js';
import { RuleTester } from '../rule-tester.js';
import placeholderComment, { isPlaceholderComment } from './placeholder-comment.js';

const tester = new RuleTester({ describe, it, minValid: 15, minInvalid: 15 });
const P = { messageId: 'placeholder' } as const;

tester.run(placeholderComment, {
  valid: [
    'const s = "// ... existing code ...";',
    'const t = `/* rest of implementation */`;',
    'const r = /\\/\\/ \\.\\.\\. existing code/;',
    'function f(...args: number[]) { return g(...args); }',
    'const o = { ...base, a: 1 };',
    '// The rest of this module wires the routes.\nexport const a = 1;',
    'function f() {\n  // ...and then we retry the request\n  retry();\n}',
    '// ...args are forwarded to the handler\nexport function h(...args: unknown[]) { return args; }',
    '/**\n * Example:\n * ```ts\n * // ... existing code ...\n * ```\n */\nexport const x = 1;',
    'call(/* ... */ a);',
    'const n = f(a /* unchanged */);',
    'function f() {\n  return 1; // returns one\n}',
    'class A {\n  // lifecycle\n  start() {}\n}',
    '// TODO: rename\nexport const a = 1;',
    'const el = <div>{"// ... existing code"}</div>;',
    'const el = <p>... existing code ...</p>;',
    'type T = Parameters<typeof f>; // same shape as before the change to f',
    'if (a) { go(); } // previous behaviour was to skip',
    'function f(...rest: number[]) {\n  // ...rest is passed through unchanged to g\n  return g(...rest);\n}',
    'function f() {\n  // ...and more to come in the next release of the API\n  return 1;\n}',
    // False positives found on real code (bench/accuracy), as minimal excerpts:
    // cloudflare/vibesdk@89c5f3a (MIT), worker/agents/output-formats/diff-formats/udiff.ts: a trailing comment annotates its statement.
    'function apply(content: string, firstChangeIndex: number) {\n\tif (firstChangeIndex === -1) {\n\t\treturn content; // No changes\n\t}\n\treturn patch(content);\n}',
    // cloudflare/vibesdk@89c5f3a (MIT), search-replace.test.ts: a comment on a test's assertion line.
    "it('keeps lines', () => {\n\texpect(result.content).toContain('line2'); // Unchanged\n\texpect(result.content).toBe(original); // Content should remain unchanged\n});",
    // cloudflare/vibesdk@89c5f3a (MIT), search-replace.test.ts: a comment saying what the next assertion expects.
    "it('keeps content', () => {\n\t// Content should remain unchanged\n\texpect(result.content).toContain('return 42;');\n});",
    // skyra-project/skyra@31fe15f (Apache-2.0), src/listeners/messages/guildUserMessageMediaOnly.ts: "..." ending a list in prose.
    'async function run() {\n\t// - The member is not a moderator.\n\t// - It does not have media attachments.\n\t// ...\n\t// Delete message!\n\tawait deleteMessage(message);\n}',
    'const o = {\n  a: 1, // the rest of the config stays as before\n};',
    'switch (x) {\n  case 1: run(); // unchanged\n    break;\n}',
  ],
  invalid: [
    { code: 'class AgentService {\n  start() { run(); }\n  // ... (other agent methods)\n}', errors: [{ ...P, line: 3, column: 3 }] },
    { code: 'export default {\n  async scheduled() {\n    // ... (scheduled handler remains the same)\n  },\n};', errors: [{ ...P, line: 3 }] },
    { code: 'function f() {\n  // ... existing code ...\n}', errors: [{ ...P, line: 2, column: 3, endColumn: 27 }] },
    { code: 'function f() {\n  /* rest of implementation */\n}', errors: [P] },
    { code: 'function f() {\n  setup();\n  // (unchanged)\n}', errors: [P] },
    { code: 'function f() {\n  // [previous code remains]\n  return 1;\n}', errors: [P] },
    { code: 'const el = <div>{/* ... */}</div>;', errors: [{ ...P, line: 1, column: 18 }] },
    { code: 'const config = {\n  port: 80,\n  // ... rest of config\n};', errors: [P] },
    { code: 'const list = [\n  a,\n  // ...\n];', errors: [P] },
    { code: 'switch (x) {\n  case 1:\n    // ... other cases unchanged\n    break;\n}', errors: [P] },
    { code: '// ... existing imports ...\nimport a from "a";\nexport { a };', errors: [{ ...P, line: 1 }] },
    { code: 'interface Props {\n  id: string;\n  // ... other fields\n}', errors: [P] },
    { code: 'function f() {\n  // …\n}', errors: [P] },
    { code: 'const App = () => (\n  <main>\n    {/* rest of the component remains the same */}\n  </main>\n);', errors: [P] },
    { code: 'class A {\n  /* existing methods stay the same */\n}', errors: [P] },
    { code: 'if (ok) {\n  // Code omitted for brevity\n}', errors: [P] },
    { code: 'function f() {\n  // ... existing code ...\n  // ... existing code ...\n}', errors: [P, P] },
    { code: 'namespace N {\n  // everything else remains unchanged\n}', errors: [P] },
    { code: 'function f() {\n  // ...existing code...\n}', errors: [P] },
    { code: 'class A {\n  run() {}\n  // ...existing methods\n}', errors: [P] },
    { code: 'function f() {\n  // keep existing code\n  return 1;\n}', errors: [P] },
    { code: 'function f() { // ... existing code ...\n}', errors: [P] },
    { code: 'switch (x) {\n  case 1: // ... existing cases\n  default:\n    go();\n}', errors: [{ ...P, line: 2 }] },
    { code: 'const el = (\n  <ul>\n    <li>a</li>\n    {/* ...other items unchanged */}\n  </ul>\n);', errors: [{ ...P, line: 4 }] },
    { code: 'function f() {\n  setup();\n  // ...\n}', errors: [{ ...P, line: 3 }] },
  ],
});

describe('isPlaceholderComment', () => {
  it.each([
    '// ... existing code ...',
    '// ... (other agent methods)',
    '/* rest of implementation */',
    '// (unchanged)',
    '// [previous code remains]',
    '{/* ... */}',
    '...',
    'rest of the code',
    '// ... more handlers here',
    '# ... same as before',
  ])('%s is a placeholder', (text) => expect(isPlaceholderComment(text)).toBe(true));
  it.each([
    '// retries the request',
    '// ...args are forwarded',
    '// ...and then we call it',
    '',
    '//',
    '// TODO: implement',
    '/* istanbul ignore next */',
    '// eslint-disable-next-line no-console',
    '// The rest of this function validates the input before it writes the file to disk.',
  ])('%s is not a placeholder', (text) => expect(isPlaceholderComment(text)).toBe(false));
});

describe('placeholder-comment: a comment line that finishes a sentence of prose', () => {
  const found = (code: string) => scanSource(code, 'a.tsx', { rules: ['placeholder-comment'] }).map((v) => v.line);

  it('is not a placeholder where the comment line above left the sentence open', () => {
    // triggerdotdev/trigger.dev@b082e44 (Apache-2.0), apps/webapp/app/components/runs/v3/agent/AgentMessageView.tsx
    const prose = [
      'function a() {}',
      '// under a single "Tool calls:" label with a flex-wrap row so they have a',
      '// proper gap between them. Non-data parts pass through to renderPart',
      '// unchanged.',
      'function renderAssistantParts(parts: Part[]) {',
      '  return parts;',
      '}',
    ].join('\n');
    expect(found(prose)).toEqual([]);
  });

  it('is still a placeholder after a finished sentence, with dots of elision, or on its own', () => {
    const base = (above: string, line: string) => `class A {\n  start() { run(); }\n  ${above}\n  ${line}\n}\n`;
    expect(found(base('// Handlers:', '// existing code unchanged'))).toEqual([4]);
    expect(found(base('// the handlers below keep their', '// existing code unchanged'))).toEqual([4]);
    expect(found(base('// the handlers below keep their', '// ... existing code ...'))).toEqual([4]);
    expect(found(base('// the handlers below keep their', '// … unchanged'))).toEqual([4]);
    expect(found('class A {\n  start() { run(); }\n  // unchanged\n}\n')).toEqual([3]);
  });
});

describe('placeholder-comment: prose whose lines an ellipsis joins', () => {
  const found = (code: string) => scanSource(code, 'a.js', { rules: ['placeholder-comment'] }).map((v) => v.line);

  it('is not a placeholder', () => {
    // actualbudget/actual-server@7bd499c (MIT), src/app-gocardless/banks/commerzbank_cobadeff.js
    const prose = [
      'export default {',
      '  normalizeTransaction(transaction, _booked) {',
      '    // remittanceInformationUnstructured is limited to 140 chars thus ...',
      '    // ... missing information form remittanceInformationUnstructuredArray ...',
      '    // ... so we recreate it.',
      "    transaction.remittanceInformationUnstructured = transaction.remittanceInformationUnstructuredArray.join(' ');",
      '',
      '    // The limitations of remittanceInformationUnstructuredArray ...',
      '    // ... can result in split keywords. We fix these. Other ...',
      '    // ... splits will need to be fixed by user with rules.',
      '    return transaction;',
      '  },',
      '};',
    ].join('\n');
    expect(found(prose)).toEqual([]);
  });

  it('is still a placeholder when the joined line says code is left out, is short, or joins nothing', () => {
    const at = (above: string, line: string) => `class A {\n  start() { run(); }\n  ${above}\n  ${line}\n}\n`;
    expect(found(at('// the handlers below keep their bodies ...', '// ... existing code ...'))).toEqual([4]);
    expect(found(at('// the handlers below keep their bodies ...', '// ... rest of the handlers ...'))).toEqual([4]);
    expect(found(at('// the handlers below keep their bodies ...', '// ... rest ...'))).toEqual([4]);
    expect(found(at('// the handlers below keep their bodies.', '// ... other methods of the class ...'))).toEqual([4]);
  });
});
