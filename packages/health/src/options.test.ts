import { MockAgent } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import { backoffDelays, checkHealth, createHealthClient, type HealthCheckOptions } from './index.js';
import { closeAll, json, startServer } from './__tests__/loopback.js';

afterEach(closeAll);

// Each entry: an option value that makes no sense, and the words the error must contain.
const nonsense: Array<[string, Record<string, unknown>, RegExp]> = [
  ['negative timeout', { timeoutMs: -1 }, /"timeoutMs" must be a number > 0 and <= 2147483647, got -1/],
  ['zero timeout', { timeoutMs: 0 }, /"timeoutMs" must be a number > 0/],
  ['NaN timeout', { timeoutMs: Number.NaN }, /"timeoutMs"/],
  ['timeout beyond setTimeout range', { timeoutMs: 2 ** 31 }, /"timeoutMs" must be a number > 0 and <= 2147483647/],
  ['timeout as string', { timeout_ms: '500' }, /"timeoutMs" must be a number > 0 .*, got "500"/],
  ['maxRetries -1', { maxRetries: -1 }, /"maxRetries" must be an integer >= 0/],
  ['maxRetries 1.5', { max_retries: 1.5 }, /"maxRetries" must be an integer >= 0/],
  ['maxRetries huge', { maxRetries: 1e6 }, /"maxRetries" must be an integer >= 0 and <= 100/],
  ['factor 0', { factor: 0 }, /"factor" must be a number > 0 .*, got 0$/],
  ['factor Infinity', { factor: Infinity }, /"factor"/],
  ['negative baseDelayMs', { baseDelayMs: -5 }, /"baseDelayMs" must be a number >= 0/],
  ['negative maxDelayMs', { maxDelayMs: -1 }, /"maxDelayMs" must be a number >= 0/],
  ['unknown jitter', { jitter: 'random' }, /"jitter" must be one of none, full, equal, got "random"/],
  ['zero deadline', { deadlineMs: 0 }, /"deadlineMs" must be a number > 0/],
  ['retryOn not an array', { retryOn: 503 }, /"retryOn" must be an array/],
  ['retryOn bad entry', { retryOn: [503, 'sometimes'] }, /"retryOn" entries must be status codes 100-599/],
  ['retryOn bad status', { retryOn: [999] }, /"retryOn" entries/],
  ['respectRetryAfter not boolean', { respectRetryAfter: 'yes' }, /"respectRetryAfter" must be true or false/],
  ['signal not a signal', { signal: {} }, /"signal" must be an AbortSignal/],
  ['negative maxBodyBytes', { maxBodyBytes: -1 }, /"maxBodyBytes" must be an integer >= 0/],
  ['expect not an object', { expect: 200 }, /"expect" must be an object/],
  ['expect.status out of range', { expect: { status: [200, 700] } }, /"expect.status" must be a status code 100-599/],
  ['expect.status empty', { expect: { status: [] } }, /"expect.status"/],
  ['expect unknown key', { expect: { statusCode: 200 } }, /"expect" has unknown property "statusCode"/],
  ['expect.bodySchema broken', { expect: { bodySchema: { type: 'nonsense' } } }, /"expect.bodySchema" is not a valid JSON Schema/],
  ['expect.bodyContains not string', { expect: { bodyContains: 1 } }, /"expect.bodyContains" must be a string/],
  ['dispatcher not a dispatcher', { dispatcher: {} }, /"dispatcher" must be an undici Dispatcher/],
  ['headers with CRLF', { headers: { 'x-a': 'a\r\nInjected: 1' } }, /"headers.x-a" must be a string without CR, LF or NUL/],
  ['headers bad name', { headers: { 'bad name': 'x' } }, /"headers" has an invalid header name/],
  ['random not a function', { random: 0.5 }, /"random" must be a function/],
  ['clock not an object', { clock: 5 }, /"clock" must be an object/],
  ['clock.sleep not a function', { clock: { sleep: 1 } }, /"clock.sleep" must be a function/],
  ['empty idempotencyKey', { idempotencyKey: '' }, /"idempotencyKey" must be a non-empty string/],
  ['retryNonIdempotent not boolean', { retryNonIdempotent: 1 }, /"retryNonIdempotent" must be true or false/],
  ['alias disagreement', { timeoutMs: 100, timeout_ms: 200 }, /"timeoutMs" \(100\) and its alias "timeout_ms" \(200\) disagree/],
  ['unknown option (typo)', { timeoutMS: 100 }, /"timeoutMS" is unknown/],
];

describe('9. every option rejects nonsense before any request', () => {
  it.each(nonsense)('%s', async (_name, options, message) => {
    const lb = await startServer((_req, res) => json(res, 200, {}));
    const call = checkHealth(lb.url, options as HealthCheckOptions);
    await expect(call).rejects.toMatchObject({ code: 'RC_HEALTH_INVALID_OPTION', name: 'ReadycheckError' });
    await expect(call).rejects.toThrow(message);
    expect(() => createHealthClient(options as HealthCheckOptions)).toThrow(message);
    expect(lb.requests).toBe(0);
    expect(lb.connections).toBe(0);
  });

  it('options that are not an object are rejected', async () => {
    await expect(checkHealth('http://127.0.0.1:9/', 'fast' as unknown as HealthCheckOptions)).rejects.toThrow(/object expected, got "fast"/);
  });

  it('backoffDelays validates the same way', () => {
    expect(() => backoffDelays({ jitter: 'sometimes' as 'none' })).toThrow(/"jitter" must be one of/);
  });

  it('client-only options are validated at construction', () => {
    expect(() => createHealthClient({ connections: 0 })).toThrow(/"connections" must be an integer >= 1/);
    expect(() => createHealthClient({ keepAliveTimeoutMs: -1 })).toThrow(/"keepAliveTimeoutMs"/);
    expect(() => createHealthClient({ allowedOrigins: 'https://a.example' as unknown as string[] })).toThrow(/"allowedOrigins"/);
    expect(() => createHealthClient({ allowedOrigins: ['https://a.example/path'] })).toThrow(/must be an origin \(scheme, host, port\) without a path/);
    expect(() => createHealthClient({ allowedOrigins: ['ftp://a.example'] })).toThrow(/must be http: or https:/);
    expect(() => createHealthClient({ allowedOrigins: ['https://u:p@a.example'] })).toThrow(/must not contain credentials/);
    expect(() => createHealthClient({ allowedOrigins: ['https://*.com'] })).toThrow(/wildcard must cover a domain/);
    expect(() => createHealthClient({ allowedOrigins: ['not a url'] })).toThrow(/is not a URL origin/);
    expect(() => createHealthClient({ allowPrivateNetwork: 'yes' as unknown as boolean })).toThrow(/"allowPrivateNetwork"/);
  });

  it('snake_case aliases from JSON are accepted and mean the same', async () => {
    const agent = new MockAgent();
    agent.disableNetConnect();
    agent.get('http://svc.test').intercept({ path: '/' }).reply(503, '').times(4);
    const fromJson = JSON.parse('{"timeout_ms": 500, "max_retries": 3, "jitter": "none", "baseDelayMs": 1}') as HealthCheckOptions;
    const r = await checkHealth('http://svc.test/', { ...fromJson, dispatcher: agent });
    expect(r.attempts).toHaveLength(4);
    await agent.close();
  });
});
