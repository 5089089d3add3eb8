import { readFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { SmokeReport } from '@readycheck/core';
import { main } from './cli.js';
import { reportProblems } from './__tests__/ctrf.js';
import { fakeIO, inlineProject, repoRoot, startExampleService } from './__tests__/helpers.js';

let service: Awaited<ReturnType<typeof startExampleService>>;
beforeAll(async () => {
  service = await startExampleService();
});
afterAll(async () => {
  await service.stop();
});

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});
async function project(files: Record<string, string>): Promise<string> {
  const p = await inlineProject(files);
  cleanups.push(p.cleanup);
  return p.dir;
}
async function readReport(dir: string, out = 'reports'): Promise<SmokeReport> {
  return JSON.parse(await readFile(path.join(dir, out, 'smoke-report.json'), 'utf8')) as SmokeReport;
}

/** Runs the CLI in-process; asserts usage errors are one line without a stack trace. */
async function run(argv: string[], cwd: string, opts: { signal?: AbortSignal } = {}) {
  const io = fakeIO(cwd);
  const code = await main(argv, io, opts);
  if (code === 2) {
    expect(io.err.trim().split('\n')).toHaveLength(1);
    expect(io.err).not.toMatch(/\n\s+at /);
  }
  return { code, out: io.out, err: io.err };
}

describe('smoke-run against the bundled example service', () => {
  it('runs the whole example suite: every category, flaky and slow checks reported, valid CTRF', async () => {
    const out = await project({});
    const r = await run([path.join(repoRoot, 'examples/smoke-service/smoke'), '--base-url', service.url, '--out', path.join(out, 'reports')], repoRoot);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('smoke-run: 18 checks from 3 files');
    expect(r.out).toMatch(/\[18\/18\]/);
    expect(r.out).toContain('By category');
    expect(r.out).toMatch(/flaky endpoint answers \(on a retry\).*flaky, passed on attempt 2/);
    const report = await readReport(out);
    expect(reportProblems(report)).toEqual([]);
    expect(report.results.summary).toMatchObject({ tests: 18, passed: 18, failed: 0, flaky: 1 });
    const extra = report.results.extra!;
    expect(Object.keys(extra.matrix.categories)).toEqual(['api', 'errors', 'health', 'infrastructure', 'ui', 'workers']);
    expect(extra.matrix.components.dashboard!.state).toBe('working');
    expect(extra.matrix.components.flaky!.state).toBe('degraded');
    expect(extra.matrix.components.reports!.state).toBe('degraded');
    expect(extra.matrix.components.workers!.state).toBe('working');
    expect(extra.matrix.components.cache!.state).toBe('degraded');
    // The three problems the example plants, in priority order. On a loaded machine another check
    // may overrun its latency budget as well: such a row can only be 'slow', never a failure.
    const planted = ['cache-state', 'slow-endpoint', 'flaky-endpoint'];
    const fixFirst = extra.fixFirst.map((f) => [f.id, f.status]);
    expect(fixFirst.filter(([id]) => planted.includes(id!))).toEqual([
      ['cache-state', 'degraded'],
      ['slow-endpoint', 'slow'],
      ['flaky-endpoint', 'flaky'],
    ]);
    for (const [, status] of fixFirst.filter(([id]) => !planted.includes(id!))) expect(status).toBe('slow');
    const cache = report.results.tests.find((t) => t.extra.id === 'cache-state')!;
    expect(cache.extra.attachments).toEqual([
      { name: 'cache', value: { name: 'cache', status: 'degraded', latencyMs: 180, detail: 'hit rate below 50%' } },
      { name: 'log', value: ['cache is degraded'] },
    ]);
  });

  it('takes the base URL from SMOKE_BASE_URL when --base-url is not given, and rejects a bad one', async () => {
    const out = await project({});
    const io = fakeIO(repoRoot, { SMOKE_BASE_URL: service.url });
    expect(await main(['examples/smoke-service/smoke', '--grep', '^health-live$', '--out', path.join(out, 'r'), '--reporter', 'json'], io)).toBe(0);
    expect((await readReport(out, 'r')).results.environment).toEqual({ extra: { baseUrl: service.url } });
    const bad = fakeIO(repoRoot, { SMOKE_BASE_URL: 'nope' });
    expect(await main(['examples/smoke-service/smoke'], bad)).toBe(2);
    expect(bad.err).toBe('smoke-run: SMOKE_BASE_URL: expected an absolute http(s) URL, e.g. http://127.0.0.1:8080.\n');
  });

  it('--category health runs the health checks (and the checkpoint they need); --fail-on-flaky fails a flaky run', async () => {
    const out = await project({});
    const r = await run(
      ['examples/smoke-service/smoke', '--category', 'health', '--base-url', service.url, '--out', path.join(out, 'reports'), '--reporter', 'json'],
      repoRoot,
    );
    expect(r.code).toBe(0);
    expect(r.out).not.toContain('By category');
    const report = await readReport(out);
    expect(report.results.tests.map((t) => t.extra.id).sort()).toEqual(['cache-state', 'health-checks', 'health-live', 'health-ready']);
    const flaky = await run(
      ['examples/smoke-service/smoke', '--grep', '^flaky', '--base-url', service.url, '--out', path.join(out, 'r2'), '--fail-on-flaky'],
      repoRoot,
    );
    expect(flaky.code).toBe(1);
  });
});

describe('failures, blocked checks and exit codes', () => {
  it('exits 1 when a check fails, reports dependents as blocked and lists what to fix first', async () => {
    const dir = await project({
      'smoke/svc.smoke.yaml': [
        'name: svc',
        'checks:',
        '  - { type: http, id: orders, name: orders API, path: /api/orders, priority: P0, component: orders, category: api, expect: { status: 200 } }',
        '  - { type: http, id: order-items, name: order items, path: /api/items, dependsOn: [orders], component: orders, category: api }',
        '  - { type: http, id: version, name: version, path: /api/version, component: meta, category: api }',
      ].join('\n'),
    });
    const r = await run(['--base-url', service.url], dir);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/✗ orders API/);
    expect(r.out).toMatch(/GET http:\/\/127\.0\.0\.1:\d+\/api\/orders http_status \(HTTP 404\)/);
    expect(r.out).toMatch(/⊘ order items — blocked by orders/);
    expect(r.out).toContain('P0 orders [orders/api] failed');
    const report = await readReport(dir);
    expect(reportProblems(report)).toEqual([]);
    expect(report.results.extra!.matrix.components).toMatchObject({ orders: { state: 'broken' }, meta: { state: 'working' } });
    const failed = report.results.tests.find((t) => t.extra.id === 'orders')!;
    expect(failed.extra.attachments[0]).toMatchObject({ name: 'response', value: { statusCode: 404 } });
  });

  it('Ctrl-C (the signal) stops the run, still writes the report, exits 130', async () => {
    const dir = await project({
      'smoke/wait.smoke.mjs': [
        "import { check } from '@readycheck/smoke';",
        "check('waits', (ctx) => new Promise((resolve) => ctx.signal.addEventListener('abort', resolve)));",
        "check('later', { dependsOn: ['waits'] }, () => {});",
      ].join('\n'),
    });
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 300);
    const r = await run([], dir, { signal: ac.signal });
    expect(r.code).toBe(130);
    const report = await readReport(dir);
    expect(report.results.extra!.interrupted).toBe(true);
    expect(report.results.tests.map((t) => t.rawStatus)).toEqual(['interrupted', 'interrupted']);
    expect(r.out).toContain('(interrupted)');
  });
});

describe('list / plan (dry run)', () => {
  it('shows the phase → group → check tree without running anything', async () => {
    const r = await run(['list', 'examples/smoke-service/smoke', '--category', 'health'], repoRoot);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Plan (dry run, nothing was run): 4 checks from 3 files, at most 8 at once');
    expect(r.out).toMatch(/Phase 1 "infrastructure" \(first\)\n {4}Checkpoint: P0 health-live {2}\[health\/api\] {2}health \/health\n/);
    expect(r.out).toContain('Group "health endpoints": parallel, 2 at once (2 checks)');
  });

  it('plan --json prints the plan as data', async () => {
    const r = await run(['plan', 'examples/smoke-service/smoke', '--json', '--priority', 'p0'], repoRoot);
    expect(r.code).toBe(0);
    const data = JSON.parse(r.out) as { waves: string[][]; checks: { id: string; pulledIn: boolean }[] };
    expect(data.waves).toEqual([['service-port'], ['health-live'], ['health-ready']]);
    expect(data.checks.every((c) => !c.pulledIn)).toBe(true);
  });
});

describe('validate', () => {
  it('passes valid suites and counts them', async () => {
    const r = await run(['validate', 'examples/smoke-service/smoke'], repoRoot);
    expect(r.code).toBe(0);
    expect(r.out).toContain('3 suite files valid: 18 checks, 4 dependency waves');
  });

  it('exits 2 with file, line and pointer on the first problem', async () => {
    const dir = await project({ 'smoke/a.smoke.yaml': 'name: a\nchecks:\n  - type: http\n    name: x\n    priority: P9\n' });
    const r = await run(['validate'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^smoke-run: smoke\/a\.smoke\.yaml:5: \/checks\/0\/priority: must be one of: "P0", "P1", "P2", "P3"/);
  });
});

describe('bad input: one line, exit 2', () => {
  const suite = (checks: string) => ({ 'smoke/s.smoke.yaml': `name: s\nchecks:\n${checks}` });

  it('an unknown category filter', async () => {
    const dir = await project(suite('  - { type: tcp, name: t, host: 127.0.0.1, port: 1 }\n'));
    const r = await run(['--category', 'helth'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^smoke-run: unknown category "helth" \(known: .*health.*\)\n$/);
  });

  it('a dependency cycle names the ids; a missing dependency names the id', async () => {
    const cyc = await project(suite('  - { type: tcp, name: a, dependsOn: [b], port: 1 }\n  - { type: tcp, name: b, dependsOn: [a], port: 1 }\n'));
    const r = await run(['list'], cyc);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/dependency cycle: (a -> b -> a|b -> a -> b)/);
    const miss = await project(suite('  - { type: tcp, name: a, dependsOn: [ghost], port: 1 }\n'));
    expect((await run([], miss)).err).toBe('smoke-run: smoke/s.smoke.yaml: check "a" depends on unknown id "ghost"\n');
  });

  it('a suite file with a syntax error', async () => {
    const dir = await project({ 'smoke/s.smoke.ts': 'export default {{;\n' });
    const r = await run([], dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^smoke-run: smoke\/s\.smoke\.ts:1: cannot load suite: /);
  });

  it('an unreachable base URL', async () => {
    const port = await new Promise<number>((resolve) => {
      const s = net.createServer().listen(0, '127.0.0.1', () => {
        const p = (s.address() as net.AddressInfo).port;
        s.close(() => resolve(p));
      });
    });
    const dir = await project(suite('  - { type: http, name: h, path: /health }\n'));
    const r = await run(['--base-url', `http://127.0.0.1:${port}`], dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(new RegExp(`^smoke-run: base URL http://127\\.0\\.0\\.1:${port} is unreachable: .*ECONNREFUSED`));
  });

  it('unknown reporters, bad numbers, bad URLs, no suites, no matching checks', async () => {
    const dir = await project(suite('  - { type: tcp, name: t, host: 127.0.0.1, port: 1, category: infrastructure }\n'));
    const rep = await run(['--reporter', 'console,xml'], dir);
    expect(rep.code).toBe(2);
    expect(rep.err).toMatch(/^smoke-run: unknown reporter "xml" \(known: console, .*json.*\)/);
    expect((await run(['--max-parallel', '0'], dir)).err).toContain('--max-parallel');
    expect((await run(['--base-url', 'localhost:80'], dir)).err).toContain('--base-url');
    expect((await run(['--priority', 'P5'], dir)).err).toContain('unknown priority "P5"');
    expect((await run(['--bogus'], dir)).err).toContain("unknown option '--bogus'");
    const empty = await project({});
    expect((await run([], empty)).err).toBe('smoke-run: no suite files found in smoke/**/*.smoke.*\n');
    expect((await run(['--category', 'health'], dir)).err).toContain('no checks match the filters');
    const pass = await run(['--category', 'health', '--pass-with-no-checks'], dir);
    expect(pass.code).toBe(0);
  });

  it('--help and --version exit 0', async () => {
    const help = await run(['--help'], repoRoot);
    expect(help.code).toBe(0);
    expect(help.out).toContain('Exit codes: 0 all passed, 1 a check failed, 2 usage or config error, 130 interrupted.');
    const v = await run(['--version'], repoRoot);
    expect(v).toMatchObject({ code: 0, out: '0.1.0\n' });
  });
});

describe('custom reporter modules', () => {
  it('--reporter ./file loads a reporter factory (TypeScript too) next to the built-in ones', async () => {
    const dir = await project({
      'smoke/s.smoke.yaml': 'name: s\nchecks:\n  - { type: command, name: ok, command: "true" }\n',
      'reporters/count.ts': [
        "import type { Reporter, ReporterContext } from '@readycheck/smoke';",
        'export default (ctx: ReporterContext): Reporter => {',
        '  let ended = 0;',
        "  return { name: 'count', onCheckEnd: () => void ended++, onRunEnd: (r) => ctx.stdout(`COUNT ${ended}/${r.results.summary.tests}\\n`) };",
        '};',
      ].join('\n'),
      'reporters/object.mjs':
        'class R { constructor() { this.seen = 0; } onCheckEnd() { this.seen++; } onRunEnd() { process.env.RC_TEST_SEEN = String(this.seen); } }\nexport default new R();\n',
    });
    const r = await run(['--reporter', 'json,./reporters/count.ts', '--reporter', 'reporters/object.mjs'], dir);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('COUNT 1/1');
    expect(process.env.RC_TEST_SEEN).toBe('1');
    delete process.env.RC_TEST_SEEN;
  });

  it('a missing module, a module that does not load, or one without a reporter is exit 2', async () => {
    const dir = await project({
      'smoke/s.smoke.yaml': 'name: s\nchecks:\n  - { type: command, name: ok, command: "true" }\n',
      'bad.mjs': 'export default {{\n',
      'empty.mjs': 'export default 42;\n',
    });
    expect((await run(['--reporter', './nope.mjs'], dir)).err).toBe('smoke-run: --reporter ./nope.mjs: no such file\n');
    expect((await run(['--reporter', './bad.mjs'], dir)).err).toMatch(/^smoke-run: --reporter \.\/bad\.mjs(:\d+)?: cannot load: /);
    expect((await run(['--reporter', './empty.mjs'], dir)).err).toContain('the default export must be a reporter');
  });
});
