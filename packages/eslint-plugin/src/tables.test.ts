// Replays every detector's own case table (packages/detectors/src/detectors/*.test.ts) through
// ESLint's RuleTester, on ESLint 9 and ESLint 10 with typescript-eslint's parser: the plugin must
// give exactly the findings the detector gives in quality-scan.
import { readdirSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { RuleTester as ESLint9RuleTester } from 'eslint';
import { RuleTester as ESLint10RuleTester } from 'eslint-v10';
import tsParser from '@typescript-eslint/parser';
import { RuleTester, fileNameOf, type Detector, type InvalidCase, type ValidCase } from '@readycheck/detectors';
import { ENGINE_ONLY, rules, SETTINGS_KEY } from './index.js';

const tables: { detector: Detector; valid: readonly ValidCase[]; invalid: readonly InvalidCase[] }[] = [];
RuleTester.collector = (detector, cases) => tables.push({ detector, ...cases });
const tableDir = new URL('../../detectors/src/detectors/', import.meta.url);
for (const name of readdirSync(tableDir).filter((n) => n.endsWith('.test.ts') && n !== 'index.test.ts').sort()) {
  await import(new URL(name, tableDir).href);
}
RuleTester.collector = undefined;

// Cases ESLint cannot express: code that does not parse (ESLint stops at a parse error before any
// rule runs). And in the plugin every detector runs in the one shared scan, so a case that relies
// on a suppressed rule *not* running (a directive naming a rule outside the case's `alongside`)
// does not apply: there that rule does run.
const namedRules = (code: string): string[] =>
  [...code.matchAll(/readycheck-disable(?:-next-line|-line)?[ \t]+([a-z][\w-]*(?:\s*,\s*[a-z][\w-]*)*)/g)].flatMap((m) => m[1]!.split(/\s*,\s*/));
const replayable = (detector: Detector) => (c: ValidCase): boolean => {
  if (c.allowParseErrors) return false;
  const ran = new Set([detector.id, ...(c.alongside ?? []).map((d) => d.id)]);
  return namedRules(c.code).every((id) => ran.has(id));
};

function eslintCase(c: ValidCase) {
  return {
    code: c.code,
    filename: fileNameOf(c),
    ...(c.options ? { options: [c.options] } : {}),
    ...(c.config ? { settings: { [SETTINGS_KEY]: c.config } } : {}),
  };
}

const counts = { valid: 0, invalid: 0, skipped: 0 };

for (const [name, Tester] of [
  ['ESLint 9', ESLint9RuleTester],
  ['ESLint 10', ESLint10RuleTester],
] as const) {
  describe(name, () => {
    const tester = new Tester({ languageOptions: { parser: tsParser } });
    for (const { detector, valid, invalid } of tables) {
      if (ENGINE_ONLY.includes(detector.id)) continue;
      const rule = rules[detector.id];
      if (!rule) throw new Error(`no ESLint rule for detector ${detector.id}`);
      const v = valid.filter(replayable(detector));
      const inv = invalid.filter(replayable(detector));
      if (name === 'ESLint 9') {
        counts.valid += v.length;
        counts.invalid += inv.length;
        counts.skipped += valid.length + invalid.length - v.length - inv.length;
      }
      describe(detector.id, () => {
        // RuleTester registers its own describe/it blocks through these statics.
        Tester.describe = describe;
        Tester.it = it;
        Tester.itOnly = it.only;
        tester.run(detector.id, rule as never, {
          valid: v.map(eslintCase),
          invalid: inv.map((c) => ({
            ...eslintCase(c),
            errors: c.errors.map((e) => ({
              messageId: e.messageId,
              ...(e.line !== undefined ? { line: e.line } : {}),
              ...(e.column !== undefined ? { column: e.column } : {}),
              ...(e.endLine !== undefined ? { endLine: e.endLine } : {}),
              ...(e.endColumn !== undefined ? { endColumn: e.endColumn } : {}),
            })),
          })),
        });
      });
    }
  });
}

describe('the replayed tables', () => {
  it('cover every detector and nearly every case', () => {
    expect(tables.map((t) => t.detector.id).filter((id) => !ENGINE_ONLY.includes(id)).sort()).toEqual(Object.keys(rules).sort());
    expect(counts.valid).toBeGreaterThan(300);
    expect(counts.invalid).toBeGreaterThan(300);
    // Only the parse-error and suppression cases are left out (see `replayable`).
    expect(counts.skipped).toBeLessThan((counts.valid + counts.invalid) / 10);
  });
});

describe('ENGINE_ONLY', () => {
  it('names real detectors, each with a case table of its own that quality-scan runs', () => {
    for (const id of ENGINE_ONLY) expect(tables.some((t) => t.detector.id === id)).toBe(true);
  });
});

afterAll(() => {
  RuleTester.collector = undefined;
});
