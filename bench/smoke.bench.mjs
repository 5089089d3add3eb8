// Bench suite of @readycheck/smoke (see bench/README.md, "Contract").
//
//   npm run bench -- smoke             (or: node bench/run.mjs smoke [--quick])
//   node bench/smoke.bench.mjs         (standalone: prints the same figures, no tinybench table)
//
// 1. Runner overhead per check beyond HTTP time: 1,000 trivial HTTP checks (GET /health) against
//    the bundled example service (examples/smoke-service/server.mjs, in its own process) at
//    maxParallel 50, against the same 1,000 requests through the same health client, 50 at a
//    time, with no runner. Rounds alternate between the two; medians are reported.
// 2. Memory at scale: 10,000 in-process checks (each attaches a small value) in a fresh Node
//    process: peak RSS (getrusage maxRSS), RSS sampled at every 2,500 checks, and the whole
//    pipeline after the run (report, JSON, HTML, JUnit).
// 3. tinybench tasks for the pure-CPU parts: scheduling 1,000 no-op checks, rendering the HTML
//    and JUnit reports of 1,000 checks, merging 4 shard reports, assigning 10,000 checks to shards.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { createHealthClient } from '@readycheck/health';
import {
  assignShards,
  buildReport,
  createPlan,
  mergeReports,
  renderHtml,
  renderJunit,
  runPlan,
} from '@readycheck/smoke';
import { stableStringify } from '@readycheck/core';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const SERVICE = path.join(HERE, '..', 'examples', 'smoke-service', 'server.mjs');

/** Definitions of `n` checks; `fn` is the body of each. */
function definitions(n, fn, more = () => ({})) {
  const categories = ['infrastructure', 'health', 'api', 'workers', 'ui'];
  return Array.from({ length: n }, (_, i) => ({
    id: `check-${i}`,
    name: `check ${i}`,
    category: categories[i % categories.length],
    component: `component-${i % 20}`,
    priority: ['P0', 'P1', 'P2', 'P3'][i % 4],
    dependsOn: [],
    tags: [],
    skip: false,
    kind: 'function',
    file: 'bench.smoke.ts',
    suite: 'bench',
    run: fn,
    ...more(i),
  }));
}

async function startService() {
  const child = spawn(process.execPath, [SERVICE, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const [line] = await Promise.race([
    once(child.stdout, 'data'),
    once(child, 'exit').then(([code]) => {
      throw new Error(`example service exited with ${code}`);
    }),
  ]);
  const m = /listening (http:\/\/\S+)/.exec(String(line));
  if (!m) throw new Error(`unexpected output from the example service: ${line}`);
  return {
    origin: m[1],
    async stop() {
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** 1,000 GET /health: through the runner, and through the bare health client. */
async function measureOverhead({ checks, parallel, rounds }) {
  const service = await startService();
  const url = `${service.origin}/health`;
  try {
    const client = createHealthClient({ connections: parallel, maxRetries: 0 });
    const bare = async () => {
      let next = 0;
      const worker = async () => {
        while (next < checks) {
          next++;
          const r = await client.check(url, { maxRetries: 0, timeoutMs: 30_000 });
          if (!r.ok) throw new Error(`GET /health: ${r.status}`);
        }
      };
      await Promise.all(Array.from({ length: parallel }, worker));
    };
    const plan = createPlan(definitions(checks, (ctx) => ctx.http.expectOk('/health')));
    const runner = async () => {
      const r = await runPlan(plan, { maxParallel: parallel, baseUrl: service.origin, env: {} });
      const failed = r.tests.filter((t) => t.status !== 'passed');
      if (failed.length) throw new Error(`${failed.length} checks failed: ${failed[0].message}`);
    };
    const noop = createPlan(definitions(checks, () => undefined));
    const scheduling = () => runPlan(noop, { maxParallel: parallel, env: {} });
    // warm-up: connections, JIT
    await bare();
    await runner();
    const times = { bare: [], runner: [], noop: [] };
    // CPU time of this process (user + system) as well as wall time: on a busy machine the wall
    // clock mostly measures the neighbours, the CPU time what the client side itself spent.
    const cpu = { bare: [], runner: [], noop: [] };
    const tasks = [
      ['bare', bare],
      ['runner', runner],
      ['noop', scheduling],
    ];
    for (let i = 0; i < rounds; i++) {
      // rotate the order each round so neither side always runs right after the other
      for (const [name, fn] of [...tasks.slice(i % tasks.length), ...tasks.slice(0, i % tasks.length)]) {
        const t0 = performance.now();
        const c0 = process.cpuUsage();
        await fn();
        const c = process.cpuUsage(c0);
        times[name].push(performance.now() - t0);
        cpu[name].push((c.user + c.system) / 1000);
      }
    }
    await client.close?.();
    const bareMs = median(times.bare);
    const runnerMs = median(times.runner);
    const noopMs = median(times.noop);
    const cpuBareMs = median(cpu.bare);
    const cpuRunnerMs = median(cpu.runner);
    return {
      bareMs,
      runnerMs,
      noopMs,
      overheadPerCheckMs: (runnerMs - bareMs) / checks,
      noopPerCheckMs: noopMs / checks,
      cpuBareMs,
      cpuRunnerMs,
      cpuOverheadPerCheckMs: (cpuRunnerMs - cpuBareMs) / checks,
      cpuNoopPerCheckMs: median(cpu.noop) / checks,
    };
  } finally {
    await service.stop();
  }
}

/** Runs in a fresh process (`--memory N`): N in-process checks, RSS along the way, peak RSS. */
async function memoryRun(n) {
  const samples = [];
  const mb = (b) => Math.round((b / 1048576) * 10) / 10;
  const before = process.memoryUsage().rss;
  const plan = createPlan(definitions(n, (ctx) => ctx.attach('value', { n: ctx.attempt })));
  const planned = process.memoryUsage().rss;
  let done = 0;
  const step = Math.max(1, Math.floor(n / 4));
  const t0 = performance.now();
  const result = await runPlan(plan, {
    maxParallel: 50,
    env: {},
    reporter: {
      onCheckEnd() {
        done++;
        if (done % step === 0) samples.push({ checks: done, rssMb: mb(process.memoryUsage().rss) });
      },
    },
  });
  const runMs = performance.now() - t0;
  const report = buildReport(result.tests, { start: result.start, stop: result.stop });
  const json = stableStringify(report);
  const html = renderHtml(report);
  const junit = renderJunit(report);
  const totalMs = performance.now() - t0;
  const peakRssMb = mb(process.resourceUsage().maxRSS * 1024);
  return {
    checks: n,
    passed: report.results.summary.passed,
    runMs: Math.round(runMs),
    withReportsMs: Math.round(totalMs),
    rssBeforeMb: mb(before),
    rssAfterPlanMb: mb(planned),
    samples,
    peakRssMb,
    bytes: { json: json.length, html: html.length, junit: junit.length },
  };
}

async function memoryInChild(n) {
  const child = spawn(process.execPath, [fileURLToPath(import.meta.url), '--memory', String(n)], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  const [code] = await once(child, 'exit');
  if (code !== 0) throw new Error(`memory run exited with ${code}`);
  return JSON.parse(out);
}

async function figures(quick, log) {
  const overhead = await measureOverhead({ checks: 1000, parallel: 50, rounds: quick ? 3 : 9 });
  log(
    `1,000 GET /health at 50 in flight: bare client ${overhead.bareMs.toFixed(1)} ms, runner ${overhead.runnerMs.toFixed(1)} ms → overhead ${(overhead.overheadPerCheckMs * 1000).toFixed(1)} µs per check (CPU: ${(overhead.cpuOverheadPerCheckMs * 1000).toFixed(1)} µs)`,
  );
  const small = await memoryInChild(quick ? 100 : 1000);
  const big = await memoryInChild(quick ? 1000 : 10_000);
  log(`${big.checks} in-process checks: peak RSS ${big.peakRssMb} MB (${small.checks} checks: ${small.peakRssMb} MB); RSS by progress: ${big.samples.map((s) => `${s.checks}: ${s.rssMb} MB`).join(', ')}`);
  const rows = [
    { name: 'smoke-run: bare health client, 1,000 GET /health, 50 at a time (median ms)', value: Math.round(overhead.bareMs * 10) / 10 },
    { name: 'smoke-run: runPlan, 1,000 http checks GET /health, maxParallel 50 (median ms)', value: Math.round(overhead.runnerMs * 10) / 10 },
    { name: 'smoke-run: runner overhead per check beyond HTTP time, wall clock (µs)', value: Math.round(overhead.overheadPerCheckMs * 10000) / 10 },
    { name: 'smoke-run: bare client / runPlan CPU time for 1,000 GET /health (median ms)', value: `${overhead.cpuBareMs.toFixed(1)} / ${overhead.cpuRunnerMs.toFixed(1)}` },
    { name: 'smoke-run: runner overhead per check beyond HTTP time, CPU (µs)', value: Math.round(overhead.cpuOverheadPerCheckMs * 10000) / 10 },
    { name: 'smoke-run: runPlan, 1,000 no-op checks: CPU per check (µs)', value: Math.round(overhead.cpuNoopPerCheckMs * 10000) / 10 },
    { name: 'smoke-run: runPlan, 1,000 no-op checks, maxParallel 50: time per check (µs)', value: Math.round(overhead.noopPerCheckMs * 10000) / 10 },
    { name: `smoke-run: ${big.checks} in-process checks: peak RSS (MB)`, value: big.peakRssMb },
    { name: `smoke-run: ${small.checks} in-process checks: peak RSS (MB)`, value: small.peakRssMb },
    { name: `smoke-run: ${big.checks} in-process checks: RSS at 25/50/75/100% (MB)`, value: big.samples.map((s) => s.rssMb).join(' / ') },
    { name: `smoke-run: ${big.checks} in-process checks: run, then run + JSON/HTML/JUnit (ms)`, value: `${big.runMs} / ${big.withReportsMs}` },
    { name: `smoke-run: ${big.checks} checks: report sizes JSON/HTML/JUnit (MB)`, value: [big.bytes.json, big.bytes.html, big.bytes.junit].map((b) => (b / 1048576).toFixed(1)).join(' / ') },
  ];
  return { rows, overhead, small, big };
}

/** @param {import('./lib/context.mjs').BenchContext} ctx */
export default async function smokeBench({ bench, quick, log }) {
  const { rows } = await figures(quick, log);

  const n = 1000;
  const noop = createPlan(definitions(n, () => undefined));
  bench.add(`runPlan: ${n} no-op checks, maxParallel 50`, async () => {
    await runPlan(noop, { maxParallel: 50, env: {} });
  });
  const run = await runPlan(createPlan(definitions(n, (ctx) => ctx.attach('v', { ok: true }))), { maxParallel: 50, env: {} });
  const report = buildReport(run.tests, { start: run.start, stop: run.stop });
  bench.add(`renderHtml: report of ${n} checks`, () => {
    renderHtml(report);
  });
  bench.add(`renderJunit: report of ${n} checks`, () => {
    renderJunit(report);
  });
  const quarter = n / 4;
  const shards = [0, 1, 2, 3].map((i) => ({
    file: `shard-${i + 1}.json`,
    report: buildReport(run.tests.slice(i * quarter, (i + 1) * quarter), { start: run.start, stop: run.stop, shard: `${i + 1}/4` }),
  }));
  bench.add(`mergeReports: 4 shards of ${quarter} checks`, () => {
    mergeReports(shards);
  });
  const chained = definitions(10_000, () => undefined, (i) => ({ dependsOn: i % 10 === 0 ? [] : [`check-${i - 1}`] }));
  bench.add('assignShards: 10,000 checks in chains of 10, 8 shards', () => {
    assignShards(chained, 8);
  });
  return {
    rows,
    notes: [
      'runner overhead = (median runPlan time - median bare-client time) / 1,000, same server, same client settings, same concurrency; wall clock and CPU time of the client process',
      `load average when measured: ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} on ${os.cpus().length} cores (wall-clock figures are only as quiet as the machine)`,
    ],
  };
}

// Standalone: `node bench/smoke.bench.mjs [--quick]` prints the figures as JSON;
// `--memory N` is the child mode of the memory measurement.
if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) {
  const i = process.argv.indexOf('--memory');
  if (i >= 0) {
    process.stdout.write(JSON.stringify(await memoryRun(Number(process.argv[i + 1]))));
  } else {
    const out = await figures(process.argv.includes('--quick'), (m) => console.error(m));
    console.log(JSON.stringify(out, null, 2));
  }
}
