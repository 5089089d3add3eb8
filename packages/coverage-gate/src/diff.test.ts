import { appendFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { git, gitInit } from './__tests__/helpers.js';
import { gitChangedLines, parseUnifiedDiff, unquoteGitPath } from './diff.js';

describe('parseUnifiedDiff', () => {
  it('collects added and modified lines per file from -U0 hunks', () => {
    const diff = [
      'diff --git a/src/a.ts b/src/a.ts',
      'index 1..2 100644',
      '--- a/src/a.ts',
      '+++ b/src/a.ts',
      '@@ -3,0 +4,2 @@ export function f() {',
      '+  one();',
      '+  two();',
      '@@ -10 +12 @@',
      '-old',
      '+new',
      '@@ -20,3 +22,0 @@',
      '-gone',
      'diff --git a/src/old.ts b/src/old.ts',
      'deleted file mode 100644',
      '--- a/src/old.ts',
      '+++ /dev/null',
      '@@ -1,2 +0,0 @@',
      '-x',
      'diff --git "a/src/sp ace\\303\\251.ts" "b/src/sp ace\\303\\251.ts"',
      '--- "a/src/sp ace\\303\\251.ts"',
      '+++ "b/src/sp ace\\303\\251.ts"',
      '@@ -0,0 +1,3 @@',
      '+a',
    ].join('\n');
    expect([...parseUnifiedDiff(diff)]).toEqual([
      ['src/a.ts', [4, 5, 12]],
      ['src/sp aceé.ts', [1, 2, 3]],
    ]);
  });

  it('unquotes C-style escapes', () => {
    expect(unquoteGitPath('"a\\tb\\"c\\\\d"')).toBe('a\tb"c\\d');
    expect(unquoteGitPath('plain.ts')).toBe('plain.ts');
  });
});

describe('gitChangedLines', () => {
  let dir: string | undefined;
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
    dir = undefined;
  });

  it('returns the lines changed since a base in a real repository, by absolute path', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'cg-git-'));
    await writeFile(path.join(dir, 'a.js'), 'line1\nline2\nline3\n');
    await writeFile(path.join(dir, 'b.js'), 'keep\n');
    await gitInit(dir);
    await writeFile(path.join(dir, 'a.js'), 'line1\nchanged\nline3\nadded\n');
    await git(dir, 'commit', '-qam', 'second');
    await appendFile(path.join(dir, 'b.js'), 'uncommitted\n');
    const changed = await gitChangedLines('HEAD~1', dir);
    expect(Object.fromEntries([...changed].map(([k, v]) => [path.relative(dir!, k), v]))).toEqual({ 'a.js': [2, 4], 'b.js': [2] });
    const range = await gitChangedLines('HEAD~1...HEAD', dir);
    expect([...range.keys()].map((k) => path.basename(k))).toEqual(['a.js']);
  });

  it('fails clearly on a base that does not exist and outside a repository', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'cg-git-'));
    await expect(gitChangedLines('main', dir)).rejects.toMatchObject({ code: 'RC_GIT_FAILED', message: expect.stringContaining('is not inside a git repository') });
    await writeFile(path.join(dir, 'a.js'), 'x\n');
    await gitInit(dir);
    await expect(gitChangedLines('origin/nope', dir)).rejects.toMatchObject({ code: 'RC_GIT_FAILED', message: expect.stringMatching(/--diff origin\/nope: no such commit or branch/) });
    await expect(gitChangedLines('nope...HEAD', dir)).rejects.toMatchObject({ code: 'RC_GIT_FAILED', message: expect.stringContaining('git diff failed') });
    await expect(gitChangedLines('--output=x', dir)).rejects.toMatchObject({ code: 'RC_USAGE' });
  });
});
