import { EventEmitter } from 'node:events';
import { ReadycheckError, type MonitorChangeRequest, type MonitorVerdict } from '@readycheck/core';
import WebSocket from 'ws';
import type { HookBackend } from './hook.js';
import type { MonitorEvent } from './monitor.js';
import type { AgentRow, QuarantineState } from './store/types.js';

/** Options of {@link createQualityClient}. */
export interface QualityClientOptions {
  /** The monitor server, e.g. `http://127.0.0.1:7357`. */
  url: string;
  agentId: string;
  /** The agent token, when the server has one. */
  token?: string;
  /** First reconnect delay; doubles up to `maxBackoffMs`. Default 250 ms. */
  minBackoffMs?: number;
  /** Default 10 s. */
  maxBackoffMs?: number;
}

type ClientEvents = {
  quarantined: [Extract<MonitorEvent, { type: 'quarantined' }>];
  released: [Extract<MonitorEvent, { type: 'released' }>];
  violation: [Extract<MonitorEvent, { type: 'violation' }>];
  error: [Error];
};

/** A client of the monitor server for one agent. */
export interface QualityClient {
  /** Reports a change. A quarantined agent's change rejects with `RC_AGENT_QUARANTINED` (`quarantine` attached). */
  reportChange(change: Omit<MonitorChangeRequest, 'agentId'>): Promise<MonitorVerdict>;
  /** The agent's state: active or quarantined (and why). */
  status(): Promise<{ status: 'active' | 'quarantined'; quarantine: QuarantineState | null }>;
  /** Live events about this agent, over a WebSocket that reconnects with backoff. */
  on<K extends keyof ClientEvents>(event: K, listener: (...args: ClientEvents[K]) => void): QualityClient;
  close(): void;
}

async function call(base: string, token: string | undefined, method: string, path: string, body?: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(new URL(path, base), {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const text = await res.text();
  let json: Record<string, unknown> = {};
  try {
    json = text ? (JSON.parse(text) as Record<string, unknown>) : {};
  } catch {
    throw new ReadycheckError('RC_HEALTH_INVALID_RESPONSE', `${method} ${path}: the monitor answered ${res.status} with non-JSON`);
  }
  return { status: res.status, json };
}

/** A refusal from the server as an error carrying the quarantine. */
function refusedError(json: Record<string, unknown>): ReadycheckError & { quarantine: QuarantineState } {
  const err = new ReadycheckError('RC_AGENT_QUARANTINED', String(json.error ?? 'agent is quarantined'), { exitCode: 3 }) as ReadycheckError & { quarantine: QuarantineState };
  err.quarantine = json.quarantine as QuarantineState;
  return err;
}

/**
 * Connects an agent to a monitor server.
 *
 * @example
 * const client = createQualityClient({ url: 'http://127.0.0.1:7357', agentId: 'claude-1', token });
 * client.on('quarantined', (e) => console.error('stop:', e.reason));
 * const verdict = await client.reportChange({ path: 'src/a.ts', before, after, taskId: 'T-12' });
 */
export function createQualityClient(options: QualityClientOptions): QualityClient {
  const { url, agentId, token } = options;
  const emitter = new EventEmitter<ClientEvents>();
  const minBackoff = options.minBackoffMs ?? 250; // 250 ms: a restarting server is back quickly
  const maxBackoff = options.maxBackoffMs ?? 10_000; // 10 s: never hammer a server that is down
  let ws: WebSocket | null = null;
  let closed = false;
  let attempt = 0;
  let timer: NodeJS.Timeout | null = null;

  const connect = () => {
    if (closed || ws) return;
    const wsUrl = new URL('/api/events', url);
    wsUrl.protocol = wsUrl.protocol === 'https:' ? 'wss:' : 'ws:';
    const socket = new WebSocket(wsUrl, token ? { headers: { authorization: `Bearer ${token}` } } : {});
    ws = socket;
    socket.on('open', () => {
      attempt = 0;
    });
    socket.on('message', (data) => {
      let event: MonitorEvent;
      try {
        event = JSON.parse(String(data)) as MonitorEvent;
      } catch {
        return; // not an event of ours
      }
      if (event.agentId !== agentId) return;
      if (event.type === 'quarantined') emitter.emit('quarantined', event);
      else if (event.type === 'released') emitter.emit('released', event);
      else if (event.type === 'violation') emitter.emit('violation', event);
    });
    socket.on('error', () => undefined); // 'close' follows and reconnects
    socket.on('close', () => {
      ws = null;
      if (closed) return;
      const delay = Math.min(maxBackoff, minBackoff * 2 ** attempt++) * (0.5 + Math.random() / 2);
      timer = setTimeout(connect, delay);
      timer.unref();
    });
  };

  const client: QualityClient = {
    async reportChange(change) {
      const { status, json } = await call(url, token, 'POST', '/api/changes', { ...change, agentId });
      if (status === 423) throw refusedError(json);
      if (status !== 200) throw new ReadycheckError('RC_USAGE', `monitor answered ${status}: ${String(json.error ?? '')}`);
      return json as unknown as MonitorVerdict;
    },
    async status() {
      const { status, json } = await call(url, token, 'GET', `/api/agents/${encodeURIComponent(agentId)}?limit=1`);
      if (status === 404) return { status: 'active', quarantine: null };
      if (status !== 200) throw new ReadycheckError('RC_USAGE', `monitor answered ${status}: ${String(json.error ?? '')}`);
      const agent = json.agent as AgentRow;
      return { status: agent.quarantine ? 'quarantined' : 'active', quarantine: agent.quarantine };
    },
    on(event, listener) {
      (emitter as EventEmitter).on(event, listener as (...args: unknown[]) => void);
      connect();
      return client;
    },
    close() {
      closed = true;
      if (timer) clearTimeout(timer);
      ws?.terminate();
      ws = null;
    },
  };
  return client;
}

/** The hook's backend over a monitor server. */
export function serverBackend(url: string, token: string | undefined): HookBackend {
  return {
    async quarantineOf(agentId) {
      const { status, json } = await call(url, token, 'GET', `/api/agents/${encodeURIComponent(agentId)}?limit=1`);
      if (status === 404) return null;
      if (status !== 200) throw new ReadycheckError('RC_USAGE', `monitor at ${url} answered ${status}: ${String(json.error ?? '')}`);
      return (json.agent as AgentRow).quarantine;
    },
    async report(request) {
      const { status, json } = await call(url, token, 'POST', '/api/changes', request);
      if (status === 423) return { refused: json.quarantine as QuarantineState, message: String(json.error) };
      if (status !== 200) throw new ReadycheckError('RC_USAGE', `monitor at ${url} answered ${status}: ${String(json.error ?? '')}`);
      return { verdict: json as unknown as MonitorVerdict };
    },
  };
}
