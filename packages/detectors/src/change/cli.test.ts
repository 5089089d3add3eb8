import { readFileSync, writeFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import AjvDraft04 from 'ajv-draft-04';
import { afterEach, describe, expect, it } from 'vitest';
import { validate, type CliIO, type QualityReport } from '@readycheck/core';
import { main } from '../cli.js';
import { createTempRepo, type TempRepo } from './__tests__/git-repo.js';

const require = createRequire(import.meta.url);
// ajv-draft-04 is CommonJS: its class is the `default` export property under NodeNext typing and at runtime.
const validateSarif = new AjvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false }).compile(
  require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json') as object,
);

const fixtures = fileURLToPath(new URL('../../../../fixtures/detectors/changes/', import.meta.url));

function fakeIO(cwd: string): CliIO & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
    cwd,
    env: {},
    isTTY: false,
    out: () => out,
    err: () => err,
  };
}

async function run(cwd: string, ...argv: string[]) {
  const io = fakeIO(cwd);
  const code = await main(argv, io);
  return { code, out: io.out(), err: io.err() };
}

const DROP_BEFORE = 'export class A {\n  start() { run(); }\n  stop() {\n    halt();\n  }\n}\n';
const DROP_AFTER = 'export class A {\n  start() { run(); }\n  // ... (other agent methods)\n}\n';

let repo: TempRepo | undefined;
let dir: string | undefined;
afterEach(() => {
  repo?.remove();
  repo = undefined;
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('quality-scan --diff / --before --after', () => {
  it('--diff reports only what the change introduced, with exit 1 and a schema-valid JSON report', async () => {
    repo = createTempRepo({ 'src/a.ts': DROP_BEFORE, 'src/old.ts': 'export const o = q as any;\n' });
    writeFileSync(path.join(repo.dir, 'src/a.ts'), DROP_AFTER);
    const { code, out, err } = await run(repo.dir, '--diff', 'HEAD', '--format', 'json');
    expect(err).toBe('');
    expect(code).toBe(1);
    const report = JSON.parse(out) as QualityReport;
    expect(validate('quality-report', report, 'out').valid).toBe(true);
    expect(report.mode).toBe('diff');
    expect(report.violations.map((v) => [v.file, v.line, v.droppedLines])).toEqual([['src/a.ts', 3, 3]]);
  });

  it('--diff with a path argument judges only changes under it; a clean change exits 0', async () => {
    repo = createTempRepo({ 'src/a.ts': 'export const a = 1;\n', 'lib/b.ts': 'export const b = 1;\n' });
    repo.write({ 'src/a.ts': 'export const a = 2;\n', 'lib/b.ts': 'eval(x);\n' });
    expect((await run(repo.dir, '--diff', 'HEAD', 'lib')).code).toBe(1);
    const clean = await run(repo.dir, '--diff', 'HEAD', 'src');
    expect(clean.code).toBe(0);
  });

  it('--head compares two commits', async () => {
    repo = createTempRepo({ 'a.ts': 'export const a = 1;\n' });
    repo.write({ 'a.ts': 'export const a = 1;\nexport const b = x as any;\n' });
    repo.commit('second');
    const { code, out } = await run(repo.dir, '--diff', 'HEAD~1', '--head', 'HEAD', '--format', 'json', '--severity-threshold', 'medium');
    expect(code).toBe(1);
    expect((JSON.parse(out) as QualityReport).violations.map((v) => v.ruleId)).toEqual(['explicit-any']);
  });

  it('--before/--after judges two trees', async () => {
    const { code, out } = await run(fixtures, '--before', 'placeholder-jsx/before', '--after', 'placeholder-jsx/after', '--format', 'json');
    expect(code).toBe(1);
    const report = JSON.parse(out) as QualityReport;
    expect(report.mode).toBe('before-after');
    expect(report.change).toMatchObject({ before: 'placeholder-jsx/before', after: 'placeholder-jsx/after' });
    expect(report.violations[0]).toMatchObject({ file: 'src/Dashboard.tsx', droppedLines: 3 });
  });

  it('usage errors are one line with exit 2', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['--before', 'a'], /--before and --after go together/],
      [['--head', 'HEAD'], /--head needs --diff/],
      [['--diff', 'HEAD', '--before', 'a', '--after', 'b'], /two different modes/],
      [['--before', 'missing-dir', '--after', 'also-missing'], /--before .*missing-dir: no such directory/],
    ];
    for (const [argv, message] of cases) {
      const r = await run(fixtures, ...argv);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(message);
      expect(r.err.trim().split('\n')).toHaveLength(1);
    }
    dir = mkdtempSync(path.join(tmpdir(), 'rc-nogit-'));
    const notGit = await run(dir, '--diff', 'main');
    expect(notGit.code).toBe(2);
    expect(notGit.err).toMatch(/^quality-scan: main: not a git revision/);
  });
});

describe('quality-scan --baseline / --update-baseline', () => {
  it('writes a baseline, then reports only new findings; SARIF marks baselined ones external; stale entries are listed', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'rc-cli-baseline-'));
    writeFileSync(path.join(dir, 'a.ts'), 'export const a = x as any;\nexport function f() {\n  throw new Error("Not implemented");\n}\n');
    const created = await run(dir, '.', '--update-baseline', '--baseline', 'qb.json');
    expect(created.code).toBe(0);
    expect(created.err).toMatch(/baseline qb\.json written: 2 entries \(was 0\)/);
    expect(JSON.parse(readFileSync(path.join(dir, 'qb.json'), 'utf8')).entries).toHaveLength(2);

    writeFileSync(path.join(dir, 'a.ts'), 'export const a = x as any;\nexport function g() {\n  throw new Error("TODO");\n}\nexport function f() {\n  return 1;\n}\n');
    const sarifRun = await run(dir, '.', '--baseline', 'qb.json', '--format', 'sarif');
    expect(sarifRun.code).toBe(1);
    expect(sarifRun.err).toMatch(/1 baseline entry is stale/);
    const sarif = JSON.parse(sarifRun.out) as { runs: Array<{ results: Array<{ ruleId: string; level?: string; baselineState?: string; suppressions?: Array<{ kind: string }> }> }> };
    const results = sarif.runs[0]?.results ?? [];
    expect(results.find((r) => r.ruleId === 'explicit-any')).toMatchObject({ baselineState: 'unchanged', suppressions: [{ kind: 'external' }] });
    expect(results.find((r) => r.ruleId === 'stub-implementation')).toMatchObject({ baselineState: 'new' });
    expect(results.find((r) => r.ruleId === 'stub-implementation')?.suppressions).toBeUndefined();
    // The fixed stub of the baseline is an "absent" result, suppressed, under its own fingerprint key.
    expect(results.filter((r) => r.baselineState === 'absent')).toEqual([
      expect.objectContaining({ ruleId: 'stub-implementation', level: 'none', suppressions: [{ kind: 'external', justification: 'stale baseline entry' }] }),
    ]);
    expect(validateSarif(sarif)).toBe(true);

    const json = JSON.parse((await run(dir, '.', '--baseline', 'qb.json', '--format', 'json')).out) as QualityReport;
    expect(json.summary).toMatchObject({ violations: 1, baselined: 1 });
    expect(json.staleBaseline).toEqual([{ fingerprint: expect.any(String), ruleId: 'stub-implementation', file: 'a.ts' }]);

    const updated = await run(dir, '.', '--baseline', 'qb.json', '--update-baseline');
    expect(updated.code).toBe(0);
    expect(updated.err).toMatch(/written: 2 entries \(was 2\)/);
  });

  it('a missing or invalid baseline is exit 2 with the file named', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'rc-cli-baseline-'));
    writeFileSync(path.join(dir, 'a.ts'), 'export const a = 1;\n');
    const missing = await run(dir, '.', '--baseline', 'nope.json');
    expect(missing).toMatchObject({ code: 2, err: expect.stringMatching(/nope\.json: baseline file not found/) });
    writeFileSync(path.join(dir, 'bad.json'), '{"version": 2, "entries": []}');
    const bad = await run(dir, '.', '--baseline', 'bad.json');
    expect(bad).toMatchObject({ code: 2, err: expect.stringMatching(/^quality-scan: bad\.json:1: \/version: .*not a quality-scan baseline/) });
  });

  it('--update-baseline without --baseline writes quality-baseline.json (a file to commit)', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'rc-cli-baseline-'));
    writeFileSync(path.join(dir, 'a.ts'), 'export const a = x as any;\n');
    expect((await run(dir, '.', '--update-baseline')).code).toBe(0);
    expect(existsSync(path.join(dir, 'quality-baseline.json'))).toBe(true);
  });

  it('in diff mode the baseline suppresses known new findings and update only adds', async () => {
    repo = createTempRepo({ 'a.ts': 'export const a = 1;\n' });
    repo.write({ 'a.ts': 'export const a = 1;\neval(x);\n' });
    expect((await run(repo.dir, '--diff', 'HEAD', '--update-baseline', '--baseline', 'b.json')).code).toBe(0);
    const again = await run(repo.dir, '--diff', 'HEAD', '--baseline', 'b.json', '--format', 'json');
    expect(again.code).toBe(0);
    expect((JSON.parse(again.out) as QualityReport).summary).toMatchObject({ violations: 0, baselined: 1 });
  });
});

describe('quality-scan --cache', () => {
  it('gives the same report warm as cold, and warns about (then replaces) a corrupt cache', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'rc-cli-cache-'));
    writeFileSync(path.join(dir, 'a.ts'), 'export const a = x as any;\neval(s);\n');
    writeFileSync(path.join(dir, 'b.ts'), 'export const b = 1;\n');
    const cold = await run(dir, '.', '--cache', '--format', 'json');
    const cacheFile = path.join(dir, '.readycheck', 'cache');
    expect(existsSync(cacheFile)).toBe(true);
    const warm = await run(dir, '.', '--cache', '--format', 'json');
    expect(warm.out).toBe(cold.out);
    expect(warm.code).toBe(cold.code);
    writeFileSync(cacheFile, 'garbage{');
    const afterCorruption = await run(dir, '.', '--cache', '--format', 'json');
    expect(afterCorruption.err).toMatch(/warning: cache .readycheck\/cache: not a quality-scan cache/);
    expect(afterCorruption.out).toBe(cold.out);
    expect(readFileSync(cacheFile, 'utf8')).toBe('garbage{');
    const elsewhere = await run(dir, '.', '--cache-location', 'tmp-cache/', '--format', 'json');
    expect(elsewhere.out).toBe(cold.out);
    expect(existsSync(path.join(dir, 'tmp-cache', 'quality-scan.cache'))).toBe(true);
  });

  it('works in diff mode too', async () => {
    repo = createTempRepo({ 'a.ts': DROP_BEFORE });
    writeFileSync(path.join(repo.dir, 'a.ts'), DROP_AFTER);
    const cold = await run(repo.dir, '--diff', 'HEAD', '--cache', '--format', 'json');
    const warm = await run(repo.dir, '--diff', 'HEAD', '--cache', '--format', 'json');
    expect(warm.out).toBe(cold.out);
    expect(cold.code).toBe(1);
  });
});

describe('quality-scan --diff and readycheck\'s own config (bench/redteam)', () => {
  it('a change that turns the rule off in the config is a critical unscannable finding; --allow-config-change judges it by the new config', async () => {
    repo = createTempRepo({ 'a.ts': DROP_BEFORE });
    repo.write({ 'a.ts': 'export class A {\n  start() { run(); }\n  // ... (other agent methods)\n}\n', 'readycheck.config.json': '{ "detectors": { "rules": { "placeholder-comment": "off" } } }\n' });
    const strict = await run(repo.dir, '--diff', 'HEAD', '--format', 'json');
    expect(strict.code).toBe(1);
    expect((JSON.parse(strict.out) as QualityReport).violations.map((v) => `${v.ruleId}:${v.severity}:${v.file}`)).toEqual(['unscannable:critical:readycheck.config.json']);
    const allowed = await run(repo.dir, '--diff', 'HEAD', '--format', 'json', '--allow-config-change');
    expect(allowed.code).toBe(0);
    expect((JSON.parse(allowed.out) as QualityReport).violations).toEqual([]);
  });
});
