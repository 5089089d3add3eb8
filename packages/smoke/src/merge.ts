import path from 'node:path';
import { Command } from 'commander';
import { isReadycheckError, loadValidatedFile, ReadycheckError, type SmokeReport, type SmokeReportTypes } from '@readycheck/core';
import { attachHistory, historyFileOption, historyReporter } from './history.js';
import { buildReport } from './report.js';
import { issuesReporter } from './reporters/issues.js';
import { Multiplexer } from './reporters/multiplexer.js';
import { reporters } from './reporters/index.js';
import type { Reporter, ReporterContext, ReporterFactory } from './reporters/types.js';
import { parseShard } from './shard.js';

type Test = SmokeReportTypes.Test;

/** One report to merge and where it came from (for messages). */
export interface MergeInput {
  file: string;
  report: SmokeReport;
}

/** What {@link mergeReports} returns: the merged report and what a user should know about it. */
export interface MergeResult {
  report: SmokeReport;
  /** One line each: duplicate checks, missing or repeated shards. */
  warnings: string[];
}

/**
 * Merges shard reports into one report, as if one run had run every check: tests concatenated
 * (shards in shard order, then the order given), the summary, component health matrix, pass
 * rate, fix-first list and flaky list recomputed over all of them with the runner's own
 * {@link buildReport}. The run spans from the earliest start to the latest stop; it is
 * interrupted when any shard was. A check found in two reports keeps its later result (a shard
 * that was run again), with a warning; so does a shard set with a shard missing or repeated.
 *
 * @example
 * const { report, warnings } = mergeReports([{ file: 'a.json', report: a }, { file: 'b.json', report: b }]);
 */
export function mergeReports(inputs: readonly MergeInput[]): MergeResult {
  if (!inputs.length) throw new ReadycheckError('RC_USAGE', 'merge-reports: no report to merge');
  const warnings: string[] = [];
  const ordered = inputs
    .map((input, i) => ({ ...input, i, shard: shardOf(input) }))
    .sort((a, b) => (a.shard?.index ?? Infinity) - (b.shard?.index ?? Infinity) || a.i - b.i);

  const totals = new Set(ordered.flatMap((o) => (o.shard ? [o.shard.total] : [])));
  if (totals.size > 1)
    warnings.push(
      `the reports come from different shard counts (${[...totals]
        .sort((a, b) => a - b)
        .map((n) => `/${n}`)
        .join(', ')})`,
    );
  else if (totals.size === 1) {
    const total = [...totals][0]!;
    const seen = new Map<number, string>();
    for (const o of ordered) {
      if (!o.shard) continue;
      const prev = seen.get(o.shard.index);
      if (prev !== undefined) warnings.push(`shard ${o.shard.index}/${total} appears twice (${prev} and ${o.file})`);
      seen.set(o.shard.index, o.file);
    }
    const missing = Array.from({ length: total }, (_, k) => k + 1).filter((k) => !seen.has(k));
    if (missing.length)
      warnings.push(
        `missing shard${missing.length > 1 ? 's' : ''} ${missing.map((k) => `${k}/${total}`).join(', ')}: the merged report covers ${seen.size} of ${total}`,
      );
  }

  const byId = new Map<string, { test: Test; file: string }>();
  for (const o of ordered) {
    for (const test of o.report.results.tests) {
      const prev = byId.get(test.extra.id);
      if (prev) {
        warnings.push(`check "${test.extra.id}" is in ${prev.file} and ${o.file}: keeping the result from ${o.file}`);
        byId.delete(test.extra.id);
      }
      byId.set(test.extra.id, { test, file: o.file });
    }
  }
  // Map order is insertion order: a re-reported check moves to where its later report put it.
  const tests = [...byId.values()].map((v) => v.test);
  const start = Math.min(...ordered.map((o) => o.report.results.summary.start));
  const stop = Math.max(...ordered.map((o) => o.report.results.summary.stop));
  const verification = ordered.flatMap((o) => o.report.results.extra?.verification ?? []);
  const environment = ordered.find((o) => o.report.results.environment)?.report.results.environment as Record<string, unknown> | undefined;
  const report = buildReport(tests, {
    start,
    stop,
    interrupted: ordered.some((o) => o.report.results.extra?.interrupted === true),
    ...(verification.length ? { verification } : {}),
    ...(environment ? { environment } : {}),
  });
  return { report, warnings };
}

function shardOf(input: MergeInput): { index: number; total: number } | undefined {
  const text = input.report.results.extra?.shard;
  if (text === undefined) return undefined;
  try {
    return parseShard(text);
  } catch (cause) {
    throw new ReadycheckError('RC_SCHEMA_MISMATCH', `${input.file}: /results/extra/shard: "${text}" is not a shard like 1/4`, {
      cause,
      file: input.file,
      pointer: '/results/extra/shard',
    });
  }
}

/** Options of {@link runMergeReports}. */
export interface MergeReportsOptions {
  /** Output directory (default `reports`). */
  out?: string;
  /** Reporters to write with, by name (default json, html, junit). */
  reporters?: readonly string[];
  /** The reporter factories by name (the CLI passes its `reporters` map). */
  factories: Readonly<Record<string, ReporterFactory>>;
  /** Append the merged run to this history file, and show the trend in the HTML report. */
  historyFile?: string;
  /** Write issue drafts for failed and blocked checks here. */
  issuesDir?: string;
}

/** Where `merge-reports` reads and writes. */
export interface MergeIO {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTTY: boolean;
}

/** Reporters `merge-reports` writes when none are named. */
export const MERGE_DEFAULT_REPORTERS: readonly string[] = ['json', 'html', 'junit'];

/**
 * `smoke-run merge-reports a.json b.json … --out reports/`: reads shard reports (each validated
 * against the smoke report schema), merges them ({@link mergeReports}) and writes the merged
 * report with the chosen reporters. A file that cannot be read or is not a valid report is
 * reported (file and JSON pointer) and skipped; the others are still merged and written.
 *
 * Exit code: 2 when an input was skipped, a reporter failed, or nothing could be read; else 1
 * when the merged run has a failed check (as the run itself would); else 0.
 *
 * @example
 * const code = await runMergeReports(['shard-1.json', 'shard-2.json'], { out: 'reports', factories: reporters }, io);
 */
export async function runMergeReports(files: readonly string[], options: MergeReportsOptions, io: MergeIO): Promise<number> {
  if (!files.length)
    throw new ReadycheckError('RC_USAGE', 'merge-reports: give at least one report file (e.g. smoke-run merge-reports shard-*/smoke-report.json)');
  const names = [...(options.reporters?.length ? options.reporters : MERGE_DEFAULT_REPORTERS)];
  for (const name of names) {
    if (!Object.hasOwn(options.factories, name)) {
      throw new ReadycheckError('RC_USAGE', `unknown reporter "${name}" (known: ${Object.keys(options.factories).sort().join(', ')})`);
    }
  }
  let skipped = 0;
  const inputs: MergeInput[] = [];
  for (const file of files) {
    try {
      inputs.push({ file, report: await loadValidatedFile<SmokeReport>('smoke-report', path.resolve(io.cwd, file)) });
    } catch (err) {
      if (!isReadycheckError(err)) throw err;
      skipped++;
      io.stderr(`merge-reports: skipped ${relativeMessage(err.message, io.cwd)}\n`);
    }
  }
  if (!inputs.length)
    throw new ReadycheckError('RC_USAGE', `merge-reports: none of the ${files.length} file${files.length === 1 ? '' : 's'} is a smoke report`);
  const merged = mergeReports(inputs);
  for (const w of merged.warnings) io.stderr(`merge-reports: warning: ${w}\n`);
  let report = merged.report;
  if (options.historyFile) {
    const withTrend = await attachHistory(report, path.resolve(io.cwd, options.historyFile));
    report = withTrend.report;
    for (const w of withTrend.warnings) io.stderr(`${w}\n`);
  }
  const ctx: ReporterContext = {
    outDir: options.out ?? 'reports',
    cwd: io.cwd,
    stdout: io.stdout,
    stderr: io.stderr,
    isTTY: io.isTTY,
    ...(options.historyFile ? { historyFile: options.historyFile } : {}),
    ...(options.issuesDir ? { issuesDir: options.issuesDir } : {}),
  };
  const list: Reporter[] = names.map((n) => options.factories[n]!(ctx));
  if (options.issuesDir) list.push(issuesReporter(ctx));
  if (options.historyFile) list.push(historyReporter(ctx));
  const mux = new Multiplexer(list, (f) =>
    io.stderr(`merge-reports: reporter ${f.reporter} failed: ${f.error instanceof Error ? f.error.message : String(f.error)}\n`),
  );
  await mux.onRunEnd(report);
  const s = report.results.summary;
  io.stdout(
    `Merged ${inputs.length} report${inputs.length === 1 ? '' : 's'}: ${s.tests} checks, ${s.passed} passed, ${s.failed} failed, ${s.flaky ?? 0} flaky\n`,
  );
  if (skipped || mux.failures.length) return 2;
  return s.failed > 0 ? 1 : 0;
}

function relativeMessage(message: string, cwd: string): string {
  return message.split(cwd + path.sep).join('');
}

/** Options of `smoke-run merge-reports`, as commander parses them. */
export interface MergeCommandOptions {
  out: string;
  reporter?: string[];
  history?: string | boolean;
  issuesDir?: string;
}

/**
 * The `merge-reports` subcommand of smoke-run (see {@link runMergeReports}); `onExit` receives
 * its exit code. The caller applies its own output and error handling to the command.
 *
 * @example
 * program.addCommand(configure(mergeReportsCommand(io, (code) => (state.exitCode = code)), io));
 */
export function mergeReportsCommand(io: MergeIO, onExit: (code: number) => void): Command {
  return new Command('merge-reports')
    .description('merge the JSON reports of shards (smoke-run --shard i/n) into one report, matrix recomputed')
    .argument('<reports...>', 'smoke-report.json files of the shards')
    .option('-o, --out <dir>', 'directory for the merged reports', 'reports')
    .option('-r, --reporter <names>', `reporters (comma-separated; default ${MERGE_DEFAULT_REPORTERS.join(',')})`, (v: string, prev: string[] = []) => [
      ...prev,
      ...v.split(',').map((x) => x.trim()).filter(Boolean),
    ])
    .option('--history [file]', 'append the merged run to this history file (default .smoke/history.jsonl) and show the trend')
    .option('--issues-dir <dir>', 'write one markdown issue draft per failed or blocked check here')
    .addHelpText('after', '\nExit codes: 0 all passed, 1 a check failed, 2 a report was unreadable or a reporter failed.\n')
    .action(async (files: string[], o: MergeCommandOptions) => {
      const historyFile = historyFileOption(o.history);
      onExit(
        await runMergeReports(
          files,
          {
            out: o.out,
            factories: reporters,
            ...(o.reporter ? { reporters: o.reporter } : {}),
            ...(historyFile ? { historyFile } : {}),
            ...(o.issuesDir ? { issuesDir: o.issuesDir } : {}),
          },
          io,
        ),
      );
    });
}
