import path from 'node:path';
import { escapeControl as safe, ReadycheckError, type QualityBaseline, type QualityReport, type ReadycheckConfig } from '@readycheck/core';
import { coverageOfInputs, loadBaseline, updateBaseline, applyBaseline, writeBaseline, type BaselineScope } from '../baseline.js';
import { openResultCache, type ResultCache } from '../cache.js';
import { scanFilesOptionsFor, type ScanCommandOptions, type ScanContext } from '../cli.js';
import { DEFAULT_BASELINE, type ChangeFlags } from './options.js';
import { scanFiles } from '../scan-files.js';
import { scanSource } from '../scan.js';
import type { ScanOptions } from '../types.js';
import type { FileChange } from './compare.js';
import { collectGitChanges } from './git-diff.js';
import { reportChanges, type CollectedChanges } from './scan-change.js';
import { collectTreeChanges } from './trees.js';

export { DEFAULT_BASELINE, registerChangeCommands, type ChangeFlags } from './options.js';

function scanOptionsOf(options: ScanCommandOptions, ctx: ScanContext): ScanOptions {
  const out: ScanOptions = { config: ctx.detectorsConfig, detectors: ctx.detectors };
  if (options.rule) out.rules = options.rule;
  if (options.category) out.categories = options.category;
  return out;
}

/**
 * `--staged` is a git change whose new side is the index: against HEAD unless `--diff` names a
 * base. Normalised here, once, so every later step (mode, report, gate) sees a diff.
 */
export function normaliseStaged(flags: ChangeFlags): void {
  if (!flags.staged) return;
  if (flags.head !== undefined) throw new ReadycheckError('RC_USAGE', '--staged judges the index: it cannot be combined with --head');
  if (flags.before !== undefined || flags.after !== undefined) throw new ReadycheckError('RC_USAGE', '--staged and --before/--after are two different modes: use one');
  flags.diff ??= 'HEAD';
}

/** Where {@link collectChange} reads from and which files it keeps. */
export interface CollectChangeOptions {
  /** Base of relative paths and of git commands. */
  cwd: string;
  /** The loaded readycheck config (`include`, `maxFileBytes`). */
  config: Pick<ReadycheckConfig, 'include' | 'maxFileBytes'>;
  /** Ignore globs (config and command line). */
  ignore?: readonly string[];
  /** Honour .gitignore in `--before/--after` trees. Default true. */
  gitignore?: boolean;
  /**
   * Files the judgement reads (the loaded config file, the baseline), absolute: in a git change,
   * each one the change adds or edits, or that git does not track (unless `untracked: false`), is
   * listed in `configChanges`.
   */
  guard?: ReadonlyArray<{ file: string | null | undefined; untracked?: boolean }>;
}

/**
 * Reads the change the flags name: a git diff (`--diff`, `--staged`, `--head`, `--no-merge-base`)
 * or two trees (`--before`, `--after`); null when the flags name none. Inconsistent flags are
 * `RC_USAGE`. Used by the scan command and by `readycheck-monitor gate`.
 *
 * @example
 * const collected = await collectChange({ diff: 'HEAD' }, { cwd: process.cwd(), config: {} });
 */
export async function collectChange(flags: ChangeFlags, options: CollectChangeOptions): Promise<CollectedChanges | null> {
  const { cwd, config } = options;
  const ignore = options.ignore ?? [];
  normaliseStaged(flags);
  if (flags.head !== undefined && flags.diff === undefined) throw new ReadycheckError('RC_USAGE', '--head needs --diff <base>');
  if ((flags.before === undefined) !== (flags.after === undefined)) throw new ReadycheckError('RC_USAGE', '--before and --after go together');
  if (flags.diff !== undefined && flags.before !== undefined) throw new ReadycheckError('RC_USAGE', '--diff and --before/--after are two different modes: use one');
  const selection = {
    ...(config.include?.length ? { include: config.include } : {}),
    ...(ignore.length ? { ignore } : {}),
    ...(config.maxFileBytes ? { maxFileBytes: config.maxFileBytes } : {}),
  };
  if (flags.diff !== undefined) {
    return collectGitChanges({
      base: flags.diff,
      cwd,
      ...(flags.staged ? { staged: true } : {}),
      ...(flags.head !== undefined ? { head: flags.head } : {}),
      ...(flags.mergeBase === false ? { mergeBase: false } : {}),
      ...(options.guard ? { guard: options.guard.flatMap((g) => (typeof g.file === 'string' ? [{ file: g.file, ...(g.untracked === false ? { untracked: false } : {}) }] : [])) } : {}),
      ...selection,
    });
  }
  if (flags.before !== undefined && flags.after !== undefined) {
    return collectTreeChanges({ before: flags.before, after: flags.after, cwd, ...(options.gitignore === false ? { gitignore: false } : {}), ...selection });
  }
  return null;
}

/** Keeps only the changes under the paths given on the command line (none: all). */
function restrict(collected: CollectedChanges, paths: readonly string[], cwd: string): CollectedChanges {
  if (paths.length === 0) return collected;
  const covers = coverageOfInputs(paths, cwd);
  const keep = (c: FileChange) => covers(c.path) || (c.oldPath !== undefined && covers(c.oldPath));
  return { ...collected, changes: collected.changes.filter(keep), skipped: collected.skipped.filter((s) => covers(s.file)) };
}

/**
 * The scan command's report when change-aware flags are given: `--diff`/`--before` judge a change,
 * `--cache` reuses per-file results, `--baseline` marks known findings and `--update-baseline`
 * rewrites the baseline. Without them it is the plain snapshot scan.
 */
export async function produceChangeAwareReport(paths: readonly string[], options: ScanCommandOptions & ChangeFlags, ctx: ScanContext): Promise<QualityReport> {
  const { io } = ctx;
  const fileOptions = scanFilesOptionsFor(options, ctx);
  const scanOptions = scanOptionsOf(options, ctx);
  let cache: ResultCache | null = null;
  if (options.cache || options.cacheLocation !== undefined) {
    cache = await openResultCache({
      cwd: io.cwd,
      ...(options.cacheLocation !== undefined ? { location: options.cacheLocation } : {}),
      scanOptions,
      onWarning: (message) => io.stderr(`quality-scan: warning: ${safe(message)}\n`),
    });
  }
  const baselineFile = options.baseline !== undefined ? path.resolve(io.cwd, options.baseline) : undefined;
  const collected = await collectChange(options, {
    cwd: io.cwd,
    config: ctx.config,
    ignore: fileOptions.ignore ?? [],
    gitignore: options.gitignore !== false,
    // A baseline git does not track was made here, before this diff (a committed one the change edits counts).
    ...(options.allowConfigChange ? {} : { guard: [{ file: ctx.configFile }, { file: baselineFile, untracked: false }] }),
  });
  // --allow-config-change: a person's change to the config is judged by it (never in the gate).
  if (collected && options.allowConfigChange) delete collected.configChanges;
  let report: QualityReport;
  if (collected) {
    const scanner = (text: string, fileName: string) => scanSource(text, fileName, scanOptions);
    report = reportChanges(restrict(collected, paths, io.cwd), options.diff !== undefined ? 'diff' : 'before-after', {
      ...scanOptions,
      scanner: cache ? cache.wrap(scanner) : scanner,
      ...(options.allowNewSuppressions ? { allowNewSuppressions: true } : {}),
    });
  } else {
    const inputs = paths.length ? paths : (ctx.config.include ?? ['.']);
    // Against a baseline the findings that count are the new ones: a file added since is its
    // author's code whatever it looks like, so nothing is graded low as vendored (see vendored.ts).
    const againstBaseline = options.baseline !== undefined || options.updateBaseline === true;
    report = await scanFiles(inputs, { ...fileOptions, ...(cache ? { cache } : {}), ...(againstBaseline ? { vendored: false } : {}) });
  }
  if (cache) await cache.save();

  if (options.baseline !== undefined || options.updateBaseline) {
    const file = path.resolve(io.cwd, options.baseline ?? DEFAULT_BASELINE);
    const shown = options.baseline ?? DEFAULT_BASELINE;
    const scope: BaselineScope = collected
      ? { partial: true }
      : { covers: coverageOfInputs(paths.length ? paths : (ctx.config.include ?? []), io.cwd) };
    let previous: QualityBaseline | null = null;
    try {
      previous = await loadBaseline(file);
    } catch (err) {
      if (!(options.updateBaseline && (err as { code?: unknown }).code === 'RC_FILE_NOT_FOUND')) throw relabel(err, file, shown);
    }
    if (options.updateBaseline) {
      const next = updateBaseline(report, previous, scope);
      await writeBaseline(file, next);
      const before = previous?.entries.length ?? 0;
      io.stderr(`quality-scan: baseline ${safe(shown)} written: ${next.entries.length} entr${next.entries.length === 1 ? 'y' : 'ies'} (was ${before})\n`);
      report = applyBaseline(report, next, scope);
    } else if (previous) {
      report = applyBaseline(report, previous, scope);
      const stale = report.staleBaseline?.length ?? 0;
      if (stale) {
        io.stderr(`quality-scan: ${stale} baseline entr${stale === 1 ? 'y is' : 'ies are'} stale (the finding is gone); prune with --update-baseline\n`);
      }
    }
  }
  return report;
}

/** Errors about the baseline name the file as the user wrote it. */
function relabel(err: unknown, abs: string, shown: string): unknown {
  if (err instanceof ReadycheckError && abs !== shown && err.message.includes(abs)) {
    return new ReadycheckError(err.code, err.message.split(abs).join(shown), { cause: err, file: shown, exitCode: err.exitCode });
  }
  return err;
}
