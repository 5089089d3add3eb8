import type { Command } from 'commander';
import type { CliIO } from '@readycheck/core';
import { DEFAULT_CACHE_LOCATION } from '../cache.js';
import { MONITOR_COMMANDS, type MonitorCommand } from './monitor-bridge.js';

// The change-aware flags and subcommands, without the code that runs them: a plain snapshot scan
// (no --diff/--before/--baseline/--cache, no subcommand) never loads git, diff, baseline or
// monitor modules; they are imported when an option or subcommand needs them. The CLI state is
// typed by its shape, so that this module and the CLI module do not import each other.

/** The change-aware flags of the scan command. */
export interface ChangeFlags {
  diff?: string;
  /** `--staged`: the index (what `git commit` would record) instead of the working tree, against HEAD or `--diff`. */
  staged?: boolean;
  head?: string;
  mergeBase?: boolean;
  before?: string;
  after?: string;
  baseline?: string;
  updateBaseline?: boolean;
  cache?: boolean;
  cacheLocation?: string;
  allowNewSuppressions?: boolean;
  /** `--allow-config-change`: a change that edits readycheck's config (or the baseline) is judged by it, as before. */
  allowConfigChange?: boolean;
}

/** The default baseline file of `--update-baseline` without `--baseline`: at the root, to be committed (`.readycheck/` holds caches that are not). */
export const DEFAULT_BASELINE = 'quality-baseline.json';

/**
 * Adds the change-aware flags to the scan command and the `gate`, `release` and `agents`
 * subcommands to the program.
 */
export function registerChangeCommands(program: Command, io: CliIO, state: { exitCode: number }): void {
  // Options after a subcommand name belong to the subcommand (gate has its own --diff, --format...).
  program.enablePositionalOptions();
  program
    .option('--diff <base>', 'judge a git change: only findings new since <base> (the working tree, or --head, against it)')
    .option('--staged', 'judge what is staged (the index, as a pre-commit hook sees it) against HEAD, or against --diff <base>')
    .option('--head <rev>', 'with --diff: judge this revision instead of the working tree')
    .option('--no-merge-base', 'with --diff: compare against <base> itself, not its merge base with the head')
    .option('--before <dir>', 'judge two trees as a change: the old tree (with --after)')
    .option('--after <dir>', 'judge two trees as a change: the new tree (with --before)')
    .option('--baseline <file>', 'known findings (by fingerprint) that are not reported again; stale entries are listed')
    .option('--update-baseline', `write the current findings to the baseline file (default ${DEFAULT_BASELINE}) and prune stale entries`)
    .option('--cache', `reuse results of unchanged files (keyed by content, detector version and config)`)
    .option('--cache-location <path>', `cache file or directory (default ${DEFAULT_CACHE_LOCATION}); implies --cache`)
    .option('--allow-new-suppressions', 'with --diff or --before/--after: let suppression comments the change adds silence its findings (default: they are reported as suppression-added-in-change)')
    .option('--allow-config-change', "with --diff: judge a change that edits readycheck's config or the baseline by them (default: each such file is a critical unscannable finding; the gate never allows it)");

  // gate, release and agents are run by @readycheck/monitor (found at run time, see
  // monitor-bridge.ts): every argument after the name is handed over as typed, --help included.
  const about: Record<MonitorCommand, string> = {
    gate: "judge an agent's change; quarantine the agent on a critical finding (exit 3), 1 on findings at or above the threshold, 0 clean",
    release: 'release a quarantined agent',
    agents: 'per-agent metrics: changes, findings by category, clean-change rate, quarantines, time to release',
  };
  for (const name of MONITOR_COMMANDS) {
    program
      .command(name)
      .description(`${about[name]} (runs @readycheck/monitor)`)
      .helpOption(false)
      .allowUnknownOption()
      .allowExcessArguments()
      .argument('[args...]', 'the arguments of readycheck-monitor ' + name)
      .action(async (args: string[]) => {
        const { runMonitorCommand } = await import('./monitor-bridge.js');
        state.exitCode = await runMonitorCommand(name, args, io);
      });
  }
}

/**
 * True when the scan command's options ask for more than the plain snapshot scan: a change
 * (`--diff`, `--head`, `--before`, `--after`), a baseline or the result cache.
 */
export function usesChangeMode(options: ChangeFlags): boolean {
  return (
    options.diff !== undefined ||
    options.staged === true ||
    options.head !== undefined ||
    options.before !== undefined ||
    options.after !== undefined ||
    options.baseline !== undefined ||
    options.updateBaseline === true ||
    options.cache === true ||
    options.cacheLocation !== undefined
  );
}
