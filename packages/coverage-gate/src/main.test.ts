import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validate, type CoverageGateReport } from '@readycheck/core';
import { copyFixture, fakeIO, git, gitInit, runC8 } from './__tests__/helpers.js';
import { main } from './main.js';

let dir: string;

async function cli(argv: string[], env: NodeJS.ProcessEnv = {}, cwd = dir) {
  const f = fakeIO(cwd, env);
  const code = await main(argv, f.io);
  return { code, out: f.out(), err: f.err() };
}

async function config(name: string, value: unknown): Promise<string> {
  await writeFile(path.join(dir, name), typeof value === 'string' ? value : `${JSON.stringify(value, null, 2)}\n`);
  return name;
}

beforeAll(async () => {
  dir = await copyFixture('partial');
  await runC8(dir);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('coverage-gate CLI: gates over real c8 output', () => {
  it('exits 0 when every gate holds, reading coverage-gate.config.json and coverage/coverage-final.json by default', async () => {
    await config('coverage-gate.config.json', { global: { lines: 50, functions: 50 }, paths: { 'src/math/': { lines: 60 } } });
    const r = await cli([]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('coverage-gate: coverage/coverage-final.json (coverage-final, 4 files)');
    expect(r.out).toMatch(/✔ all 3 coverage gates hold\n$/);
    await rm(path.join(dir, 'coverage-gate.config.json'));
  });

  it('reads the coverageGate section of readycheck.config.* when there is no coverage-gate.config.json, also from a subfolder', async () => {
    const shared = await config('readycheck.config.yaml', 'coverageGate:\n  global: { lines: 50 }\n  coverage: coverage/coverage-final.json\n');
    try {
      const r = await cli([]);
      expect(r.err).toBe('');
      expect(r.code).toBe(0);
      expect(r.out).toContain('pass    global  lines   67.34% (33/49)  ≥ 50%');
      await config('readycheck.config.yaml', 'coverageGate:\n  global: { lines: 99 }\n');
      const failed = await cli([], {}, path.join(dir, 'src'));
      expect(failed.code).toBe(1);
      expect(failed.out).toContain('≥ 99%');
    } finally {
      await rm(path.join(dir, shared));
    }
  });

  it('exits 1 on a failing gate: failures first, worst files of the failing directory named', async () => {
    await config('fail.json', { global: { lines: 90 }, paths: { 'src/math/': { lines: -2 }, 'src/**/*.js': { functions: 50 } }, perFile: { lines: 50 } });
    const r = await cli(['--config', 'fail.json']);
    expect(r.code).toBe(1);
    const rows = r.out.split('\n').filter((l) => /^(FAIL|pass) /.test(l));
    expect(rows.map((l) => l.split(/\s{2,}/).slice(0, 3).join(' | '))).toEqual(['FAIL | global | lines', 'FAIL | src/math/ | lines', 'FAIL | each file | lines', 'pass | src/**/*.js | functions']);
    expect(r.out).toMatch(/Worst files of src\/math\/ \(lines\)\n.*\n\s+src\/math\/stats\.js\s+\d+\.\d\d%/);
    expect(r.out).toMatch(/Files below lines ≥ 50% \(1\)\n.*\n\s+src\/text\/slug\.js/);
    expect(r.out).toContain('✖ 3 of 4 coverage gates failed');
  });

  it('--json prints a schema-valid, deterministic report; --markdown writes the summary', async () => {
    await config('fail.json', { global: { lines: 90 }, paths: { 'lib/': { lines: 80 } } });
    const a = await cli(['--config', 'fail.json', '--json', '--markdown', 'summary.md']);
    const b = await cli(['--config', 'fail.json', '--json']);
    expect(a.code).toBe(1);
    expect(a.out).toBe(b.out);
    const report = JSON.parse(a.out) as CoverageGateReport;
    const v = validate('coverage-gate-report', report, 'report');
    expect(v.issues).toEqual([]);
    expect(report.gates[0]).toMatchObject({ kind: 'global', passed: false, worstFiles: [expect.objectContaining({ file: 'src/text/slug.js' }), expect.objectContaining({ file: 'src/math/stats.js' })] });
    expect(report.gates[1]).toMatchObject({ kind: 'path', target: 'lib/', code: 'RC_THRESHOLD_NO_MATCH' });
    const md = await readFile(path.join(dir, 'summary.md'), 'utf8');
    expect(md).toMatch(/^## ❌ Coverage gate: 2 of 2 gates failed\n/);
    expect(md).toContain('| ❌ | global | lines |');
    expect(md).toContain('<details><summary>Worst files of global (lines)</summary>');
    expect(md).toContain('| `src/text/slug.js` |');
  });

  it('reads each coverage format given with --coverage', async () => {
    await config('ok.json', { global: { lines: 50, branches: 50 } });
    for (const [f, format] of [['coverage/coverage-summary.json', 'coverage-summary'], ['coverage/lcov.info', 'lcov'], ['coverage/coverage-final.json', 'coverage-final']] as const) {
      const r = await cli(['--config', 'ok.json', '--coverage', f, '--json']);
      expect(r.code, f).toBe(0);
      expect(JSON.parse(r.out).coverage).toMatchObject({ file: f, format, files: 4 });
    }
  });

  it('fails a run with no coverage data, with a clear message', async () => {
    await writeFile(path.join(dir, 'empty.info'), '');
    await config('ok.json', { global: { lines: 50 } });
    const r = await cli(['--config', 'ok.json', '--coverage', 'empty.info']);
    expect(r.code).toBe(1);
    expect(r.out).toContain('✖ empty.info holds no coverage data');
  });
});

describe('coverage-gate CLI: bad input exits 2 with one line', () => {
  const oneLine = (err: string) => {
    expect(err.trimEnd().split('\n')).toHaveLength(1);
    expect(err).not.toMatch(/\n\s+at /);
  };

  it('invalid config: file, line and JSON pointer', async () => {
    await config('bad.json', '{\n  "global": {\n    "lines": "80"\n  }\n}\n');
    const r = await cli(['--config', 'bad.json']);
    expect(r.code).toBe(2);
    oneLine(r.err);
    expect(r.err).toMatch(/^coverage-gate: bad\.json:3: \/global\/lines: must be number/);
    await config('bad.json', { globl: { lines: 80 } });
    expect((await cli(['--config', 'bad.json'])).err).toBe('coverage-gate: bad.json:2: /: unknown property "globl"\n');
    await config('bad.json', { global: { lines: 101 } });
    expect((await cli(['--config', 'bad.json'])).err).toMatch(/\/global\/lines: must be <= 100/);
    await config('bad.json', '{ "global": ');
    const syntax = await cli(['--config', 'bad.json']);
    expect(syntax.code).toBe(2);
    expect(syntax.err).toMatch(/bad\.json:1:\d+: invalid JSON/);
  });

  it('no config, a missing config, a config without gates, perFile: true without global', async () => {
    const none = await cli([]);
    expect(none).toMatchObject({ code: 2, err: expect.stringContaining('no coverage-gate.config.json in') });
    expect(await cli(['--config', 'nope.json'])).toMatchObject({ code: 2, err: 'coverage-gate: nope.json: config file not found\n' });
    await config('empty.json', {});
    expect((await cli(['--config', 'empty.json'])).err).toContain('configures no gate');
    await config('pf.json', { perFile: true });
    expect((await cli(['--config', 'pf.json'])).err).toContain('/perFile: true applies the "global" thresholds');
  });

  it('missing, corrupt or unrecognised coverage files', async () => {
    await config('ok.json', { global: { lines: 50 } });
    const missing = await cli(['--config', 'ok.json', '--coverage', 'coverage/none.json']);
    expect(missing).toMatchObject({ code: 2, err: 'coverage-gate: coverage/none.json: coverage file not found (run the tests with coverage first)\n' });
    await writeFile(path.join(dir, 'corrupt.json'), '{"a": {"statementMap": {}, "s": {"0": "x"}}}');
    const corrupt = await cli(['--config', 'ok.json', '--coverage', 'corrupt.json']);
    expect(corrupt.code).toBe(2);
    oneLine(corrupt.err);
    expect(corrupt.err).toContain('corrupt.json: entry "a": s[0] is not a number');
    await config('nocov.json', { coverage: 'out/nothing-here.json', global: { lines: 1 } });
    expect((await cli(['--config', 'nocov.json'])).err).toContain('out/nothing-here.json: coverage file not found');
    await rm(path.join(dir, 'coverage'), { recursive: true, force: true }).then(() => runC8(dir));
  });

  it('a statements threshold over lcov.info, which has no statements', async () => {
    await config('st.json', '{\n  "paths": {\n    "src/": { "statements": 80 }\n  }\n}\n');
    const r = await cli(['--config', 'st.json', '--coverage', 'coverage/lcov.info']);
    expect(r.code).toBe(2);
    expect(r.err).toBe('coverage-gate: st.json:3: /paths/src~1/statements: coverage/lcov.info (lcov) has no statements; use coverage-final.json or coverage-summary.json for statements thresholds\n');
  });

  it('usage errors: unknown option, bad --changed-lines, --update without a ratchet; --help and --version exit 0', async () => {
    expect((await cli(['--nope'])).code).toBe(2);
    const cl = await cli(['--changed-lines', '150']);
    expect(cl.code).toBe(2);
    expect(cl.err).toContain('expected a percent from 0 to 100');
    await config('ok.json', { global: { lines: 50 } });
    expect(await cli(['--config', 'ok.json', '--update'])).toMatchObject({ code: 2, err: expect.stringContaining('--update needs a "ratchet" baseline file') });
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toContain('Usage: coverage-gate [options]');
    expect(help.out).toContain('--diff <base>');
    expect(await cli(['--version'])).toMatchObject({ code: 0, out: '0.1.0\n' });
  });
});

describe('coverage-gate CLI: ratchet', () => {
  it('--update creates and raises the baseline, never lowers it, and is refused in CI', async () => {
    await config('ratchet.json', { ratchet: { file: 'coverage-baseline.json', depth: 1, metrics: ['lines', 'functions'] } });
    const missing = await cli(['--config', 'ratchet.json']);
    expect(missing).toMatchObject({ code: 2, err: expect.stringContaining('coverage-baseline.json: ratchet baseline not found (create it with coverage-gate --update') });
    expect(await cli(['--config', 'ratchet.json', '--update'], { CI: 'true' })).toMatchObject({ code: 2, err: expect.stringContaining('--update refused: CI is set') });

    const created = await cli(['--config', 'ratchet.json', '--update']);
    expect(created.code).toBe(0);
    expect(created.out).toMatch(/Ratchet \(coverage-baseline\.json\): 0 floors held, \d+ raised \(file updated\)/);
    const baseline = JSON.parse(await readFile(path.join(dir, 'coverage-baseline.json'), 'utf8'));
    expect(Object.keys(baseline.floors)).toEqual(['.', '<global>', 'src']);
    expect(baseline.floors['<global>'].lines).toBe(Math.floor(baseline.floors['<global>'].lines));

    const again = await cli(['--config', 'ratchet.json', '--json']);
    expect(again.code).toBe(0);
    const report = JSON.parse(again.out) as CoverageGateReport;
    expect(report.ratchet).toEqual({ file: 'coverage-baseline.json', updated: false, raises: [], stale: [] });
    expect(report.gates.every((g) => g.kind === 'ratchet' && g.passed)).toBe(true);

    // Someone raised a floor above what the code has (as if coverage dropped): the run fails, --update keeps it.
    baseline.floors.src.lines = 99;
    baseline.floors['<global>'].lines -= 10;
    baseline.floors['packages/removed'] = { lines: 50 };
    await writeFile(path.join(dir, 'coverage-baseline.json'), JSON.stringify(baseline));
    const dropped = await cli(['--config', 'ratchet.json']);
    expect(dropped.code).toBe(1);
    expect(dropped.out).toMatch(/FAIL\s+ratchet src\s+lines/);
    expect(dropped.out).toContain('could raise 1 floors (run coverage-gate --update and commit coverage-baseline.json)');
    expect(dropped.out).toContain('stale (no files any more): packages/removed');
    const updated = await cli(['--config', 'ratchet.json', '--update', '--markdown', 'r.md']);
    expect(updated.code).toBe(1);
    const after = JSON.parse(await readFile(path.join(dir, 'coverage-baseline.json'), 'utf8'));
    expect(after.floors.src.lines).toBe(99);
    expect(after.floors['<global>'].lines).toBe(baseline.floors['<global>'].lines + 10);
    expect(after.floors['packages/removed']).toEqual({ lines: 50 });
    expect(await readFile(path.join(dir, 'r.md'), 'utf8')).toContain('Ratchet: 1 floors raised in <code>coverage-baseline.json</code>');
  });
});

describe('coverage-gate CLI: changed lines (--diff) in a real git repository', () => {
  let repo: string;
  beforeAll(async () => {
    repo = await copyFixture('partial');
    await gitInit(repo);
    // A change: one covered line in ops.js, and a new function in stats.js that no test runs.
    const ops = path.join(repo, 'src/math/ops.js');
    await writeFile(ops, (await readFile(ops, 'utf8')).replace('return a + b;', 'return b + a;'));
    const stats = path.join(repo, 'src/math/stats.js');
    await writeFile(stats, `${await readFile(stats, 'utf8')}\nexport function range(values) {\n  const lo = Math.min(...values);\n  const hi = Math.max(...values);\n  return hi - lo;\n}\n`);
    await writeFile(path.join(repo, 'src/math/new-untested.js'), 'export const x = 1;\n');
    await git(repo, 'add', 'src/math/new-untested.js');
    await runC8(repo);
  });
  afterAll(async () => {
    await rm(repo, { recursive: true, force: true });
  });

  it('gates the changed lines and lists each uncovered one by file:line', async () => {
    await writeFile(path.join(repo, 'cg.json'), JSON.stringify({ global: { lines: 10 }, changedLines: 80 }));
    const r = await cli(['--config', 'cg.json', '--diff', 'HEAD', '--json'], {}, repo);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out) as CoverageGateReport;
    expect(validate('coverage-gate-report', report, 'r').valid).toBe(true);
    const statsLines = (await readFile(path.join(repo, 'src/math/stats.js'), 'utf8')).split('\n');
    const first = statsLines.indexOf('export function range(values) {') + 1;
    expect(report.changedLines).toMatchObject({ base: 'HEAD', threshold: 80, passed: false, filesWithoutCoverage: ['src/math/new-untested.js'] });
    const byFile = Object.fromEntries(report.changedLines!.files.map((f) => [f.file, f]));
    expect(byFile['src/math/ops.js']).toEqual({ file: 'src/math/ops.js', total: 1, covered: 1, uncoveredLines: [] });
    expect(byFile['src/math/stats.js']!.uncoveredLines).toEqual(expect.arrayContaining([first + 1, first + 2, first + 3]));
    expect(report.gates[0]).toMatchObject({ kind: 'changed-lines', passed: false });

    const table = await cli(['--config', 'cg.json', '--diff', 'HEAD', '--markdown', 'cl.md'], {}, repo);
    const md = await readFile(path.join(repo, 'cl.md'), 'utf8');
    expect(md).toContain('### Changed lines since `HEAD`: 42.85% (3/7), threshold 80%');
    expect(md).toContain(`- \`src/math/stats.js\`: ${first + 1}-`);
    expect(md).toContain('Changed files not in the coverage data: `src/math/new-untested.js`');
    expect(table.out).toContain(`uncovered src/math/stats.js:${first + 1}-`);
    expect(table.out).toContain('not in the coverage data: src/math/new-untested.js');

    // In GitHub Actions, uncovered changed lines become annotations on the pull request's diff.
    const gh = await cli(['--config', 'cg.json', '--diff', 'HEAD'], { GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: repo }, repo);
    expect(gh.out).toContain('::error title=coverage-gate%3A changed lines::changed lines 42.85%25 covered (3/7), below 80%25');
    expect(gh.out).toContain(`::warning file=src/math/stats.js,line=${first + 1},endLine=`);
    const jsonInCi = await cli(['--config', 'cg.json', '--diff', 'HEAD', '--json'], { GITHUB_ACTIONS: 'true' }, repo);
    expect(() => JSON.parse(jsonInCi.out)).not.toThrow();
  });

  it('--changed-lines overrides the config; coverage-summary.json takes line hits from coverage-final.json beside it', async () => {
    await writeFile(path.join(repo, 'cg.json'), JSON.stringify({ global: { lines: 10 }, changedLines: 80 }));
    const r = await cli(['--config', 'cg.json', '--coverage', 'coverage/coverage-summary.json', '--diff', 'HEAD', '--changed-lines', '10', '--json'], {}, repo);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out) as CoverageGateReport;
    expect(report.coverage).toMatchObject({ format: 'coverage-summary', lineData: 'coverage/coverage-final.json' });
    expect(report.changedLines).toMatchObject({ threshold: 10, passed: true });
  });

  it('exits 2 for a diff base that does not exist, or a summary with no line data beside it', async () => {
    await writeFile(path.join(repo, 'cg.json'), JSON.stringify({ global: { lines: 10 } }));
    const r = await cli(['--config', 'cg.json', '--diff', 'origin/main'], {}, repo);
    expect(r).toMatchObject({ code: 2, err: expect.stringContaining('--diff origin/main: no such commit or branch') });
    await writeFile(path.join(repo, 'summary-only.json'), await readFile(path.join(repo, 'coverage/coverage-summary.json'), 'utf8'));
    const s = await cli(['--config', 'cg.json', '--coverage', 'summary-only.json', '--diff', 'HEAD'], {}, repo);
    expect(s).toMatchObject({ code: 2, err: expect.stringContaining('--diff needs per-line hits: summary-only.json has none') });
  });
});
