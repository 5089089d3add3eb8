import path from 'node:path';
import { ReadycheckError, stableStringify, type CliIO, type SmokeReportTypes } from '@readycheck/core';
import { DEFAULT_HISTORY_FILE, readHistory } from './history.js';
import type { Plan } from './plan.js';
import { planTree } from './plan-format.js';
import { formatDuration, formatTable } from './reporters/console.js';
import { escapeControl } from './escape.js';

type HistoryEntry = SmokeReportTypes.HistoryEntry;

/** Options of `smoke-run status`. */
export interface StatusOptions {
  /** History file (default `.smoke/history.jsonl`). */
  history?: string;
  json?: boolean;
}

/** One check in the status: its outcome in the last run (`pending` when it was not in it). */
export interface CheckStatus {
  id: string;
  status: SmokeReportTypes.CheckOutcome | 'pending';
  durationMs?: number;
}

/**
 * `smoke-run status`: the last run of this project from the history file, laid over the current
 * plan — per phase, group and check its status and duration — and what is still pending (not
 * run, blocked or skipped in that run, or new since).
 */
export async function statusCommand(plan: Plan, options: StatusOptions, io: CliIO): Promise<number> {
  const file = options.history ?? DEFAULT_HISTORY_FILE;
  const { entries, warnings } = await readHistory(path.resolve(io.cwd, file));
  for (const w of warnings) io.stderr(`smoke-run: ${w}\n`);
  const last = entries[entries.length - 1];
  if (!last) throw new ReadycheckError('RC_FILE_NOT_FOUND', `no runs in ${file} yet: run smoke-run with --history first`, { file });
  const checks: CheckStatus[] = plan.checks.map((c) => {
    const outcome = last.checks[c.id];
    const row: CheckStatus = { id: c.id, status: outcome ?? 'pending' };
    const d = last.durations?.[c.id];
    if (d !== undefined) row.durationMs = d;
    return row;
  });
  const pending = checks.filter((c) => c.status === 'pending' || c.status === 'blocked' || c.status === 'skipped');
  if (options.json) {
    io.stdout(stableStringify({ history: file, runId: last.runId, start: last.start, duration: last.duration, summary: last.summary, phases: last.phases ?? [], checks, pending: pending.map((p) => p.id) }));
    return 0;
  }
  io.stdout(renderStatus(plan, last, checks, { file, runs: entries.length }));
  return 0;
}

function renderStatus(plan: Plan, last: HistoryEntry, checks: CheckStatus[], o: { file: string; runs: number }): string {
  const byId = new Map(checks.map((c) => [c.id, c]));
  const s = last.summary;
  const counts = [`${s.passed} passed`, `${s.failed} failed`, ...(s.flaky ? [`${s.flaky} flaky`] : []), ...(s.blocked ? [`${s.blocked} blocked`] : []), ...(s.skipped ? [`${s.skipped} skipped`] : [])];
  const lines = [
    `Last run ${new Date(last.start).toISOString()}${last.interrupted ? ' (interrupted)' : ''}: ${s.tests} checks, ${counts.join(', ')}${last.duration !== undefined ? ` in ${formatDuration(last.duration)}` : ''}`,
    `History: ${o.file} (${o.runs} run${o.runs === 1 ? '' : 's'})`,
  ];
  const phaseRow = (suite: string, name: string) => last.phases?.find((p) => p.suite === suite && p.name === name);
  const status = (id: string) => {
    const c = byId.get(id)!;
    return [`${c.status}`, escapeControl(id), c.durationMs === undefined ? '' : formatDuration(c.durationMs)];
  };
  for (const suite of planTree(plan, { maxParallel: 1 })) {
    lines.push('', `Suite ${escapeControl(JSON.stringify(suite.name))} (${escapeControl(suite.file)})`);
    const rows: string[][] = [];
    for (const p of suite.phases) {
      const t = phaseRow(suite.name, p.name);
      rows.push([`  Phase ${p.index} ${escapeControl(JSON.stringify(p.name))}`, t?.status ?? 'pending', t ? formatDuration(t.durationMs) : '']);
      for (const g of p.groups) {
        const gt = t?.groups.find((x) => x.name === g.name);
        rows.push([`    Group ${escapeControl(JSON.stringify(g.name))}`, gt?.status ?? 'pending', gt ? formatDuration(gt.durationMs) : '']);
        for (const id of g.checks) rows.push(indent(status(id), '      '));
      }
      for (const id of p.checks) rows.push(indent(status(id), '    '));
      if (p.checkpoint) rows.push(indent(status(p.checkpoint), '    Checkpoint '));
    }
    for (const id of suite.checks) rows.push(indent(status(id), suite.phases.length ? '  Outside phases: ' : '  '));
    lines.push(formatTable(rows).trimEnd());
  }
  const pending = checks.filter((c) => c.status === 'pending' || c.status === 'blocked' || c.status === 'skipped');
  lines.push('', pending.length ? `Still pending: ${pending.length} check${pending.length === 1 ? '' : 's'}` : 'Nothing pending: every check ran in the last run.');
  for (const p of pending) lines.push(`  ${escapeControl(p.id)} (${p.status === 'pending' ? 'not in the last run' : p.status})`);
  return `${lines.join('\n')}\n`;
}

// A check row as [label, status, duration], the label indented under its group.
function indent(row: string[], prefix: string): string[] {
  return [`${prefix}${row[1]}`, row[0]!, row[2]!];
}
