// The built bin with --shard and merge-reports (`npm run build` first): real exit codes and stderr.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SmokeReport } from '@readycheck/core';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const bin = path.join(repo, 'packages/smoke/bin/smoke-run.js');
const suite = path.join(repo, 'fixtures/smoke-reports/suite');

function runBin(args: string[], cwd: string): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { PATH: process.env.PATH ?? '', CI: '1' } });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

describe('smoke-run --shard and merge-reports (child process)', () => {
  let dir: string;
  beforeAll(async () => {
    expect(existsSync(path.join(repo, 'packages/smoke/dist/cli.js')), 'build first: npm run build').toBe(true);
    dir = await mkdtemp(path.join(tmpdir(), 'rc-shard-e2e-'));
    await cp(suite, dir, { recursive: true });
  });
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('a bad shard is one line on stderr and exit 2', async () => {
    const r = await runBin(['--shard', '3/2'], dir);
    expect(r).toEqual({ code: 2, out: '', err: 'smoke-run: --shard "3/2": the shard index must be between 1 and 2\n' });
  });

  it('two shards run apart and merge into one report; exit codes follow the results', async () => {
    const [one, two] = await Promise.all([
      runBin(['--shard', '1/2', '--reporter', 'json', '--out', 's1'], dir),
      runBin(['--shard', '2/2', '--reporter', 'json', '--out', 's2'], dir),
    ]);
    expect([one.code, two.code]).toEqual([1, 0]);
    const merged = await runBin(['merge-reports', 's1/smoke-report.json', 's2/smoke-report.json', '--out', 'merged', '-r', 'json,junit,html'], dir);
    expect(merged.err).toBe('');
    expect(merged.code).toBe(1);
    const report = JSON.parse(await readFile(path.join(dir, 'merged/smoke-report.json'), 'utf8')) as SmokeReport;
    expect(report.results.summary.tests).toBe(6);
    expect(existsSync(path.join(dir, 'merged/junit.xml'))).toBe(true);
    expect(existsSync(path.join(dir, 'merged/smoke-report.html'))).toBe(true);
  });
});
