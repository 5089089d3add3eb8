import { execFileSync } from 'node:child_process';
import { cp, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { SmokeReport } from '@readycheck/core';
import { main } from './cli.js';
import { commandEnv, verdictOf } from './verify.js';
import { reportProblems } from './__tests__/ctrf.js';
import { fakeIO, inlineProject, repoRoot } from './__tests__/helpers.js';

const claims = path.join(repoRoot, 'fixtures/smoke/verify-claims');
const orchestrator = path.join(repoRoot, 'fixtures/smoke/orchestrator');
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

/** A temp project that is a git repository (its top level is the project root). */
async function gitProject(files: Record<string, string>): Promise<string> {
  const p = await inlineProject(files);
  cleanups.push(p.cleanup);
  execFileSync('git', ['init', '-q', p.dir]);
  return p.dir;
}

const taskJson = (fixes: unknown[], over: Record<string, unknown> = {}) => JSON.stringify({ review_id: '001_api', component: 'api', fixes, ...over }, null, 2);
const fixWith = (id: number | string, result: Record<string, unknown>) => ({
  id,
  severity: 'major',
  file: 'a.txt',
  line: 1,
  issue: `issue ${id}`,
  fix: 'f',
  verification: 'v',
  result: { status: 'FIXED', changes_made: ['a.txt'], ...result },
});

async function readReport(dir: string): Promise<SmokeReport> {
  return JSON.parse(await readFile(path.join(dir, 'smoke-report.json'), 'utf8')) as SmokeReport;
}

describe('smoke-run verify on the orchestrator fixture', () => {
  it('gives the expected verdicts from the git top level, and writes the expected follow-up', async () => {
    const dir = await gitProject({});
    await cp(path.join(orchestrator, 'core'), path.join(dir, 'core'), { recursive: true });
    await cp(path.join(orchestrator, 'orchestrator'), path.join(dir, 'orchestrator'), { recursive: true });
    await mkdir(path.join(dir, 'sub'));
    const expected = JSON.parse(await readFile(path.join(orchestrator, 'expected/verdicts.json'), 'utf8')) as { exitCode: number; verdicts: Record<string, string>; followUp: string[] };
    // Run from a subdirectory: the commands still run from the project root.
    const io = fakeIO(path.join(dir, 'sub'), { SOURCE_DATE_EPOCH: '1750896000', HOME: process.env.HOME });
    const code = await main(['verify', '../orchestrator/incoming/', '--timeout', '1000', '--follow-up', '--out', path.join(dir, 'reports'), '-r', 'json,html,junit'], io);
    expect(code).toBe(expected.exitCode);
    const report = await readReport(path.join(dir, 'reports'));
    expect(reportProblems(report)).toEqual([]);
    const rows = report.results.extra!.verification!;
    expect(Object.fromEntries(rows.map((v) => [v.fixId, v.verdict]))).toEqual(expected.verdicts);
    const byId = new Map(report.results.tests.map((t) => [t.extra.id, t]));
    expect(byId.get('005_stress_test_system/1')).toMatchObject({ status: 'passed', extra: { category: 'patches', component: 'stress_test_system', priority: 'P0' } });
    expect(byId.get('005_stress_test_system/3')).toMatchObject({ status: 'failed', rawStatus: 'not-portable' });
    expect(byId.get('005_stress_test_system/6')).toMatchObject({ status: 'failed', rawStatus: 'timedOut', message: 'claimed FIXED, but verification_command `sleep 30` timed out' });
    const html = await readFile(path.join(dir, 'reports/smoke-report.html'), 'utf8');
    expect(html).toContain('<span class="badge s-failed">not-portable</span>');
    expect(html).toContain('verification_command (from another directory): <code>');
    const written = await readFile(path.join(dir, 'orchestrator/outgoing/006_stress_test_system_fixes.json'), 'utf8');
    expect(written).toBe(await readFile(path.join(orchestrator, 'expected/006_stress_test_system_fixes.json'), 'utf8'));
    expect((JSON.parse(written) as { fixes: { id: unknown }[] }).fixes.map((f) => String(f.id))).toEqual(expected.followUp);
    // Outside the working directory the path is absolute.
    expect(io.out).toContain(`follow-up ${path.join(dir, 'orchestrator/outgoing/006_stress_test_system_fixes.json')}: 5 fixes (from 005_stress_test_system_fixes.json)`);
    // The follow-up is itself a valid task file, linked to its predecessor.
    const check = fakeIO(dir);
    expect(await main(['tasks', 'check', 'orchestrator/outgoing/', '--strict'], check)).toBe(0);
  }, 30_000);

  it('verifies the example of the orchestrator guide, verbatim', async () => {
    const io = fakeIO(orchestrator, { HOME: process.env.HOME });
    const out = await inlineProject({});
    cleanups.push(out.cleanup);
    expect(await main(['verify', 'example/005_stress_test_system_fixes.json', '--cwd', '.', '-r', 'json', '--out', out.dir, '--fail-on-unverifiable'], io)).toBe(0);
    expect(io.err).toBe('');
    const [row] = (await readReport(out.dir)).results.extra!.verification!;
    expect(row).toMatchObject({ fixId: '1', claimed: 'FIXED', verdict: 'verified' });
    expect(row!.commands.map((c) => [c.kind, c.cwd, c.exitCode])).toEqual([
      ['verification_command', 'root', 0],
      ['hallucination_check', 'root', 0],
      ['verification_command', 'elsewhere', 0],
    ]);
  });

  it('verifies a directory of completed files in sequence order', async () => {
    const dir = await gitProject({
      'orchestrator/incoming/010_b_fixes.json': taskJson([fixWith(1, { verification_command: 'echo ten >> order.log', hallucination_check: 'true' })], { review_id: '010_b' }),
      'orchestrator/incoming/002_a_fixes.json': taskJson([fixWith(1, { verification_command: 'echo two >> order.log', hallucination_check: 'true' })], { review_id: '002_a' }),
    });
    expect(await main(['verify', 'orchestrator/incoming/', '-r', 'json'], fakeIO(dir))).toBe(0);
    // Each passing verification_command also ran once from another directory (its own order.log there).
    expect(await readFile(path.join(dir, 'order.log'), 'utf8')).toBe('two\nten\n');
  });
});

describe('check ids', () => {
  it('are <review_id>/<fix id>, with the task file in front only where two files share a review', async () => {
    const done = fixWith(1, { verification_command: 'true', hallucination_check: 'true' });
    const dir = await gitProject({
      'orchestrator/outgoing/005_api_fixes.json': taskJson([{ ...done, result: undefined }], { review_id: '005_api' }),
      'orchestrator/incoming/005_api_fixes.json': taskJson([done], { review_id: '005_api' }),
      'orchestrator/incoming/006_db_fixes.json': taskJson([done], { review_id: '006_db' }),
    });
    expect(await main(['verify', 'orchestrator/', '-r', 'json'], fakeIO(dir))).toBe(0);
    const report = await readReport(path.join(dir, 'reports'));
    expect(report.results.tests.map((t) => t.extra.id).sort()).toEqual([
      '006_db/1',
      'orchestrator/incoming/005_api_fixes.json#005_api/1',
      'orchestrator/outgoing/005_api_fixes.json#005_api/1',
    ]);
    expect(report.results.extra!.verification!.map((v) => [v.taskFile, v.verdict])).toEqual([
      ['orchestrator/incoming/005_api_fixes.json', 'verified'],
      ['orchestrator/outgoing/005_api_fixes.json', 'unverifiable'],
      ['orchestrator/incoming/006_db_fixes.json', 'verified'],
    ]);
  });
});

describe('the verify-claims fixture', () => {
  it('gives the expected verdict per fix, with the same reporters and exit codes as a run', async () => {
    const out = await inlineProject({});
    cleanups.push(out.cleanup);
    const expected = JSON.parse(await readFile(path.join(claims, 'expected.json'), 'utf8')) as { exitCode: number; verdicts: Record<string, string> };
    const io = fakeIO(claims);
    const code = await main(['verify', 'tasks/*.json', '--cwd', '.', '--timeout', '1000', '--out', path.join(out.dir, 'reports')], io);
    expect(code).toBe(expected.exitCode);
    expect(io.err).toContain('review-math.json:1: warning /: file name "review-math.json" does not follow');
    const report = await readReport(path.join(out.dir, 'reports'));
    expect(reportProblems(report)).toEqual([]);
    const rows = report.results.extra!.verification!;
    expect(Object.fromEntries(rows.map((v) => [v.fixId, v.verdict]))).toEqual(expected.verdicts);
    expect(rows.find((v) => v.fixId === 'F5')!.commands[0]).toMatchObject({ kind: 'verification_command', exitCode: null, timedOut: true });
    const byId = new Map(report.results.tests.map((t) => [t.extra.id, t]));
    expect(byId.get('review-math/F2')!.message).toMatch(/^claimed FIXED, but hallucination_check `grep -q 'export function subtract' src\/math\.js` exited 1/);
    expect(byId.get('review-math/F3')).toMatchObject({ status: 'skipped', rawStatus: 'unverifiable', message: 'claimed ALREADY_IMPLEMENTED; cannot verify: no hallucination_check' });
    expect(byId.get('review-math/F4')!.message).toBe('claimed NONE; cannot verify: no verification_command and no hallucination_check');
    expect(io.out).toMatch(/tasks\/review-math\.json\s+F2\s+FIXED\s+refuted/);
  });
});

describe('a trustworthy verify', () => {
  it('runs commands with only PATH, HOME, LANG and --env, and redacts the caller’s values from every report', async () => {
    const secret = ['hunter2', 'caller', 'value'].join('-');
    const dir = await gitProject({
      '001_api_fixes.json': taskJson([
        fixWith(1, { verification_command: 'env | sort', hallucination_check: 'test -z "$API_TOKEN"' }),
        fixWith(2, { verification_command: 'echo "token=$API_TOKEN"; printf "\\033]0;pwned\\007\\n"; exit 1', hallucination_check: 'true' }),
      ]),
    });
    const io = fakeIO(dir, { API_TOKEN: secret, HOME: '/home/tester', LANG: 'C.UTF-8', OTHER_SECRET: 'other-secret-value' });
    const code = await main(['verify', '001_api_fixes.json', '--env', 'API_TOKEN', '-r', 'json,html,junit', '--out', 'reports'], io);
    expect(code).toBe(1);
    const report = await readReport(path.join(dir, 'reports'));
    const [first, second] = report.results.extra!.verification!;
    const names = first!.commands[0]!.output.trim().split('\n').map((l) => l.slice(0, l.indexOf('=')));
    // sh adds PWD (and may add SHLVL, _); nothing else of the caller's environment gets through.
    expect(names.filter((n) => !['PWD', 'SHLVL', '_', 'OLDPWD'].includes(n))).toEqual(['API_TOKEN', 'HOME', 'LANG', 'PATH', 'READYCHECK_PROC_MARK']);
    expect(first!.commands[0]!.output).toContain('API_TOKEN=***');
    expect(first!.verdict).toBe('refuted'); // the token was passed with --env, so it is set
    expect(second!.commands[0]!.output).toBe('token=***\n\u001b]0;pwned\u0007\n');
    // In the one-line failure message the terminal escape is shown, not sent.
    expect(report.results.tests[1]!.message).toContain('token=*** | \\u001b]0;pwned\\u0007');
    expect(io.out).not.toContain('\u001b]0;pwned');
    for (const f of ['smoke-report.json', 'smoke-report.html', 'junit.xml']) {
      const text = await readFile(path.join(dir, 'reports', f), 'utf8');
      expect(text, f).not.toContain(secret);
    }
    expect(io.out).not.toContain(secret);
  });

  it('keeps the environment out entirely without --env', () => {
    expect(commandEnv({ PATH: '/bin', HOME: '/h', LANG: 'C', TOKEN: 't', CI: 'true' })).toEqual({ PATH: '/bin', HOME: '/h', LANG: 'C' });
    expect(commandEnv({ PATH: '/bin' }, ['A=1', 'B'].slice(0, 1))).toEqual({ PATH: '/bin', A: '1' });
    expect(() => commandEnv({}, ['MISSING'])).toThrow('--env MISSING: not set in the environment');
    expect(() => commandEnv({}, ['1BAD=x'])).toThrow('expected NAME or NAME=value');
  });

  it('refuses to run on a terminal without --yes or CI, listing the commands first', async () => {
    const dir = await gitProject({ '001_api_fixes.json': taskJson([fixWith(1, { verification_command: 'touch ran.txt', hallucination_check: 'true' })]) });
    const io = fakeIO(dir);
    expect(await main(['verify', '001_api_fixes.json', '-r', 'json'], io, { stdinIsTTY: true })).toBe(2);
    expect(io.out).toContain('001_api_fixes.json fix 1 verification_command: touch ran.txt');
    expect(io.err).toMatch(/^smoke-run: refusing to run commands an agent wrote without confirmation: read them above, then pass --yes/m);
    expect(existsSync(path.join(dir, 'ran.txt'))).toBe(false);
    expect(await main(['verify', '001_api_fixes.json', '-r', 'json', '--yes'], fakeIO(dir), { stdinIsTTY: true })).toBe(0);
    expect(existsSync(path.join(dir, 'ran.txt'))).toBe(true);
    expect(await main(['verify', '001_api_fixes.json', '-r', 'json'], fakeIO(dir, { CI: 'true' }), { stdinIsTTY: true })).toBe(0);
    expect(await main(['verify', '001_api_fixes.json', '-r', 'json'], fakeIO(dir, { CI: 'false' }), { stdinIsTTY: true })).toBe(2);
  });

  it('--dry-run prints what would run, from where and with which variables, and runs nothing', async () => {
    const dir = await gitProject({ 'tasks/001_api_fixes.json': taskJson([fixWith(1, { verification_command: 'touch ran.txt', hallucination_check: 'true' })]) });
    const io = fakeIO(path.join(dir, 'tasks'), { HOME: '/h' });
    expect(await main(['verify', '001_api_fixes.json', '--dry-run', '--env', 'X=1'], io)).toBe(0);
    expect(io.out).toBe(
      `Dry run: would run 2 commands written in the task files, from ${dir}, with only HOME, PATH, X set:\n  001_api_fixes.json fix 1 verification_command: touch ran.txt\n  001_api_fixes.json fix 1 hallucination_check: true\n`,
    );
    expect(existsSync(path.join(dir, 'ran.txt'))).toBe(false);
    expect(existsSync(path.join(dir, 'tasks/reports'))).toBe(false);
  });

  it('needs a project root: outside a git repository, --cwd says where', async () => {
    const p = await inlineProject({ '001_api_fixes.json': taskJson([fixWith(1, { verification_command: 'true', hallucination_check: 'true' })]) });
    cleanups.push(p.cleanup);
    const io = fakeIO(p.dir);
    expect(await main(['verify', '001_api_fixes.json', '-r', 'json'], io)).toBe(2);
    expect(io.err).toBe('smoke-run: 001_api_fixes.json: not inside a git repository, so its project root is unknown: pass --cwd <project root>\n');
    expect(await main(['verify', '001_api_fixes.json', '-r', 'json', '--cwd', '.'], fakeIO(p.dir))).toBe(0);
  });

  it('never prints a newline or escape from a fix id or issue at the start of a line', async () => {
    const dir = await gitProject({ '001_api_fixes.json': taskJson([{ ...fixWith('x\n::warning file=INJECTED::pwned', { verification_command: 'true', hallucination_check: 'true' }), issue: 'a\n::error::pwned\u001b[2J' }]) });
    const io = fakeIO(dir);
    expect(await main(['verify', '001_api_fixes.json', '-r', 'console,json'], io)).toBe(0);
    expect(io.out).not.toMatch(/^::/m);
    expect(io.out).not.toContain('\u001b[2J');
    expect(io.out).toContain('x\\u000a::warning file=INJECTED::pwned: a\\u000a::error::pwned\\u001b[2J');
  });

  it('stops before running anything when the task file breaks the contract (duplicate ids)', async () => {
    const dir = await gitProject({
      '001_api_fixes.json': taskJson([fixWith(1, { verification_command: 'touch ran.txt', hallucination_check: 'true' }), fixWith(1, { verification_command: 'true', hallucination_check: 'true' })]),
    });
    const io = fakeIO(dir);
    expect(await main(['verify', '001_api_fixes.json', '-r', 'json'], io)).toBe(1);
    expect(io.err).toContain('error /fixes/1/id: duplicate fix id 1');
    expect(io.err).toContain('nothing was run');
    expect(existsSync(path.join(dir, 'ran.txt'))).toBe(false);
  });
});

describe('no silent pass', () => {
  it('"fixes": [] is nothing to verify (exit 2)', async () => {
    const dir = await gitProject({ '001_api_fixes.json': taskJson([]) });
    const io = fakeIO(dir);
    expect(await main(['verify', '001_api_fixes.json'], io)).toBe(2);
    expect(io.err).toBe('smoke-run: nothing to verify: 001_api_fixes.json has no fixes\n');
  });

  it('every fix unverifiable fails with --fail-on-unverifiable, on by default in CI', async () => {
    const dir = await gitProject({
      '001_api_fixes.json': taskJson([fixWith(1, {}), { ...fixWith(2, {}), result: { status: 'FAILED', finding: 'no' } }]),
    });
    const local = fakeIO(dir);
    expect(await main(['verify', '001_api_fixes.json', '-r', 'json'], local)).toBe(0);
    expect(local.err).toContain('smoke-run: nothing was verified: all 2 fixes are unverifiable');
    expect(await main(['verify', '001_api_fixes.json', '-r', 'json', '--fail-on-unverifiable'], fakeIO(dir))).toBe(1);
    expect(await main(['verify', '001_api_fixes.json', '-r', 'json'], fakeIO(dir, { CI: 'true' }))).toBe(1);
    const report = await readReport(path.join(dir, 'reports'));
    expect(report.results.tests.map((t) => [t.status, t.rawStatus])).toEqual([
      ['failed', 'unverifiable'],
      ['failed', 'unverifiable'],
    ]);
    expect(report.results.extra!.matrix!.components.api!.state).toBe('broken');
    expect(await main(['verify', '001_api_fixes.json', '-r', 'json', '--no-fail-on-unverifiable'], fakeIO(dir, { CI: 'true' }))).toBe(0);
  });

  it('a follow-up is written only for fixes that need more work', async () => {
    const dir = await gitProject({ 'orchestrator/incoming/003_api_fixes.json': taskJson([fixWith(1, { verification_command: 'true', hallucination_check: 'true' })]) });
    const io = fakeIO(dir);
    expect(await main(['verify', 'orchestrator/incoming/003_api_fixes.json', '-r', 'json', '--follow-up'], io)).toBe(0);
    expect(io.out).toContain('no follow-up needed');
    expect(existsSync(path.join(dir, 'orchestrator/outgoing'))).toBe(false);
    await mkdir(path.join(dir, 'orchestrator/outgoing'));
    await writeFile(path.join(dir, 'orchestrator/outgoing/007_api_fixes.json'), taskJson([fixWith(1, {})]));
    await writeFile(path.join(dir, 'orchestrator/incoming/003_api_fixes.json'), taskJson([fixWith('a', { verification_command: 'false', hallucination_check: 'true' })]));
    expect(await main(['verify', 'orchestrator/incoming/003_api_fixes.json', '-r', 'json', '--follow-up', 'next'], fakeIO(dir))).toBe(1);
    // The next free sequence number across outgoing/ and incoming/, into the folder given.
    expect(await readdir(path.join(dir, 'next'))).toEqual(['008_api_fixes.json']);
  });
});

describe('verdictOf', () => {
  const cmd = (kind: 'verification_command' | 'hallucination_check', exitCode: number | null, over: Record<string, unknown> = {}) => ({ kind, command: 'x', exitCode, output: '', ...over });
  it('orders refuted, timed out, unverifiable, not portable, verified', () => {
    expect(verdictOf([])).toBe('unverifiable');
    expect(verdictOf([cmd('verification_command', 0)])).toBe('unverifiable');
    expect(verdictOf([cmd('verification_command', 0), cmd('hallucination_check', 0)])).toBe('verified');
    expect(verdictOf([cmd('verification_command', 1)])).toBe('refuted');
    expect(verdictOf([cmd('verification_command', null, { timedOut: true }), cmd('hallucination_check', 1)])).toBe('refuted');
    expect(verdictOf([cmd('verification_command', null, { timedOut: true }), cmd('hallucination_check', 0)])).toBe('timed-out');
    expect(verdictOf([cmd('verification_command', 0), cmd('hallucination_check', 0), cmd('verification_command', 2, { cwd: 'elsewhere' })])).toBe('not-portable');
  });
});
