import { cp, readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { SmokeReport } from '@readycheck/core';
import { main } from './cli.js';
import { reportProblems } from './__tests__/ctrf.js';
import { fakeIO, inlineProject, repoRoot } from './__tests__/helpers.js';

const fixture = path.join(repoRoot, 'fixtures/smoke/phase-plan');
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

async function copyFixture(): Promise<string> {
  const p = await inlineProject({});
  cleanups.push(p.cleanup);
  await cp(fixture, p.dir, { recursive: true });
  return p.dir;
}

async function planIds(args: string[]): Promise<{ code: number; ids: string[]; pulledIn: string[]; err: string }> {
  const io = fakeIO(fixture);
  const code = await main(['plan', '--json', ...args], io);
  if (code !== 0) return { code, ids: [], pulledIn: [], err: io.err };
  const data = JSON.parse(io.out) as { checks: { id: string; pulledIn: boolean }[] };
  return { code, ids: data.checks.map((c) => c.id), pulledIn: data.checks.filter((c) => c.pulledIn).map((c) => c.id), err: io.err };
}

/** Durations and dates vary from run to run. */
const stable = (text: string) => text.replace(/\d+(\.\d+)? (ms|s)\b/g, '<duration>').replace(/^Last run [^:]+:\d+:[\d.]+Z/m, 'Last run <date>');

describe('smoke-run plan on the phase-plan fixture', () => {
  it('prints the phase → group → check tree as committed in expected/plan.txt', async () => {
    const io = fakeIO(fixture);
    expect(await main(['plan'], io)).toBe(0);
    expect(io.out).toBe(await readFile(path.join(fixture, 'expected/plan.txt'), 'utf8'));
    expect(io.out).toContain('Group "infra": parallel, 2 at once (4 checks)');
    expect(io.out).toContain('Phase 3 "api" (after "build"; in parallel with "workers")');
  });

  it('states the real concurrency under -j and --sequential, and gives the tree as JSON', async () => {
    const j1 = fakeIO(fixture);
    expect(await main(['plan', '--sequential'], j1)).toBe(0);
    expect(j1.out).toContain('at most 1 at once');
    expect(j1.out).toContain('Group "infra": parallel, 1 at once (4 checks)');
    const json = fakeIO(fixture);
    expect(await main(['plan', '--json', '-j', '3'], json)).toBe(0);
    const data = JSON.parse(json.out) as { maxParallel: number; suites: { phases: { name: string; dependsOn: string[]; parallelWith: string[]; checkpoint: string | null; groups: { name: string; concurrency: number; dependsOn: string[] }[] }[] }[] };
    expect(data.maxParallel).toBe(3);
    const phases = data.suites[0]!.phases;
    expect(phases.map((p) => [p.name, p.dependsOn, p.parallelWith, p.checkpoint])).toEqual([
      ['setup', [], [], 'setup-ok'],
      ['build', ['setup'], [], null],
      ['api', ['build'], ['workers'], null],
      ['workers', ['build'], ['api'], null],
      ['verify', ['api', 'workers'], [], 'release-gate'],
      ['deploy', ['verify'], [], null],
    ]);
    expect(phases[1]!.groups).toMatchObject([{ name: 'compile', concurrency: 1 }, { name: 'package', concurrency: 1, dependsOn: ['compile'] }]);
  });

  it('--phase and --group select, pulling in what they wait for', async () => {
    const setup = ['db', 'cache', 'queue', 'storage', 'setup-ok'];
    const build = ['compile-server', 'compile-client', 'bundle'];
    const api = await planIds(['--phase', 'api']);
    expect(api.ids).toEqual([...setup, ...build, 'api-users', 'api-orders']);
    expect(api.pulledIn).toEqual([...setup, ...build]);
    expect((await planIds(['--phase', '4'])).ids).toEqual([...setup, ...build, 'worker-mail']);
    expect((await planIds(['--phase', 'deploy'])).ids).toHaveLength(15);
    const pkg = await planIds(['--group', 'package']);
    expect(pkg.ids).toEqual([...setup, ...build]);
    expect(pkg.pulledIn).toEqual([...setup, 'compile-server', 'compile-client']);
    expect((await planIds(['--group', 'build/compile'])).ids).toEqual([...setup, 'compile-server', 'compile-client']);
    const unknown = await planIds(['--phase', 'nope']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toBe('smoke-run: unknown phase "nope" (known: setup, build, api, workers, verify, deploy; or a 1-based index)\n');
    expect((await planIds(['--group', 'nope'])).code).toBe(2);
  });
});

describe('a run of the phase-plan fixture', () => {
  it('keeps the group to 2 in flight, overlaps the parallel phases, blocks after the failed checkpoint, and status shows it', async () => {
    const dir = await copyFixture();
    const io = fakeIO(dir);
    expect(await main(['-r', 'console,json', '--history'], io)).toBe(1);
    const report = JSON.parse(await readFile(path.join(dir, 'reports/smoke-report.json'), 'utf8')) as SmokeReport;
    expect(reportProblems(report)).toEqual([]);
    const status = new Map(report.results.tests.map((t) => [t.extra.id, t.rawStatus]));
    expect(status.get('release-gate')).toBe('failed');
    expect([status.get('deploy-eu'), status.get('deploy-us')]).toEqual(['blocked', 'blocked']);
    // When each check really ran, from the times the commands wrote down.
    const spans = new Map<string, [number, number]>();
    for (const f of await readdir(path.join(dir, 'log'))) {
      const [id, start, end] = (await readFile(path.join(dir, 'log', f), 'utf8')).trim().split(' ');
      spans.set(id!, [Number(start), Number(end)]);
    }
    expect(spans.has('deploy-eu')).toBe(false);
    const infra = ['db', 'cache', 'queue', 'storage'].map((id) => spans.get(id)!);
    const inFlight = (t: number) => infra.filter(([a, b]) => a <= t && t < b).length;
    expect(Math.max(...infra.map(([a]) => inFlight(a)))).toBe(2);
    const [apiStart, apiEnd] = spans.get('api-users')!;
    const [workStart, workEnd] = spans.get('worker-mail')!;
    expect(apiStart < workEnd && workStart < apiEnd).toBe(true);
    // build waits for setup; verify waits for both parallel phases
    expect(spans.get('compile-server')![0]).toBeGreaterThanOrEqual(spans.get('setup-ok')![1]);
    expect(spans.get('e2e')![0]).toBeGreaterThanOrEqual(Math.max(apiEnd, workEnd, spans.get('api-orders')![1]));
    // phase and group timings, in the JSON report and on the console
    const phases = report.results.extra!.phases!;
    expect(phases.map((p) => [p.name, p.status])).toEqual([
      ['setup', 'passed'],
      ['build', 'passed'],
      ['api', 'passed'],
      ['workers', 'passed'],
      ['verify', 'failed'],
      ['deploy', 'blocked'],
    ]);
    expect(phases[0]!.groups[0]).toMatchObject({ name: 'infra', status: 'passed', checks: ['db', 'cache', 'queue', 'storage'] });
    expect(phases[0]!.durationMs).toBeGreaterThanOrEqual(phases[0]!.groups[0]!.durationMs);
    expect(io.out).toMatch(/By phase\nPhase +Group +Status +Checks +Duration\n1 setup +passed +5 +/);
    const st = fakeIO(dir);
    expect(await main(['status'], st)).toBe(0);
    expect(stable(st.out)).toBe(await readFile(path.join(fixture, 'expected/status.txt'), 'utf8'));
    const sj = fakeIO(dir);
    expect(await main(['status', '--json'], sj)).toBe(0);
    const data = JSON.parse(sj.out) as { pending: string[]; checks: { id: string; status: string; durationMs?: number }[] };
    expect(data.pending).toEqual(['deploy-eu', 'deploy-us']);
    expect(data.checks.find((c) => c.id === 'release-gate')).toMatchObject({ status: 'failed', durationMs: expect.any(Number) });
  }, 60_000);

  it('status without a history is a one-line usage error', async () => {
    const dir = await copyFixture();
    const io = fakeIO(dir);
    expect(await main(['status'], io)).toBe(2);
    expect(io.err).toBe('smoke-run: no runs in .smoke/history.jsonl yet: run smoke-run with --history first\n');
  });
});

describe('phase and group dependencies that cannot be met', () => {
  it.each([
    ['unknown phase', 'phases:\n  - { name: a, dependsOn: [nope], groups: [{ name: g, checks: [{ type: command, name: x, command: "true" }] }] }', 'phase "a" depends on unknown phase "nope"'],
    [
      'a loop of phases',
      'phases:\n  - { name: a, dependsOn: [b], groups: [{ name: g, checks: [{ type: command, name: x, command: "true" }] }] }\n  - { name: b, dependsOn: [a], groups: [{ name: h, checks: [{ type: command, name: y, command: "true" }] }] }',
      'phase cycle: a -> b -> a',
    ],
    ['unknown group', 'phases:\n  - { name: a, groups: [{ name: g, dependsOn: [zz], checks: [{ type: command, name: x, command: "true" }] }] }', 'group "g" depends on unknown group "zz"'],
    ['unknown parallel phase', 'phases:\n  - { name: a, parallelWith: [q], groups: [{ name: g, checks: [{ type: command, name: x, command: "true" }] }] }', 'phase "a" runs in parallel with unknown phase "q"'],
  ])('%s is exit 2 naming it', async (_what, yaml, message) => {
    const p = await inlineProject({ 'smoke/s.smoke.yaml': `name: s\n${yaml}\n` });
    cleanups.push(p.cleanup);
    const io = fakeIO(p.dir);
    expect(await main(['validate'], io)).toBe(2);
    expect(io.err).toContain(message);
  });

  it('TS suites declare the same: phase dependsOn/parallelWith, group dependsOn', async () => {
    const p = await inlineProject({
      'smoke/t.smoke.ts': `import { defineSuite, phase, group, check, checkpoint } from '@readycheck/smoke';
export default defineSuite('t', () => {
  phase('one', () => { group('a', () => { check('a1', () => undefined); }); group('b', { dependsOn: ['a'] }, () => { check('b1', () => undefined); }); });
  phase('two', { parallelWith: ['three'] }, () => { check('t2', () => undefined); });
  phase('three', () => { check('t3', () => undefined); checkpoint('gate', () => undefined); });
  phase('four', { dependsOn: ['one'] }, () => { check('f4', () => undefined); });
});
`,
    });
    cleanups.push(p.cleanup);
    const io = fakeIO(p.dir);
    expect(await main(['plan', '--json'], io)).toBe(0);
    const data = JSON.parse(io.out) as { suites: { phases: { name: string; dependsOn: string[]; parallelWith: string[]; groups: { name: string; dependsOn: string[] }[] }[] }[]; checks: { id: string; dependsOn: string[] }[] };
    expect(data.suites[0]!.phases.map((x) => [x.name, x.dependsOn, x.parallelWith])).toEqual([
      ['one', [], []],
      ['two', ['one'], ['three']],
      ['three', ['one'], ['two']],
      ['four', ['one'], []],
    ]);
    expect(data.checks.find((c) => c.id === 'b1')!.dependsOn).toEqual(['a1']);
  });
});
