import path from 'node:path';
import { Option, type Command } from 'commander';
import { escapeControl as safe, stableStringify, type CliIO } from '@readycheck/core';
import { DEFAULT_CACHE_LOCATION } from '../cache.js';
import type { CliState, ScanCommandOptions } from '../cli.js';
import { DEFAULT_AGENT_STORE } from '../monitor/store.js';
import { SEVERITIES, type Severity } from '../types.js';

// The change-aware flags and subcommands, without the code that runs them: a plain snapshot scan
// (no --diff/--before/--baseline/--cache, no subcommand) never loads git, diff, baseline or
// monitor modules; they are imported when an option or subcommand needs them.

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
}

/** The default baseline file of `--update-baseline` without `--baseline`: at the root, to be committed (`.readycheck/` holds caches that are not). */
export const DEFAULT_BASELINE = 'quality-baseline.json';

/**
 * Adds the change-aware flags to the scan command and the `gate`, `release` and `agents`
 * subcommands to the program.
 */
export function registerChangeCommands(program: Command, io: CliIO, state: CliState): void {
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
    .option('--allow-new-suppressions', 'with --diff or --before/--after: let suppression comments the change adds silence its findings (default: they are reported as suppression-added-in-change)');

  program
    .command('gate')
    .description('judge an agent\'s change; quarantine the agent on a critical finding (exit 3), 1 on findings at or above the threshold, 0 clean')
    .requiredOption('--agent <id>', 'the agent that made the change')
    .option('--task <id>', 'the task the change belongs to')
    .option('--diff <base>', 'the change: the working tree (or --head) against this git revision')
    .option('--staged', 'the change: what is staged (the index) against HEAD, or against --diff <base>')
    .option('--head <rev>', 'with --diff: this revision instead of the working tree')
    .option('--no-merge-base', 'with --diff: compare against <base> itself, not its merge base')
    .option('--before <dir>', 'the change: this old tree (with --after)')
    .option('--after <dir>', 'the change: this new tree (with --before)')
    .option('--store <file>', `agent store (default ${DEFAULT_AGENT_STORE})`)
    .option('--allow-new-suppressions', 'let suppression comments the change adds silence its findings (default: they do not, and are reported)')
    .addOption(new Option('--severity-threshold <severity>', 'findings at or above this make exit 1 (default: high)').choices([...SEVERITIES]))
    .option('-c, --config <file>', 'readycheck config file (default: readycheck.config.* searched upward)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (options: GateOptions) => {
      const { runGate } = await import('./cli.js');
      state.exitCode = await runGate(options, io);
    });

  program
    .command('release')
    .description('release a quarantined agent')
    .argument('<agent>', 'the agent id')
    .requiredOption('--by <name>', 'who releases it')
    .option('--note <text>', 'why it may work again')
    .option('--store <file>', `agent store (default ${DEFAULT_AGENT_STORE})`)
    .action(async (agent: string, options: { by: string; note?: string; store?: string }) => {
      const { createQualityMonitor } = await import('../monitor/monitor.js');
      const monitor = createQualityMonitor({ store: storePath(options.store, io) });
      const released = await monitor.release(agent, { by: options.by, ...(options.note !== undefined ? { note: options.note } : {}) });
      const held = Date.parse(released.releasedAt) - Date.parse(released.since);
      io.stdout(`released ${safe(agent)} (quarantined since ${released.since}, ${Math.max(0, Math.round(held / 1000))} s; was: ${safe(released.reason)})\n`);
      state.exitCode = 0;
    });

  program
    .command('agents')
    .description('per-agent metrics: changes, findings by category, clean-change rate, quarantines, time to release')
    .option('--json', 'print the metrics as JSON')
    .option('--store <file>', `agent store (default ${DEFAULT_AGENT_STORE})`)
    .action(async (options: { json?: boolean; store?: string }) => {
      const [{ createQualityMonitor }, { formatAgentTable }] = await Promise.all([import('../monitor/monitor.js'), import('../monitor/metrics.js')]);
      const rows = await createQualityMonitor({ store: storePath(options.store, io) }).metrics();
      io.stdout(options.json ? stableStringify(rows) : formatAgentTable(rows));
      state.exitCode = 0;
    });
}

/** The agent store file of gate/release/agents: `--store`, else the default, from the working directory. */
export function storePath(store: string | undefined, io: CliIO): string {
  return path.resolve(io.cwd, store ?? DEFAULT_AGENT_STORE);
}

/** Options of `quality-scan gate`. */
export interface GateOptions {
  agent: string;
  task?: string;
  diff?: string;
  staged?: boolean;
  head?: string;
  mergeBase?: boolean;
  before?: string;
  after?: string;
  store?: string;
  severityThreshold?: Severity;
  config?: string;
  format: 'text' | 'json';
  allowNewSuppressions?: boolean;
}

/**
 * True when the scan command's options ask for more than the plain snapshot scan: a change
 * (`--diff`, `--head`, `--before`, `--after`), a baseline or the result cache.
 */
export function usesChangeMode(options: ScanCommandOptions): boolean {
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
