// Issue #14's reproductions for quality-scan (fixtures/hostile/quality-scan): deep nesting, the
// 1,000-term concatenation, padding past the size limit, NUL bytes and self-suppression. Each must
// end in a finding, never in "clean".
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { validate, type CliIO, type QualityReport } from '@readycheck/core';
import { AGENT_LINES, NESTING_SHAPES, TRICKS, concatenation, nestedStatement, writeSamples } from '../../../fixtures/hostile/quality-scan/shapes.js';
import { createTempRepo, type TempRepo } from './change/__tests__/git-repo.js';
import { main } from './cli.js';
import { scanSource } from './scan.js';

const fixture = fileURLToPath(new URL('../../../fixtures/hostile/quality-scan/', import.meta.url));
const BEFORE = readFileSync(path.join(fixture, 'gate/before/src/worker.ts'), 'utf8');

function io(cwd: string): CliIO & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return { stdout: (t) => void (out += t), stderr: (t) => void (err += t), cwd, env: {}, isTTY: false, out: () => out, err: () => err };
}

async function run(cwd: string, ...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const streams = io(cwd);
  const code = await main(argv, streams);
  return { code, out: streams.out(), err: streams.err() };
}

let dir: string | undefined;
let repo: TempRepo | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
  repo?.remove();
  repo = undefined;
});

describe('a hostile change through quality-scan --diff (the gate sequence itself is tested in packages/monitor)', () => {
  it('quality-scan --diff reports the padded file instead of skipping it: exit 1, the reason named', async () => {
    repo = createTempRepo({ 'src/worker.ts': BEFORE });
    repo.write({ 'src/worker.ts': (TRICKS.padding as (b: string) => string)(BEFORE) });
    const r = await run(repo.dir, '--diff', 'HEAD', '--format', 'json');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out) as QualityReport;
    expect(report.skipped).toEqual([]);
    expect(report.violations.map((v) => [v.file, v.ruleId, v.severity])).toEqual([['src/worker.ts', 'unscannable', 'high']]);
    expect(report.violations[0]?.message).toMatch(/too-large: \d+ bytes is over the limit of 2097152/);
  });
});

describe('deep nesting (every shape, depths 100 to 10,000)', () => {
  it.each(NESTING_SHAPES.map((s) => [s.name, s] as const))('%s: a planted eval is reported, or the file is unscannable: never neither', (_name, shape) => {
    for (const depth of [100, 900, 2_000, 5_000, 10_000]) {
      const found = scanSource(`${nestedStatement(shape, depth)}\n`, `deep${shape.extension}`);
      const ids = found.map((v) => v.ruleId);
      expect({ depth, ok: ids.includes('dynamic-code-execution') || ids.includes('unscannable') }).toEqual({ depth, ok: true });
      if (depth === 100) expect(ids).toContain('dynamic-code-execution');
    }
  });

  it('a 1,000-term concatenation (10,000 too) is scanned in full: the eval at its end is found, nothing is unscannable', () => {
    for (const terms of [1_000, 10_000]) {
      const ids = scanSource(`${concatenation(terms)}\n`, 'concat.ts').map((v) => v.ruleId);
      expect(ids).toEqual(['dynamic-code-execution']);
    }
  });

  it('the CLI lists a file too deep to parse as an unscannable finding with exit 1 (the generated samples)', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'rc-hostile-samples-'));
    const written = await writeSamples(dir);
    expect(written.length).toBe(NESTING_SHAPES.length * 6 + 1);
    const r = await run(dir, '.', '--format', 'json');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out) as QualityReport;
    expect(validate('quality-report', report, 'report').valid).toBe(true);
    expect(report.summary.files).toBe(written.length);
    // Every sample holds an eval: each file has its eval finding or is unscannable.
    for (const file of written) {
      const ids = report.violations.filter((v) => v.file === file).map((v) => v.ruleId);
      expect({ file, ok: ids.includes('dynamic-code-execution') || ids.includes('unscannable') }).toEqual({ file, ok: true });
    }
    expect(report.violations.find((v) => v.file === 'parens-10000.ts')).toMatchObject({ ruleId: 'unscannable', severity: 'high', line: 1, column: 1 });
  });

  it('the agent lines alone are the two findings the tricks try to hide (a parameter in a shell command is high, eval critical)', () => {
    expect(scanSource(AGENT_LINES, 'a.ts').map((v) => [v.ruleId, v.severity])).toEqual([
      ['command-injection', 'high'],
      ['dynamic-code-execution', 'critical'],
    ]);
  });
});

describe('nothing injected: hostile file names and ids in text output', () => {
  const INJECTED = 'x.ts\n::warning file=INJECTED::pwned';
  const ESCAPES = 'title\u001b]0;pwned\u0007\u001b[2J\u009b31m.ts';
  // No line may start a workflow command, and no raw ESC, BEL or C1 control may reach the terminal.
  const assertInert = (out: string): void => {
    expect(out.split('\n').filter((line) => line.startsWith('::'))).toEqual([]);
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  };

  it('a file named x.ts\\n::warning file=INJECTED::pwned (made at test time) prints on one escaped line', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'rc-hostile-names-'));
    writeFileSync(path.join(dir, `${INJECTED}.ts`), 'export const a = b as any;\n');
    writeFileSync(path.join(dir, INJECTED), 'export const a = b as any;\n');
    writeFileSync(path.join(dir, ESCAPES), 'eval(x);\n');
    mkdirSync(path.join(dir, 'bin'));
    writeFileSync(path.join(dir, 'bin', `z\n::error::skipped.ts`), Buffer.from([0x63, 0, 0x64]));
    const text = await run(dir, '.');
    expect(text.code).toBe(1);
    assertInert(text.out);
    expect(text.out).toContain('x.ts\\n::warning file=INJECTED::pwned.ts');
    expect(text.out).toContain('title\\x1B]0;pwned\\x07\\x1B[2J\\x9B31m.ts');
    expect(text.out).toContain('bin/z\\n::error::skipped.ts: binary');
    // Named explicitly, the file without a source extension is scanned or refused: either way inert.
    const named = await run(dir, INJECTED);
    assertInert(named.out + named.err);
    // --format github stays as it was: its own escaping (%0A), one annotation line per finding.
    const gh = await run(dir, '.', '--format', 'github');
    const lines = gh.out.trim().split('\n');
    expect(lines.filter((l) => l.startsWith('::')).length).toBe(2);
    expect(gh.out).toContain('file=x.ts%0A%3A%3Awarning file=INJECTED%3A%3Apwned.ts');
    expect(lines.every((l) => l.startsWith('::') || l.startsWith('quality-scan:'))).toBe(true);
    expect(gh.out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
  });

  it('--format junit printed to stdout: neither a file name nor a line of scanned code starts a line', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'rc-hostile-junit-'));
    writeFileSync(path.join(dir, `${INJECTED}.ts`), 'export const a = b as any;\n');
    // A finding whose snippet spans lines of the agent's own text.
    writeFileSync(path.join(dir, 'snippet.ts'), 'eval(`\n::warning file=SNIPPET::pwned\n`);\n');
    writeFileSync(path.join(dir, ESCAPES), 'eval(x);\n');
    const r = await run(dir, '.', '--format', 'junit');
    expect(r.code).toBe(1);
    assertInert(r.out);
    expect(r.out).toContain('::warning file=SNIPPET::pwned');
    expect(r.out.match(/<testcase /g)?.length).toBe(3);
    // The JSON formats carry the same names (as \u escapes, or URI-encoded in SARIF): valid JSON, nothing raw on a console.
    for (const format of ['json', 'sarif', 'gitlab']) {
      const out = (await run(dir, '.', '--format', format)).out;
      assertInert(out);
      const files = JSON.stringify(JSON.parse(out));
      expect({ format, named: files.includes('\\u001b]0;pwned\\u0007') || files.includes('title%1B%5D0;pwned%07') }).toEqual({ format, named: true });
    }
  });
});
