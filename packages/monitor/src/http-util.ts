import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isIP } from 'node:net';
import { parseJson, validate, type SchemaId } from '@readycheck/core';

/** An error the server answers with `status` and a JSON body `{ error, pointer? }`. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** Constant-time comparison of a presented token with the expected one (hashes first, so lengths do not leak). */
export function tokenMatches(presented: string | undefined, expected: string | undefined): boolean {
  if (!presented || !expected) return false;
  const a = createHash('sha256').update(presented).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/** True for 127.0.0.0/8, ::1 and `localhost`. */
export function isLoopbackHost(host: string): boolean {
  if (host === 'localhost') return true;
  if (isIP(host) === 4) return host.startsWith('127.');
  return host === '::1' || host === '[::1]';
}

/** Reads the body, at most `limit` bytes (413 beyond). */
export async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) throw new HttpError(413, `request body over ${limit} bytes`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new HttpError(413, `request body over ${limit} bytes`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Parses a JSON body and validates it against a readycheck schema: 400 with the JSON pointer otherwise. */
export function parseBody<T>(text: string, schemaId: SchemaId): T {
  let data: unknown;
  try {
    data = parseJson(text, 'request body');
  } catch (err) {
    throw new HttpError(400, (err as Error).message, { pointer: '' });
  }
  const result = validate<T>(schemaId, data, 'request body');
  if (result.valid) return result.data;
  const first = result.issues[0];
  throw new HttpError(400, `${first?.pointer || '/'}: ${first?.message ?? 'invalid'}`, { pointer: first?.pointer ?? '' });
}

/** Writes a JSON answer. */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', ...headers });
  res.end(text);
}

/** The bearer token of a request: `Authorization: Bearer …`, or `?token=` (browsers cannot set headers on WebSocket/EventSource). */
export function tokenOf(req: IncomingMessage, url: URL): string | undefined {
  const auth = req.headers.authorization;
  if (auth?.startsWith('Bearer ')) return auth.slice(7).trim();
  return url.searchParams.get('token') ?? undefined;
}

/** A per-key token bucket: `rate` requests per second, bursts up to `burst`. */
export function createRateLimiter(rate: number, burst: number, now: () => number = Date.now) {
  const buckets = new Map<string, { tokens: number; at: number }>();
  return {
    /** Takes one token; returns 0 when allowed, else the seconds until the next one. */
    take(key: string): number {
      const t = now();
      const b = buckets.get(key) ?? { tokens: burst, at: t };
      b.tokens = Math.min(burst, b.tokens + ((t - b.at) / 1000) * rate);
      b.at = t;
      buckets.set(key, b);
      if (b.tokens >= 1) {
        b.tokens -= 1;
        return 0;
      }
      return Math.max(1, Math.ceil((1 - b.tokens) / rate));
    },
  };
}

/** A non-negative integer query parameter within bounds, or 400 naming it. */
export function intParam(url: URL, name: string, fallback: number, max: number): number {
  const raw = url.searchParams.get(name);
  if (raw === null) return fallback;
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || n > max) throw new HttpError(400, `/query/${name}: must be an integer from 0 to ${max}`, { pointer: `/query/${name}` });
  return n;
}
