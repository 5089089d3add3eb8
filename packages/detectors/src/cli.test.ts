import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { validate, type CliIO } from '@readycheck/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from './cli.js';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'rc-qs-cli-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function put(files: Record<string, string>): Promise<void> {
  for (const [rel, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, rel)), { recursive: true });
    await writeFile(path.join(root, rel), content);
  }
}

async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd: root, env: {}, isTTY: false };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

const MEDIUM = 'const a = b as any;\n';
const CRITICAL = 'eval(input);\n';

describe('quality-scan CLI', () => {
  it('exits 0 when nothing is at or above the default threshold (high), and prints the stylish report', async () => {
    await put({ 'src/a.ts': MEDIUM });
    const r = await run('src');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('src/a.ts\n  1:11  medium');
    expect(r.stdout).toContain('1 problem (0 critical, 0 high, 1 medium, 0 low; 1 file scanned)');
    expect(r.stderr).toBe('');
  });

  it('exits 1 with findings at or above the threshold', async () => {
    await put({ 'src/a.ts': CRITICAL + MEDIUM });
    expect((await run('src')).code).toBe(1);
    expect((await run('src', '--severity-threshold', 'critical')).code).toBe(1);
    expect((await run('src', '--rule', 'explicit-any')).code).toBe(0);
    expect((await run('src', '--rule', 'explicit-any', '--severity-threshold', 'medium')).code).toBe(1);
    expect((await run('src', '--category', 'TYPE_SAFETY,CODE_STANDARDS', '--severity-threshold', 'low')).code).toBe(1);
  });

  it('does not count suppressed findings toward the exit code', async () => {
    await put({ 'a.ts': '// readycheck-disable-next-line dynamic-code-execution -- sandboxed REPL\neval(input);\n' });
    const r = await run();
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('No problems (1 suppressed, 1 file scanned)');
  });

  it('writes json that validates against the schema, and sarif, to stdout or --output', async () => {
    await put({ 'src/a.ts': CRITICAL });
    const json = await run('src', '--format', 'json');
    expect(json.code).toBe(1);
    expect(validate('quality-report', JSON.parse(json.stdout), 'report.json').valid).toBe(true);
    const out = await run('src', '-f', 'sarif', '-o', 'out/report.sarif');
    expect(out.code).toBe(1);
    expect(out.stdout).toBe('quality-scan: 1 problem in 1 file; sarif report written to out/report.sarif\n');
    const sarif = JSON.parse(await readFile(path.join(root, 'out/report.sarif'), 'utf8')) as { version: string };
    expect(sarif.version).toBe('2.1.0');
    const gh = await run('src', '--format', 'github');
    expect(gh.stdout).toMatch(/^::error file=src\/a\.ts,line=1,/);
  });

  it('--quiet keeps only findings at or above the threshold', async () => {
    await put({ 'a.ts': CRITICAL + MEDIUM });
    const r = await run('--quiet', '--format', 'json');
    const report = JSON.parse(r.stdout) as { violations: { severity: string }[] };
    expect(report.violations.map((v) => v.severity)).toEqual(['critical']);
  });

  it('reads readycheck.config.json (rules, severityThreshold, ignore, maxFileLines) and --config', async () => {
    await put({
      'a.ts': `${MEDIUM}x;\ny;\n`,
      'vendor/b.ts': CRITICAL,
      'readycheck.config.json': JSON.stringify({ ignore: ['vendor/**'], detectors: { severityThreshold: 'medium', maxFileLines: 2, rules: { 'explicit-any': 'low' } } }),
      'strict.json': JSON.stringify({ detectors: { rules: { 'explicit-any': 'critical' } } }),
    });
    const r = await run('--format', 'json');
    const report = JSON.parse(r.stdout) as { violations: { ruleId: string; severity: string; file: string }[] };
    expect(report.violations.map((v) => `${v.file} ${v.ruleId} ${v.severity}`)).toEqual(['a.ts explicit-any low', 'a.ts max-file-lines low']);
    expect(r.code).toBe(0);
    expect((await run('--max-file-lines', '10', '--format', 'json')).stdout).not.toContain('max-file-lines');
    const strict = await run('--config', 'strict.json', 'a.ts');
    expect(strict.code).toBe(1);
  });

  it('exits 2 with one line for usage and config errors', async () => {
    await put({ 'a.ts': MEDIUM, 'bad.json': '{ "detectors": { "rules": { "explicit-any": "loud" } } }' });
    const cases: [string[], RegExp][] = [
      [['--format', 'xml'], /argument 'xml' is invalid/],
      [['--severity-threshold', 'urgent'], /urgent/],
      [['--rule', 'no-such-rule'], /unknown rule id: no-such-rule/],
      [['--category', 'NOPE'], /unknown category: NOPE/],
      [['--config', 'bad.json'], /bad\.json.*\/detectors\/rules\/explicit-any/],
      [['--config', 'missing.json'], /missing\.json: config file not found/],
      [['--max-file-lines', '0'], /positive integer/],
      [['--bogus'], /unknown option '--bogus'/],
      [['no-such-dir'], /no-such-dir: no such file or directory/],
    ];
    for (const [argv, message] of cases) {
      const r = await run(...argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr, argv.join(' ')).toMatch(message);
      expect(r.stderr.trim().split('\n'), argv.join(' ')).toHaveLength(1);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('prints help, version and the rule list with exit 0', async () => {
    const help = await run('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--severity-threshold <severity>');
    expect(help.stdout).toContain('Exit codes: 0');
    expect((await run('--version')).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    const rules = await run('--list-rules');
    expect(rules.code).toBe(0);
    expect(rules.stdout).toMatch(/^assignment-in-condition\s+LOGIC_ERROR\s+medium/);
    expect(rules.stdout).toMatch(/file-header\s+CODE_STANDARDS\s+low \(off\)/);
  });
});

describe('quality-scan bin (child process)', () => {
  const bin = fileURLToPath(new URL('../bin/quality-scan.js', import.meta.url));
  const exec = promisify(execFile);
  it('runs the built bin end to end with real exit codes', async () => {
    await put({ 'a.ts': CRITICAL });
    const failing = await exec(process.execPath, [bin, 'a.ts', '--format', 'json'], { cwd: root }).catch((e: { code: number; stdout: string }) => e);
    expect('code' in failing ? failing.code : 0).toBe(1);
    expect(JSON.parse(failing.stdout).summary.bySeverity.critical).toBe(1);
    const usage = await exec(process.execPath, [bin, '--format', 'nope'], { cwd: root }).catch((e: { code: number; stderr: string }) => e);
    expect('code' in usage ? usage.code : 0).toBe(2);
    expect(usage.stderr).toMatch(/^quality-scan: /);
    const clean = await exec(process.execPath, [bin, 'a.ts', '--severity-threshold', 'critical', '--rule', 'explicit-any'], { cwd: root });
    expect(clean.stdout).toContain('No problems');
  }, 60_000);
});

describe('quality-scan: no silent pass (issues #13 point 7, #14 point 5)', () => {
  it('a mistyped glob or path matching no file is exit 2, one line naming it', async () => {
    await put({ 'src/a.ts': MEDIUM });
    const r = await run('srcx/**/*.ts');
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'quality-scan: no files matched "srcx/**/*.ts"\n' });
    expect((await run('src', 'src/**/*.tsx')).stderr).toBe('quality-scan: no files matched "src/**/*.tsx"\n');
  });

  it('a path outside the working directory is scanned, with its own git root\'s .gitignore', async () => {
    await put({
      'app/main.ts': MEDIUM,
      'other/.git/HEAD': 'ref: refs/heads/main\n',
      'other/.gitignore': 'gen/\n',
      'other/src/bad.ts': CRITICAL,
      'other/src/gen/ignored.ts': CRITICAL,
    });
    let stdout = '';
    const io: CliIO = { stdout: (t) => void (stdout += t), stderr: () => undefined, cwd: path.join(root, 'app'), env: {}, isTTY: false };
    expect(await main(['../other/src', '--format', 'json'], io)).toBe(1);
    const report = JSON.parse(stdout) as { summary: { files: number }; violations: Array<{ file: string; ruleId: string }> };
    expect(report.summary.files).toBe(1);
    expect(report.violations.map((v) => `${v.file} ${v.ruleId}`)).toEqual(['../other/src/bad.ts dynamic-code-execution']);
  });

  it('a run that scanned no file (all binary, too large, or ignored) exits 2 saying why, in every format; --pass-with-no-files accepts it', async () => {
    await put({ 'a.ts': 'x\u0000y', 'b.ts': 'p\u0000q', 'readycheck.config.json': '{"maxFileBytes": 40}', 'c.ts': `${'// padding\n'.repeat(10)}` });
    const text = await run('.');
    expect(text.code).toBe(2);
    expect(text.stderr).toBe('quality-scan: no file scanned (not scanned: 2 binary, 1 too-large); pass --pass-with-no-files to accept an empty run\n');
    expect(text.stdout).toContain('0 files scanned, not scanned: 2 binary, 1 too-large');
    const json = await run('.', '--format', 'json');
    const report = JSON.parse(json.stdout) as { summary: { skipped?: Record<string, number> } };
    expect(json.code).toBe(2);
    expect(validate('quality-report', report, 'report.json').valid).toBe(true);
    expect(report.summary.skipped).toEqual({ binary: 2, 'too-large': 1 });
    const sarif = JSON.parse((await run('.', '--format', 'sarif')).stdout) as { runs: Array<{ invocations: Array<{ properties?: unknown }> }> };
    expect(sarif.runs[0]?.invocations[0]?.properties).toEqual({ filesScanned: 0, skipped: { binary: 2, 'too-large': 1 } });
    const gh = await run('.', '--format', 'github');
    expect(gh.stdout.trim().split('\n').at(-1)).toBe('quality-scan: 0 problems (0 critical, 0 high, 0 medium, 0 low) in 0 files; not scanned: 2 binary, 1 too-large');
    expect(gh.code).toBe(2);
    expect((await run('.', '--pass-with-no-files')).code).toBe(0);
  });

  it("--ignore '**' is not a clean pass: the ignored files are counted", async () => {
    await put({ 'src/a.ts': CRITICAL, 'src/b.ts': MEDIUM });
    const r = await run('.', '--ignore', '**');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('quality-scan: no file scanned (not scanned: 2 ignored); pass --pass-with-no-files to accept an empty run\n');
  });

  it('{"ignore": [""]} in the config is one line naming the file and the JSON pointer, exit 2', async () => {
    await put({ 'a.ts': MEDIUM, 'readycheck.config.json': '{"ignore": [""]}' });
    const r = await run('.');
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'quality-scan: readycheck.config.json:1: /ignore/0: must NOT have fewer than 1 characters\n' });
  });
});

describe('quality-scan: a symlink loop named as a path', () => {
  it('is called a loop, inside or outside the working directory, not "no such file"', async () => {
    await mkdir(path.join(root, 'app'), { recursive: true });
    await symlink(path.join(root, 'app', 'loop'), path.join(root, 'app', 'loop'));
    await symlink(path.join(root, 'outer'), path.join(root, 'outer'));
    expect(await run('app/loop')).toEqual({ code: 2, stdout: '', stderr: 'quality-scan: app/loop: a symlink loop (the link points back to itself)\n' });
    let stderr = '';
    const io: CliIO = { stdout: () => undefined, stderr: (t) => void (stderr += t), cwd: path.join(root, 'app'), env: {}, isTTY: false };
    expect(await main(['../outer'], io)).toBe(2);
    expect(stderr).toBe('quality-scan: ../outer: a symlink loop (the link points back to itself)\n');
  });
});
