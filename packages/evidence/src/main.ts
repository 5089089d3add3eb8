import { lstat, mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Command, InvalidArgumentError, Option } from 'commander';
import pc from 'picocolors';
import { createProgress, FLAGS, loadConfig, ReadycheckError, stableStringify, useColor, writeFileAtomic, type CliIO, type Progress, type EvidenceReport, type ReadycheckConfig } from '@readycheck/core';
import { compareReports, readPrevious } from './compare.js';
import { FIX_PROMPT_MARKER, movementLine, renderFixPrompt, renderReadiness } from './report/markdown.js';
import { fileSafe, scanEvidence } from './scan.js';
import { READINESS_HTML, renderReadinessHtml } from './report/html.js';
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
  /** `--concurrency`, quality-scan's and ESLint's name for `--workers`; wins when both are given. */
  concurrency?: WorkersOption;
  force: boolean;
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

// `--concurrency <n|auto|off>` as quality-scan reads it: off is the main thread alone.
function concurrencyArg(value: string): WorkersOption {
  if (value === 'off') return 1;
  if (value === 'auto' || /^\d+$/.test(value)) return workersArg(value);
  throw new InvalidArgumentError('expected a number of threads, auto or off.');
}

function program(io: CliIO): Command {
  return new Command('evidence-scan')
    .description('Classify each feature of a codebase PASS/WARN/FAIL/SKIP from evidence; write evidence.json, READINESS.md and fix prompts.')
    .argument('[root]', 'codebase to scan', '.')
    .option('-o, --out <dir>', 'directory for evidence.json, READINESS.md and fix-prompts/', 'reports')
    .option(...FLAGS.config)
    .option('--compare <previous.json>', 'record status movement against an earlier evidence.json')
    .option('--fail-on-regression', 'exit 1 when a feature moved down since --compare', false)
    .addOption(new Option('--fail-on <status>', 'exit 1 when a feature is FAIL (fail) or FAIL/WARN (warn)').choices(['fail', 'warn']))
    .option('--timings', 'record durations and cache use in the report (output then differs run to run)', false)
    .option('--cache', 'reuse facts of unchanged files (content hash)', false)
    .option('--cache-location <file>', 'cache file (default: <out>/.evidence-cache.json)')
    .option('--json', 'print evidence.json to stdout instead of the summary', false)
    .option('-q, --quiet', 'print nothing but errors', false)
    .option('--no-fix-prompts', 'do not write fix-prompts/')
    .option('--force', 'write into an output folder that is a symlink or holds files evidence-scan did not write (those files are still never deleted)', false)
    .option('--workers <n|auto>', 'threads that parse, the main thread included (0 or 1: the main thread alone; auto: one more per spare core on large scans)', workersArg, 'auto')
    .option(FLAGS.concurrency[0], 'the same as --workers, by the name quality-scan and ESLint use (off: the main thread alone)', concurrencyArg)
    .option('--confidence-floor <n>', 'features under this confidence are SKIP (overrides the config)', unitInterval)
    .option(...FLAGS.color)
    .option(...FLAGS.noColor)
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
  const color = useColor(io, opts.color);
  const paint = pc.createColors(color);
  const root = path.resolve(io.cwd, rootArg);
  const rootStat = await stat(root).catch(() => null);
  if (!rootStat?.isDirectory()) throw new ReadycheckError('RC_ROOT_NOT_FOUND', `${rootArg}: ${rootStat ? 'not a directory' : 'no such directory'}`, { file: rootArg });
  const out = path.resolve(io.cwd, opts.out);

  const { config } = await loadConfig(opts.config ? { cwd: io.cwd, file: opts.config } : { cwd: root });
  const effective: ReadycheckConfig = opts.confidenceFloor === undefined ? config : { ...config, evidence: { ...config.evidence, confidenceFloor: opts.confidenceFloor } };
  const previous = opts.compare ? await readPrevious(path.resolve(io.cwd, opts.compare)) : null;

  const scanOptions: Parameters<typeof scanEvidence>[0] = { root, config: effective, timings: opts.timings, workers: opts.concurrency ?? opts.workers };
  if (opts.cache) scanOptions.cacheFile = path.resolve(io.cwd, opts.cacheLocation ?? path.join(opts.out, '.evidence-cache.json'));
  // A progress line on stderr for long scans, only when stderr is a terminal (core's createProgress).
  let bar: Progress | undefined;
  scanOptions.onProgress = (done, total) => {
    bar ??= createProgress(io, { unit: 'files', total });
    bar.tick();
  };
  const { report } = await scanEvidence(scanOptions).finally(() => bar?.done());
  if (previous && opts.compare) report.comparison = compareReports(previous, report, opts.compare);

  const unjudged = report.errors.length + report.skipped.length;
  if (report.summary.files - report.summary.errors === 0) {
    // Nothing was judged: a report of "0 features" would read as a clean pass.
    throw new ReadycheckError('RC_NOTHING_JUDGED', `${rootArg}: nothing to judge — ${report.summary.files === 0 && unjudged === 0 ? 'no source, SQL, schema or config file found' : `every file was left out (${reasonCounts(report)})`}`, { file: rootArg });
  }
  const tw = performance.now();
  const written = await writeReports(report, out, { fixPrompts: opts.fixPrompts, force: opts.force });
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
  if (opts.failOn && unjudged > 0) {
    // A file that could not be judged may hold the very failure --fail-on is asked to catch.
    if (!opts.quiet && !opts.json) io.stderr(`evidence-scan: --fail-on ${opts.failOn}: ${unjudged} file${unjudged === 1 ? '' : 's'} could not be judged (${reasonCounts(report)})\n`);
    exit = 1;
  }
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

/** Options of {@link writeReports}. */
export interface WriteReportsOptions {
  /** Write `fix-prompts/<feature>.md` (default true). */
  fixPrompts?: boolean;
  /**
   * Write even when the output folder is a symlink or `fix-prompts/` holds files evidence-scan
   * did not write. Files without the marker line are never deleted, force or not, and a
   * symlinked `fix-prompts/` is replaced by a real folder, never written through.
   */
  force?: boolean;
}

/** A prompt evidence-scan wrote: its first line is the marker. */
const isOurPrompt = async (file: string): Promise<boolean> => ((await readFile(file, 'utf8').catch(() => '')).split('\n', 1)[0] ?? '') === FIX_PROMPT_MARKER;

async function guardOutput(out: string, dir: string, fixPrompts: boolean, force: boolean): Promise<{ foreign: Set<string>; dirExists: boolean; linked: boolean }> {
  const outStat = await lstat(out).catch(() => null);
  if (outStat?.isSymbolicLink() && !force) throw new ReadycheckError('RC_OUTPUT_UNSAFE', `${out}: the output folder is a symlink; evidence-scan does not write through it (--force to write anyway)`, { file: out });
  if (outStat && !outStat.isSymbolicLink() && !outStat.isDirectory()) throw new ReadycheckError('RC_OUTPUT_UNSAFE', `${out}: not a directory`, { file: out });
  const dirStat = await lstat(dir).catch(() => null);
  const foreign = new Set<string>();
  // With --no-fix-prompts a symlinked fix-prompts/ is left alone: nothing is deleted through it.
  if (!dirStat || (!fixPrompts && dirStat.isSymbolicLink())) return { foreign, dirExists: false, linked: Boolean(dirStat) };
  if (dirStat.isSymbolicLink()) {
    if (!force) throw new ReadycheckError('RC_OUTPUT_UNSAFE', `${dir}: fix-prompts/ is a symlink; evidence-scan never writes or deletes through it (--force replaces the link, not its target, by a folder)`, { file: dir });
    await rm(dir);
    return { foreign, dirExists: false, linked: false };
  }
  if (!dirStat.isDirectory()) throw new ReadycheckError('RC_OUTPUT_UNSAFE', `${dir}: not a directory`, { file: dir });
  for (const name of await readdir(dir)) {
    const st = await lstat(path.join(dir, name)).catch(() => null);
    if (!st?.isFile() || !(await isOurPrompt(path.join(dir, name)))) foreign.add(name);
  }
  if (foreign.size > 0 && !force) {
    const names = [...foreign].sort();
    throw new ReadycheckError('RC_OUTPUT_UNSAFE', `${dir}: holds ${names.length} file${names.length === 1 ? '' : 's'} evidence-scan did not write (${names.slice(0, 3).join(', ')}${names.length > 3 ? ', …' : ''}); move them or pass --force (they are never deleted)`, { file: dir });
  }
  return { foreign, dirExists: true, linked: false };
}

/**
 * Writes evidence.json, READINESS.md and fix-prompts/<feature>.md (a file that already holds the
 * same text is left as it is); removes stale fix prompts, but only those it wrote (their first
 * line is {@link FIX_PROMPT_MARKER}). Refuses (`RC_OUTPUT_UNSAFE`) an output folder that is a
 * symlink, or a `fix-prompts/` that is a symlink or holds files it did not write, unless `force`.
 */
export async function writeReports(report: EvidenceReport, out: string, options: WriteReportsOptions = {}): Promise<string[]> {
  const fixPrompts = options.fixPrompts ?? true;
  const dir = path.join(out, 'fix-prompts');
  const { foreign, dirExists, linked } = await guardOutput(out, dir, fixPrompts, options.force ?? false);
  await mkdir(out, { recursive: true });
  if (fixPrompts && !dirExists) await mkdir(dir, { recursive: true });
  const [inOut, inDir] = await Promise.all([listing(out), linked ? Promise.resolve(new Set<string>()) : listing(dir)]);
  const written = ['evidence.json', 'READINESS.md', READINESS_HTML];
  const writes: Array<() => Promise<void>> = [
    () => writeIfChanged(path.join(out, 'evidence.json'), stableStringify(report), inOut.has('evidence.json')),
    () => writeIfChanged(path.join(out, 'READINESS.md'), renderReadiness(report), inOut.has('READINESS.md')),
    () => writeIfChanged(path.join(out, READINESS_HTML), renderReadinessHtml(report), inOut.has(READINESS_HTML)),
  ];
  const keep = new Set<string>();
  if (fixPrompts) {
    for (const f of report.features) {
      const name = `${fileSafe(f.name)}.md`;
      // With --force, a file of someone else's under the same name is still theirs: left as it is.
      if (foreign.has(name)) continue;
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
  // A prompt left from an earlier run would describe a feature that is now done or gone; a file
  // someone else put there (no marker line) is theirs and stays.
  for (const name of inDir) {
    if (!name.endsWith('.md') || keep.has(name) || foreign.has(name)) continue;
    const file = path.join(dir, name);
    const st = await lstat(file).catch(() => null);
    if (st?.isFile() && (await isOurPrompt(file))) await rm(file, { force: true });
  }
  return written;
}

function reasonCounts(report: EvidenceReport): string {
  const counts = report.summary.unjudged ?? {};
  return Object.entries(counts).map(([k, n]) => `${k}: ${n}`).join(', ') || 'none';
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
  if (report.errors.length) lines.push(`  ${report.errors.length} file${report.errors.length === 1 ? '' : 's'} could not be scanned: ${report.errors.map((e) => `${e.file}:${e.line ?? 1}`).join(', ')}`);
  const unjudged = report.errors.length + report.skipped.length;
  if (unjudged) lines.push(`  ${unjudged} file${unjudged === 1 ? '' : 's'} not judged (${reasonCounts(report)}); see evidence.json errors and skipped`);
  const prompts = written.filter((w) => w.startsWith('fix-prompts/')).length;
  lines.push(`wrote ${outDir}/evidence.json, ${outDir}/READINESS.md, ${outDir}/${READINESS_HTML}${prompts ? ` and ${prompts} fix prompt${prompts === 1 ? '' : 's'}` : ''}`);
  return `${lines.join('\n')}\n`;
}
