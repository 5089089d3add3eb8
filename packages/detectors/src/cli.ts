import path from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import { createProgress, describeCliError, escapeControl, FLAGS, loadConfig, ReadycheckError, useColor, writeFileAtomic, type CliIO, type Progress, type QualityReport, type ReadycheckConfig } from '@readycheck/core';
import { detectors as builtinDetectors } from './detectors/index.js';
import { formatters, type FormatName } from './formatters/index.js';
import { SARIF_RESULT_LIMIT } from './formatters/sarif.js';
import { buildReport, isReported, skipReasons, withMinConfidence } from './report.js';
import { atOrAbove, scanSource } from './scan.js';
import { mergeQualityReports, readQualityReports } from './merge-reports.js';
import { parseShard, type Shard } from './shard.js';
import { checkRuleIds, scanFiles, type ScanFilesOptions } from './scan-files.js';
import { BUILTIN_CATEGORIES, CONFIDENCES, SEVERITIES, type Confidence, type Detector, type DetectorsConfig, type Severity } from './types.js';
import { version } from './version.js';
import { parseConcurrency, type Concurrency } from './parallel.js';
import { registerChangeCommands, usesChangeMode, type ChangeFlags } from './change/options.js';

/** Options of the default (scan) command, as commander parses them. */
export interface ScanCommandOptions extends ChangeFlags {
  format: FormatName;
  output?: string;
  severityThreshold?: Severity;
  minConfidence?: Confidence;
  rule?: string[];
  category?: string[];
  config?: string;
  maxFileLines?: number;
  ignore?: string[];
  gitignore: boolean;
  /** `--no-vendored`: grade findings in vendored and generated files as in any other (default: low). */
  vendored?: boolean;
  quiet: boolean;
  color?: boolean;
  listRules?: boolean;
  passWithNoFiles?: boolean;
  /** `--max-warnings <n>`: exit 1 when more than n reported findings are below the threshold. */
  maxWarnings?: number;
  /** `--stdin`: scan standard input as one file, named by `--stdin-filename`. */
  stdin?: boolean;
  stdinFilename?: string;
  /** `--shard i/n`: scan one slice of the files (a CI matrix); merge the JSON with `merge-reports`. */
  shard?: Shard;
  /** `--concurrency <n|auto|off>`: threads to scan with (default auto). */
  concurrency?: Concurrency;
}

/** What the scan action needs besides its options: IO, the loaded config and the detectors. */
export interface ScanContext {
  io: CliIO;
  config: ReadycheckConfig;
  detectorsConfig: DetectorsConfig;
  detectors: readonly Detector[];
  threshold: Severity;
}

/** Holds the exit code an action decided on (commander actions return nothing). */
export interface CliState {
  exitCode: number;
}

const collect = (value: string, previous: string[] = []): string[] => [...previous, ...value.split(',').map((s) => s.trim()).filter(Boolean)];

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a positive integer.');
  return n;
}

function nonNegativeInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected an integer >= 0.');
  return n;
}

function shardArg(value: string): Shard {
  try {
    return parseShard(value);
  } catch (err) {
    throw new InvalidArgumentError((err as Error).message.replace(/^--shard "[^"]*": /, ''));
  }
}

/**
 * Builds the quality-scan commander program. The default command scans; subcommands (the
 * change-aware `gate`, `release`, `agents`) are added to the returned program.
 *
 * @example
 * const state = { exitCode: 0 };
 * await buildProgram(io, state).parseAsync(['src', '--format', 'json'], { from: 'user' });
 */
export function buildProgram(io: CliIO, state: CliState = { exitCode: 0 }): Command {
  const program = new Command('quality-scan')
    .description('Find quality violations in agent-written TypeScript/JavaScript: dropped code, stubs, unsafe casts, swallowed errors, secrets.')
    .version(version, '-v, --version')
    .argument('[paths...]', 'files, directories or globs to scan (default: the config include list, or .)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(Object.keys(formatters)).default('text'))
    .option('-o, --output <file>', 'write the report to a file (atomically) instead of stdout')
    .addOption(new Option('--severity-threshold <severity>', 'exit 1 when a finding is at or above this severity (default: high)').choices([...SEVERITIES]))
    .addOption(new Option('--min-confidence <level>', 'report only findings of at least this confidence (high, medium, low; default: all)').choices([...CONFIDENCES]))
    .option('--max-warnings <n>', 'exit 1 when more than n reported findings are below the threshold (ESLint\'s --max-warnings)', nonNegativeInt)
    .option('--rule <ids>', 'run only these rule ids (repeatable, comma-separated)', collect)
    .option('--category <names>', 'run only these categories (repeatable, comma-separated)', collect)
    .option(...FLAGS.config)
    .option('--stdin', 'scan the text on standard input as one file (an editor buffer, a pipe)')
    .option('--stdin-filename <path>', 'with --stdin: the path the text stands for (its extension picks TS/TSX/JS; shown in the report)')
    .option('--shard <i/n>', 'scan shard i of n of the files (each file in exactly one shard); merge the JSON reports with merge-reports', shardArg)
    .option(FLAGS.concurrency[0], FLAGS.concurrency[1], parseConcurrency)
    .option('--max-file-lines <n>', 'line limit of max-file-lines (default 500)', positiveInt)
    .option('--ignore <glob>', 'ignore files matching a glob (repeatable)', collect)
    .option('--no-gitignore', 'do not honour .gitignore files')
    .option('--no-vendored', 'grade findings in vendored and generated files (.gitattributes linguist-vendored/-generated, minified files under public/, Emscripten glue) as in any other file, not low')
    .option('-q, --quiet', 'report only findings at or above the severity threshold', false)
    .option(...FLAGS.color)
    .option(...FLAGS.noColor)
    .option('--list-rules', 'list the detectors (id, category, default severity, description) and exit')
    .option('--pass-with-no-files', 'exit 0 when no file was scanned (default: exit 2, saying why)')
    .showHelpAfterError(false)
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s), outputError: () => undefined })
    .addHelpText(
      'after',
      '\nExit codes: 0 no finding at or above the threshold, 1 findings at or above it (or over --max-warnings), 2 usage or config error or nothing scanned, 3 quarantined (gate), 130 interrupted.\n' +
        'Inline suppression: // readycheck-disable-next-line <rule-id> -- reason   (or readycheck-disable for the whole file)\n',
    )
    .action(async (paths: string[], options: ScanCommandOptions) => {
      state.exitCode = await runScanCommand(paths, options, io);
    });
  registerChangeCommands(program, io, state);
  program
    .command('merge-reports')
    .description('merge the JSON reports of a sharded scan (--shard i/n --format json) into one report, in any format')
    .argument('<reports...>', 'JSON reports of the shards')
    .addOption(new Option('-f, --format <format>', 'output format').choices(Object.keys(formatters)).default('json'))
    .option('-o, --output <file>', 'write the merged report to a file (atomically) instead of stdout')
    .addOption(new Option('--severity-threshold <severity>', 'exit 1 when a finding is at or above this severity (default: high)').choices([...SEVERITIES]))
    .option(...FLAGS.config)
    .action(async (files: string[], options: ScanCommandOptions) => {
      const ctx = await prepareScan({ ...options, gitignore: true, quiet: false }, io);
      const report = mergeQualityReports(await readQualityReports(files, io.cwd), files);
      await emitReport(report, { ...options, gitignore: true, quiet: false }, ctx);
      state.exitCode = exitCodeFor(report, ctx.threshold);
    });
  return program;
}

/** Loads config, merges CLI flags into it, and works out the detector set and threshold. */
export async function prepareScan(options: ScanCommandOptions, io: CliIO): Promise<ScanContext> {
  const { config } = await loadConfig({ cwd: io.cwd, ...(options.config ? { file: options.config } : {}) });
  const detectorsConfig: DetectorsConfig = { ...(config.detectors ?? {}) };
  if (options.maxFileLines !== undefined) detectorsConfig.maxFileLines = options.maxFileLines;
  const detectors = Object.values(builtinDetectors);
  checkRuleIds({ detectors, config: detectorsConfig, ...(options.rule ? { rules: options.rule } : {}) });
  const knownCategories = new Set<string>([...BUILTIN_CATEGORIES, ...detectors.map((d) => d.category)]);
  const badCategory = (options.category ?? []).filter((c) => !knownCategories.has(c));
  if (badCategory.length) {
    throw new InvalidArgumentError(`unknown category: ${badCategory.join(', ')} (known: ${[...knownCategories].sort().join(', ')})`);
  }
  return { io, config, detectorsConfig, detectors, threshold: options.severityThreshold ?? detectorsConfig.severityThreshold ?? 'high' };
}

/** The scan options (discovery + detectors) the CLI flags and config amount to. */
export function scanFilesOptionsFor(options: ScanCommandOptions, ctx: ScanContext): ScanFilesOptions {
  const ignore = [...(ctx.config.ignore ?? []), ...(options.ignore ?? [])];
  return {
    cwd: ctx.io.cwd,
    config: ctx.detectorsConfig,
    detectors: ctx.detectors,
    ...(options.rule ? { rules: options.rule } : {}),
    ...(options.category ? { categories: options.category } : {}),
    ...(ignore.length ? { ignore } : {}),
    ...(options.gitignore === false ? { gitignore: false } : {}),
    ...(options.vendored === false ? { vendored: false } : {}),
    ...(ctx.config.maxFileBytes ? { maxFileBytes: ctx.config.maxFileBytes } : {}),
    ...(options.shard ? { shard: options.shard } : {}),
    ...(options.concurrency !== undefined ? { concurrency: options.concurrency } : {}),
  };
}

/** `--stdin`: the text on standard input, scanned as the one file `--stdin-filename` names. */
async function scanStdin(options: ScanCommandOptions, ctx: ScanContext): Promise<QualityReport> {
  if (!ctx.io.readStdin) throw new ReadycheckError('RC_USAGE', '--stdin: no standard input to read here');
  if (usesChangeMode(options) || options.shard) throw new ReadycheckError('RC_USAGE', '--stdin scans one text: it cannot be combined with change modes or --shard');
  const name = (options.stdinFilename ?? '<stdin>.ts').split(path.sep).join('/');
  const text = await ctx.io.readStdin();
  const scanOptions = scanFilesOptionsFor(options, ctx);
  const violations = scanSource(text, name, {
    config: ctx.detectorsConfig,
    detectors: ctx.detectors,
    ...(scanOptions.rules ? { rules: scanOptions.rules } : {}),
    ...(scanOptions.categories ? { categories: scanOptions.categories } : {}),
  });
  return buildReport({ files: 1, violations });
}

/** A progress line on stderr for long scans (only on a terminal; see core's createProgress). */
function progressFor(io: CliIO): { onProgress: (done: number, total: number) => void; done: () => void } {
  let bar: Progress | undefined;
  return {
    onProgress: (_done, total) => {
      bar ??= createProgress(io, { unit: 'files', total });
      bar.tick();
    },
    done: () => bar?.done(),
  };
}

/**
 * Produces the report for the scan command. Change-aware modes branch off here: this is where
 * `--diff/--head`, `--before/--after`, `--baseline/--update-baseline` and `--cache` take over
 * from the plain snapshot scan.
 */
export async function produceReport(paths: string[], options: ScanCommandOptions, ctx: ScanContext): Promise<QualityReport> {
  if (usesChangeMode(options)) {
    // Loaded only here: git, diff, baseline, cache and monitor code is start-up time a plain scan does not need.
    const { produceChangeAwareReport } = await import('./change/cli.js');
    return produceChangeAwareReport(paths, options, ctx);
  }
  if (options.stdin) return scanStdin(options, ctx);
  if (options.stdinFilename) throw new ReadycheckError('RC_USAGE', '--stdin-filename needs --stdin');
  const progress = progressFor(ctx.io);
  try {
    return await scanFiles(paths.length ? paths : (ctx.config.include ?? ['.']), { ...scanFilesOptionsFor(options, ctx), onProgress: progress.onProgress });
  } finally {
    progress.done();
  }
}

/** Renders a report in the chosen format and writes it to stdout or `--output`. */
export async function emitReport(report: QualityReport, options: ScanCommandOptions, ctx: ScanContext): Promise<void> {
  const { io } = ctx;
  let shown = report;
  if (options.quiet) {
    shown = buildReport({
      ...report,
      files: report.summary.files,
      violations: report.violations.filter((v) => atOrAbove(v.severity, ctx.threshold)),
      ...(report.summary.durationMs !== undefined ? { durationMs: report.summary.durationMs } : {}),
    });
  }
  const color = !options.output && useColor(io, options.color);
  const out = formatters[options.format](shown, { color, detectors: ctx.detectors, severityThreshold: ctx.threshold });
  if (options.format === 'sarif' && shown.violations.length > SARIF_RESULT_LIMIT) {
    io.stderr(`quality-scan: warning: ${shown.violations.length} results; GitHub code scanning keeps only ${SARIF_RESULT_LIMIT} per run.\n`);
  }
  if (options.output) {
    await writeFileAtomic(path.resolve(io.cwd, options.output), out);
    const s = shown.summary;
    io.stdout(`quality-scan: ${s.violations} problem${s.violations === 1 ? '' : 's'} in ${s.files} file${s.files === 1 ? '' : 's'}; ${options.format} report written to ${escapeControl(options.output)}\n`);
  } else io.stdout(out);
}

/**
 * Exit code of a report: 1 when a reported (not suppressed) finding is at or above the threshold,
 * or when more than `maxWarnings` reported findings are below it (ESLint's `--max-warnings`).
 */
export function exitCodeFor(report: QualityReport, threshold: Severity, maxWarnings?: number): number {
  const reported = report.violations.filter(isReported);
  if (reported.some((v) => atOrAbove(v.severity, threshold))) return 1;
  if (maxWarnings !== undefined && reported.length > maxWarnings) return 1;
  return 0;
}

/** The default command: scan, print, and decide the exit code. */
export async function runScanCommand(paths: string[], options: ScanCommandOptions, io: CliIO): Promise<number> {
  const ctx = await prepareScan(options, io);
  if (options.listRules) {
    io.stdout(listRules(ctx.detectors));
    return 0;
  }
  const produced = await produceReport(paths, options, ctx);
  const report = options.minConfidence ? withMinConfidence(produced, options.minConfidence) : produced;
  await emitReport(report, options, ctx);
  const nothing = nothingScanned(report, options);
  if (nothing) {
    io.stderr(`quality-scan: ${nothing}\n`);
    return 2;
  }
  const code = exitCodeFor(report, ctx.threshold, options.maxWarnings);
  if (code === 1 && options.maxWarnings !== undefined && exitCodeFor(report, ctx.threshold) === 0) {
    const n = report.violations.filter(isReported).length;
    io.stderr(`quality-scan: ${n} finding${n === 1 ? '' : 's'} below the threshold, more than --max-warnings ${options.maxWarnings}\n`);
  }
  return code;
}

/**
 * Why a snapshot scan that scanned no file must not pass (every file binary, too large,
 * unreadable or ignored), or null when files were scanned, `--pass-with-no-files` was given, or
 * the run judged a change (a change may touch no source file).
 */
export function nothingScanned(report: QualityReport, options: Pick<ScanCommandOptions, 'passWithNoFiles' | 'shard'>): string | null {
  if (report.summary.files > 0 || options.passWithNoFiles || (report.mode !== undefined && report.mode !== 'snapshot')) return null;
  const reasons = skipReasons(report.summary);
  const why = reasons ? `not scanned: ${reasons}` : options.shard ? `shard ${options.shard.index}/${options.shard.total} holds none of the files` : 'no source file found';
  return `no file scanned (${why}); pass --pass-with-no-files to accept an empty run`;
}

function listRules(list: readonly Detector[]): string {
  const rows = [...list].sort((a, b) => (a.id < b.id ? -1 : 1)).map((d) => [d.id, d.category, `${d.severity}${d.enabledByDefault ? '' : ' (off)'}`, d.docs.description]);
  const w = [0, 1, 2].map((i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return `${rows.map((r) => r.map((c, i) => (i < 3 ? c.padEnd(w[i] ?? 0) : c)).join('  ')).join('\n')}\n`;
}

/**
 * The quality-scan CLI as a function: parses `argv` (without `node` and the script), runs, and
 * returns the exit code (0 clean, 1 findings at or above the threshold, 2 usage or config error).
 * Errors become one line on `io.stderr`.
 *
 * @example
 * const code = await main(['src', '--format', 'sarif', '-o', 'quality.sarif'], processIO());
 */
export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  const state: CliState = { exitCode: 0 };
  try {
    await buildProgram(io, state).parseAsync([...argv], { from: 'user' });
    return state.exitCode;
  } catch (err) {
    const { message, exitCode } = describeCliError(err, io.env);
    if (exitCode !== 0 && message) io.stderr(`quality-scan: ${message}\n`);
    return exitCode;
  }
}
