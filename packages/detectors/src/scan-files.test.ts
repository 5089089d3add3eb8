import { chmod, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { validate } from '@readycheck/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scanFiles } from './scan-files.js';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'rc-detectors-'));
});
afterEach(async () => {
  await chmod(path.join(root, 'locked.ts'), 0o644).catch(() => undefined);
  await rm(root, { recursive: true, force: true });
});

async function put(files: Record<string, string | Buffer>): Promise<void> {
  for (const [rel, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, rel)), { recursive: true });
    await writeFile(path.join(root, rel), content);
  }
}

describe('scanFiles', () => {
  it('scans a tree and returns a schema-valid report with sorted violations and a summary', async () => {
    await put({
      'src/b.ts': 'try { go(); } catch (e) {}\n',
      'src/a.ts': 'const a = b as any;\n// readycheck-disable-next-line explicit-any -- legacy\nconst c = d as any;\n',
      'src/ok.js': 'export const ok = 1;\n',
      'README.md': '# not scanned: not a source extension\n',
    });
    const report = await scanFiles(['src'], { cwd: root });
    expect(validate('quality-report', report, 'report.json').valid).toBe(true);
    expect(report.summary).toMatchObject({ files: 3, violations: 2, suppressed: 1, bySeverity: { critical: 0, high: 0, medium: 2, low: 0 }, byCategory: { TYPE_SAFETY: 1, ERROR_HANDLING: 1 } });
    expect(report.violations.map((v) => `${v.file}:${v.line} ${v.ruleId}`)).toEqual(['src/a.ts:1 explicit-any', 'src/a.ts:3 explicit-any', 'src/b.ts:1 empty-catch']);
    expect(report.mode).toBe('snapshot');
    expect(report.summary.durationMs).toBeUndefined();
  });

  it('scans everything under cwd by default, honours .gitignore and ignore globs', async () => {
    await put({ 'a.ts': 'x as any;', 'gen/b.ts': 'x as any;', 'vendor/c.ts': 'x as any;', '.gitignore': 'gen/\n' });
    const report = await scanFiles([], { cwd: root, ignore: ['vendor/**'] });
    expect(report.violations.map((v) => v.file)).toEqual(['a.ts']);
    const all = await scanFiles([], { cwd: root, gitignore: false });
    expect(all.violations.map((v) => v.file)).toEqual(['a.ts', 'gen/b.ts', 'vendor/c.ts']);
  });

  it('skips binary, oversized and unreadable files with reasons, scans invalid UTF-8 leniently, and goes on', async () => {
    const minified = `var a=1;${'x=a+1;'.repeat(3_500_000)}`;
    await put({
      'bin.ts': Buffer.from([0x63, 0x6f, 0x6e, 0x00, 0x73, 0x74]),
      'latin1.ts': Buffer.concat([Buffer.from('const s = "caf'), Buffer.from([0xe9]), Buffer.from('";\nconst a = b as any;\n')]),
      'huge.min.js': minified,
      'braces.ts': '{{{{',
      'deep.ts': `export const v = ${'('.repeat(3000)}1${')'.repeat(3000)};\n`,
      'locked.ts': 'x as any;',
    });
    await chmod(path.join(root, 'locked.ts'), 0o000);
    // /proc/self/mem is a regular file whose read fails (EIO) for everyone, root included.
    await symlink('/proc/self/mem', path.join(root, 'mem.ts'));
    const canRead = process.getuid?.() === 0;
    const report = await scanFiles(['.'], { cwd: root });
    expect(validate('quality-report', report, 'report.json').valid).toBe(true);
    const skipped = Object.fromEntries(report.skipped.map((s) => [s.file, s.reason]));
    expect(skipped['bin.ts']).toBe('binary');
    expect(skipped['huge.min.js']).toBe('too-large');
    expect(report.skipped.find((s) => s.file === 'huge.min.js')?.detail).toMatch(/over the limit of 2097152/);
    expect(skipped['mem.ts']).toBe('unreadable');
    // Root reads mode-000 files; everyone else gets it skipped as unreadable.
    expect(skipped['locked.ts']).toBe(canRead ? undefined : 'unreadable');
    expect(report.violations.find((v) => v.file === 'latin1.ts')?.ruleId).toBe('explicit-any');
    expect(report.violations.filter((v) => v.file === 'braces.ts').map((v) => v.ruleId)).toEqual(['parse-error']);
    // Too deep for the parser: a finding of its own, never a silent pass.
    const deep = report.violations.filter((v) => v.file === 'deep.ts');
    expect(deep.map((v) => [v.ruleId, v.severity, v.line])).toEqual([['unscannable', 'high', 1]]);
    expect(deep[0]?.message).toMatch(/nesting too deep/);
    expect(report.errors.find((e) => e.file === 'deep.ts')?.message).toMatch(/Maximum call stack/);
  });

  it('survives symlink loops', async () => {
    await put({ 'src/a.ts': 'x as any;' });
    await symlink(path.join(root, 'src'), path.join(root, 'src', 'loop'));
    await symlink(path.join(root, 'self'), path.join(root, 'self'));
    const report = await scanFiles(['.'], { cwd: root });
    expect(report.violations.map((v) => v.file)).toEqual(['src/a.ts']);
  });

  it('takes the max file size, extensions, rules, categories and timings', async () => {
    await put({ 'a.ts': 'x as any;\ntry { a(); } catch {}\n', 'b.vue': 'x as any;' });
    expect((await scanFiles(['.'], { cwd: root, maxFileBytes: 5 })).skipped.map((s) => `${s.file} ${s.reason}`)).toEqual(['a.ts too-large']);
    expect((await scanFiles(['.'], { cwd: root, extensions: ['.vue'] })).violations.map((v) => v.file)).toEqual(['b.vue']);
    expect((await scanFiles(['.'], { cwd: root, rules: ['empty-catch'] })).violations.map((v) => v.ruleId)).toEqual(['empty-catch']);
    expect((await scanFiles(['.'], { cwd: root, categories: ['TYPE_SAFETY'] })).violations.map((v) => v.ruleId)).toEqual(['explicit-any']);
    expect((await scanFiles(['.'], { cwd: root, timings: true })).summary.durationMs).toBeGreaterThanOrEqual(0);
  });

  it('rejects unknown rule ids and missing inputs as usage errors', async () => {
    await expect(scanFiles(['.'], { cwd: root, rules: ['no-such-rule'] })).rejects.toMatchObject({ code: 'RC_USAGE', message: expect.stringContaining('no-such-rule') });
    await expect(scanFiles(['.'], { cwd: root, config: { rules: { nope: 'off' } } })).rejects.toMatchObject({ code: 'RC_USAGE' });
    await expect(scanFiles(['missing-dir'], { cwd: root })).rejects.toMatchObject({ code: 'RC_FILE_NOT_FOUND' });
  });

  it('lists a file a detector crashed on under errors and keeps scanning', async () => {
    await put({ 'a.ts': 'x as any;', 'b.ts': 'y as any;' });
    const crashing = {
      id: 'crash',
      category: 'CODE_STANDARDS',
      severity: 'low' as const,
      enabledByDefault: true,
      docs: { description: 'x', why: 'x', bad: 'x', good: 'x', url: 'u' },
      messages: { m: 'm' },
      check: (ctx: { fileName: string }) => {
        if (ctx.fileName === 'a.ts') throw new Error('cannot');
        return {};
      },
    };
    const report = await scanFiles(['.'], { cwd: root, detectors: [crashing] });
    expect(report.errors).toEqual([{ file: 'a.ts', code: 'RC_PARSE_FAILED', message: 'not fully scanned: crash: Error: cannot' }]);
    expect(report.summary.files).toBe(2);
  });
});

describe('scanFiles: no silent pass', () => {
  it('throws RC_NO_FILES for an input that matches no file, and scans an absolute path outside cwd', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'rc-scanfiles-out-'));
    try {
      await mkdir(path.join(dir, 'app'));
      await mkdir(path.join(dir, 'lib'));
      await writeFile(path.join(dir, 'lib/x.ts'), 'eval(code);\n');
      await expect(scanFiles(['srcx/**/*.ts'], { cwd: path.join(dir, 'app') })).rejects.toMatchObject({ code: 'RC_NO_FILES', message: 'no files matched "srcx/**/*.ts"' });
      const report = await scanFiles([path.join(dir, 'lib')], { cwd: path.join(dir, 'app') });
      expect(report.summary.files).toBe(1);
      expect(report.violations.map((v) => v.file)).toEqual(['../lib/x.ts']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
