// Bench suite of @readycheck/health (see bench/README.md, "Contract").
//
//   npm run bench -- health            (or: node bench/run.mjs health --quick)
//
// 1. Overhead of checkHealth (one healthy attempt: timer, abort wiring, bounded body read, JSON
//    parse, result record) against a bare undici.request + body.json() to the same loopback server.
// 2. checkMany throughput for 1,000 targets at concurrency 50 against the same checks one by one,
//    with an instant server (client CPU-bound) and with a server that takes 1 ms per answer
//    (latency-bound, like a health endpoint that pings its database).
//
// The server runs in a worker thread, so its event loop does not share the client's.
import { Worker } from 'node:worker_threads';
import { request, Agent } from 'undici';
import { checkHealth, createHealthClient } from '@readycheck/health';

const SERVER = `
const { createServer } = require('node:http');
const { parentPort, workerData } = require('node:worker_threads');
const body = JSON.stringify({ status: 'ok', checks: { db: 'up', cache: 'up' } });
const server = createServer((req, res) => {
  const send = () => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
    res.end(body);
  };
  if (workerData.latencyMs > 0) setTimeout(send, workerData.latencyMs);
  else send();
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => parentPort.postMessage(server.address().port));
parentPort.on('message', (m) => { if (m === 'close') { server.closeAllConnections(); server.close(() => process.exit(0)); } });
`;

async function startServer(latencyMs) {
  const worker = new Worker(SERVER, { eval: true, workerData: { latencyMs } });
  const port = await new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  return {
    origin: `http://127.0.0.1:${port}`,
    close: async () => {
      worker.postMessage('close');
      await new Promise((resolve) => worker.once('exit', resolve));
    },
  };
}

/** @param {import('./lib/context.mjs').BenchContext} ctx */
export default async function healthBench({ bench, quick, log }) {
  const targets = quick ? 200 : 1000;
  const instant = await startServer(0);
  const slow = await startServer(1);
  // One agent per side of each comparison, same settings, so neither reuses the other's sockets.
  const bareAgent = new Agent({ connections: 64, pipelining: 1, keepAliveTimeout: 60_000 });
  const checkAgent = new Agent({ connections: 64, pipelining: 1, keepAliveTimeout: 60_000 });
  const lowAgent = new Agent({ connections: 64, pipelining: 1, keepAliveTimeout: 60_000 });
  const client = createHealthClient({ maxRetries: 0, timeoutMs: 10_000, connections: 64, keepAliveTimeoutMs: 60_000 });
  const url = `${instant.origin}/health`;
  const list = (origin) => Array.from({ length: targets }, (_, i) => `${origin}/t/${i}`);
  const instantTargets = list(instant.origin);
  const slowTargets = list(slow.origin);

  const assertOk = (r) => {
    if (!r.ok) throw new Error(`unexpected failure: ${r.failureKind} ${r.error?.message}`);
  };
  const assertAllOk = (rs) => {
    if (rs.length !== targets || !rs.every((r) => r.ok)) throw new Error('checkMany returned failures');
  };

  const names = {
    bare: 'undici.request + body.json(): one GET (loopback)',
    check: 'checkHealth: one healthy attempt (loopback)',
    clientCheck: 'client.check: one healthy attempt (loopback, client agent)',
    many: `checkMany: ${targets} targets, concurrency 50 (instant server)`,
    seq: `client.check one by one: ${targets} targets (instant server)`,
    manySlow: `checkMany: ${targets} targets, concurrency 50 (1 ms server)`,
    seqSlow: `client.check one by one: ${targets} targets (1 ms server)`,
  };

  bench.add(names.bare, async () => {
    const res = await request(url, { dispatcher: bareAgent });
    if (res.statusCode !== 200) throw new Error(`status ${res.statusCode}`);
    await res.body.json();
  });
  bench.add(names.check, async () => {
    assertOk(await checkHealth(url, { dispatcher: checkAgent, maxRetries: 0, timeoutMs: 10_000 }));
  });
  bench.add(names.clientCheck, async () => {
    assertOk(await client.check(url));
  });
  bench.add(names.many, async () => {
    assertAllOk(await client.checkMany(instantTargets, { concurrency: 50 }));
  });
  bench.add(names.seq, async () => {
    const rs = [];
    for (const t of instantTargets) rs.push(await client.check(t));
    assertAllOk(rs);
  });
  bench.add(names.manySlow, async () => {
    assertAllOk(await client.checkMany(slowTargets, { concurrency: 50 }));
  });
  bench.add(names.seqSlow, async () => {
    const rs = [];
    for (const t of slowTargets) rs.push(await client.check(t));
    assertAllOk(rs);
  });

  // Paired measurement of the per-request overhead: bare and checkHealth alternate request by
  // request (order flipped every pair), so load from other processes hits both alike. tinybench's
  // tasks run one after the other and a load spike during one of them skews the mean ratio.
  const bareOnce = async () => {
    const res = await request(url, { dispatcher: bareAgent });
    await res.body.json();
  };
  // Stricter: undici's lower-level Dispatcher#request (what checkHealth itself calls), which skips
  // the top-level request()'s per-call URL handling; the difference to it is checkHealth's own work.
  const { origin } = new URL(url);
  const lowOnce = async () => {
    const res = await lowAgent.request({ origin, path: '/health', method: 'GET' });
    await res.body.json();
  };
  const checkOnce = async () => assertOk(await checkHealth(url, { dispatcher: checkAgent, maxRetries: 0, timeoutMs: 10_000 }));
  const pairs = quick ? 500 : 5000;
  const bareTimes = [];
  const lowTimes = [];
  const checkTimes = [];
  const sides = [
    [bareOnce, bareTimes],
    [lowOnce, lowTimes],
    [checkOnce, checkTimes],
  ];
  for (let i = 0; i < 200; i++) for (const [fn] of sides) await fn();
  for (let i = 0; i < pairs; i++) {
    // Rotate who goes first, so each side runs in every position alike.
    for (let k = 0; k < sides.length; k++) {
      const [fn, times] = sides[(i + k) % sides.length];
      const t0 = performance.now();
      await fn();
      times.push(performance.now() - t0);
    }
  }
  const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
  const trimmedMean = (xs) => {
    const sorted = [...xs].sort((x, y) => x - y).slice(0, Math.floor(xs.length * 0.95));
    return sorted.reduce((a, b) => a + b, 0) / sorted.length;
  };
  const us = (ms) => Math.round(ms * 10_000) / 10;
  const r3 = (x) => Math.round(x * 1000) / 1000;
  const pairedRows = [
    { name: `paired (${pairs} pairs): bare undici median µs`, value: us(median(bareTimes)) },
    { name: `paired (${pairs} pairs): checkHealth median µs`, value: us(median(checkTimes)) },
    { name: 'paired: checkHealth / bare median (goal <= 1.15)', value: r3(median(checkTimes) / median(bareTimes)) },
    { name: 'paired: checkHealth / bare 95%-trimmed mean', value: r3(trimmedMean(checkTimes) / trimmedMean(bareTimes)) },
    { name: `paired (${pairs} pairs): Dispatcher#request median µs`, value: us(median(lowTimes)) },
    { name: 'paired: checkHealth / Dispatcher#request median (stricter: checkHealth\'s own work)', value: r3(median(checkTimes) / median(lowTimes)) },
  ];

  bench.addEventListener('complete', () => {
    void Promise.all([instant.close(), slow.close(), bareAgent.close(), checkAgent.close(), lowAgent.close(), client.close()]);
  });

  const mean = (name) => bench.tasks.find((t) => t.name === name)?.result?.latency?.mean;
  const ratio = (a, b) => {
    const x = mean(a);
    const y = mean(b);
    return typeof x === 'number' && typeof y === 'number' && y > 0 ? Math.round((x / y) * 1000) / 1000 : 'n/a';
  };
  log(`server in a worker thread; ${targets} targets per checkMany task`);
  // Getters: the figures are computed from the task results when run.mjs prints and saves them.
  return {
    rows: [
      ...pairedRows,
      { name: 'checkHealth / bare undici mean latency (tinybench, sequential tasks)', get value() { return ratio(names.check, names.bare); } },
      { name: 'client.check / bare undici mean latency', get value() { return ratio(names.clientCheck, names.bare); } },
      { name: 'one-by-one / checkMany c=50, instant server (speed-up)', get value() { return ratio(names.seq, names.many); } },
      { name: 'one-by-one / checkMany c=50, 1 ms server (speed-up, goal >= 10)', get value() { return ratio(names.seqSlow, names.manySlow); } },
    ],
    notes: [
      'Both the client and the server run on this machine; with an instant server the one-by-one loop is CPU-bound, so concurrency mostly saves round-trip waits.',
    ],
  };
}
