import { readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Command, InvalidArgumentError, Option } from 'commander';
import pc from 'picocolors';
import { loadConfig, ReadycheckError, stableStringify, writeFileAtomic, type CliIO, type EvidenceReport, type ReadycheckConfig } from '@readycheck/core';
import { compareReports, readPrevious } from './compare.js';
import { movementLine, renderFixPrompt, renderReadiness } from './render.js';
import { fileSafe, scanEvidence } from './scan.js';
import { version } from './version.js';
import type { WorkersOption } from './workers.js';

/** Options of evidence-scan, as commander parses them. */
export interface EvidenceCliOptions {
  out: string;
  config?: string;
  compare?: string;
  failOnRegression: boolean;
  failOn?: 'fail' | 'warn';
  timings: boolean;
  cache: boolean;
  cacheLocation?: string;
  json: boolean;
  quiet: boolean;
  fixPrompts: boolean;
  confidenceFloor?: number;
  color?: boolean;
  workers: WorkersOption;
}

function unitInterval(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 1) throw new InvalidArgumentError('expected a number from 0 to 1.');
  return n;
}

function workersArg(value: string): WorkersOption {
  if (value === 'auto') return 'auto';
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a number of threads (0 or 1: the main thread alone) or auto.');
  return Number(value);
}

function program(io: CliIO): Command {
  return new Command('evidence-scan')
    .description('Classify each feature of a codebase PASS/WARN/FAIL/SKIP from evidence; write evidence.json, READINESS.md and fix prompts.')
    .argument('[root]', 'codebase to scan', '.')
    .option('-o, --out <dir>', 'directory for evidence.json, READINESS.md and fix-prompts/', 'reports')
    .option('-c, --config <file>', 'readycheck config file (default: readycheck.config.json in the root)')
    .option('--compare <previous.json>', 'record status movement against an earlier evidence.json')
    .option('--fail-on-regression', 'exit 1 when a feature moved down since --compare', false)
    .addOption(new Option('--fail-on <status>', 'exit 1 when a feature is FAIL (fail) or FAIL/WARN (warn)').choices(['fail', 'warn']))
    .option('--timings', 'record durations and cache use in the report (output then differs run to run)', false)
    .option('--cache', 'reuse facts of unchanged files (content hash)', false)
    .option('--cache-location <file>', 'cache file (default: <out>/.evidence-cache.json)')
    .option('--json', 'print evidence.json to stdout instead of the summary', false)
    .option('-q, --quiet', 'print nothing but errors', false)
    .option('--no-fix-prompts', 'do not write fix-prompts/')
    .option('--workers <n|auto>', 'threads that parse, the main thread included (0 or 1: the main thread alone; auto: one more per spare core on large scans)', workersArg, 'auto')
    .option('--confidence-floor <n>', 'features under this confidence are SKIP (overrides the config)', unitInterval)
    .option('--no-color', 'no colours in the summary')
    .version(version, '-v, --version')
    .exitOverride()
    // Usage errors are thrown and printed once, as one line, by runCli.
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s), outputError: () => undefined })
    .showHelpAfterError(false);
}

/**
 * The evidence-scan CLI, in-process: parses `argv`, scans, writes the reports and returns the exit
 * code (0 done, 1 `--fail-on-regression`/`--fail-on` tripped, 2 usage or config error). Errors a
 * user can fix are thrown as one-line `ReadycheckError`s for `runCli` to print.
 *
 * @example
 * const code = await main(['fixtures/evidence/chat-bot', '--out', 'reports/evidence'], processIO());
 */
export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  const cmd = program(io);
  let rootArg = '.';
  cmd.action((root: string) => {
    rootArg = root;
  });
  try {
    cmd.parse([...argv], { from: 'user' });
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'commander.helpDisplayed' || code === 'commander.version' || code === 'commander.help') return 0;
    throw err;
  }
  const opts = cmd.opts<EvidenceCliOptions>();
  const color = opts.color !== false && io.isTTY;
  const paint = pc.createColors(color);
  const root = path.resolve(io.cwd, rootArg);
  const rootStat = await stat(root).catch(() => null);
  if (!rootStat?.isDirectory()) throw new ReadycheckError('RC_ROOT_NOT_FOUND', `${rootArg}: ${rootStat ? 'not a directory' : 'no such directory'}`, { file: rootArg });
  const out = path.resolve(io.cwd, opts.out);

  const { config } = await loadConfig(opts.config ? { cwd: io.cwd, file: opts.config } : { cwd: root });
  const effective: ReadycheckConfig = opts.confidenceFloor === undefined ? config : { ...config, evidence: { ...config.evidence, confidenceFloor: opts.confidenceFloor } };
  const previous = opts.compare ? await readPrevious(path.resolve(io.cwd, opts.compare)) : null;

  const scanOptions: Parameters<typeof scanEvidence>[0] = { root, config: effective, timings: opts.timings, workers: opts.workers };
  if (opts.cache) scanOptions.cacheFile = path.resolve(io.cwd, opts.cacheLocation ?? path.join(opts.out, '.evidence-cache.json'));
  const { report } = await scanEvidence(scanOptions);
  if (previous && opts.compare) report.comparison = compareReports(previous, report, opts.compare);

  const tw = performance.now();
  const written = await writeReports(report, out, opts.fixPrompts);
  if (report.summary.timings) report.summary.timings.writeMs = Math.round(performance.now() - tw);
  // With --timings the write time is known only now: rewrite evidence.json with it.
  if (opts.timings) await writeFileAtomic(path.join(out, 'evidence.json'), stableStringify(report));

  if (opts.json) io.stdout(stableStringify(report));
  else if (!opts.quiet) io.stdout(summaryText(report, paint, written, path.relative(io.cwd, out) || '.'));

  let exit = 0;
  if (opts.failOnRegression && report.comparison && report.comparison.regressions > 0) {
    if (!opts.quiet && !opts.json) io.stderr(`evidence-scan: ${report.comparison.regressions} feature${report.comparison.regressions === 1 ? '' : 's'} moved down since ${opts.compare}\n`);
    exit = 1;
  }
  if (opts.failOn && report.features.some((f) => f.status === 'FAIL' || (opts.failOn === 'warn' && f.status === 'WARN'))) exit = 1;
  return exit;
}

const PARALLEL_WRITES = 8;

// Writes a report file atomically, unless it already holds exactly this text: a rerun over an
// unchanged tree rewrites (and fsyncs) nothing, and the files keep their modification times.
// `exists` comes from one listing of the folder, so a fresh output folder costs no failed reads.
async function writeIfChanged(file: string, text: string, exists: boolean): Promise<void> {
  const current = exists ? await readFile(file, 'utf8').catch(() => null) : null;
  if (current !== text) await writeFileAtomic(file, text);
}

const listing = async (dir: string): Promise<Set<string>> => new Set(await readdir(dir).catch(() => [] as string[]));

/** Writes evidence.json, READINESS.md and fix-prompts/<feature>.md (a file that already holds the same text is left as it is); removes stale fix prompts. */
export async function writeReports(report: EvidenceReport, out: string, fixPrompts = true): Promise<string[]> {
  const dir = path.join(out, 'fix-prompts');
  const [inOut, inDir] = await Promise.all([listing(out), listing(dir)]);
  const written = ['evidence.json', 'READINESS.md'];
  const writes: Array<() => Promise<void>> = [
    () => writeIfChanged(path.join(out, 'evidence.json'), stableStringify(report), inOut.has('evidence.json')),
    () => writeIfChanged(path.join(out, 'READINESS.md'), renderReadiness(report), inOut.has('READINESS.md')),
  ];
  const keep = new Set<string>();
  if (fixPrompts) {
    for (const f of report.features) {
      if (f.status === 'PASS') continue;
      const name = `${fileSafe(f.name)}.md`;
      keep.add(name);
      written.push(`fix-prompts/${name}`);
      writes.push(() => writeIfChanged(path.join(dir, name), renderFixPrompt(f), inDir.has(name)));
    }
  }
  // Each atomic write waits for its fsync: a few at a time overlap those waits (hundreds of
  // prompts one by one took ~0.6 s on a large project).
  let next = 0;
  const writer = async (): Promise<void> => {
    for (let i = next++; i < writes.length; i = next++) await (writes[i] as () => Promise<void>)();
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_WRITES, writes.length) }, writer));
  // A prompt left from an earlier run would describe a feature that is now done or gone.
  for (const name of inDir) if (name.endsWith('.md') && !keep.has(name)) await rm(path.join(dir, name), { force: true });
  return written;
}

function summaryText(report: EvidenceReport, paint: ReturnType<typeof pc.createColors>, written: string[], outDir: string): string {
  const s = report.summary;
  const colour = { PASS: paint.green, WARN: paint.yellow, FAIL: paint.red, SKIP: paint.dim } as const;
  const lines: string[] = [];
  lines.push(`evidence-scan: ${s.features} features — ${colour.PASS(`${s.PASS} PASS`)}, ${colour.WARN(`${s.WARN} WARN`)}, ${colour.FAIL(`${s.FAIL} FAIL`)}, ${colour.SKIP(`${s.SKIP} SKIP`)} (${s.files} files, ${s.lines} lines${s.durationMs !== undefined ? `, ${s.durationMs} ms` : ''})`);
  const width = Math.max(0, ...report.features.map((f) => f.name.length));
  for (const f of report.features) {
    lines.push(`  ${colour[f.status](f.status.padEnd(4))}  ${f.name.padEnd(width)}  ${f.confidence.toFixed(2)}  ${f.reasons[0] ?? ''}`);
  }
  if (report.comparison) {
    const moved = report.comparison.movements.filter((m) => m.direction !== 'same');
    for (const m of moved) lines.push(`  ${m.direction === 'down' ? paint.red('↓') : m.direction === 'up' ? paint.green('↑') : '·'} ${movementLine(m)}`);
  }
  if (report.errors.length) lines.push(`  ${report.errors.length} file${report.errors.length === 1 ? '' : 's'} did not parse: ${report.errors.map((e) => `${e.file}:${e.line ?? 1}`).join(', ')}`);
  const prompts = written.filter((w) => w.startsWith('fix-prompts/')).length;
  lines.push(`wrote ${outDir}/evidence.json, ${outDir}/READINESS.md${prompts ? ` and ${prompts} fix prompt${prompts === 1 ? '' : 's'}` : ''}`);
  return `${lines.join('\n')}\n`;
}
