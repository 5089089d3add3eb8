import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isReadycheckError, ReadycheckError, type MonitorChangeRequest, type MonitorReleaseRequest } from '@readycheck/core';
import { SEVERITIES, type Severity } from '@readycheck/detectors';
import { WebSocketServer, type WebSocket } from 'ws';
import { dashboardHtml } from './dashboard.js';
import { createRateLimiter, HttpError, intParam, isLoopbackHost, parseBody, readBody, sendJson, tokenMatches, tokenOf } from './http-util.js';
import { computeMetrics } from './metrics.js';
import type { Monitor, MonitorEvent } from './monitor.js';

/** Options of {@link startMonitorServer}. */
export interface MonitorServerOptions {
  monitor: Monitor;
  /** Default 7357; 0 picks a free port. */
  port?: number;
  /** Default 127.0.0.1. Anything beyond loopback needs both tokens. */
  host?: string;
  /** Token agents send to report changes (`Authorization: Bearer …`). */
  agentToken?: string;
  /** Token operators send to release agents; it also works wherever the agent token does. */
  operatorToken?: string;
  /** Request body limit in bytes. Default 2 MiB. */
  maxBodyBytes?: number;
  /** Reports per second per agent, and the burst allowed. Default 50/s, burst 100. */
  rateLimit?: { perSecond: number; burst: number };
  /** Extra routes (the Claude Code HTTP hook); return true when handled. */
  extraRoutes?: (req: IncomingMessage, res: ServerResponse, url: URL, ctx: RouteContext) => Promise<boolean>;
}

/** What extra routes get from the server. */
export interface RouteContext {
  requireAgent(req: IncomingMessage, url: URL): void;
  readBody(req: IncomingMessage): Promise<string>;
  rateLimit(agentId: string): void;
}

/** A running monitor server. */
export interface MonitorServer {
  readonly url: string;
  readonly server: Server;
  close(): Promise<void>;
}

const DEFAULT_PORT = 7357;
const MAX_PAGE = 100;

/**
 * Starts the monitor's HTTP server: the JSON API, live events over WebSocket (`/api/events`) with
 * Server-Sent Events on the same path as a fallback, and Mission Control at `/`.
 *
 * @example
 * const server = await startMonitorServer({ monitor, port: 0 });
 * console.log(server.url);
 */
export async function startMonitorServer(options: MonitorServerOptions): Promise<MonitorServer> {
  const { monitor } = options;
  const host = options.host ?? '127.0.0.1';
  const loopback = isLoopbackHost(host);
  if (!loopback && (!options.agentToken || !options.operatorToken)) {
    throw new ReadycheckError('RC_USAGE', `binding to ${host} (beyond loopback) needs an agent token and an operator token (--agent-token/--operator-token or READYCHECK_MONITOR_AGENT_TOKEN/READYCHECK_MONITOR_OPERATOR_TOKEN)`);
  }
  const maxBody = options.maxBodyBytes ?? 2 * 1024 * 1024; // 2 MiB: a large source file and its diff
  const limiter = createRateLimiter(options.rateLimit?.perSecond ?? 50, options.rateLimit?.burst ?? 100);
  const tokensOn = Boolean(options.agentToken || options.operatorToken);

  const isOperator = (req: IncomingMessage, url: URL) => tokenMatches(tokenOf(req, url), options.operatorToken);
  const isAgent = (req: IncomingMessage, url: URL) => isOperator(req, url) || tokenMatches(tokenOf(req, url), options.agentToken);
  const requireAgent = (req: IncomingMessage, url: URL) => {
    if (tokensOn && !isAgent(req, url)) throw new HttpError(401, 'missing or wrong token (Authorization: Bearer <agent or operator token>)');
  };
  const requireOperator = (req: IncomingMessage, url: URL) => {
    if (tokensOn && !isOperator(req, url)) throw new HttpError(403, 'releasing an agent needs the operator token');
  };
  const rateLimit = (agentId: string) => {
    const wait = limiter.take(agentId);
    if (wait) throw new HttpError(429, `agent ${agentId} is over its rate limit`);
  };

  const sse = new Set<ServerResponse>();
  const wss = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });
  const broadcast = (event: MonitorEvent) => {
    const text = JSON.stringify(event);
    for (const ws of wss.clients) if (ws.readyState === 1) ws.send(text);
    for (const res of sse) res.write(`event: ${event.type}\ndata: ${text}\n\n`);
  };
  monitor.events.on('event', broadcast);

  const agentsView = async () => {
    const [agents, metrics] = await Promise.all([monitor.db.listAgents(), metricsNow('hour')]);
    return agents.map((a) => ({ ...a, status: a.quarantine ? 'quarantined' : 'active', metrics: metrics.agents.find((m) => m.agentId === a.agentId) ?? null }));
  };
  const metricsNow = async (bucket: 'hour' | 'day') => {
    const [agents, changes, releases] = await Promise.all([monitor.db.listAgents(), monitor.db.allChanges(), monitor.db.listReleases()]);
    return computeMetrics(agents, changes, releases, bucket);
  };

  const route = async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    const method = req.method ?? 'GET';
    const path = url.pathname;
    if (method === 'GET' && path === '/') {
      const nonce = randomBytes(16).toString('base64');
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': `default-src 'none'; script-src 'nonce-${nonce}'; style-src 'nonce-${nonce}'; connect-src 'self' ws: wss:; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
      });
      res.end(dashboardHtml(nonce));
      return;
    }
    if (method === 'GET' && path === '/api/health') {
      sendJson(res, 200, { status: 'ok', store: monitor.db.kind, quarantineOn: monitor.quarantineOn });
      return;
    }
    if (options.extraRoutes && (await options.extraRoutes(req, res, url, { requireAgent, readBody: (r) => readBody(r, maxBody), rateLimit }))) return;
    if (method === 'POST' && path === '/api/changes') {
      requireAgent(req, url);
      const body = parseBody<MonitorChangeRequest>(await readBody(req, maxBody), 'monitor-change-request');
      rateLimit(body.agentId);
      sendJson(res, 200, await monitor.reportChange(body));
      return;
    }
    requireAgent(req, url);
    if (method === 'GET' && path === '/api/events') {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      res.write(': connected\n\n');
      sse.add(res);
      req.on('close', () => sse.delete(res));
      return;
    }
    if (method === 'GET' && path === '/api/agents') {
      sendJson(res, 200, { items: await agentsView() });
      return;
    }
    const agentPath = /^\/api\/agents\/([^/]+)(\/release)?$/.exec(path);
    if (agentPath) {
      const agentId = decodeURIComponent(agentPath[1] ?? '');
      if (agentPath[2] && method === 'POST') {
        requireOperator(req, url);
        const body = parseBody<MonitorReleaseRequest>(await readBody(req, maxBody), 'monitor-release-request');
        try {
          sendJson(res, 200, await monitor.release(agentId, { by: body.by, ...(body.note !== undefined ? { note: body.note } : {}) }));
        } catch (err) {
          if (isReadycheckError(err, 'RC_USAGE')) throw new HttpError(409, err.message);
          throw err;
        }
        return;
      }
      if (!agentPath[2] && method === 'GET') {
        const agent = await monitor.db.getAgent(agentId);
        if (!agent) throw new HttpError(404, `no agent ${agentId}`);
        const limit = intParam(url, 'limit', 50, MAX_PAGE);
        const offset = intParam(url, 'offset', 0, Number.MAX_SAFE_INTEGER);
        const history = await monitor.db.listChanges({ agentId, limit, offset });
        sendJson(res, 200, { agent: { ...agent, status: agent.quarantine ? 'quarantined' : 'active' }, history: { ...history, limit, offset }, releases: await monitor.db.listReleases(agentId) });
        return;
      }
    }
    if (method === 'GET' && path === '/api/violations') {
      const limit = intParam(url, 'limit', 50, MAX_PAGE);
      const offset = intParam(url, 'offset', 0, Number.MAX_SAFE_INTEGER);
      const severity = url.searchParams.get('severity');
      if (severity !== null && !SEVERITIES.includes(severity as Severity)) throw new HttpError(400, `/query/severity: must be one of ${SEVERITIES.join(', ')}`, { pointer: '/query/severity' });
      const since = url.searchParams.get('since');
      if (since !== null && Number.isNaN(Date.parse(since))) throw new HttpError(400, '/query/since: must be an ISO 8601 date-time', { pointer: '/query/since' });
      const agent = url.searchParams.get('agent');
      const page = await monitor.db.listFindings({
        limit,
        offset,
        ...(agent !== null ? { agentId: agent } : {}),
        ...(severity !== null ? { minSeverity: severity as Severity } : {}),
        ...(since !== null ? { since: new Date(since).toISOString() } : {}),
      });
      sendJson(res, 200, { ...page, limit, offset });
      return;
    }
    if (method === 'GET' && path === '/api/metrics') {
      const bucket = url.searchParams.get('bucket') ?? 'hour';
      if (bucket !== 'hour' && bucket !== 'day') throw new HttpError(400, '/query/bucket: must be hour or day', { pointer: '/query/bucket' });
      sendJson(res, 200, await metricsNow(bucket));
      return;
    }
    throw new HttpError(404, `no route ${method} ${path}`);
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://monitor.invalid');
    route(req, res, url).catch((err: unknown) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      if (err instanceof HttpError) sendJson(res, err.status, { error: err.message, ...err.extra }, err.status === 429 ? { 'retry-after': '1' } : {});
      else if (isReadycheckError(err, 'RC_AGENT_QUARANTINED')) {
        const q = (err as { quarantine?: unknown }).quarantine;
        sendJson(res, 423, { error: err.message, quarantine: q ?? null });
      } else if (isReadycheckError(err) && err.code === 'RC_USAGE') sendJson(res, 400, { error: err.message, pointer: err.pointer ?? '' });
      else sendJson(res, 500, { error: 'internal error' });
    });
  });
  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', 'http://monitor.invalid');
    if (url.pathname !== '/api/events' || (tokensOn && !isAgent(req, url))) {
      socket.end('HTTP/1.1 401 Unauthorized\r\nconnection: close\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws: WebSocket) => {
      ws.on('error', () => ws.terminate());
      ws.send(JSON.stringify({ type: 'hello' }));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) => reject(new ReadycheckError('RC_USAGE', `cannot listen on ${host}:${options.port ?? DEFAULT_PORT}: ${err.code ?? err.message}`, { cause: err })));
    server.listen(options.port ?? DEFAULT_PORT, host, () => resolve());
  });
  const addr = server.address() as AddressInfo;
  const shownHost = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
  return {
    url: `http://${shownHost}:${addr.port}`,
    server,
    close: async () => {
      monitor.events.off('event', broadcast);
      for (const res of sse) res.end();
      for (const ws of wss.clients) ws.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
