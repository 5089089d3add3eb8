#!/usr/bin/env node
// A small real node:http service for readycheck's smoke-run example and tests.
//
//   node examples/smoke-service/server.mjs --port 0 [--host 127.0.0.1] [--ui-console-error]
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
//   GET  /dashboard            a small HTML page: the worker list with a filter and a CSV export;
//                              with --ui-console-error its chart script logs a console error
//   GET  /api/workers.csv      the worker list as a download
//   WS   /ws/jobs              WebSocket: says {"type":"hello"}; after {"subscribe":"jobs"} sends
//                              three {"type":"job","id","status"} updates
//   anything else              404 {"error":"not found"}
import http from 'node:http';
import { WebSocketServer } from 'ws';

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

const uiConsoleError = args.includes('--ui-console-error');
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

const escapeHtml = (t) => String(t).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function dashboard() {
  const rows = workers.map((w) => `<li data-queue="${escapeHtml(w.queue)}">${escapeHtml(w.id)} · ${escapeHtml(w.queue)} · ${escapeHtml(w.status)}</li>`).join('');
  const chart = uiConsoleError ? 'console.error("chart failed to render: no data for series \\"throughput\\"");' : 'document.getElementById("chart").textContent = "throughput: ok";';
  return `<!doctype html><html><head><meta charset="utf-8"><title>Workers dashboard</title></head><body>
<h1>Workers</h1><div id="chart">loading chart…</div>
<input id="filter" placeholder="filter by queue"> <span id="shown">${workers.length} shown</span>
<ul id="workers">${rows}</ul>
<a id="export" href="/api/workers.csv" download>Export CSV</a>
<script>
${chart}
document.getElementById('filter').addEventListener('input', function (e) {
  var n = 0;
  document.querySelectorAll('#workers li').forEach(function (li) {
    var show = li.getAttribute('data-queue').indexOf(e.target.value) >= 0;
    li.hidden = !show;
    if (show) n++;
  });
  document.getElementById('shown').textContent = n + ' shown';
});
</script></body></html>`;
}

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
    case 'GET /dashboard': {
      const html = dashboard();
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': Buffer.byteLength(html) });
      return res.end(html);
    }
    case 'GET /favicon.ico':
      res.writeHead(204);
      return res.end();
    case 'GET /api/workers.csv': {
      const csv = `id,queue,status\n${workers.map((w) => `${w.id},${w.queue},${w.status}`).join('\n')}\n`;
      res.writeHead(200, { 'content-type': 'text/csv', 'content-disposition': 'attachment; filename="workers.csv"' });
      return res.end(csv);
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

// Live job updates over WebSocket.
const wss = new WebSocketServer({ server, path: '/ws/jobs' });
wss.on('connection', (socket) => {
  socket.send(JSON.stringify({ type: 'hello' }));
  socket.on('message', (data) => {
    let msg;
    try {
      msg = JSON.parse(data.toString());
    } catch {
      return socket.close(1003, 'messages must be JSON');
    }
    if (msg?.subscribe !== 'jobs') return socket.send(JSON.stringify({ type: 'error', error: 'unknown subscription' }));
    ['queued', 'running', 'done'].forEach((status, i) => {
      const t = setTimeout(() => {
        timers.delete(t);
        if (socket.readyState === socket.OPEN) socket.send(JSON.stringify({ type: 'job', id: 'job-1', status }));
      }, 20 * (i + 1));
      timers.add(t);
    });
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
  for (const c of wss.clients) c.terminate();
  wss.close();
  server.close(() => process.exit(0));
  server.closeAllConnections();
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
