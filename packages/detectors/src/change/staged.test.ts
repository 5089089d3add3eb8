// `quality-scan --staged`: what a pre-commit hook sees — the index, not the working tree.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CliIO, QualityReport } from '@readycheck/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../cli.js';

let repo: string;
const git = (...args: string[]) => execFileSync('git', ['-c', 'user.email=a@b.c', '-c', 'user.name=t', ...args], { cwd: repo, stdio: 'pipe' });
async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd: repo, env: {}, isTTY: false };
  return { code: await main(argv, io), stdout, stderr };
}
const rules = (stdout: string) => (JSON.parse(stdout) as QualityReport).violations.map((v) => `${v.file}:${v.line} ${v.ruleId}`);

beforeAll(() => {
  repo = mkdtempSync(path.join(os.tmpdir(), 'rc-staged-'));
  git('init', '-q', '-b', 'main');
  writeFileSync(path.join(repo, 'a.ts'), 'export const run = (x: string) => x.trim();\n');
  git('add', '.');
  git('commit', '-qm', 'base');
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('--staged', () => {
  it('judges the staged content, not what the working tree holds afterwards', async () => {
    writeFileSync(path.join(repo, 'a.ts'), 'export const run = (x: string) => eval(x);\n');
    git('add', 'a.ts');
    // Unstaged edit that hides the problem from a working-tree scan.
    writeFileSync(path.join(repo, 'a.ts'), 'export const run = (x: string) => x.trim();\n');
    const staged = await run('--staged', '--format', 'json');
    expect(staged.code).toBe(1);
    expect(rules(staged.stdout)).toEqual(['a.ts:1 dynamic-code-execution']);
    expect((JSON.parse(staged.stdout) as QualityReport).change).toMatchObject({ base: 'HEAD', head: 'INDEX' });
    const worktree = await run('--diff', 'HEAD', '--format', 'json');
    expect(rules(worktree.stdout)).toEqual([]);
  });

  it('ignores untracked files (they are not part of the commit)', async () => {
    writeFileSync(path.join(repo, 'untracked.ts'), 'eval(y);\n');
    const staged = await run('--staged', '--format', 'json');
    expect(rules(staged.stdout)).toEqual(['a.ts:1 dynamic-code-execution']);
    rmSync(path.join(repo, 'untracked.ts'));
  });

  it('cannot be combined with --head or --before', async () => {
    expect(await run('--staged', '--diff', 'HEAD', '--head', 'HEAD')).toMatchObject({ code: 2, stderr: 'quality-scan: --staged judges the index: it cannot be combined with --head\n' });
    expect((await run('--staged', '--before', 'x', '--after', 'y')).code).toBe(2);
  });
});
