import { setMaxListeners } from 'node:events';
import { ReadycheckError } from '@readycheck/core';
import { Agent, type Dispatcher } from 'undici';
import { parseAllowedOrigins, publicOnlyLookup, vetCallbackUrl, type LookupAll } from './callback-url.js';
import { runCheck } from './check.js';
import { mergeOptions, resolveOptions } from './options.js';
import type {
  CheckManyOptions,
  HealthCheckOptions,
  HealthCheckResult,
  HealthClient,
  HealthClientOptions,
  HealthTarget,
} from './types.js';

const CLIENT_KEYS = ['connections', 'keepAliveTimeoutMs', 'allowedOrigins', 'allowPrivateNetwork', 'lookup'];

/** Defaults of the client's own settings. */
export const CLIENT_DEFAULTS = Object.freeze({
  connections: 64, // sockets per origin; checkMany above this queues inside undici
  keepAliveTimeoutMs: 4_000, // idle sockets close after 4 s
  concurrency: 10, // checkMany default
});

function invalid(message: string): ReadycheckError {
  return new ReadycheckError('RC_HEALTH_INVALID_OPTION', `health option ${message}`);
}

function positiveInt(name: string, v: unknown, fallback: number): number {
  if (v === undefined) return fallback;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > 1_000_000) {
    throw invalid(`"${name}" must be an integer >= 1, got ${typeof v === 'number' ? v : typeof v}`);
  }
  return v;
}

/**
 * Creates a health client with its own undici Agent (keep-alive, `connections` sockets per origin,
 * no pipelining), so thousands of checks reuse sockets. Options are validated at once and serve as
 * defaults for every call. Close it when done.
 *
 * @example
 * import { createHealthClient } from '@readycheck/health';
 * const client = createHealthClient({ timeoutMs: 2000, allowedOrigins: ['https://hooks.example.com'] });
 * try {
 *   const results = await client.checkMany(['http://127.0.0.1:3000/health', 'http://127.0.0.1:3001/health'], { concurrency: 50 });
 *   await client.postResult('https://hooks.example.com/readycheck', { results });
 * } finally {
 *   await client.close();
 * }
 */
export function createHealthClient(options: HealthClientOptions = {}): HealthClient {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) throw invalid('object expected');
  const { connections, keepAliveTimeoutMs, allowedOrigins, allowPrivateNetwork, lookup, ...checkOptions } = options;
  // Validates every check option now, so a typo fails at construction, not at the first check.
  resolveOptions(checkOptions);
  const connectionLimit = positiveInt('connections', connections, CLIENT_DEFAULTS.connections);
  const keepAlive = positiveInt('keepAliveTimeoutMs', keepAliveTimeoutMs, CLIENT_DEFAULTS.keepAliveTimeoutMs);
  const origins = parseAllowedOrigins(allowedOrigins);
  if (allowPrivateNetwork !== undefined && typeof allowPrivateNetwork !== 'boolean') throw invalid('"allowPrivateNetwork" must be true or false');
  if (lookup !== undefined && typeof lookup !== 'function') throw invalid('"lookup" must be a function');

  const ownAgent: Agent | undefined =
    checkOptions.dispatcher === undefined
      ? new Agent({ connections: connectionLimit, pipelining: 1, keepAliveTimeout: keepAlive })
      : undefined;
  const dispatcher: Dispatcher = checkOptions.dispatcher ?? ownAgent!;
  let guardedAgent: Agent | undefined;
  let closed = false;

  const base: HealthCheckOptions = { ...checkOptions, dispatcher };
  // Resolved once: a check without overrides reuses it.
  const resolvedBase = resolveOptions(base);
  const assertOpen = (): void => {
    if (closed) throw new ReadycheckError('RC_USAGE', 'health client is closed');
  };

  const check = async (target: HealthTarget, overrides?: HealthCheckOptions): Promise<HealthCheckResult> => {
    assertOpen();
    return runCheck(target, overrides === undefined ? resolvedBase : resolveOptions(mergeOptions(base, overrides)));
  };

  const checkMany = async (targets: readonly HealthTarget[], manyOptions: CheckManyOptions = {}): Promise<HealthCheckResult[]> => {
    assertOpen();
    if (!Array.isArray(targets)) throw invalid('checkMany targets must be an array');
    const { concurrency, ...overrides } = manyOptions ?? {};
    const limit = positiveInt('concurrency', concurrency, CLIENT_DEFAULTS.concurrency);
    const given = resolveOptions(mergeOptions(base, overrides));
    const workers = Math.min(limit, targets.length);
    // Every check in flight listens to the signal: more than 10 at once would print Node's
    // MaxListenersExceededWarning on the caller's signal. They listen to one inner signal instead,
    // which the caller's aborts; the caller's signal gets one listener.
    let inner: AbortController | undefined;
    const outer = given.signal;
    const forward = () => inner?.abort(outer?.reason);
    if (outer && workers > 1) {
      inner = new AbortController();
      setMaxListeners(workers + 1, inner.signal);
      if (outer.aborted) forward();
      else outer.addEventListener('abort', forward, { once: true });
    }
    const resolved = inner ? { ...given, signal: inner.signal } : given;
    const results = new Array<HealthCheckResult>(targets.length);
    let next = 0;
    let failed = false;
    const worker = async (): Promise<void> => {
      while (!failed && next < targets.length) {
        const index = next++;
        try {
          results[index] = await runCheck(targets[index]!, resolved);
        } catch (err) {
          failed = true;
          throw err;
        }
      }
    };
    try {
      await Promise.all(Array.from({ length: workers }, worker));
    } finally {
      outer?.removeEventListener('abort', forward);
    }
    return results;
  };

  const postResult = async (callbackUrl: string, payload: unknown, overrides?: HealthCheckOptions): Promise<HealthCheckResult> => {
    assertOpen();
    const resolved = resolveOptions(mergeOptions(base, overrides));
    const vetted = await vetCallbackUrl(callbackUrl, {
      allowedOrigins: origins,
      allowPrivateNetwork: allowPrivateNetwork === true,
      ...(lookup ? { lookup: lookup as LookupAll } : {}),
    });
    let body: string;
    try {
      body = JSON.stringify(payload) ?? 'null';
    } catch (cause) {
      throw new ReadycheckError('RC_HEALTH_INVALID_OPTION', `postResult payload is not JSON-serialisable: ${(cause as Error).message}`, { cause });
    }
    if (vetted.guardConnect && ownAgent !== undefined && overrides?.dispatcher === undefined) {
      // Host names matched by a wildcard are re-checked when the socket connects (DNS rebinding).
      guardedAgent ??= new Agent({
        connections: connectionLimit,
        pipelining: 1,
        keepAliveTimeout: keepAlive,
        connect: { lookup: publicOnlyLookup(lookup as LookupAll | undefined) as never },
      });
      resolved.dispatcher = guardedAgent;
    }
    return runCheck({ url: vetted.url, method: 'POST', headers: { 'content-type': 'application/json' }, body }, resolved);
  };

  const close = async (): Promise<void> => {
    if (closed) return;
    closed = true;
    await Promise.all([ownAgent?.close(), guardedAgent?.close()]);
  };

  return { check, checkMany, postResult, close };
}
