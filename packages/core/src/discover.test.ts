import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { discoverFiles } from './discover.js';

let root: string;

async function tree(files: Record<string, string>) {
  for (const [rel, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, rel)), { recursive: true });
    await writeFile(path.join(root, rel), text);
  }
}

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'rc-discover-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('discoverFiles', () => {
  it('finds files sorted, with posix relative paths, and skips the default ignores', async () => {
    await tree({
      'src/b.ts': 'b',
      'src/a.ts': 'a',
      'node_modules/x/index.js': 'x',
      'dist/out.js': 'o',
      'coverage/lcov.info': 'c',
      'pkg/node_modules/y.js': 'y',
    });
    const { files } = await discoverFiles({ root });
    expect(files.map((f) => f.relPath)).toEqual(['src/a.ts', 'src/b.ts']);
    expect(files[0]!.path).toBe(path.join(root, 'src/a.ts'));
    expect(files[0]!.size).toBe(1);
  });

  it('honours root and nested .gitignore files, including negation', async () => {
    await tree({
      '.gitignore': 'generated/\n*.log\n!keep.log\n',
      'src/.gitignore': 'local.ts\n/only-here.ts\n',
      'generated/x.ts': '',
      'a.log': '',
      'keep.log': '',
      'src/local.ts': '',
      'src/deep/local.ts': '',
      'src/only-here.ts': '',
      'src/deep/only-here.ts': '',
      'src/main.ts': '',
    });
    const { files } = await discoverFiles({ root });
    expect(files.map((f) => f.relPath)).toEqual(['.gitignore', 'keep.log', 'src/.gitignore', 'src/deep/only-here.ts', 'src/main.ts']);
  });

  it('honours the .gitignore files above an input directory, and those inside it, but not those of siblings', async () => {
    await tree({
      '.gitignore': '*.gen.ts\n',
      'pkg/.gitignore': 'tmp/\n',
      'pkg/src/.gitignore': 'local.ts\n',
      'other/.gitignore': '*.ts\n',
      'pkg/src/a.ts': '',
      'pkg/src/a.gen.ts': '',
      'pkg/src/local.ts': '',
      'pkg/src/tmp/t.ts': '',
      'pkg/tmp/u.ts': '',
    });
    const { files } = await discoverFiles({ root, inputs: ['pkg/src'], extensions: ['.ts'] });
    expect(files.map((f) => f.relPath)).toEqual(['pkg/src/a.ts']);
  });

  it('does not read .gitignore files inside default-ignored directories, even when those are scanned', async () => {
    await tree({ 'node_modules/m/.gitignore': '*.js\n', 'node_modules/m/index.js': '', 'a.js': '' });
    const { files } = await discoverFiles({ root, defaultIgnores: false, extensions: ['.js'] });
    expect(files.map((f) => f.relPath)).toEqual(['a.js', 'node_modules/m/index.js']);
  });

  it('matches config ignore globs against directories too: a directory name or path ignores its whole tree', async () => {
    await tree({ 'legacy/a.ts': '', 'src/legacy/b.ts': '', 'src/gen/c.ts': '', 'src/d.ts': '', 'src/e.gen.ts': '' });
    const { files } = await discoverFiles({ root, ignore: ['legacy', 'src/gen/', '**/*.gen.ts'] });
    expect(files.map((f) => f.relPath)).toEqual(['src/d.ts', 'src/legacy/b.ts']);
  });

  it('finds nothing in an input directory inside a default-ignored one, unless the default ignores are off', async () => {
    await tree({ 'node_modules/pkg/index.js': '', 'src/a.js': '' });
    expect((await discoverFiles({ root, inputs: ['node_modules/pkg'] })).files).toEqual([]);
    const { files } = await discoverFiles({ root, inputs: ['node_modules/pkg'], defaultIgnores: false });
    expect(files.map((f) => f.relPath)).toEqual(['node_modules/pkg/index.js']);
  });

  it('follows a symlinked directory and lists its files under the link', async () => {
    await tree({ 'shared/util.ts': '', 'app/main.ts': '' });
    await symlink(path.join(root, 'shared'), path.join(root, 'app/lib'));
    const { files } = await discoverFiles({ root, inputs: ['app'] });
    expect(files.map((f) => f.relPath)).toEqual(['app/lib/util.ts', 'app/main.ts']);
  });

  it('can turn gitignore and default ignores off', async () => {
    await tree({ '.gitignore': 'x.ts\n', 'x.ts': '', 'node_modules/m.js': '' });
    const { files } = await discoverFiles({ root, gitignore: false, defaultIgnores: false });
    expect(files.map((f) => f.relPath)).toEqual(['.gitignore', 'node_modules/m.js', 'x.ts']);
  });

  it('applies the config ignore list and an extension filter', async () => {
    await tree({ 'src/a.ts': '', 'src/a.test.ts': '', 'src/b.js': '', 'README.md': '' });
    const { files } = await discoverFiles({ root, ignore: ['**/*.test.ts'], extensions: ['.ts', '.js'] });
    expect(files.map((f) => f.relPath)).toEqual(['src/a.ts', 'src/b.js']);
  });

  it('expands directories, globs and explicit files, and keeps an explicit file even if gitignored', async () => {
    await tree({ '.gitignore': 'secret.ts\n', 'a/x.ts': '', 'b/y.ts': '', 'b/z.js': '', 'secret.ts': '' });
    const { files } = await discoverFiles({ root, inputs: ['a', 'b/*.js', 'secret.ts'] });
    expect(files.map((f) => f.relPath)).toEqual(['a/x.ts', 'b/z.js', 'secret.ts']);
  });

  it('reports an explicit file outside the root as skipped, not silently dropped', async () => {
    await tree({ 'inner/a.ts': '', 'outer.ts': '' });
    const { files, skipped } = await discoverFiles({ root: path.join(root, 'inner'), inputs: ['.', '../outer.ts'] });
    expect(files.map((f) => f.relPath)).toEqual(['a.ts']);
    expect(skipped).toEqual([{ relPath: '../outer.ts', reason: 'outside-root', detail: `not under ${path.join(root, 'inner')}` }]);
  });

  it('throws RC_FILE_NOT_FOUND for a missing input', async () => {
    await expect(discoverFiles({ root, inputs: ['nope'] })).rejects.toMatchObject({ code: 'RC_FILE_NOT_FOUND', message: 'nope: no such file or directory' });
  });

  it('skips files over the size limit with a reason', async () => {
    await tree({ 'big.ts': 'x'.repeat(2000), 'small.ts': 'x' });
    const { files, skipped } = await discoverFiles({ root, maxFileBytes: 1000 });
    expect(files.map((f) => f.relPath)).toEqual(['small.ts']);
    expect(skipped).toEqual([{ relPath: 'big.ts', reason: 'too-large', detail: '2000 bytes is over the limit of 1000' }]);
  });

  it('does not loop on symlink cycles and scans a symlinked file once', async () => {
    await tree({ 'src/a.ts': 'a', 'src/sub/b.ts': 'b' });
    await symlink(path.join(root, 'src'), path.join(root, 'src/sub/loop'));
    await symlink(path.join(root, 'src/a.ts'), path.join(root, 'alias.ts'));
    await symlink(path.join(root, 'missing.ts'), path.join(root, 'dangling.ts'));
    const { files, skipped } = await discoverFiles({ root });
    const rels = files.map((f) => f.relPath);
    expect(rels.filter((r) => r.endsWith('/a.ts') || r === 'alias.ts')).toEqual(['src/a.ts']);
    // A dangling link is not a file to scan, nor a skipped one.
    expect(skipped).toEqual([]);
    expect(rels).toContain('src/sub/b.ts');
    expect(rels.length).toBeLessThan(5);
  });
});

describe('discoverFiles: no silent pass (issues #13 point 7, #14 point 5)', () => {
  it('names each input that matched no file: a mistyped glob, a directory without sources, a file of another kind', async () => {
    await tree({ 'src/a.ts': '', 'docs/readme.md': '', 'notes.txt': '' });
    const r = await discoverFiles({ root, inputs: ['src', 'srcx/**/*.ts', 'docs', 'notes.txt'], extensions: ['.ts'] });
    expect(r.files.map((f) => f.relPath)).toEqual(['src/a.ts']);
    expect(r.unmatched).toEqual(['srcx/**/*.ts', 'docs', 'notes.txt']);
  });

  it('an input whose files were all ignored is not unmatched: they are counted as ignored', async () => {
    await tree({ '.gitignore': 'gen/\n', 'src/a.ts': '', 'src/b.ts': '', 'gen/c.ts': '' });
    const all = await discoverFiles({ root, inputs: ['.'], ignore: ['**'] });
    // Every file, those inside the pruned src/ and gen/ included (.gitignore itself is one).
    expect(all).toMatchObject({ files: [], unmatched: [], ignored: 4 });
    const globbed = await discoverFiles({ root, inputs: ['src/*.ts'], ignore: ['src/**'] });
    expect(globbed).toMatchObject({ files: [], unmatched: [], ignored: 2 });
    expect((await discoverFiles({ root, inputs: ['.'] })).ignored).toBe(1);
  });

  it('outsideRoot "scan": a path outside the root is scanned with its own git root\'s .gitignore, reported relative to the root', async () => {
    await tree({
      'app/main.ts': '',
      'other/.git/HEAD': 'ref: refs/heads/main\n',
      'other/.gitignore': 'generated/\n',
      'other/src/a.ts': '',
      'other/src/generated/g.ts': '',
      'loose/b.ts': '',
      'loose/.gitignore': 'skip.ts\n',
      'loose/skip.ts': '',
    });
    const app = path.join(root, 'app');
    const skipped = await discoverFiles({ root: app, inputs: ['../other/src'] });
    expect(skipped.files).toEqual([]);
    const r = await discoverFiles({ root: app, inputs: ['.', '../other/src', path.join(root, 'loose'), '../other/src/*.ts'], outsideRoot: 'scan', extensions: ['.ts'] });
    expect(r.files.map((f) => f.relPath)).toEqual(['../loose/b.ts', '../other/src/a.ts', 'main.ts']);
    expect(r.files.find((f) => f.relPath === '../other/src/a.ts')?.path).toBe(path.join(root, 'other/src/a.ts'));
    expect(r.ignored).toBe(2);
    const missing = await discoverFiles({ root: app, inputs: ['../other/srcx/**/*.ts'], outsideRoot: 'scan' });
    expect(missing.unmatched).toEqual(['../other/srcx/**/*.ts']);
  });
});

describe('discoverFiles on bad input (issue #14)', () => {
  it('an empty ignore glob is a usage error naming it, not an internal error', async () => {
    await tree({ 'a.ts': 'x' });
    await expect(discoverFiles({ root, ignore: ['gen/**', ''] })).rejects.toMatchObject({ code: 'RC_USAGE', message: 'ignore glob #2 is empty: remove it or write the glob' });
  });

  it('a symlink loop named on the command line is called a loop, not "no such file"', async () => {
    await symlink(path.join(root, 'loop'), path.join(root, 'loop'));
    await expect(discoverFiles({ root, inputs: ['loop'] })).rejects.toMatchObject({ code: 'RC_FILE_NOT_FOUND', message: 'loop: a symlink loop (the link points back to itself)' });
    await expect(discoverFiles({ root, inputs: ['absent.ts'] })).rejects.toMatchObject({ message: 'absent.ts: no such file or directory' });
  });
});
