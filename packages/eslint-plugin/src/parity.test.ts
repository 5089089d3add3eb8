// The plugin and quality-scan must agree: on every detector fixture scenario, ESLint with
// `configs.recommended` reports exactly the findings that quality-scan reports (less the ones an
// inline readycheck-disable comment silences, which ESLint leaves out).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Linter } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import { parsedFileCount, scanFiles } from '@readycheck/detectors';
import plugin from './index.js';

const root = fileURLToPath(new URL('../../../fixtures/detectors/snapshot/', import.meta.url));
const scenarios = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && /\.(ts|tsx|js|jsx|mjs|cjs)$/.test(d.name))
    .map((d) => path.join(d.parentPath, d.name));
}

function lint(file: string, config = plugin.configs.recommended): Linter.LintMessage[] {
  const linter = new Linter({ configType: 'flat' });
  return linter.verify(readFileSync(file, 'utf8'), [{ ...config, languageOptions: { parser: tsParser } }], { filename: file });
}

describe('ESLint plugin vs quality-scan on fixtures/detectors/snapshot', () => {
  it('has scenarios to compare', () => expect(scenarios.length).toBeGreaterThanOrEqual(5));

  for (const scenario of scenarios) {
    it(scenario, async () => {
      const dir = path.join(root, scenario);
      const report = await scanFiles(['.'], { cwd: dir });
      const expected = report.violations
        .filter((v) => !v.suppression)
        .map((v) => `${v.file}:${v.line}:${v.column} ${v.ruleId}`)
        .sort();
      const got = filesUnder(dir)
        .flatMap((file) =>
          lint(file).map((m) => `${path.relative(dir, file).split(path.sep).join('/')}:${m.line}:${m.column} ${m.ruleId?.replace(/^readycheck\//, '')}`),
        )
        .sort();
      expect(got).toEqual(expected);
    });
  }

  it('reuses the tree typescript-eslint already parsed instead of parsing again', () => {
    const file = path.join(root, 'security-risks', filesUnder(path.join(root, 'security-risks'))[0]!.slice(path.join(root, 'security-risks').length + 1));
    const before = parsedFileCount();
    const messages = lint(file);
    expect(messages.length).toBeGreaterThan(0);
    expect(parsedFileCount()).toBe(before);
  });

  it('maps severities: critical and high are errors, medium and low warnings', () => {
    const rules = plugin.configs.recommended.rules ?? {};
    expect(rules['readycheck/dynamic-code-execution']).toBe('error');
    expect(rules['readycheck/explicit-any']).toBe('warn');
    expect(rules['readycheck/file-header']).toBeUndefined();
    expect(plugin.configs.strict.rules?.['readycheck/file-header']).toBe('error');
  });

  it('honours ESLint disable comments and readycheck-disable comments alike', () => {
    const linter = new Linter({ configType: 'flat' });
    const config = [{ ...plugin.configs.recommended, languageOptions: { parser: tsParser } }];
    const plain = linter.verify('eval(input);\n', config, { filename: 'a.ts' });
    expect(plain.map((m) => m.ruleId)).toEqual(['readycheck/dynamic-code-execution']);
    const eslintOff = linter.verify('// eslint-disable-next-line readycheck/dynamic-code-execution\neval(input);\n', config, { filename: 'a.ts' });
    expect(eslintOff).toEqual([]);
    const readycheckOff = linter.verify('// readycheck-disable-next-line dynamic-code-execution -- sandboxed REPL\neval(input);\n', config, { filename: 'a.ts' });
    expect(readycheckOff).toEqual([]);
  });
});
