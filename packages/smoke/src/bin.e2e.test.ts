// End-to-end runs of the built bin (`npm run build` first): exit codes and signals need a real process.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SmokeReport } from '@readycheck/core';
import { inlineProject, repoRoot, startExampleService } from './__tests__/helpers.js';

const bin = path.join(repoRoot, 'packages/smoke/bin/smoke-run.js');

interface Proc {
  code: number | null;
  signal: NodeJS.Signals | null;
  out: string;
  err: string;
}

function runBin(args: string[], cwd: string, onStdout?: (text: string, child: ReturnType<typeof spawn>) => void): Promise<Proc> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { PATH: process.env.PATH ?? '', CI: '1' } });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      onStdout?.(out, child);
    });
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('close', (code, signal) => resolve({ code, signal, out, err }));
  });
}

describe('smoke-run bin (child process)', () => {
  let service: Awaited<ReturnType<typeof startExampleService>>;
  beforeAll(async () => {
    expect(existsSync(path.join(repoRoot, 'packages/smoke/dist/bin.js')), 'build first: npm run build').toBe(true);
    service = await startExampleService();
  });
  afterAll(async () => {
    await service?.stop();
  });

  it('SIGINT stops the run, aborts the running check, writes the report of what ran, exits 130', async () => {
    const p = await inlineProject({
      'smoke/wait.smoke.mjs': [
        "import { check } from '@readycheck/smoke';",
        "check('quick', () => {});",
        "check('waits for abort', { dependsOn: ['quick'] }, (ctx) => new Promise((resolve) => ctx.signal.addEventListener('abort', resolve)));",
        "check('never starts', { dependsOn: ['waits for abort'] }, () => {});",
      ].join('\n'),
    });
    try {
      let sent = false;
      const r = await runBin(['--reporter', 'console,json'], p.dir, (out, child) => {
        // Interrupt once the first check has finished and the second is running.
        if (!sent && out.includes('[1/3]')) {
          sent = true;
          setTimeout(() => child.kill('SIGINT'), 100);
        }
      });
      expect(r.code).toBe(130);
      expect(r.err).toContain('interrupted');
      const report = JSON.parse(await readFile(path.join(p.dir, 'reports/smoke-report.json'), 'utf8')) as SmokeReport;
      expect(report.results.extra!.interrupted).toBe(true);
      expect(report.results.tests.map((t) => [t.extra.id, t.rawStatus])).toEqual([
        ['quick', 'passed'],
        ['waits for abort', 'interrupted'],
        ['never starts', 'interrupted'],
      ]);
    } finally {
      await p.cleanup();
    }
  });

  it('runs the example health checks in CI mode with plain lines and exits 0', async () => {
    const p = await inlineProject({});
    try {
      const r = await runBin([path.join(repoRoot, 'examples/smoke-service/smoke'), '--category', 'health', '--base-url', service.url, '--out', 'out'], p.dir);
      expect(r.err).toBe('');
      expect(r.code).toBe(0);
      expect(r.out).toMatch(/^\[1\/4\] ✓ liveness endpoint is healthy \(\d+ ms\)$/m);
      expect(r.out).not.toContain('\x1b[');
      expect(existsSync(path.join(p.dir, 'out/smoke-report.json'))).toBe(true);
    } finally {
      await p.cleanup();
    }
  });

  it('bad input: one line on stderr, exit 2', async () => {
    const r = await runBin(['--category', 'nope'], path.join(repoRoot, 'examples/smoke-service'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^smoke-run: unknown category "nope" \(known: [^\n]+\)\n$/);
  });
});
