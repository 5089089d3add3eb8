// The evasion vendored.ts must not open: code an agent adds to public/, minified and calling eval(),
// or a `.gitattributes` line declaring its own code generated, is judged at full severity in every
// mode that judges a change (and against a baseline), and the declaration is itself reported.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { validate, type CliIO } from '@readycheck/core';
import { main } from '../cli.js';
import { scanFiles } from '../scan-files.js';
import { scanGitDiff } from './git-diff.js';
import { scanChange } from './scan-change.js';
import { scanTrees } from './trees.js';
import { createTempRepo, type TempRepo } from './__tests__/git-repo.js';

// A minifier's output re-formatted one statement a line (as a vendored SDK in public/ is): every
// declared name is one or two characters; `extra` goes inside the bundle.
function minified(extra = ''): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const out = ['(function (a, b) {'];
  for (let i = 0; i < 150; i++) out.push(`  function ${letters[i % 26]}${Math.floor(i / 26)}(c, d) {`, '    var e = c + d;', `    return e * ${i};`, '  }');
  out.push(extra, '})(window, document);');
  return out.join('\n');
}
const EVAL = '  eval(location.hash.slice(1));';
const SDK = minified();
const SDK_WITH_EVAL = minified(EVAL);

let repo: TempRepo | undefined;
const dirs: string[] = [];
afterEach(() => {
  repo?.remove();
  repo = undefined;
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const WATCHED = new Set(['dynamic-code-execution', 'vendored-declared-in-change']);
const found = (violations: ReadonlyArray<{ file: string; ruleId: string; severity: string; line: number }>) => violations.filter((v) => WATCHED.has(v.ruleId)).map((v) => `${v.file}:${v.line} ${v.ruleId} ${v.severity}`);

describe('vendored code in a change', () => {
  it('a full scan grades the minified SDK low; a change adding one with eval() to public/ is critical', async () => {
    repo = createTempRepo({ 'public/sdk.js': SDK_WITH_EVAL, 'src/a.ts': 'export const a = 1;\n' });
    const snapshot = await scanFiles([], { cwd: repo.dir, rules: ['dynamic-code-execution'] });
    expect(found(snapshot.violations)).toEqual([`public/sdk.js:${SDK_WITH_EVAL.split('\n').indexOf(EVAL) + 1} dynamic-code-execution low`]);

    repo.write({ 'public/f.js': SDK_WITH_EVAL });
    const report = await scanGitDiff({ base: 'HEAD', cwd: repo.dir });
    expect(validate('quality-report', report, 'report.json').valid).toBe(true);
    expect(found(report.violations)).toEqual([`public/f.js:${SDK_WITH_EVAL.split('\n').indexOf(EVAL) + 1} dynamic-code-execution critical`]);
    expect(report.violations[0]?.message).not.toMatch(/Graded low/);
  });

  it('an eval() added to a vendored file the change edits is critical too', () => {
    const result = scanChange({ path: 'public/sdk.js', before: SDK, after: SDK_WITH_EVAL });
    expect(found(result.violations)).toEqual([`public/sdk.js:${SDK_WITH_EVAL.split('\n').indexOf(EVAL) + 1} dynamic-code-execution critical`]);
  });

  it('reports a .gitattributes line the change adds, and still judges the code it declares at full severity', async () => {
    repo = createTempRepo({ '.gitattributes': '*.png binary\nthird_party/** linguist-vendored\n', 'src/a.ts': 'export const a = 1;\n' });
    repo.write({
      '.gitattributes': '*.png binary\nthird_party/** linguist-vendored\nsrc/gen/** linguist-generated\ndocs/** -linguist-vendored\n',
      'src/gen/run.ts': 'export const run = (code: string) => eval(code);\n',
    });
    const report = await scanGitDiff({ base: 'HEAD', cwd: repo.dir });
    expect(validate('quality-report', report, 'report.json').valid).toBe(true);
    // The old line is not new; the unsetting line declares nothing.
    expect(found(report.violations)).toEqual(['.gitattributes:3 vendored-declared-in-change high', 'src/gen/run.ts:1 dynamic-code-execution critical']);
    expect(report.violations[0]?.message).toBe(
      '`src/gen/** linguist-generated` was added to .gitattributes by this change: it declares files linguist-generated, whose findings a full scan grades low; a human must approve it.',
    );
    // Once merged, a full scan honours the declaration.
    repo.commit('declare');
    const snapshot = await scanFiles([], { cwd: repo.dir });
    expect(found(snapshot.violations)).toEqual(['src/gen/run.ts:1 dynamic-code-execution low']);
  });

  it('--before/--after trees: the same', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'rc-vendored-trees-'));
    dirs.push(root);
    const put = (dir: string, files: Record<string, string>) => {
      for (const [rel, text] of Object.entries(files)) {
        mkdirSync(path.dirname(path.join(root, dir, rel)), { recursive: true });
        writeFileSync(path.join(root, dir, rel), text);
      }
    };
    put('before', { 'src/a.ts': 'export const a = 1;\n' });
    put('after', { 'src/a.ts': 'export const a = 1;\n', 'public/f.js': SDK_WITH_EVAL, 'public/.gitattributes': '*.js linguist-vendored\n' });
    const report = await scanTrees({ before: 'before', after: 'after', cwd: root });
    expect(found(report.violations)).toEqual([`public/.gitattributes:1 vendored-declared-in-change high`, `public/f.js:${SDK_WITH_EVAL.split('\n').indexOf(EVAL) + 1} dynamic-code-execution critical`]);
  });

  it('quality-scan grades the vendored SDK low, and at full severity with --no-vendored', async () => {
    repo = createTempRepo({ 'public/f.js': SDK_WITH_EVAL });
    let stdout = '';
    const io: CliIO = { stdout: (t) => void (stdout += t), stderr: () => undefined, cwd: repo.dir, env: {}, isTTY: false };
    expect(await main(['.', '--format', 'json'], io)).toBe(0);
    expect(found((JSON.parse(stdout) as { violations: Parameters<typeof found>[0] }).violations)).toEqual([`public/f.js:${SDK_WITH_EVAL.split('\n').indexOf(EVAL) + 1} dynamic-code-execution low`]);
    stdout = '';
    expect(await main(['.', '--no-vendored', '--format', 'json'], io)).toBe(1);
    expect(found((JSON.parse(stdout) as { violations: Parameters<typeof found>[0] }).violations)).toEqual([`public/f.js:${SDK_WITH_EVAL.split('\n').indexOf(EVAL) + 1} dynamic-code-execution critical`]);
  });

  it('against a baseline, a minified file added since is critical (the new findings are the change)', async () => {
    repo = createTempRepo({ 'src/a.ts': 'export const a = 1;\n' });
    let stdout = '';
    const io: CliIO = { stdout: (t) => void (stdout += t), stderr: () => undefined, cwd: repo.dir, env: {}, isTTY: false };
    expect(await main(['.', '--update-baseline', '--format', 'json'], io)).toBe(0);
    repo.write({ 'public/f.js': SDK_WITH_EVAL });
    stdout = '';
    expect(await main(['.', '--baseline', 'quality-baseline.json', '--format', 'json'], io)).toBe(1);
    const report = JSON.parse(stdout) as { violations: Array<{ file: string; ruleId: string; severity: string; line: number }> };
    expect(found(report.violations)).toContain(`public/f.js:${SDK_WITH_EVAL.split('\n').indexOf(EVAL) + 1} dynamic-code-execution critical`);
  });
});
