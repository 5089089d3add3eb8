import { symlinkSync, unlinkSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isReadycheckError } from '@readycheck/core';
import { collectGitChanges, scanGitDiff } from './git-diff.js';
import { parseRawDiff, readBlobs, resolveCommit } from './git.js';
import { createTempRepo, type TempRepo } from './__tests__/git-repo.js';

const Z = '0'.repeat(40);
const A = 'a'.repeat(40);
const B = 'b'.repeat(40);

describe('parseRawDiff', () => {
  it('reads modified, added, deleted, renamed, copied and type-changed entries', () => {
    const raw = [
      `:100644 100644 ${A} ${B} M`, 'src/m.ts',
      `:000000 100644 ${Z} ${B} A`, 'src/a.ts',
      `:100644 000000 ${A} ${Z} D`, 'src/d.ts',
      `:100644 100644 ${A} ${B} R087`, 'src/old.ts', 'src/new.ts',
      `:100644 100644 ${A} ${B} C100`, 'src/orig.ts', 'src/copy.ts',
      `:100644 120000 ${A} ${B} T`, 'src/link.ts',
      `:160000 160000 ${A} ${B} M`, 'vendor/sub',
      `:100644 100644 ${A} ${Z} U`, 'src/conflict.ts',
      '',
    ].join('\0');
    expect(parseRawDiff(raw)).toEqual([
      { status: 'modified', path: 'src/m.ts', oldBlob: A, newBlob: B, kind: 'file' },
      { status: 'added', path: 'src/a.ts', oldBlob: null, newBlob: B, kind: 'file' },
      { status: 'deleted', path: 'src/d.ts', oldBlob: A, newBlob: null, kind: 'file' },
      { status: 'renamed', path: 'src/new.ts', oldPath: 'src/old.ts', oldBlob: A, newBlob: B, kind: 'file', similarity: 87 },
      { status: 'copied', path: 'src/copy.ts', oldPath: 'src/orig.ts', oldBlob: A, newBlob: B, kind: 'file', similarity: 100 },
      { status: 'modified', path: 'src/link.ts', oldBlob: A, newBlob: B, kind: 'symlink' },
      { status: 'modified', path: 'vendor/sub', oldBlob: A, newBlob: B, kind: 'submodule' },
    ]);
  });

  it('rejects output it does not understand, naming it', () => {
    expect(() => parseRawDiff('garbage\0x\0')).toThrow(/unexpected git diff output: garbage/);
  });
});

describe('scanGitDiff on a real repository', () => {
  let repo: TempRepo;
  afterEach(() => repo?.remove());

  it('judges the working tree against a base: only new findings, untracked files included, deleted files handled, a binary changed file reported', async () => {
    repo = createTempRepo({
      'src/keep.ts': 'export const old = data as any;\n',
      'src/gone.ts': 'export function f() {\n  try { g(); } catch (e) {}\n}\n',
      'README.md': '# hi\n',
    });
    repo.write({
      'src/keep.ts': 'export const old = data as any;\nexport const fresh = more as any;\n',
      'src/new-file.ts': 'export function todo(): number {\n  throw new Error("Not implemented");\n}\n',
      'src/image.ts': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]),
      'README.md': '# changed\n',
    });
    unlinkSync(path.join(repo.dir, 'src/gone.ts'));
    const report = await scanGitDiff({ base: 'HEAD', cwd: repo.dir });
    expect(report.mode).toBe('diff');
    // A NUL byte would hide any code from the scan: a changed source file that is binary is a finding, not a skip.
    expect(report.violations.map((v) => `${v.file}:${v.line}:${v.ruleId}`)).toEqual([
      'src/image.ts:1:unscannable',
      'src/keep.ts:2:explicit-any',
      'src/new-file.ts:2:stub-implementation',
    ]);
    expect(report.violations[0]?.message).toMatch(/binary: contains NUL bytes/);
    expect(report.change?.files.map((f) => [f.file, f.status, f.new, f.unchanged, f.fixed])).toEqual([
      ['src/gone.ts', 'deleted', 0, 0, 1],
      ['src/image.ts', 'added', 1, 0, 0],
      ['src/keep.ts', 'modified', 1, 1, 0],
      ['src/new-file.ts', 'added', 1, 0, 0],
    ]);
    expect(report.skipped).toEqual([]);
    expect(report.change?.head).toBe('WORKTREE');
    expect(report.summary.files).toBe(3);
  });

  it('compares two commits with --head, ignoring the working tree', async () => {
    repo = createTempRepo({ 'a.ts': 'export const a = 1;\n' });
    repo.write({ 'a.ts': 'export const a = 1;\nexport const b = x as any;\n' });
    const head = repo.commit('add any');
    repo.write({ 'a.ts': 'eval(code);\n' });
    const report = await scanGitDiff({ base: 'HEAD~1', head, cwd: repo.dir });
    expect(report.violations.map((v) => `${v.line}:${v.ruleId}`)).toEqual(['2:explicit-any']);
    expect(report.change?.head).toBe(head);
  });

  it('compares against the merge base, so changes on the base branch are not blamed on the head', async () => {
    repo = createTempRepo({ 'a.ts': 'export const a = 1;\n' });
    repo.git('checkout', '-q', '-b', 'feature');
    repo.write({ 'feature.ts': 'export const f = y as any;\n' });
    repo.commit('feature');
    repo.git('checkout', '-q', 'main');
    repo.write({ 'main-only.ts': 'export const m = z as any;\n' });
    const mainHead = repo.commit('main moves on');
    repo.git('checkout', '-q', 'feature');
    const viaMergeBase = await scanGitDiff({ base: 'main', cwd: repo.dir });
    expect(viaMergeBase.violations.map((v) => v.file)).toEqual(['feature.ts']);
    expect(viaMergeBase.change?.baseCommit).not.toBe(mainHead);
    const direct = await collectGitChanges({ base: 'main', cwd: repo.dir, mergeBase: false });
    expect(direct.changes.map((c) => [c.path, c.after === null ? 'deleted' : 'present'])).toEqual([
      ['feature.ts', 'present'],
      ['main-only.ts', 'deleted'],
    ]);
  });

  it('limits the scan to the configured globs and to the working directory, and skips symlinks', async () => {
    repo = createTempRepo({ 'pkg/src/a.ts': 'export const a = 1;\n', 'pkg/scripts/b.ts': 'export const b = 1;\n', 'other/c.ts': 'export const c = 1;\n' });
    repo.write({
      'pkg/src/a.ts': 'export const a = q as any;\n',
      'pkg/scripts/b.ts': 'export const b = q as any;\n',
      'other/c.ts': 'export const c = q as any;\n',
    });
    symlinkSync('a.ts', path.join(repo.dir, 'pkg/src/link.ts'));
    repo.commit('changes');
    const report = await scanGitDiff({ base: 'HEAD~1', head: 'HEAD', cwd: path.join(repo.dir, 'pkg'), include: ['src/**'] });
    expect(report.violations.map((v) => v.file)).toEqual(['src/a.ts']);
    expect(report.skipped).toEqual([
      { file: 'scripts/b.ts', reason: 'ignored', detail: 'outside the configured include/ignore globs' },
      { file: 'src/link.ts', reason: 'ignored', detail: 'a symlink, not a source file' },
    ]);
  });

  it('reports a changed file over the size limit as unscannable, with the reason, instead of skipping it', async () => {
    repo = createTempRepo({ 'a.ts': 'export const a = 1;\n' });
    repo.write({ 'a.ts': `export const a = "${'x'.repeat(200)}";\n` });
    const report = await scanGitDiff({ base: 'HEAD', cwd: repo.dir, maxFileBytes: 100 });
    expect(report.skipped).toEqual([]);
    expect(report.violations.map((v) => [v.file, v.ruleId, v.severity])).toEqual([['a.ts', 'unscannable', 'high']]);
    expect(report.violations[0]?.message).toMatch(/too-large: 2\d\d bytes is over the limit of 100/);
    expect(report.change?.files.map((f) => [f.file, f.status, f.new])).toEqual([['a.ts', 'modified', 1]]);
  });

  it('a bad revision or a directory outside git is RC_GIT_FAILED naming it; an option-like revision is refused', async () => {
    repo = createTempRepo({ 'a.ts': 'export const a = 1;\n' });
    const err = await scanGitDiff({ base: 'no-such-branch', cwd: repo.dir }).catch((e: unknown) => e);
    expect(isReadycheckError(err, 'RC_GIT_FAILED')).toBe(true);
    expect((err as Error).message).toMatch(/^no-such-branch: not a git revision/);
    const outside = mkdtempSync(path.join(tmpdir(), 'rc-nogit-'));
    try {
      await expect(scanGitDiff({ base: 'HEAD', cwd: outside })).rejects.toMatchObject({ code: 'RC_GIT_FAILED' });
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
    await expect(resolveCommit('--output=x', repo.dir)).rejects.toMatchObject({ code: 'RC_USAGE' });
  });

  it('readBlobs reads many blobs in one process and maps unknown ids to null', async () => {
    repo = createTempRepo({ 'a.ts': 'one\n', 'b.ts': 'two\n' });
    const [a, b] = ['a.ts', 'b.ts'].map((f) => repo.git('rev-parse', `HEAD:${f}`));
    const blobs = await readBlobs([a as string, b as string, 'f'.repeat(40), a as string], repo.dir);
    expect(blobs.get(a as string)?.toString()).toBe('one\n');
    expect(blobs.get(b as string)?.toString()).toBe('two\n');
    expect(blobs.get('f'.repeat(40))).toBeNull();
    expect((await readBlobs([], repo.dir)).size).toBe(0);
  });
});
