import { escapeControl as safe, isReadycheckError, loadConfig, ReadycheckError, stableStringify, type CliIO, type ReadycheckConfig } from '@readycheck/core';
import { buildReport, collectChange, detectors, formatters, type ChangeFlags, type FileChange, type Severity } from '@readycheck/detectors';
import type { ChangeJudgement, Monitor } from './monitor.js';

/** Options of `gate`, as commander parses them. */
export interface GateOptions extends Pick<ChangeFlags, 'diff' | 'staged' | 'head' | 'mergeBase' | 'before' | 'after' | 'allowNewSuppressions'> {
  agent: string;
  task?: string;
  severityThreshold?: Severity;
  config?: string;
  format: 'text' | 'json';
}

/** What the gate asks of the monitor it opens. */
export interface GateMonitorSettings {
  config: ReadycheckConfig;
  threshold: Severity;
  allowNewSuppressions: boolean;
}

const NEEDS_CHANGE = 'gate needs the change: --diff <base>, --staged, or --before <dir> --after <dir>';

/**
 * `gate`: reads the change (a git diff, the index or two trees), judges it as one change of the
 * agent, records it, and prints the verdict. Exit 0 clean, 1 findings at or above the threshold,
 * 3 quarantined (now, or already: then the change is refused and recorded as such).
 * `name` is the command the user typed (`readycheck-monitor` or `quality-scan`), for the hints.
 */
export async function runGate(options: GateOptions, io: CliIO, open: (s: GateMonitorSettings) => Promise<Monitor>, name: string): Promise<number> {
  if (options.diff === undefined && options.before === undefined && !options.staged) throw new ReadycheckError('RC_USAGE', NEEDS_CHANGE);
  const { config, file: configFile } = await loadConfig({ cwd: io.cwd, ...(options.config ? { file: options.config } : {}) });
  const threshold = options.severityThreshold ?? config.detectors?.severityThreshold ?? 'high';
  // The loaded config is guarded too: an ignored or untracked config file the change wrote is still loaded.
  const collected = await collectChange(options, { cwd: io.cwd, config, ignore: config.ignore ?? [], gitignore: true, guard: [{ file: configFile }] });
  if (!collected) throw new ReadycheckError('RC_USAGE', NEEDS_CHANGE);
  // A change that edits readycheck's own configuration could turn off the rules or ignore the
  // files that would judge it: the gate does not let it judge itself (critical, for a human).
  const changes: FileChange[] = [
    ...collected.changes,
    ...(collected.configChanges ?? []).map(
      (file): FileChange => ({ path: file, before: null, after: null, status: 'modified', unscannable: "readycheck's own configuration, edited by this change: the rules that judge a change cannot come from it" }),
    ),
  ];
  const monitor = await open({ config, threshold, allowNewSuppressions: options.allowNewSuppressions === true });
  let judged: ChangeJudgement;
  try {
    judged = await monitor.reportChanges({ agentId: options.agent, ...(options.task !== undefined ? { taskId: options.task } : {}), changes });
  } catch (err) {
    if (isReadycheckError(err, 'RC_AGENT_QUARANTINED') && 'quarantine' in err) {
      const q = (err as { quarantine: { since: string; reason: string } }).quarantine;
      throw new ReadycheckError(
        'RC_AGENT_QUARANTINED',
        `agent ${options.agent} is quarantined since ${q.since}: ${q.reason.replace(/\.$/, '')}; release it with: ${name} release ${options.agent} --by NAME`,
        { cause: err, exitCode: 3 },
      );
    }
    throw err;
  } finally {
    await monitor.close();
  }
  const { verdict, violations } = judged;
  const exitCode = verdict.verdict === 'quarantined' ? 3 : verdict.verdict === 'findings' ? 1 : 0;
  const mode = options.diff !== undefined ? 'diff' : 'before-after';
  const report = buildReport({ files: changes.length, violations, skipped: collected.skipped, mode });
  if (options.format === 'json') {
    io.stdout(stableStringify({ agentId: verdict.agentId, changeId: verdict.changeId, exitCode, reason: verdict.reason, report, taskId: verdict.taskId, verdict: verdict.verdict }));
    return exitCode;
  }
  if (report.violations.length) {
    io.stdout(formatters.text(report, { color: io.isTTY && !io.env.NO_COLOR, detectors: Object.values(detectors), severityThreshold: threshold }));
  }
  const n = violations.length;
  const what = `${n} new finding${n === 1 ? '' : 's'} in ${changes.length} changed file${changes.length === 1 ? '' : 's'}`;
  // The agent id and the reason (a finding's message and file) are the agent's data: escaped.
  const agent = safe(verdict.agentId);
  const line =
    verdict.verdict === 'quarantined'
      ? `gate: agent ${agent} is QUARANTINED (change #${verdict.changeId}, ${what}): ${safe(verdict.reason ?? '')}\n  release with: ${name} release ${agent} --by NAME`
      : verdict.verdict === 'findings'
        ? `gate: agent ${agent} change #${verdict.changeId}: ${what}, at or above ${threshold}`
        : `gate: agent ${agent} change #${verdict.changeId} is clean (${what})`;
  io.stdout(`${line}\n`);
  return exitCode;
}
