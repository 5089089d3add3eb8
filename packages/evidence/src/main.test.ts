import { mkdir, mkdtemp, readFile, readdir, rm, stat, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { describeCliError, type CliIO, type EvidenceReport } from '@readycheck/core';
import { FIX_PROMPT_MARKER, main, version } from '@readycheck/evidence';

const fixtures = fileURLToPath(new URL('../../../fixtures/evidence/', import.meta.url));
const temps: string[] = [];
afterEach(async () => {
  for (const d of temps.splice(0)) await rm(d, { recursive: true, force: true });
});

async function tmp(files: Record<string, string | Uint8Array> = {}): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'evidence-cli-'));
  temps.push(dir);
  for (const [rel, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
    await writeFile(path.join(dir, rel), content);
  }
  return dir;
}

function fakeIO(cwd: string): CliIO & { out: string; err: string } {
  const io = { out: '', err: '', cwd, env: {}, isTTY: false, stdout: (t: string) => void (io.out += t), stderr: (t: string) => void (io.err += t) };
  return io;
}

async function run(argv: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  const io = fakeIO(cwd);
  try {
    const code = await main(argv, io);
    return { code, out: io.out, err: io.err };
  } catch (err) {
    const { message, exitCode } = describeCliError(err, {});
    return { code: exitCode, out: io.out, err: `${io.err}${message}\n` };
  }
}

const readJson = async (file: string): Promise<EvidenceReport> => JSON.parse(await readFile(file, 'utf8')) as EvidenceReport;
const chatBot = path.join(fixtures, 'chat-bot');
const workers = path.join(fixtures, 'workers-app');

describe('evidence-scan CLI', () => {
  it('scans, writes the three outputs and prints a summary', async () => {
    const cwd = await tmp();
    const r = await run([chatBot, '--out', 'out'], cwd);
    expect(r.code).toBe(0);
    expect(r.out).toContain('evidence-scan: 11 features — 2 PASS, 1 WARN, 4 FAIL, 4 SKIP');
    expect(r.out).toContain('  FAIL  reminder     0.80  stub at src/services/ReminderService.ts:5');
    expect(r.out).toContain('wrote out/evidence.json, out/READINESS.md, out/READINESS.html and 11 fix prompts');
    expect((await readdir(path.join(cwd, 'out'))).sort()).toEqual(['READINESS.html', 'READINESS.md', 'evidence.json', 'fix-prompts']);
    expect((await readJson(path.join(cwd, 'out/evidence.json'))).summary.features).toBe(11);
  });

  it('prints evidence.json with --json and nothing with --quiet', async () => {
    const cwd = await tmp();
    const json = await run([workers, '--out', 'a', '--json'], cwd);
    expect(json.out).toBe(await readFile(path.join(cwd, 'a/evidence.json'), 'utf8'));
    const quiet = await run([workers, '--out', 'b', '--quiet'], cwd);
    expect(quiet).toEqual({ code: 0, out: '', err: '' });
  });

  it('records movements with --compare and exits 1 on a regression with --fail-on-regression', async () => {
    const cwd = await tmp();
    const previous = {
      features: [
        { name: 'discord', status: 'FAIL', confidence: 0.5 },
        { name: 'weather', status: 'PASS', confidence: 0.9 },
        { name: 'gone', status: 'WARN' },
        { name: 'leaderboard', status: 'WARN', confidence: 0.65 },
      ],
    };
    await writeFile(path.join(cwd, 'prev.json'), JSON.stringify(previous));
    const soft = await run([chatBot, '--out', 'out', '--compare', 'prev.json'], cwd);
    expect(soft.code).toBe(0);
    expect(soft.out).toContain('↑ discord FAIL → PASS (up)');
    expect(soft.out).toContain('↓ weather PASS → WARN (down)');
    expect(soft.out).toContain('· gone WARN → (removed) (removed)');
    const report = await readJson(path.join(cwd, 'out/evidence.json'));
    expect(report.comparison?.regressions).toBe(1);
    expect(report.comparison?.movements.find((m) => m.feature === 'leaderboard')).toEqual({ feature: 'leaderboard', from: 'WARN', to: 'PASS', direction: 'up', confidenceFrom: 0.65, confidenceTo: 0.65 });
    expect(report.comparison?.movements.find((m) => m.feature === 'poll')?.direction).toBe('new');
    const md = await readFile(path.join(cwd, 'out/READINESS.md'), 'utf8');
    expect(md).toContain('## Changes since the previous scan\n\n- app (new) → SKIP (new)');
    expect(md).toContain('- discord FAIL → PASS (up)\n');
    const hard = await run([chatBot, '--out', 'out', '--compare', 'prev.json', '--fail-on-regression'], cwd);
    expect(hard.code).toBe(1);
    expect(hard.err).toBe('evidence-scan: 1 feature moved down since prev.json\n');
  });

  it('--concurrency is --workers by quality-scan\'s name: a number of threads, or off for the main thread alone', async () => {
    const cwd = await tmp();
    await run([workers, '--out', 'two', '--quiet', '--timings', '--concurrency', '2'], cwd);
    expect((await readJson(path.join(cwd, 'two/evidence.json'))).summary.timings?.workers).toBe(1);
    await run([workers, '--out', 'off', '--quiet', '--timings', '--workers', '2', '--concurrency', 'off'], cwd);
    expect((await readJson(path.join(cwd, 'off/evidence.json'))).summary.timings?.workers).toBe(0);
    const bad = await run([workers, '--out', 'bad', '--concurrency', 'many'], cwd);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--concurrency.*expected a number of threads, auto or off/);
  });

  it('compares against its own previous output with no movement', async () => {
    const cwd = await tmp();
    await run([workers, '--out', 'one', '--quiet'], cwd);
    const r = await run([workers, '--out', 'two', '--compare', 'one/evidence.json', '--fail-on-regression'], cwd);
    expect(r.code).toBe(0);
    const cmp = (await readJson(path.join(cwd, 'two/evidence.json'))).comparison;
    expect(cmp?.movements.every((m) => m.direction === 'same')).toBe(true);
  });

  it('exits 1 with --fail-on when a feature is FAIL (or WARN)', async () => {
    const cwd = await tmp({ 'p/src/services/AService.ts': 'export class AService {}', 'p/src/commands/a.ts': "import { AService } from '../services/AService.js';\nAService.toString();" });
    expect((await run([chatBot, '--out', 'o', '-q', '--fail-on', 'fail'], cwd)).code).toBe(1);
    expect((await run([workers, '--out', 'o', '-q', '--fail-on', 'warn'], cwd)).code).toBe(1);
    expect((await run(['p', '--out', 'o', '-q', '--fail-on', 'fail'], cwd)).code).toBe(0);
    expect((await run(['p', '--out', 'o', '-q', '--fail-on', 'sometimes'], cwd)).code).toBe(2);
  });

  it('gives one line and exit 2 for a missing root, a bad config, a bad previous report', async () => {
    const cwd = await tmp({
      'bad/readycheck.config.json': '{ "evidence": { "confidenceFloor": 3 } }',
      'broken/readycheck.config.json': '{ "evidence": ',
      'prev-bad.json': '{ "features": [{ "name": "x", "status": "MAYBE" }] }',
      'prev-syntax.json': '{ nope',
      'prev-shape.json': '{ "x": 1 }',
    });
    const cases: Array<[string[], RegExp]> = [
      [['nowhere'], /^nowhere: no such directory\n$/],
      [['bad'], /^readycheck\.config\.json.*\/evidence\/confidenceFloor.*must be <= 1/],
      [['broken'], /^readycheck\.config\.json:1:\d+: /],
      [['.', '--config', 'missing.json'], /^missing\.json: config file not found\n$/],
      [['.', '--compare', 'none.json'], /none\.json: cannot read the previous report \(ENOENT\)/],
      [['.', '--compare', 'prev-bad.json'], /prev-bad\.json: \/features\/0: expected a name and a status of PASS, WARN, FAIL or SKIP/],
      [['.', '--compare', 'prev-syntax.json'], /prev-syntax\.json/],
      [['.', '--compare', 'prev-shape.json'], /prev-shape\.json: \/features: expected an array of features/],
      [['.', '--confidence-floor', '2'], /confidence-floor.*expected a number from 0 to 1/],
      [['.', '--bogus'], /unknown option '--bogus'/],
    ];
    for (const [argv, pattern] of cases) {
      const r = await run([...argv, '--out', 'o', '-q'], cwd);
      expect({ argv, code: r.code }).toEqual({ argv, code: 2 });
      expect(r.err).toMatch(pattern);
      expect(r.err.trim().split('\n')).toHaveLength(1);
    }
  });

  it('lists unparseable files under errors, skips binary and oversized files with a reason, and goes on', async () => {
    const cwd = await tmp({
      'app/readycheck.config.json': JSON.stringify({ maxFileBytes: 2000 }),
      'app/src/services/OkService.ts': 'export class OkService { run() { return 1; } }',
      'app/src/commands/ok.ts': "import { OkService } from '../services/OkService.js';\nexport const run = () => new OkService().run();",
      'app/src/broken.ts': 'export const = ;',
      'app/src/blob.ts': new Uint8Array([0x63, 0x6f, 0, 0x6e, 0x73, 0x74]),
      'app/src/huge.ts': `export const big = "${'x'.repeat(3000)}";`,
      'app/package.json': '{ "scripts": ',
      'app/logo.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0]),
    });
    const r = await run(['app', '--out', 'o'], cwd);
    expect(r.code).toBe(0);
    expect(r.out).toContain('2 files could not be scanned: package.json:1, src/broken.ts:1');
    expect(r.out).toContain('4 files not judged (binary: 1, parse-error: 2, too-large: 1)');
    const report = await readJson(path.join(cwd, 'o/evidence.json'));
    expect(report.errors).toEqual([
      { file: 'package.json', line: 1, column: 14, code: 'RC_PARSE_FAILED', message: expect.stringMatching(/^package\.json is not valid JSON/) as unknown as string },
      { file: 'src/broken.ts', line: 1, column: 14, code: 'RC_PARSE_FAILED', message: 'Variable declaration expected.' },
    ]);
    expect(report.skipped).toEqual([
      { file: 'src/blob.ts', reason: 'binary', detail: 'contains NUL bytes' },
      { file: 'src/huge.ts', reason: 'too-large', detail: '3022 bytes is over the limit of 2000' },
    ]);
    expect(report.features.map((f) => `${f.name}:${f.status}`)).toEqual(['ok:PASS']);
    expect(report.features[0]?.primaryFlow).toEqual(['command ok (command module, src/commands/ok.ts:2) → OkService (src/services/OkService.ts)']);
    const md = await readFile(path.join(cwd, 'o/READINESS.md'), 'utf8');
    expect(md).toContain('## Files that did not parse\n\n- package.json:1:14');
    expect(md).toContain('## Skipped files\n\n- src/blob.ts — binary (contains NUL bytes)');
  });

  it('reuses facts of unchanged files with --cache, and survives a corrupt cache', async () => {
    const cwd = await tmp();
    const src = await tmp({ 'src/services/AService.ts': 'export class AService {}', 'src/commands/a.ts': "import { AService } from '../services/AService.js';\nAService.name;", 'src/b.ts': 'export const b = 1;' });
    const timings = async (): Promise<NonNullable<EvidenceReport['summary']['timings']>> => {
      const r = await run([src, '--out', 'o', '--cache', '--timings', '-q'], cwd);
      expect(r.code).toBe(0);
      const t = (await readJson(path.join(cwd, 'o/evidence.json'))).summary.timings;
      if (!t) throw new Error('no timings in the report');
      return t;
    };
    expect(await timings()).toMatchObject({ cacheHits: 0, cacheMisses: 3 });
    expect(await timings()).toMatchObject({ cacheHits: 3, cacheMisses: 0 });
    await writeFile(path.join(src, 'src/b.ts'), 'export const b = 2;');
    expect(await timings()).toMatchObject({ cacheHits: 2, cacheMisses: 1 });
    await writeFile(path.join(cwd, 'o/.evidence-cache.json'), '{ corrupt');
    expect(await timings()).toMatchObject({ cacheHits: 0, cacheMisses: 3 });
    const plain = await run([src, '--out', 'p', '-q'], cwd);
    const cached = await run([src, '--out', 'q', '-q', '--cache', '--cache-location', 'o/.evidence-cache.json'], cwd);
    expect(plain.code + cached.code).toBe(0);
    expect(await readFile(path.join(cwd, 'q/evidence.json'), 'utf8')).toBe(await readFile(path.join(cwd, 'p/evidence.json'), 'utf8'));
  });

  it('records durations only with --timings', async () => {
    const cwd = await tmp();
    await run([workers, '--out', 'o', '--timings', '-q'], cwd);
    const report = await readJson(path.join(cwd, 'o/evidence.json'));
    expect(report.summary.durationMs).toBeGreaterThanOrEqual(0);
    expect(Object.keys(report.summary.timings ?? {}).sort()).toEqual(['cacheHits', 'cacheMisses', 'classifyMs', 'crossFileMs', 'discoverMs', 'extractMs', 'workers', 'writeMs']);
  });

  it('takes --workers as a thread count or auto, and rejects anything else with exit 2', async () => {
    const cwd = await tmp();
    const alone = await run([workers, '--out', 'a', '--workers', '1', '--json'], cwd);
    const two = await run([workers, '--out', 'b', '--workers', '2', '--timings', '-q'], cwd);
    expect(alone.code).toBe(0);
    expect(two.code).toBe(0);
    expect((await readJson(path.join(cwd, 'b/evidence.json'))).summary.timings?.workers).toBe(1);
    expect((await run([workers, '--out', 'c', '--workers', 'auto', '-q'], cwd)).code).toBe(0);
    const bad = await run([workers, '--out', 'd', '--workers', 'many'], cwd);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('expected a number of threads (0 or 1: the main thread alone) or auto');
  });

  it('removes stale fix prompts, and writes none with --no-fix-prompts', async () => {
    // A prompt of an earlier run starts with the marker line; keep.txt is someone else's.
    const cwd = await tmp({ 'o/fix-prompts/old-feature.md': `${FIX_PROMPT_MARKER}\nstale` });
    expect((await run([workers, '--out', 'o', '-q'], cwd)).code).toBe(0);
    expect((await readdir(path.join(cwd, 'o/fix-prompts'))).sort()).toEqual(['app.md', 'billing.md', 'digest.md', 'env.md', 'feed.md', 'search.md']);
    await writeFile(path.join(cwd, 'o/fix-prompts/keep.txt'), 'not ours');
    expect((await run([workers, '--out', 'o', '-q', '--no-fix-prompts', '--force'], cwd)).code).toBe(0);
    expect(await readdir(path.join(cwd, 'o/fix-prompts'))).toEqual(['keep.txt']);
  });

  it('leaves report files that would not change as they are, and rewrites those that would', async () => {
    const cwd = await tmp();
    await run([workers, '--out', 'o', '-q'], cwd);
    const old = new Date('2020-01-01T00:00:00Z');
    const files = ['evidence.json', 'READINESS.md', 'fix-prompts/billing.md'].map((f) => path.join(cwd, 'o', f));
    for (const f of files) await utimes(f, old, old);
    await run([workers, '--out', 'o', '-q'], cwd);
    for (const f of files) expect((await stat(f)).mtimeMs).toBe(old.getTime());
    // A different floor changes the report and READINESS.md: both are written again.
    await run([workers, '--out', 'o', '-q', '--confidence-floor', '0.6'], cwd);
    expect((await stat(files[0] as string)).mtimeMs).toBeGreaterThan(old.getTime());
    expect((await stat(files[1] as string)).mtimeMs).toBeGreaterThan(old.getTime());
  });

  it('lowers features under --confidence-floor to SKIP with the reason', async () => {
    const cwd = await tmp();
    await run([workers, '--out', 'o', '-q', '--confidence-floor', '0.6'], cwd);
    const billing = (await readJson(path.join(cwd, 'o/evidence.json'))).features.find((f) => f.name === 'billing');
    expect(billing?.status).toBe('SKIP');
    expect(billing?.reasons[0]).toBe('confidence 0.55 is below the floor 0.60');
  });

  it('prints help and version with exit 0', async () => {
    const cwd = await tmp();
    const help = await run(['--help'], cwd);
    expect(help.code).toBe(0);
    expect(help.out).toContain('Usage: evidence-scan [options] [root]');
    expect(help.out).toContain('--fail-on-regression');
    expect(await run(['--version'], cwd)).toEqual({ code: 0, out: `${version}\n`, err: '' });
  });

  it('reads readycheck.config.json from the root: feature globs, aliases, ignores, infrastructure', async () => {
    const cwd = await tmp({
      'readycheck.config.json': JSON.stringify({ evidence: { features: { payments: { globs: ['src/stripe/**'] } }, aliases: { remind: 'reminder' }, ignore: ['src/legacy/**'], infrastructure: ['reminder'] } }),
      'src/stripe/checkout.ts': "export class CheckoutService {}\nrouter.post('/checkout', h);",
      'src/commands/remind.ts': "export const data = new SlashCommandBuilder().setName('remind');",
      'src/legacy/OldService.ts': 'export class OldService {}',
    });
    await run(['.', '--out', 'o', '-q'], cwd);
    const report = await readJson(path.join(cwd, 'o/evidence.json'));
    expect(report.features.map((f) => `${f.name}:${f.status}:${f.grouping}`)).toEqual(['payments:PASS:config', 'reminder:SKIP:derived']);
    expect(report.features[1]?.reasons[0]).toBe('declared infrastructure in the config');
  });
});
