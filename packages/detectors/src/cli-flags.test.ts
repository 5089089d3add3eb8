// The flags quality-scan shares with ESLint's muscle memory: --stdin/--stdin-filename,
// --max-warnings, --shard with merge-reports, -c/--config, and colour through
// --color/--no-color, NO_COLOR and FORCE_COLOR; progress only on a terminal's stderr.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { CliIO, QualityReport } from '@readycheck/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from './cli.js';

const ANSI = /\u001b\[/;
let root: string;
beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'rc-qs-flags-'));
  // A real mixed corpus: every detector fixture scenario, side by side.
  cpSync(new URL('../../../fixtures/detectors/snapshot/', import.meta.url), path.join(root, 'corpus'), { recursive: true });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function run(argv: string[], over: Partial<CliIO> = {}) {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd: root, env: {}, isTTY: false, ...over };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}
const strip = (r: QualityReport) => ({ ...r, summary: { ...r.summary, durationMs: undefined } });

describe('--stdin and --stdin-filename', () => {
  it('scans standard input as the named file', async () => {
    const r = await run(['--stdin', '--stdin-filename', 'src/panel.tsx', '--format', 'json'], { readStdin: async () => 'export const P = () => <div>{eval(x) as any}</div>;\n' });
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as QualityReport;
    expect(report.violations.map((v) => `${v.file}:${v.line} ${v.ruleId}`)).toEqual(['src/panel.tsx:1 dynamic-code-execution', 'src/panel.tsx:1 explicit-any']);
    expect(report.summary.files).toBe(1);
  });
  it('--stdin-filename alone is a usage error', async () => {
    const r = await run(['--stdin-filename', 'a.ts']);
    expect(r).toMatchObject({ code: 2, stderr: 'quality-scan: --stdin-filename needs --stdin\n' });
  });
});

describe('--max-warnings', () => {
  it('exits 1 when more findings below the threshold are reported than allowed, 0 at the limit', async () => {
    writeFileSync(path.join(root, 'warn.ts'), 'export const a = b as any;\nexport const c = d as any;\n');
    expect((await run(['warn.ts'])).code).toBe(0);
    expect((await run(['warn.ts', '--max-warnings', '2'])).code).toBe(0);
    const over = await run(['warn.ts', '--max-warnings', '1']);
    expect(over.code).toBe(1);
    expect(over.stderr).toBe('quality-scan: 2 findings below the threshold, more than --max-warnings 1\n');
    expect((await run(['warn.ts', '--max-warnings', '-1'])).code).toBe(2);
  });
});

describe('--shard and merge-reports', () => {
  it('the shards together hold every file once, balanced, and merged they equal the unsharded report', async () => {
    const whole = JSON.parse((await run(['corpus', '--format', 'json'])).stdout) as QualityReport;
    for (const n of [2, 3]) {
      const parts: string[] = [];
      for (let i = 1; i <= n; i++) {
        const out = path.join(root, `shard-${i}-of-${n}.json`);
        const r = await run(['corpus', '--shard', `${i}/${n}`, '--format', 'json', '-o', out]);
        expect([0, 1]).toContain(r.code);
        const files = (JSON.parse(readFileSync(out, 'utf8')) as QualityReport).summary.files;
        expect(Math.abs(files - whole.summary.files / n)).toBeLessThan(1);
        parts.push(out);
      }
      const merged = await run(['merge-reports', ...parts, '--format', 'json']);
      expect(strip(JSON.parse(merged.stdout) as QualityReport)).toEqual(strip(whole));
      expect(merged.code).toBe(1); // the corpus has critical findings
    }
  });
  it('a shard that holds no file (a matrix wider than the files) exits 2 saying so, unless --pass-with-no-files', async () => {
    writeFileSync(path.join(root, 'one.ts'), 'export const a = b as any;\n');
    const empty = await run(['one.ts', '--shard', '2/2']);
    expect(empty).toMatchObject({ code: 2, stderr: 'quality-scan: no file scanned (shard 2/2 holds none of the files); pass --pass-with-no-files to accept an empty run\n' });
    expect((await run(['one.ts', '--shard', '2/2', '--pass-with-no-files'])).code).toBe(0);
  });
  it('merge-reports writes SARIF (or any format) from the shards', async () => {
    const out = path.join(root, 'shard-1-of-1.json');
    await run(['corpus', '--shard', '1/1', '--format', 'json', '-o', out]);
    const sarif = await run(['merge-reports', out, '--format', 'sarif']);
    expect(JSON.parse(sarif.stdout)).toMatchObject({ version: '2.1.0' });
  });
  it('refuses the same shard twice, a bad shard and a report that is not one', async () => {
    const out = path.join(root, 'shard-1-of-1.json');
    const twice = await run(['merge-reports', out, out]);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toMatch(/is in another report too \(the same shard given twice\?\)/);
    expect((await run(['corpus', '--shard', '3/2'])).stderr).toMatch(/--shard.*expected i\/n with 1 <= i <= n/);
    writeFileSync(path.join(root, 'not-a-report.json'), '{"hello": 1}');
    const bad = await run(['merge-reports', 'not-a-report.json']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^quality-scan: not-a-report\.json/);
  });
});

describe('colour and progress', () => {
  it('FORCE_COLOR colours piped output, NO_COLOR wins over a terminal, --no-color over FORCE_COLOR', async () => {
    expect((await run(['warn.ts'], { env: { FORCE_COLOR: '1' } })).stdout).toMatch(ANSI);
    expect((await run(['warn.ts'], { env: { FORCE_COLOR: '1', CI: 'true' } })).stdout).toMatch(ANSI);
    expect((await run(['warn.ts'], { isTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toMatch(ANSI);
    expect((await run(['warn.ts', '--no-color'], { env: { FORCE_COLOR: '1' } })).stdout).not.toMatch(ANSI);
    expect((await run(['warn.ts', '--color'])).stdout).toMatch(ANSI);
    expect((await run(['warn.ts'])).stdout).not.toMatch(ANSI);
  });
  it('never prints progress when stderr is not a terminal', async () => {
    const r = await run(['corpus'], { stderrIsTTY: false });
    expect(r.stderr).toBe('');
  });
});

describe('-c is --config in every bin', () => {
  const bins = ['detectors/bin/quality-scan.js', 'evidence/bin/evidence-scan.js', 'smoke/bin/smoke-run.js', 'coverage-gate/bin/coverage-gate.js'];
  it.each(bins)('%s --help', async (bin) => {
    const { stdout } = await promisify(execFile)(process.execPath, [path.resolve(import.meta.dirname, '../..', bin), '--help']);
    expect(stdout).toMatch(/^\s+-c, --config <file>/m);
  });
});
