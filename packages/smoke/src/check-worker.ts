import { AsyncLocalStorage } from 'node:async_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import { createHealthClient, type HealthClient } from '@readycheck/health';
import { createSmokeHttp } from './http.js';
import { createWsClient } from './websocket.js';
import { createPageClient } from './page.js';
import { connectedBrowser } from './browser.js';
import { loadSuiteFile } from './load.js';
import type { CheckContext, CheckDefinition } from './model.js';
import { errorMessage, safeJson, toJsonValue } from './result.js';
import { truncate } from '@readycheck/core';
import type { FromWorker, ToWorker, WorkerInit } from './worker-protocol.js';

// Runs the checks of one TS/JS suite file, one at a time, in a worker thread. The main thread
// keeps its event loop: a check that never yields is stopped by terminating this worker.

const port = parentPort!;
const init = workerData as WorkerInit;
const send = (m: FromWorker): void => port.postMessage(m);
const scope = new AsyncLocalStorage<{ runId: number; id: string }>();

let checks: Map<string, CheckDefinition> | undefined;
let loading: Promise<Map<string, CheckDefinition>> | undefined;
let client: HealthClient | undefined;
let current: { runId: number; id: string; finish: (m: FromWorker) => void; ac: AbortController } | undefined;
let last: { id: string } | undefined;
// The run's Chromium, reached through the endpoint the main thread hands out on request.
let endpointWaiters: { resolve: (e: string) => void; reject: (e: Error) => void }[] = [];
const browser = connectedBrowser(
  () =>
    new Promise<string>((resolve, reject) => {
      endpointWaiters.push({ resolve, reject });
      send({ type: 'browser' });
    }),
);

function load(): Promise<Map<string, CheckDefinition>> {
  loading ??= loadSuiteFile(init.file, { cwd: init.cwd }).then((suites) => {
    checks = new Map(suites.flatMap((s) => s.checks.map((c) => [c.id, c] as const)));
    return checks;
  });
  return loading;
}

function failure(prefix: string, err: unknown): { message: string; stack?: string } {
  const message = `${prefix}${errorMessage(err)}`;
  const stack = err instanceof Error && typeof err.stack === 'string' ? err.stack : undefined;
  return stack ? { message, stack } : { message };
}

// An error nobody caught belongs to the check whose code scheduled it (async context), else to
// the check running now. When that check has already ended, its result is failed afterwards.
function stray(kind: string, err: unknown): void {
  const owner = scope.getStore();
  const f = failure(`${kind}: `, err);
  if (current && (!owner || owner.runId === current.runId)) {
    current.finish({ type: 'done', runId: current.runId, ok: false, ...f, retire: true });
    return;
  }
  const id = owner?.id ?? last?.id;
  if (id !== undefined) send({ type: 'late', id, message: f.message });
}
process.on('uncaughtException', (err) => stray('uncaught exception', err));
process.on('unhandledRejection', (reason) => stray('unhandled rejection', reason));

async function run(msg: Extract<ToWorker, { type: 'run' }>): Promise<void> {
  const ac = new AbortController();
  let finished = false;
  const finish = (m: FromWorker) => {
    if (finished) return;
    finished = true;
    current = undefined;
    if (!ac.signal.aborted) ac.abort(new Error('attempt finished'));
    send(m);
  };
  current = { runId: msg.runId, id: msg.id, finish, ac };
  last = { id: msg.id };
  let defs: Map<string, CheckDefinition>;
  try {
    defs = await load();
  } catch (err) {
    finish({ type: 'done', runId: msg.runId, ok: false, ...failure('suite could not be loaded in its worker: ', err) });
    return;
  }
  const def = defs.get(msg.id);
  if (!def) {
    finish({ type: 'done', runId: msg.runId, ok: false, message: `check "${msg.id}" is not declared when ${init.file} is loaded again (does the suite declare checks conditionally?)` });
    return;
  }
  let http: ReturnType<typeof createSmokeHttp> | undefined;
  const lazyHttp = () => (http ??= createSmokeHttp({ client: (client ??= createHealthClient({ maxRetries: 0 })), baseUrl: msg.baseUrl, signal: ac.signal, timeoutMs: msg.timeoutMs }));
  const ctx: CheckContext = {
    id: msg.id,
    attempt: msg.attempt,
    baseUrl: msg.baseUrl,
    env: msg.env,
    signal: ac.signal,
    http: {
      url: (p) => lazyHttp().url(p),
      check: (t, o) => lazyHttp().check(t, o),
      expectOk: (t, o) => lazyHttp().expectOk(t, o),
      checkMany: (t, o) => lazyHttp().checkMany(t, o),
    },
    log: (...args: unknown[]) => send({ type: 'log', runId: msg.runId, line: truncate(args.map((a) => (typeof a === 'string' ? a : safeJson(a))).join(' '), 1000) }),
    attach: (name: string, value: unknown) => send({ type: 'attach', runId: msg.runId, name: String(name), value: toJsonValue(value) }),
    ws: createWsClient({ baseUrl: msg.baseUrl, signal: ac.signal, timeoutMs: msg.timeoutMs }),
    page: createPageClient({
      baseUrl: msg.baseUrl,
      signal: ac.signal,
      timeoutMs: msg.timeoutMs,
      browser: browser.browser,
      attach: (name, value) => send({ type: 'attach', runId: msg.runId, name, value: toJsonValue(value) }),
    }),
  };
  try {
    const value: unknown = await scope.run({ runId: msg.runId, id: msg.id }, () => Promise.resolve().then(() => def.run(ctx)));
    finish({ type: 'done', runId: msg.runId, ok: true, value: toJsonValue(value) });
  } catch (err) {
    finish({ type: 'done', runId: msg.runId, ok: false, ...failure('', err) });
  }
}

port.on('message', (msg: ToWorker) => {
  if (msg.type === 'run') void run(msg);
  else if (msg.type === 'abort' && current?.runId === msg.runId) {
    const reason = new Error(msg.message);
    reason.name = msg.name;
    current.ac.abort(reason);
  } else if (msg.type === 'browser') {
    const waiters = endpointWaiters;
    endpointWaiters = [];
    for (const w of waiters) {
      if (msg.endpoint) w.resolve(msg.endpoint);
      else w.reject(new Error(msg.error ?? 'no browser'));
    }
  } else if (msg.type === 'load') {
    // A failed load is reported by the check's run, which meets the same rejected promise.
    void load().then(
      () => send({ type: 'loaded' }),
      () => send({ type: 'loaded' }),
    );
  } else if (msg.type === 'drain') void drain(msg.maxMs);
});

// Before the run ends, timers the checks left behind get a moment to fire (a throw from one
// still fails its check); then the worker says it is done and is terminated.
async function drain(maxMs: number): Promise<void> {
  const until = Date.now() + maxMs;
  while (Date.now() < until && process.getActiveResourcesInfo().includes('Timeout')) await new Promise((r) => setTimeout(r, 10).unref());
  await client?.close().catch(() => undefined);
  await browser.close();
  send({ type: 'drained' });
}
send({ type: 'ready' });
