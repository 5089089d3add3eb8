import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';
import { truncate, validateWithSchema, type SmokeSuiteTypes } from '@readycheck/core';
import type { CheckContext, CheckFn } from './model.js';

/** What `ctx.ws(target, options)` and a `type: websocket` check do (the suite schema's fields). */
export type WsOptions = Pick<SmokeSuiteTypes.WebSocketCheck, 'headers' | 'protocols' | 'send' | 'expect'>;

/** What a WebSocket check saw. */
export interface WsResult {
  /** ms from the start to the open connection. */
  connectMs: number;
  /** ms from the open connection (after sending) to the first message; null when none came. */
  firstMessageMs: number | null;
  /** Messages received, in order (JSON-parsed when they parse), at most 50 kept. */
  messages: unknown[];
  /** How many matched `expect`. */
  matched: number;
}

/** Where a WebSocket check runs: the attempt's base URL, signal and timeout. */
export interface WsEnv {
  baseUrl: string | undefined;
  signal: AbortSignal;
  timeoutMs: number;
}

const KEEP_MESSAGES = 50;
/** How long a clean close may take before the socket is terminated. */
const CLOSE_WAIT_MS = 1000;

/** `ws://host/path` from a path under an http(s) base URL, or the given ws(s) URL. */
export function wsUrl(target: string, baseUrl: string | undefined): string {
  if (/^wss?:\/\//i.test(target)) return target;
  if (/^[a-z][a-z0-9+.-]*:/i.test(target)) throw new Error(`"${target}" is not a ws:// or wss:// URL`);
  if (baseUrl === undefined) throw new Error(`WebSocket path "${target}" needs a base URL (--base-url or the suite's baseUrl)`);
  const base = new URL(baseUrl.replace(/\/+$/, '') + (target.startsWith('/') ? target : `/${target}`));
  base.protocol = base.protocol === 'https:' ? 'wss:' : 'ws:';
  return base.href;
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // Not JSON: the text itself is the message.
    return text;
  }
}

/**
 * Connects (headers, subprotocols), sends `send` in order (objects as JSON), then waits for
 * `expect.messages` (default 1 when `expect` has a matcher) messages that match
 * `expect.messageSchema` (JSON Schema, on the parsed message) and/or `expect.messageContains`
 * (substring of the raw text) within `expect.withinMs` (default: the attempt's timeout), and
 * closes with code 1000. Throws a one-line error saying what was missing; a close by the server
 * before enough messages matched names its code and reason.
 *
 * @example
 * const r = await runWebSocket('/ws', { send: [{ subscribe: 'jobs' }], expect: { messageContains: 'job' } }, env);
 */
export async function runWebSocket(target: string, options: WsOptions, env: WsEnv): Promise<WsResult> {
  const url = wsUrl(target, env.baseUrl);
  const expect = options.expect ?? {};
  const hasMatcher = expect.messageSchema !== undefined || expect.messageContains !== undefined;
  const want = expect.messages ?? (hasMatcher ? 1 : 0);
  const t0 = performance.now();
  const result: WsResult = { connectMs: 0, firstMessageMs: null, messages: [], matched: 0 };
  const socket = new WebSocket(url, options.protocols ?? [], { headers: options.headers ?? {}, handshakeTimeout: env.timeoutMs });
  let lastMismatch: string | undefined;
  let opened = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      let window: NodeJS.Timeout | undefined;
      const done = (err?: Error) => {
        if (window) clearTimeout(window);
        env.signal.removeEventListener('abort', onAbort);
        if (err) reject(err);
        else resolve();
      };
      const onAbort = () => done(env.signal.reason instanceof Error ? env.signal.reason : new Error('aborted'));
      if (env.signal.aborted) return onAbort();
      env.signal.addEventListener('abort', onAbort, { once: true });
      socket.on('unexpected-response', (_req, res) => done(new Error(`WebSocket upgrade refused: HTTP ${res.statusCode ?? '?'} from ${url}`)));
      socket.on('error', (err) => done(new Error(`WebSocket ${url}: ${err.message}`)));
      socket.on('open', () => {
        result.connectMs = Math.round(performance.now() - t0);
        for (const m of options.send ?? []) socket.send(typeof m === 'string' ? m : JSON.stringify(m));
        opened = performance.now();
        if (want === 0) return done();
        const withinMs = expect.withinMs;
        if (withinMs !== undefined) {
          window = setTimeout(() => done(new Error(shortfall(result, want, `within ${withinMs} ms`, lastMismatch))), withinMs);
        }
      });
      socket.on('message', (data, isBinary) => {
        if (result.firstMessageMs === null) result.firstMessageMs = Math.round(performance.now() - opened);
        const text = isBinary ? `<${(data as Buffer).length} binary bytes>` : data.toString();
        const value = parse(text);
        if (result.messages.length < KEEP_MESSAGES) result.messages.push(typeof value === 'string' ? truncate(value, 2000) : value);
        const mismatch = matchMessage(text, value, expect);
        if (mismatch === undefined) result.matched++;
        else lastMismatch = mismatch;
        if (want > 0 && result.matched >= want) done();
      });
      socket.on('close', (code, reason) => {
        const why = reason.length ? ` "${truncate(reason.toString(), 200)}"` : '';
        done(new Error(shortfall(result, want, `before the server closed the connection (code ${code}${why})`, lastMismatch)));
      });
    });
    return result;
  } finally {
    await closeSocket(socket);
  }
}

// Why a message does not match, or undefined when it does.
function matchMessage(text: string, value: unknown, expect: NonNullable<WsOptions['expect']>): string | undefined {
  if (expect.messageContains !== undefined && !text.includes(expect.messageContains)) return `does not contain ${JSON.stringify(expect.messageContains)}`;
  if (expect.messageSchema !== undefined) {
    const r = validateWithSchema(expect.messageSchema, value, 'message');
    if (!r.valid) {
      const first = r.issues[0]!;
      return `fails messageSchema at ${first.pointer || '/'}: ${first.message}`;
    }
  }
  return undefined;
}

function shortfall(r: WsResult, want: number, when: string, lastMismatch: string | undefined): string {
  const got = r.messages.length === 0 ? 'no message came' : `${r.matched} of ${r.messages.length} message${r.messages.length === 1 ? '' : 's'} matched`;
  const last = lastMismatch && r.matched < want ? `; the last one ${lastMismatch}` : '';
  return truncate(`expected ${want} matching message${want === 1 ? '' : 's'} ${when}: ${got}${last}`, 1000);
}

// A clean close (1000), or terminate when the peer does not answer the close in time.
async function closeSocket(socket: WebSocket): Promise<void> {
  if (socket.readyState === WebSocket.CLOSED) return;
  await new Promise<void>((resolve) => {
    const t = setTimeout(() => {
      socket.terminate();
      resolve();
    }, CLOSE_WAIT_MS);
    socket.once('close', () => {
      clearTimeout(t);
      resolve();
    });
    // Errors after the check's verdict (a reset during close) are not the check's.
    socket.on('error', () => undefined);
    if (socket.readyState === WebSocket.CONNECTING) socket.terminate();
    else socket.close(1000, 'smoke check done');
  });
}

/** `ctx.ws(target, options)` of an attempt. */
export type WsClient = (target: string, options?: WsOptions) => Promise<WsResult>;

/** Builds `ctx.ws` for one attempt. */
export function createWsClient(env: WsEnv): WsClient {
  return (target, options = {}) => runWebSocket(target, options, env);
}

/** The function of a declarative `type: websocket` check: attaches what it saw, returns the first-message latency. */
export function websocketCheckFn(c: SmokeSuiteTypes.WebSocketCheck, timeoutMs: number): CheckFn {
  return async (ctx: CheckContext) => {
    const r = await runWebSocket(c.url ?? c.path ?? '/', c, { baseUrl: ctx.baseUrl, signal: ctx.signal, timeoutMs });
    ctx.attach('websocket', { connectMs: r.connectMs, firstMessageMs: r.firstMessageMs, received: r.messages.length, matched: r.matched });
    return { latencyMs: r.firstMessageMs ?? r.connectMs };
  };
}
