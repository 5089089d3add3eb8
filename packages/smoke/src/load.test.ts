import { afterEach, describe, expect, it } from 'vitest';
import { isReadycheckError } from '@readycheck/core';
import { findSuiteFiles, loadSuites } from './load.js';
import { inlineProject } from './__tests__/helpers.js';

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

async function project(files: Record<string, string>): Promise<string> {
  const p = await inlineProject(files);
  cleanup = p.cleanup;
  return p.dir;
}

async function loadError(dir: string, files: string[]): Promise<{ code: string; message: string }> {
  try {
    await loadSuites(files, { cwd: dir });
  } catch (err) {
    if (isReadycheckError(err)) return { code: err.code, message: err.message };
    throw err;
  }
  throw new Error('expected loadSuites to fail');
}

const TS_SUITE = `
import { defineSuite, check, phase, group, checkpoint } from '@readycheck/smoke';
interface Body { status: string }
export default defineSuite({ name: 'typed', baseUrl: 'http://127.0.0.1:1', defaults: { category: 'api', component: 'core', tags: ['base'] } }, () => {
  phase('boot', () => {
    group('infra', { execution: 'sequential', maxParallel: 1, failFast: true }, () => {
      check('db up', { id: 'db', category: 'infrastructure', priority: 'P0', timeoutMs: 500, retries: 2 }, () => undefined);
      check('cache up', () => undefined);
    });
    checkpoint('booted', { id: 'booted' }, () => undefined);
  });
  phase('serve', () => {
    check('users', { dependsOn: ['db'], tags: ['users'], maxLatencyMs: 300 }, (ctx) => { const b: Body = { status: ctx.id }; ctx.attach('b', b); });
  });
});
`;

describe('TypeScript suites (jiti, no build step)', () => {
  it('loads defineSuite with phases, groups, a checkpoint, defaults and options', async () => {
    const dir = await project({ 'smoke/typed.smoke.ts': TS_SUITE });
    const [suite] = await loadSuites(['smoke/typed.smoke.ts'], { cwd: dir });
    expect(suite!.name).toBe('typed');
    expect(suite!.baseUrl).toBe('http://127.0.0.1:1');
    const byId = new Map(suite!.checks.map((c) => [c.id, c]));
    expect([...byId.keys()]).toEqual(['db', 'cache up', 'booted', 'users']);
    expect(byId.get('db')).toMatchObject({
      category: 'infrastructure',
      component: 'core',
      priority: 'P0',
      timeoutMs: 500,
      retries: 2,
      phase: 'boot',
      phaseIndex: 0,
      tags: ['base'],
    });
    expect(byId.get('db')!.group).toEqual({
      key: 'smoke/typed.smoke.ts#typed/boot/infra',
      name: 'infra',
      execution: 'sequential',
      maxParallel: 1,
      failFast: true,
    });
    expect(byId.get('cache up')).toMatchObject({ category: 'api', priority: 'P2' });
    expect(byId.get('booted')).toMatchObject({ checkpoint: true, phaseIndex: 0 });
    expect(byId.get('users')).toMatchObject({ dependsOn: ['db'], tags: ['base', 'users'], maxLatencyMs: 300, phaseIndex: 1, kind: 'function' });
  });

  it('collects top-level check() calls into a suite named after the file, re-reading the file each time', async () => {
    const dir = await project({
      'smoke/loose.smoke.mjs': "import { check } from '@readycheck/smoke';\ncheck('one', () => {});\ncheck('two', { dependsOn: ['one'] }, () => {});\n",
    });
    const first = await loadSuites(['smoke/loose.smoke.mjs'], { cwd: dir });
    const again = await loadSuites(['smoke/loose.smoke.mjs'], { cwd: dir });
    expect(first.map((s) => [s.name, s.checks.map((c) => c.id)])).toEqual([['loose', ['one', 'two']]]);
    expect(again[0]!.checks).toHaveLength(2);
  });

  it('reports a syntax error as one line naming the file', async () => {
    const dir = await project({ 'smoke/broken.smoke.ts': "import { check } from '@readycheck/smoke';\ncheck('x', () => {\n" });
    const e = await loadError(dir, ['smoke/broken.smoke.ts']);
    expect(e.code).toBe('RC_SUITE_LOAD_FAILED');
    expect(e.message).toMatch(/^smoke\/broken\.smoke\.ts:3: cannot load suite: .*Unexpected token/);
    expect(e.message).not.toContain('\n');
  });

  it('reports an error thrown while declaring, a bad option, and a file with no checks', async () => {
    const dir = await project({
      'a.smoke.ts': "throw new Error('env var API_KEY missing');",
      'b.smoke.ts': "import { check } from '@readycheck/smoke';\ncheck('x', { priority: 'P7' }, () => {});",
      'c.smoke.ts': 'export const nothing = 1;',
      'd.smoke.ts': "import { defineSuite } from '@readycheck/smoke';\nexport default defineSuite('async', async () => {});",
    });
    expect((await loadError(dir, ['a.smoke.ts'])).message).toBe('a.smoke.ts: cannot load suite: env var API_KEY missing');
    expect(await loadError(dir, ['b.smoke.ts'])).toEqual({
      code: 'RC_SUITE_INVALID',
      message: 'b.smoke.ts: check("x"): priority must be one of P0, P1, P2, P3 (got "P7")',
    });
    expect((await loadError(dir, ['c.smoke.ts'])).message).toContain('declares no checks');
    expect((await loadError(dir, ['d.smoke.ts'])).message).toContain('synchronously');
  });
});

const YAML_SUITE = `name: declared
baseUrl: http://127.0.0.1:9
env: { GREETING: hi }
defaults: { category: api, component: web, priority: P1, timeoutMs: 2000, retries: 1 }
checks:
  - { type: http, name: home, path: /, maxLatencyMs: 100, expect: { status: [200, 204] } }
  - { type: command, id: echo, name: echo, command: 'echo $GREETING', outputMatches: '^hi', category: automation }
phases:
  - name: first
    groups:
      - name: g
        execution: sequential
        maxParallel: 1
        failFast: true
        checks:
          - { type: tcp, name: port, port: 9 }
    checkpoint: { type: health, id: gate, name: gate, path: /health, maxRetries: 2, timeoutMs: 100, maxDelayMs: 50 }
`;

describe('declarative suites (YAML/JSON)', () => {
  it('normalises checks, defaults, phases, groups and checkpoints', async () => {
    const dir = await project({ 'smoke/declared.smoke.yaml': YAML_SUITE });
    const [suite] = await loadSuites(['smoke/declared.smoke.yaml'], { cwd: dir });
    const byId = new Map(suite!.checks.map((c) => [c.id, c]));
    expect(byId.get('home')).toMatchObject({
      kind: 'http',
      category: 'api',
      component: 'web',
      priority: 'P1',
      timeoutMs: 2000,
      retries: 1,
      maxLatencyMs: 100,
      describe: 'GET /',
    });
    expect(byId.get('home')!.phaseIndex).toBeUndefined();
    expect(byId.get('echo')).toMatchObject({ kind: 'command', category: 'automation', env: { GREETING: 'hi' }, describe: '$ echo $GREETING' });
    expect(byId.get('port')).toMatchObject({ kind: 'tcp', phase: 'first', phaseIndex: 0, group: { execution: 'sequential', maxParallel: 1, failFast: true } });
    // A health check's runner budget covers its own retries and waits.
    expect(byId.get('gate')).toMatchObject({ kind: 'health', checkpoint: true, timeoutMs: 100 * 3 + 50 * 2 + 1000 });
  });

  it('loads the same suite from JSON', async () => {
    const dir = await project({ 's.smoke.json': JSON.stringify({ name: 'j', checks: [{ type: 'tcp', name: 't', host: '127.0.0.1', port: 1 }] }) });
    expect((await loadSuites(['s.smoke.json'], { cwd: dir }))[0]!.checks[0]).toMatchObject({ id: 't', kind: 'tcp', describe: 'tcp 127.0.0.1:1' });
  });

  it('names file, line and JSON pointer of a schema problem', async () => {
    const dir = await project({
      'bad.smoke.yaml': 'name: bad\nchecks:\n  - type: http\n    name: x\n    expect:\n      status: "200"\n',
      'kind.smoke.yaml': 'name: k\nchecks:\n  - { type: ftp, name: x }\n',
      'extra.smoke.yaml': 'name: e\nchecks:\n  - type: tcp\n    name: x\n    hots: example.com\n',
      'syntax.smoke.yaml': 'name: s\nchecks: [\n',
      'syntax.smoke.json': '{"name": "s",, }',
      'regex.smoke.yaml':
        'name: r\nphases:\n  - name: p\n    groups:\n      - name: g\n        checks:\n          - { type: command, name: c, command: "true", outputMatches: "(" }\n',
      'url.smoke.yaml': 'name: u\nbaseUrl: localhost:8080\n',
      'blank.smoke.yaml': 'name: b\nchecks:\n  - { type: tcp, name: " ", port: 1 }\n',
    });
    expect((await loadError(dir, ['regex.smoke.yaml'])).message).toMatch(
      /^regex\.smoke\.yaml:7: \/phases\/0\/groups\/0\/checks\/0\/outputMatches: invalid regular expression: /,
    );
    expect((await loadError(dir, ['blank.smoke.yaml'])).message).toBe('blank.smoke.yaml:3: /checks/0/name: must not be empty');
    expect((await loadError(dir, ['url.smoke.yaml'])).message).toBe('url.smoke.yaml:2: /baseUrl: must be an absolute http(s) URL (got "localhost:8080")');
    expect(await loadError(dir, ['bad.smoke.yaml'])).toMatchObject({
      code: 'RC_SUITE_INVALID',
      message: expect.stringMatching(/^bad\.smoke\.yaml:6: \/checks\/0\/expect\/status: /),
    });
    expect((await loadError(dir, ['kind.smoke.yaml'])).message).toMatch(/^kind\.smoke\.yaml:3: \/checks\/0/);
    expect((await loadError(dir, ['extra.smoke.yaml'])).message).toBe('extra.smoke.yaml:5: /checks/0: unknown property "hots"');
    expect(await loadError(dir, ['syntax.smoke.yaml'])).toMatchObject({
      code: 'RC_YAML_SYNTAX',
      message: expect.stringMatching(/^syntax\.smoke\.yaml:\d+:\d+: invalid YAML/),
    });
    expect(await loadError(dir, ['syntax.smoke.json'])).toMatchObject({
      code: 'RC_JSON_SYNTAX',
      message: expect.stringMatching(/^syntax\.smoke\.json:1:\d+: invalid JSON/),
    });
  });
});

describe('findSuiteFiles', () => {
  it('finds *.smoke.* under smoke/ by default, only *.smoke.* inside given directories, and any file named explicitly', async () => {
    const dir = await project({
      'smoke/a.smoke.ts': '',
      'smoke/nested/b.smoke.yaml': '',
      'smoke/helper.ts': '',
      'other/c.smoke.json': '',
      'other/plain.yaml': '',
      'node_modules/x/d.smoke.ts': '',
    });
    expect(await findSuiteFiles([], { cwd: dir })).toEqual(['smoke/a.smoke.ts', 'smoke/nested/b.smoke.yaml']);
    expect(await findSuiteFiles(['other'], { cwd: dir })).toEqual(['other/c.smoke.json']);
    expect(await findSuiteFiles(['other/plain.yaml'], { cwd: dir })).toEqual(['other/plain.yaml']);
    expect(await findSuiteFiles([], { cwd: dir, patterns: ['other/**/*.smoke.json'] })).toEqual(['other/c.smoke.json']);
  });
});
