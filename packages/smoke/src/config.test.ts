// smoke-run takes its defaults from the `smoke` section of readycheck's config; flags win.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeIO, inlineProject } from './__tests__/helpers.js';
import { main } from './cli.js';

const suite = 'name: s\nchecks:\n  - { type: command, name: ok, command: "true" }\n  - { type: command, name: bad, command: "false" }\n';
let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

describe('smoke-run config defaults', () => {
  it('reads reporters and out from readycheck.config.*', async () => {
    const p = await inlineProject({ 'smoke/s.smoke.yaml': suite, 'readycheck.config.yaml': 'smoke:\n  reporters: [json]\n  out: custom-out\n' });
    cleanup = p.cleanup;
    const io = fakeIO(p.dir);
    expect(await main([], io)).toBe(1);
    expect(existsSync(path.join(p.dir, 'custom-out', 'smoke-report.json'))).toBe(true);
    expect(io.out).toBe('JSON report: custom-out/smoke-report.json\n'); // json only: no console table
  });

  it('a flag wins over the config', async () => {
    const p = await inlineProject({ 'smoke/s.smoke.yaml': suite, 'readycheck.config.json': '{ "smoke": { "reporters": ["json"], "out": "from-config" } }' });
    cleanup = p.cleanup;
    expect(await main(['--out', 'from-flag'], fakeIO(p.dir))).toBe(1);
    expect(existsSync(path.join(p.dir, 'from-flag', 'smoke-report.json'))).toBe(true);
    expect(existsSync(path.join(p.dir, 'from-config'))).toBe(false);
  });

  it('-c is the config file; a bad value in it is one line naming the pointer, exit 2', async () => {
    const p = await inlineProject({ 'smoke/s.smoke.yaml': suite, 'other.json': '{ "smoke": { "retries": "three" } }' });
    cleanup = p.cleanup;
    const io = fakeIO(p.dir);
    expect(await main(['-c', 'other.json'], io)).toBe(2);
    expect(io.err).toMatch(/^smoke-run: other\.json.*\/smoke\/retries/);
    expect(io.err.trim().split('\n')).toHaveLength(1);
  });

  it('an invalid base URL in the config is a usage error naming where it came from', async () => {
    const p = await inlineProject({ 'smoke/s.smoke.yaml': suite, 'readycheck.config.json': '{ "smoke": { "baseUrl": "ftp://x" } }' });
    cleanup = p.cleanup;
    const io = fakeIO(p.dir);
    expect(await main([], io)).toBe(2);
    expect(io.err).toContain('config smoke.baseUrl: expected an http or https URL.');
  });
});
