import { EXIT, useColor, type CliIO, type SmokeReport } from '@readycheck/core';
import { historyFileOption, historyReporter } from './history.js';
import { isReporterModule, loadReporterModule } from './load.js';
import { DEFAULT_REPORTERS, Multiplexer, parseReporterNames, reporters, type Reporter, type ReporterContext } from './reporters/index.js';
import { issuesReporter } from './reporters/issues.js';

// What the run command and `verify` share (reporters, exit codes), below both so neither
// imports the other's module.

/** Exit code of an interrupted run (core's `EXIT.INTERRUPTED`), kept as a named export. */
export const EXIT_INTERRUPTED = EXIT.INTERRUPTED;
/** Builds the reporter context of a run from the CLI options. */
export function reporterContext(options: { out: string; history?: string | boolean; issuesDir?: string; color?: boolean }, io: CliIO): ReporterContext {
  const historyFile = historyFileOption(options.history);
  return {
    outDir: options.out,
    cwd: io.cwd,
    stdout: io.stdout,
    stderr: io.stderr,
    isTTY: io.isTTY,
    color: useColor(io, options.color),
    env: io.env,
    ...(historyFile ? { historyFile } : {}),
    ...(options.issuesDir ? { issuesDir: options.issuesDir } : {}),
  };
}

/**
 * Creates the reporters named by `--reporter` behind a multiplexer that reports their errors. A
 * name that is a path (`./reporters/slack.mjs`, `.ts` too) is loaded as a module whose default
 * export is a reporter factory `(ctx) => Reporter` or a reporter object.
 */
export async function createReporters(names: readonly string[] | undefined, ctx: ReporterContext): Promise<Multiplexer> {
  const given = names?.length ? names.flatMap((v) => v.split(',')).map((s) => s.trim()).filter(Boolean) : [...DEFAULT_REPORTERS];
  // Built-in names are all checked first, so a typo is reported before any module is loaded.
  parseReporterNames(given.filter((n) => !isReporterModule(n)));
  const list: Reporter[] = [];
  const seen = new Set<string>();
  for (const n of given) {
    if (seen.has(n)) continue;
    seen.add(n);
    list.push(isReporterModule(n) ? await loadReporterModule(n, ctx) : reporters[parseReporterNames([n])[0]!](ctx));
  }
  if (ctx.issuesDir) list.push(issuesReporter(ctx));
  if (ctx.historyFile) list.push(historyReporter(ctx));
  return new Multiplexer(list, (f) => {
    const msg = f.error instanceof Error ? f.error.message : String(f.error);
    ctx.stderr(`smoke-run: reporter "${f.reporter}" failed in ${f.hook}: ${msg}\n`);
  });
}

/**
 * The exit code of a finished run: 130 interrupted, 2 when a reporter could not write its report,
 * 1 when a check failed (or was flaky with `failOnFlaky`), else 0.
 */
export function exitCodeOf(report: SmokeReport, o: { failOnFlaky?: boolean; reporterFailed?: boolean } = {}): number {
  if (report.results.extra?.interrupted) return EXIT_INTERRUPTED;
  if (o.reporterFailed) return 2;
  const s = report.results.summary;
  if (s.failed > 0) return 1;
  if (o.failOnFlaky && (s.flaky ?? 0) > 0) return 1;
  return 0;
}
