// Issue #14 point 2: evidence-scan survives any single file, and deletes only what it wrote.
import { lstat, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { describeCliError, type EvidenceReport } from '@readycheck/core';
import { extractFile, main } from '@readycheck/evidence';

const temps: string[] = [];
afterEach(async () => {
  for (const d of temps.splice(0)) await rm(d, { recursive: true, force: true });
});

async function tmp(files: Record<string, string | Uint8Array> = {}): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'evidence-hostile-'));
  temps.push(dir);
  for (const [rel, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
    await writeFile(path.join(dir, rel), content);
  }
  return dir;
}

async function run(argv: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  const io = { out: '', err: '', cwd, env: {}, isTTY: false, stdout: (t: string) => void (io.out += t), stderr: (t: string) => void (io.err += t) };
  try {
    return { code: await main(argv, io), out: io.out, err: io.err };
  } catch (err) {
    const { message, exitCode } = describeCliError(err, {});
    return { code: exitCode, out: io.out, err: `${io.err}${message}\n` };
  }
}

// Shapes of deep nesting; each wraps an expression that reads an env key, so a file either still
// yields that key or is listed as unscannable: never neither, never a throw.
const SHAPES: Record<string, (depth: number) => string> = {
  parens: (d) => `${'('.repeat(d)}process.env.PLANTED${')'.repeat(d)}`,
  objects: (d) => `${'{a:'.repeat(d)}process.env.PLANTED${'}'.repeat(d)}`,
  calls: (d) => `${'f('.repeat(d)}process.env.PLANTED${')'.repeat(d)}`,
  arrays: (d) => `${'['.repeat(d)}process.env.PLANTED${']'.repeat(d)}`,
  concat: (d) => `process.env.PLANTED${' + "a"'.repeat(d)}`,
  ternary: (d) => `${'a ? b : '.repeat(d)}process.env.PLANTED`,
  arrows: (d) => `${'() => '.repeat(d)}process.env.PLANTED`,
};

describe('deep nesting', () => {
  for (const [shape, make] of Object.entries(SHAPES)) {
    it(`extractFile never throws on ${shape} nested 100 to 10,000 deep, and never loses a planted read silently`, () => {
      for (const depth of [100, 576, 1000, 1400, 3000, 10_000]) {
        const facts = extractFile({ text: `export const x = ${make(depth)};\n`, relPath: `src/${shape}.ts` });
        const found = facts.envKeys.some((k) => k.name === 'PLANTED');
        const listed = facts.error?.code === 'RC_FILE_UNSCANNABLE';
        expect({ shape, depth, outcome: found || listed }).toEqual({ shape, depth, outcome: true });
      }
    });
  }

  it('reads a 1,000-term concatenation to the end', () => {
    const facts = extractFile({ text: `export const s = ${Array.from({ length: 1000 }, (_, i) => `"a${i}"`).join(' + ')} + process.env.LAST_KEY;\n`, relPath: 'src/concat.ts' });
    expect(facts.error).toBeUndefined();
    expect(facts.envKeys.map((k) => k.name)).toEqual(['LAST_KEY']);
  });

  it('lists a file too deep to parse with its reason and scans the rest', async () => {
    const root = await tmp({
      'src/deep.ts': `export const o = ${'{a:'.repeat(1400)}1${'}'.repeat(1400)};\n`,
      'src/routes/users.ts': "import { db } from '../db';\napp.get('/users', async (c) => db.selectFrom('users').selectAll().execute());\n",
      'migrations/0001_users.sql': 'CREATE TABLE users (id integer primary key);\n',
    });
    const r = await run([root, '--out', 'out', '--workers', '1'], root);
    expect(r.code).toBe(0);
    expect(r.out).toContain('1 file could not be scanned: src/deep.ts:1');
    expect(r.out).toContain('1 file not judged (unscannable: 1)');
    const report = JSON.parse(await readFile(path.join(root, 'out/evidence.json'), 'utf8')) as EvidenceReport;
    expect(report.errors).toEqual([{ file: 'src/deep.ts', line: 1, column: 1, code: 'RC_FILE_UNSCANNABLE', message: expect.stringContaining('nested too deeply') as string }]);
    expect(report.summary.unjudged).toEqual({ unscannable: 1 });
    expect(report.features.some((f) => f.evidence.routes.some((x) => x.name === '/users'))).toBe(true);
  });
});

describe('no silent pass', () => {
  it('--fail-on fail exits 1 when files could not be judged, and says why with counts per reason', async () => {
    const root = await tmp({
      'src/deep.ts': `export const p = ${'('.repeat(5000)}1${')'.repeat(5000)};\n`,
      'src/binary.ts': new Uint8Array([0, 1, 2, 0, 0, 3]),
      'src/ok.ts': 'export const ok = 1;\n',
    });
    const r = await run([root, '--out', 'out', '--fail-on', 'fail'], root);
    expect(r.code).toBe(1);
    expect(r.err).toBe('evidence-scan: --fail-on fail: 2 files could not be judged (binary: 1, unscannable: 1)\n');
    expect(r.out).toContain('2 files not judged (binary: 1, unscannable: 1)');
    // Without --fail-on the exit code is not changed by them.
    expect((await run([root, '--out', 'out2'], root)).code).toBe(0);
  });

  it('exits 2 when every file was left out, with the reasons', async () => {
    const root = await tmp({ 'src/deep.ts': `export const p = ${'('.repeat(5000)}1${')'.repeat(5000)};\n`, 'src/binary.ts': new Uint8Array([0, 0, 0]) });
    const r = await run([root, '--out', 'out', '--fail-on', 'fail'], root);
    expect(r.code).toBe(2);
    expect(r.err).toContain('nothing to judge — every file was left out (binary: 1, unscannable: 1)');
    await expect(lstat(path.join(root, 'out'))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('exits 2 on a tree with nothing to read', async () => {
    const root = await tmp({ 'README.md': '# hi\n' });
    const r = await run([root, '--out', 'out'], root);
    expect(r).toMatchObject({ code: 2, err: expect.stringContaining('nothing to judge — no source, SQL, schema or config file found') as string });
  });
});

describe('fix prompts delete only what evidence-scan wrote', () => {
  const app = { 'src/services/ReminderService.ts': 'export class ReminderService { run() { throw new Error("not implemented"); } }\n' };

  it('removes its own stale prompt and keeps a file it did not write (with --force)', async () => {
    const root = await tmp(app);
    expect((await run([root, '--out', 'out'], root)).code).toBe(0);
    const prompts = path.join(root, 'out/fix-prompts');
    const ours = (await readdir(prompts)).sort();
    expect(ours.length).toBeGreaterThan(0);
    const first = await readFile(path.join(prompts, ours[0] as string), 'utf8');
    expect(first.split('\n')[0]).toBe('<!-- written by evidence-scan: regenerated and removed by later runs; delete this line to keep the file -->');
    // A stale prompt of ours goes; a note of the user's blocks the run, then survives --force.
    await writeFile(path.join(prompts, 'gone.md'), `${first.split('\n')[0]}\n# Fix prompt: gone\n`);
    await writeFile(path.join(prompts, 'NOTES.md'), '# my notes\n');
    const refused = await run([root, '--out', 'out'], root);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('fix-prompts: holds 1 file evidence-scan did not write (NOTES.md); move them or pass --force');
    expect((await run([root, '--out', 'out', '--force'], root)).code).toBe(0);
    const after = await readdir(prompts);
    expect(after).toContain('NOTES.md');
    expect(after).not.toContain('gone.md');
    expect(await readFile(path.join(prompts, 'NOTES.md'), 'utf8')).toBe('# my notes\n');
  });

  it('never follows a symlinked fix-prompts folder: refused, and with --force the link (not its target) is replaced', async () => {
    const root = await tmp(app);
    const target = await tmp({ 'README.md': 'keep me\n', 'CHANGELOG.md': 'keep me too\n' });
    await mkdir(path.join(root, 'out'), { recursive: true });
    await symlink(target, path.join(root, 'out/fix-prompts'));
    const refused = await run([root, '--out', 'out'], root);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('fix-prompts/ is a symlink');
    expect((await run([root, '--out', 'out', '--force'], root)).code).toBe(0);
    expect((await readdir(target)).sort()).toEqual(['CHANGELOG.md', 'README.md']);
    expect((await lstat(path.join(root, 'out/fix-prompts'))).isDirectory()).toBe(true);
  });

  it('refuses an output folder that is a symlink unless --force', async () => {
    const root = await tmp(app);
    const target = await tmp();
    await symlink(target, path.join(root, 'out'));
    const refused = await run([root, '--out', 'out'], root);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('the output folder is a symlink');
    expect(await readdir(target)).toEqual([]);
    expect((await run([root, '--out', 'out', '--force'], root)).code).toBe(0);
    expect(await readdir(target)).toContain('evidence.json');
  });
});
