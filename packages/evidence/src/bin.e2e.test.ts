// End-to-end runs of the built bin (`npm run build` first): exit codes and stderr need a real process.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const bin = path.join(repoRoot, 'packages/evidence/bin/evidence-scan.js');
const workers = path.join(repoRoot, 'fixtures/evidence/workers-app');

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

describe('evidence-scan bin (child process)', () => {
  let cwd: string;
  beforeAll(async () => {
    expect(existsSync(path.join(repoRoot, 'packages/evidence/dist/cli.js')), 'build first: npm run build').toBe(true);
    cwd = await mkdtemp(path.join(os.tmpdir(), 'evidence-bin-'));
  });
  afterAll(async () => {
    await rm(cwd, { recursive: true, force: true });
  });

  it('writes the reports and exits 1 with --fail-on warn', async () => {
    const r = await runBin([workers, '--out', 'out', '--fail-on', 'warn'], cwd);
    expect(r.code).toBe(1);
    expect(r.out).toContain('evidence-scan: 6 features — 1 PASS, 1 WARN, 1 FAIL, 3 SKIP');
    expect(JSON.parse(await readFile(path.join(cwd, 'out/evidence.json'), 'utf8')).summary.features).toBe(6);
  });

  it('exits 1 on a regression with --fail-on-regression and records it in the JSON', async () => {
    await writeFile(path.join(cwd, 'prev.json'), JSON.stringify({ features: [{ name: 'search', status: 'PASS' }] }));
    const r = await runBin([workers, '--out', 'out2', '--compare', 'prev.json', '--fail-on-regression', '--json'], cwd);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).comparison.regressions).toBe(1);
  });

  it('exits 2 with one line on stderr for a missing root and an unknown option', async () => {
    const missing = await runBin(['no-such-dir'], cwd);
    expect(missing).toEqual({ code: 2, out: '', err: 'evidence-scan: no-such-dir: no such directory\n' });
    const bogus = await runBin(['--bogus'], cwd);
    expect(bogus).toEqual({ code: 2, out: '', err: "evidence-scan: unknown option '--bogus'\n" });
  });
});
