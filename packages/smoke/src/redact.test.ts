import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from './cli.js';
import { envRedactor, redactDeep, redactUrlCredentials, urlRedactor } from './redact.js';
import { cleanStack, isInternalFrame } from './stack.js';
import { fakeIO, inlineProject, repoRoot } from './__tests__/helpers.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

describe('redaction', () => {
  it('cuts URL passwords to ***, keeping the user', () => {
    expect(redactUrlCredentials('GET http://admin:s3cret@127.0.0.1:80/x and https://u:p%40ss@h/')).toBe('GET http://admin:***@127.0.0.1:80/x and https://u:***@h/');
    expect(redactUrlCredentials('http://host/no-credentials user:pw@ not a url')).toBe('http://host/no-credentials user:pw@ not a url');
  });

  it('cuts the password of a given URL wherever it appears, as written, decoded and as Basic auth', () => {
    const redact = urlRedactor('http://admin:p%40ss-word@127.0.0.1:9/');
    const basic = Buffer.from('admin:p@ss-word').toString('base64');
    expect(redact(`url http://admin:p%40ss-word@127.0.0.1:9/ pw p@ss-word auth Basic ${basic}`)).toBe('url http://admin:***@127.0.0.1:9/ pw *** auth Basic ***');
    expect(urlRedactor(undefined)('http://a:b@h/')).toBe('http://a:***@h/');
  });

  it('cuts the values of an environment, longest first, leaving harmless and short ones', () => {
    const redact = envRedactor({ TOKEN: 'abcdef123456', LONGER: 'xx-abcdef123456-yy', HOME: '/home/someone', SHORT: 'abc' }, ['given-by-flag']);
    expect(redact('xx-abcdef123456-yy abcdef123456 /home/someone abc given-by-flag')).toBe('*** *** /home/someone abc ***');
  });

  it('redacts every string of a value, keys too', () => {
    const redact = urlRedactor('http://u:topsecret@h/');
    expect(redactDeep({ a: ['topsecret', 1, null, { topsecret: 'http://u:topsecret@h/x' }] }, redact)).toEqual({ a: ['***', 1, null, { '***': 'http://u:***@h/x' }] });
  });
});

describe('runner frames in traces', () => {
  it('drops frames of readycheck’s own files and Node internals, keeps the check’s', () => {
    const own = path.join(repoRoot, 'packages/smoke/dist/runner.js');
    const stack = [
      'Error: no workers',
      '    at check (/work/app/smoke/api.smoke.ts:12:11)',
      `    at Scheduler.attempt (${own}:300:20)`,
      `    at file://${own}:310:5`,
      '    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)',
    ].join('\n');
    expect(cleanStack(stack)).toBe('Error: no workers\n    at check (/work/app/smoke/api.smoke.ts:12:11)');
    expect(isInternalFrame('not a frame')).toBe(false);
  });
});

async function listen(handler: Parameters<typeof createServer>[1]): Promise<string> {
  const server: Server = createServer(handler);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  cleanups.push(() => new Promise<void>((r) => server.close(() => r())));
  return `127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('smoke-run with credentials in --base-url', () => {
  it('writes http://user:***@host in every report, draft and rerun command, and the password nowhere', async () => {
    const password = ['pw', 'for', 'the', 'api'].join('-');
    const host = await listen((req, res) => {
      res.statusCode = req.url === '/ok' ? 200 : 500;
      res.end(req.headers.authorization ?? 'none');
    });
    const p = await inlineProject({
      'smoke/api.smoke.yaml': [
        'name: api',
        'checks:',
        '  - { type: http, name: ok, path: /ok, priority: P0 }',
        '  - { type: http, name: broken, path: /broken, priority: P0, expect: { bodyContains: nothing-like-this } }',
      ].join('\n'),
    });
    cleanups.push(p.cleanup);
    const io = fakeIO(p.dir);
    const code = await main(['--base-url', `http://admin:${password}@${host}`, '-r', 'console,json,html,junit', '--issues-dir', 'issues', '--history'], io);
    expect(code).toBe(1);
    const files = ['reports/smoke-report.json', 'reports/smoke-report.html', 'reports/junit.xml', '.smoke/history.jsonl', ...(await readdir(path.join(p.dir, 'issues'))).map((f) => `issues/${f}`)];
    expect(files.some((f) => f.startsWith('issues/'))).toBe(true);
    for (const f of files) expect(await readFile(path.join(p.dir, f), 'utf8'), f).not.toContain(password);
    expect(io.out + io.err).not.toContain(password);
    const report = JSON.parse(await readFile(path.join(p.dir, 'reports/smoke-report.json'), 'utf8')) as { results: { environment: { extra: { baseUrl: string } } } };
    expect(report.results.environment.extra.baseUrl).toBe(`http://admin:***@${host}`);
    const draft = await readFile(path.join(p.dir, 'issues', (await readdir(path.join(p.dir, 'issues')))[0]!), 'utf8');
    expect(draft).toContain(`--base-url 'http://admin:***@${host}'`);
  });
});

describe('usage errors before running', () => {
  it('a check that needs a base URL, with none given, is exit 2 naming the check', async () => {
    const p = await inlineProject({ 'smoke/api.smoke.yaml': 'name: api\nchecks:\n  - { type: http, name: list users, id: users, path: /users }\n  - { type: tcp, name: db, port: 5432 }\n' });
    cleanups.push(p.cleanup);
    const io = fakeIO(p.dir);
    expect(await main(['-r', 'json'], io)).toBe(2);
    expect(io.err).toBe('smoke-run: check "users" (smoke/api.smoke.yaml) needs a base URL (and 1 more): pass --base-url, set SMOKE_BASE_URL, or give the suite a baseUrl\n');
  });

  it('a shard with no checks is exit 2 unless --pass-with-no-checks', async () => {
    const p = await inlineProject({ 'smoke/a.smoke.yaml': 'name: a\nchecks:\n  - { type: command, name: one, command: "true" }\n' });
    cleanups.push(p.cleanup);
    const io = fakeIO(p.dir);
    expect(await main(['--shard', '2/2', '-r', 'json'], io)).toBe(2);
    expect(io.err).toBe('smoke-run: shard 2/2 has no checks (all 1 are in other shards; --pass-with-no-checks writes an empty report and exits 0)\n');
    expect(await main(['--shard', '2/2', '-r', 'json', '--pass-with-no-checks'], fakeIO(p.dir))).toBe(0);
  });
});
