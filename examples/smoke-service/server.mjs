#!/usr/bin/env node
// A small real node:http service for readycheck's smoke-run example and tests.
//
//   node examples/smoke-service/server.mjs --port 0 [--host 127.0.0.1]
//
// prints one line, `listening http://127.0.0.1:PORT`, and stops cleanly on SIGTERM or SIGINT.
//
// Endpoints
//   GET  /health               liveness: {"status":"ok"}
//   GET  /health/ready         readiness of the dependencies: {"status":"ready","checks":{…}}
//   GET  /api/health/checks    per-dependency health; the cache reports "degraded"
//   GET  /api/workers          the worker list
//   GET  /api/items            items; POST /api/items creates one (400 on a bad body)
//   GET  /api/flaky?key=K      flaky on purpose: per key, odd-numbered calls fail with 503
//   GET  /api/slow?ms=N        answers after N ms (default 1500, at most 30000)
//   GET  /api/version          {"name","version"}
//   anything else              404 {"error":"not found"}
import http from 'node:http';

const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
};
const port = Number(arg('port', process.env.PORT ?? '0'));
const host = arg('host', '127.0.0.1');
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  process.stderr.write(`smoke-service: --port must be an integer 0-65535 (got ${arg('port', '')})\n`);
  process.exit(2);
}

const startedAt = Date.now();
const flakyCalls = new Map();
const items = [
  { id: 1, name: 'first' },
  { id: 2, name: 'second' },
];
const workers = [
  { id: 'worker-1', queue: 'email', status: 'running' },
  { id: 'worker-2', queue: 'reports', status: 'running' },
  { id: 'worker-3', queue: 'billing', status: 'idle' },
];

function send(res, status, body, headers = {}) {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

function readBody(req, limit = 64 * 1024) {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks = [];
    req.on('data', (c) => {
      size += c.length;
      if (size > limit) {
        reject(Object.assign(new Error('body too large'), { status: 413 }));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const timers = new Set();

async function handle(req, res) {
  const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
  const route = `${req.method} ${url.pathname.replace(/\/+$/, '') || '/'}`;
  switch (route) {
    case 'GET /health':
      return send(res, 200, { status: 'ok', uptimeMs: Date.now() - startedAt });
    case 'GET /health/ready':
      return send(res, 200, { status: 'ready', checks: { database: 'ok', queue: 'ok' } });
    case 'GET /api/health/checks':
      return send(res, 200, {
        status: 'ok',
        checks: [
          { name: 'database', status: 'ok', latencyMs: 3 },
          { name: 'queue', status: 'ok', latencyMs: 5 },
          { name: 'cache', status: 'degraded', latencyMs: 180, detail: 'hit rate below 50%' },
        ],
      });
    case 'GET /api/workers':
      return send(res, 200, workers);
    case 'GET /api/items':
      return send(res, 200, items);
    case 'POST /api/items': {
      let body;
      try {
        body = JSON.parse(await readBody(req));
      } catch (err) {
        return send(res, err.status ?? 400, { error: 'body must be JSON' });
      }
      if (!body || typeof body.name !== 'string' || !body.name) return send(res, 400, { error: 'name is required' });
      const item = { id: items.length + 1, name: body.name };
      items.push(item);
      return send(res, 201, item);
    }
    case 'GET /api/flaky': {
      const key = url.searchParams.get('key') ?? 'default';
      const n = (flakyCalls.get(key) ?? 0) + 1;
      flakyCalls.set(key, n);
      return n % 2 === 1 ? send(res, 503, { error: 'temporarily unavailable', call: n }) : send(res, 200, { status: 'ok', call: n });
    }
    case 'GET /api/slow': {
      const ms = Math.min(30_000, Math.max(0, Number(url.searchParams.get('ms') ?? 1500) || 0));
      const t = setTimeout(() => {
        timers.delete(t);
        send(res, 200, { status: 'ok', waitedMs: ms });
      }, ms);
      timers.add(t);
      res.on('close', () => {
        clearTimeout(t);
        timers.delete(t);
      });
      return undefined;
    }
    case 'GET /api/version':
      return send(res, 200, { name: 'smoke-service', version: '1.0.0' });
    default:
      return send(res, 404, { error: 'not found', path: url.pathname });
  }
}

const server = http.createServer((req, res) => {
  handle(req, res).catch((err) => {
    if (!res.headersSent) send(res, 500, { error: 'internal error', detail: String(err?.message ?? err) });
    else res.destroy();
  });
});

server.listen(port, host, () => {
  const addr = server.address();
  const shown = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
  process.stdout.write(`listening http://${shown}:${addr.port}\n`);
});

server.on('error', (err) => {
  process.stderr.write(`smoke-service: ${err.message}\n`);
  process.exit(1);
});

function stop() {
  for (const t of timers) clearTimeout(t);
  server.close(() => process.exit(0));
  server.closeAllConnections();
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
