import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { SmokeReport } from '@readycheck/core';
import { main } from './cli.js';
import { runCommand } from './exec.js';
import { findTaskFiles, verdictOf } from './verify.js';
import { reportProblems } from './__tests__/ctrf.js';
import { fakeIO, inlineProject, repoRoot } from './__tests__/helpers.js';

const fixture = path.join(repoRoot, 'fixtures/smoke/verify-claims');
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

describe('smoke-run verify', () => {
  it('gives the expected verdict per fix, with the same reporters and exit codes as a run', async () => {
    const out = await inlineProject({});
    cleanups.push(out.cleanup);
    const expected = JSON.parse(await readFile(path.join(fixture, 'expected.json'), 'utf8')) as { exitCode: number; verdicts: Record<string, string> };
    const io = fakeIO(fixture);
    const code = await main(['verify', 'tasks/*.json', '--timeout', '1000', '--out', path.join(out.dir, 'reports')], io);
    expect(io.err).toBe('');
    expect(code).toBe(expected.exitCode);
    const report = JSON.parse(await readFile(path.join(out.dir, 'reports/smoke-report.json'), 'utf8')) as SmokeReport;
    expect(reportProblems(report)).toEqual([]);
    const rows = report.results.extra!.verification!;
    expect(Object.fromEntries(rows.map((v) => [v.fixId, v.verdict]))).toEqual(expected.verdicts);
    const f5 = rows.find((v) => v.fixId === 'F5')!;
    expect(f5.commands[0]).toMatchObject({ kind: 'verification_command', exitCode: null, timedOut: true });
    const byId = new Map(report.results.tests.map((t) => [t.extra.id, t]));
    expect(byId.get('review-math/F1')).toMatchObject({ status: 'passed', extra: { category: 'patches', component: 'math', priority: 'P0' } });
    expect(byId.get('review-math/F2')!.message).toMatch(/^claimed FIXED, but hallucination_check `grep -q 'export function subtract' src\/math\.js` exited 1/);
    expect(byId.get('review-math/F3')).toMatchObject({ status: 'skipped', rawStatus: 'unverifiable', message: 'claimed ALREADY_IMPLEMENTED; cannot verify: no hallucination_check' });
    expect(byId.get('review-math/F4')!.message).toBe('claimed NONE; cannot verify: no verification_command and no hallucination_check');
    expect(io.out).toContain('Task verification');
    expect(io.out).toMatch(/tasks\/review-math\.json\s+F2\s+FIXED\s+refuted/);
  });

  it('rejects an invalid task file with file, line and pointer (exit 2)', async () => {
    const p = await inlineProject({ 'tasks/bad.json': '{\n  "review_id": "r",\n  "component": "c",\n  "fixes": [{ "id": "F1", "severity": "urgent", "file": "a", "issue": "i", "fix": "f" }]\n}\n' });
    cleanups.push(p.cleanup);
    const io = fakeIO(p.dir);
    expect(await main(['verify', 'tasks/bad.json'], io)).toBe(2);
    expect(io.err).toMatch(/^smoke-run: tasks\/bad\.json:4: \/fixes\/0\/severity: must be one of: "critical", "major", "minor"\n$/);
    const missing = fakeIO(p.dir);
    expect(await main(['verify', 'tasks/none-*.json'], missing)).toBe(2);
    expect(missing.err).toContain('no task files found');
  });
});

describe('findTaskFiles', () => {
  it('takes files as given, even outside the project root, and expands globs inside it', async () => {
    const task = JSON.stringify({
      review_id: 'r',
      component: 'c',
      fixes: [{ id: 'F1', severity: 'minor', file: 'a', issue: 'i', fix: 'f', result: { status: 'FIXED', verification_command: 'true', hallucination_check: 'test -d .' } }],
    });
    const elsewhere = await inlineProject({ 'review.json': task });
    const here = await inlineProject({ 'tasks/one.json': task });
    cleanups.push(elsewhere.cleanup, here.cleanup);
    expect(await findTaskFiles([path.join(elsewhere.dir, 'review.json'), 'tasks/*.json'], here.dir)).toEqual([path.join(elsewhere.dir, 'review.json'), 'tasks/one.json']);
    const io = fakeIO(here.dir);
    expect(await main(['verify', path.join(elsewhere.dir, 'review.json'), '--reporter', 'json', '--fail-on-unverifiable'], io)).toBe(0);
    const report = JSON.parse(await readFile(path.join(here.dir, 'reports/smoke-report.json'), 'utf8')) as SmokeReport;
    expect(report.results.extra!.verification![0]!.verdict).toBe('verified');
  });
});

describe('verdictOf', () => {
  const cmd = (exitCode: number | null) => ({ kind: 'verification_command' as const, command: 'x', exitCode, output: '' });
  it('refutes on any failed command, verifies only with both commands passing', () => {
    expect(verdictOf([])).toBe('unverifiable');
    expect(verdictOf([cmd(0)])).toBe('unverifiable');
    expect(verdictOf([cmd(0), { ...cmd(0), kind: 'hallucination_check' }])).toBe('verified');
    expect(verdictOf([cmd(1)])).toBe('refuted');
    expect(verdictOf([cmd(null), cmd(0)])).toBe('refuted');
  });
});

describe('runCommand', () => {
  it('captures stdout and stderr, gives no stdin, and cuts long output in the middle', async () => {
    const r = await runCommand(`cat; node -e "process.stdout.write('x'.repeat(5000)); process.stderr.write('END')"`, { cwd: repoRoot, maxOutput: 100 });
    expect(r).toMatchObject({ exitCode: 0, timedOut: false, truncated: true });
    expect(r.output.startsWith('x'.repeat(50))).toBe(true);
    expect(r.output.endsWith('END')).toBe(true);
    expect(r.output).toContain('characters cut');
  });

  it('kills a command (and its children) on timeout and on abort', async () => {
    const t = await runCommand('sleep 20 & sleep 20; wait', { cwd: repoRoot, timeoutMs: 100 });
    expect(t).toMatchObject({ timedOut: true, exitCode: null, signal: 'SIGTERM' });
    expect(t.durationMs).toBeLessThan(5000);
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 50);
    const a = await runCommand('sleep 20', { cwd: repoRoot, signal: ac.signal });
    expect(a.aborted).toBe(true);
  });

  it('reports exit codes and a missing working directory', async () => {
    expect((await runCommand('exit 3', { cwd: repoRoot })).exitCode).toBe(3);
    const r = await runCommand('true', { cwd: path.join(repoRoot, 'no-such-dir') });
    expect(r.spawnError).toBeDefined();
  });
});

describe('--fail-on-unverifiable', () => {
  it('turns a claim nobody can check into exit 1', async () => {
    const p = await inlineProject({
      'tasks/t.json': JSON.stringify({ review_id: 'r', component: 'c', fixes: [{ id: 'F1', severity: 'minor', file: 'a', issue: 'i', fix: 'f', result: { status: 'FIXED' } }] }),
    });
    cleanups.push(p.cleanup);
    expect(await main(['verify', 'tasks/t.json', '--reporter', 'json'], fakeIO(p.dir))).toBe(0);
    expect(await main(['verify', 'tasks/t.json', '--reporter', 'json', '--fail-on-unverifiable'], fakeIO(p.dir))).toBe(1);
  });
});
