import pc from 'picocolors';
import { escapeControl } from '../escape.js';
import type { SmokeReport, SmokeReportTypes } from '@readycheck/core';
import { isBlocked, isOverBudget } from '../report.js';
import type { CheckResult, Reporter, ReporterContext, RunInfo } from './types.js';

const SPINNER = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
/** How many fix-first rows the summary prints. */
const FIX_FIRST_ROWS = 10;

/** Formats milliseconds for people: `12 ms`, `1.4 s`, `2 m 5 s`. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const m = Math.floor(ms / 60_000);
  return `${m} m ${Math.round((ms - m * 60_000) / 1000)} s`;
}

/** Renders rows as an aligned text table (first row is the header). */
export function formatTable(rows: string[][]): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, visibleLength(cell))));
  return rows
    .map((row) =>
      row
        .map((cell, i) => (i === row.length - 1 ? cell : cell + ' '.repeat((widths[i] ?? 0) - visibleLength(cell))))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

function visibleLength(text: string): number {
  // Colour escapes take no room on screen.
  // eslint-disable-next-line no-control-regex
  return text.replace(/\x1b\[[0-9;]*m/g, '').length;
}

/**
 * The console reporter. On a terminal: a spinner with a `done/total` counter while checks run,
 * a coloured line per finished check. In CI (no TTY): one plain line per finished check with a
 * counter. At the end: a summary table by category, the component matrix, what to fix first.
 */
export function consoleReporter(ctx: ReporterContext): Reporter {
  // Colours only on a terminal, and never when NO_COLOR is set (https://no-color.org).
  const c = pc.createColors(ctx.color ?? (ctx.isTTY && !process.env.NO_COLOR));
  let total = 0;
  let done = 0;
  let startedAt = 0;
  const running = new Map<string, string>();
  let frame = 0;
  let timer: NodeJS.Timeout | undefined;
  let spinnerShown = false;

  const clearSpinner = () => {
    if (spinnerShown) ctx.stdout('\r\x1b[2K');
    spinnerShown = false;
  };
  const drawSpinner = () => {
    if (!ctx.isTTY || running.size === 0) return;
    const names = [...running.values()].map((n) => escapeControl(n));
    const label = names.length === 1 ? names[0]! : `${names[0]} (+${names.length - 1} more)`;
    const line = `${c.cyan(SPINNER[frame % SPINNER.length]!)} [${done}/${total}] ${label}`;
    ctx.stdout(`\r\x1b[2K${line.slice(0, 200)}`);
    spinnerShown = true;
  };
  const stopTimer = () => {
    if (timer) clearInterval(timer);
    timer = undefined;
    clearSpinner();
  };

  const symbolOf = (r: CheckResult): string => {
    if (r.status === 'passed') return r.flaky ? c.yellow('~') : isOverBudget(r) || r.extra.degraded !== undefined ? c.yellow('✓') : c.green('✓');
    if (r.status === 'failed') return c.red('✗');
    if (isBlocked(r)) return c.magenta('⊘');
    return c.dim('-');
  };
  const labelOf = (r: CheckResult): string => {
    if (r.status === 'passed') {
      if (r.flaky) return `flaky, passed on attempt ${r.extra.attempts.length}`;
      if (isOverBudget(r)) return `slow: ${r.extra.latencyMs} ms > ${r.extra.maxLatencyMs} ms`;
      if (r.extra.degraded !== undefined) return `degraded: ${r.extra.degraded}`;
      return '';
    }
    if (r.status === 'failed') return r.rawStatus === 'timedOut' ? 'timed out' : 'failed';
    if (isBlocked(r)) return `blocked by ${escapeControl(r.extra.blockedBy.join(', '))}`;
    return r.rawStatus === 'interrupted' ? 'interrupted' : 'skipped';
  };

  return {
    name: 'console',
    onRunStart(run: RunInfo) {
      total = run.planned;
      startedAt = run.startedAt;
      const shard = run.shard ? ` (shard ${run.shard})` : '';
      ctx.stdout(
        `${c.bold('smoke-run')}: ${run.planned} check${run.planned === 1 ? '' : 's'} from ${run.files.length} file${run.files.length === 1 ? '' : 's'}${shard}\n`,
      );
      if (ctx.isTTY) {
        timer = setInterval(() => {
          frame++;
          drawSpinner();
        }, 80);
        timer.unref();
      }
    },
    onCheckStart(check) {
      running.set(check.id, check.name);
      drawSpinner();
    },
    onCheckEnd(r: CheckResult) {
      running.delete(r.extra.id);
      done++;
      clearSpinner();
      const label = labelOf(r);
      const counter = ctx.isTTY ? '' : `[${done}/${total}] `;
      const detail = label ? ` ${c.dim('—')} ${label}` : '';
      const ran = r.status === 'passed' || r.status === 'failed' || r.rawStatus === 'interrupted';
      const dur = ran ? c.dim(` (${formatDuration(r.duration)})`) : '';
      // Names, ids and messages come from suites and services: control characters are shown, never sent.
      ctx.stdout(`${counter}${symbolOf(r)} ${escapeControl(r.name)}${dur}${detail}\n`);
      if (r.status === 'failed' && r.message) ctx.stdout(`    ${c.red(escapeControl(r.message))}\n`);
      drawSpinner();
    },
    onRunEnd(report: SmokeReport) {
      stopTimer();
      const { summary, extra, tests } = report.results;
      if (extra?.verification?.length) {
        ctx.stdout(`\n${c.bold('Task verification')}\n`);
        const rows = [['Task file', 'Fix', 'Claimed', 'Verdict']];
        // Task files, ids and claims are an agent's words: shown, never sent to the terminal raw.
        for (const v of extra.verification) rows.push([escapeControl(v.taskFile), escapeControl(v.fixId), escapeControl(v.claimed), colourVerdict(c, v.verdict)]);
        ctx.stdout(`${formatTable(rows)}\n`);
      }
      if (extra?.phases?.length) {
        ctx.stdout(`\n${c.bold('By phase')}\n`);
        const rows = [['Phase', 'Group', 'Status', 'Checks', 'Duration']];
        for (const p of extra.phases) {
          rows.push([`${p.index} ${p.name}`, '', p.status, String(p.checks.length), formatDuration(p.durationMs)]);
          for (const g of p.groups) rows.push(['', g.name, g.status, String(g.checks.length), formatDuration(g.durationMs)]);
        }
        ctx.stdout(`${formatTable(rows)}\n`);
      }
      if (extra && Object.keys(extra.matrix.categories).length) {
        ctx.stdout(`\n${c.bold('By category')}\n`);
        ctx.stdout(`${formatTable(matrixRows(c, extra.matrix.categories, 'Category'))}\n`);
        ctx.stdout(`\n${c.bold('By component')}\n`);
        ctx.stdout(`${formatTable(matrixRows(c, extra.matrix.components, 'Component'))}\n`);
      }
      if (extra?.fixFirst.length) {
        ctx.stdout(`\n${c.bold('Fix first')}\n`);
        for (const f of extra.fixFirst.slice(0, FIX_FIRST_ROWS)) {
          // Failure reasons are the check's own message; the other reasons already say what they are.
          const what = f.status === 'failed' || f.status === 'timedOut' ? `${f.status}: ${f.reason}` : f.reason;
          ctx.stdout(`  ${f.priority} ${escapeControl(f.id)} [${escapeControl(f.component)}/${escapeControl(f.category)}] ${escapeControl(what)}\n`);
        }
        if (extra.fixFirst.length > FIX_FIRST_ROWS) ctx.stdout(c.dim(`  … and ${extra.fixFirst.length - FIX_FIRST_ROWS} more in the JSON report\n`));
      }
      const blocked = tests.filter(isBlocked).length;
      const parts = [c.green(`${summary.passed} passed`), summary.failed ? c.red(`${summary.failed} failed`) : `${summary.failed} failed`];
      if (summary.flaky) parts.push(c.yellow(`${summary.flaky} flaky`));
      if (blocked) parts.push(c.magenta(`${blocked} blocked`));
      const skipped = summary.skipped - blocked;
      if (skipped > 0) parts.push(`${skipped} skipped`);
      if (summary.other) parts.push(`${summary.other} interrupted`);
      const took = formatDuration(Math.max(0, summary.stop - (startedAt || summary.start)));
      const interrupted = extra?.interrupted ? c.red(' (interrupted)') : '';
      ctx.stdout(`\n${parts.join(', ')} of ${summary.tests} in ${took}${interrupted}\n`);
    },
  };
}

type Colors = ReturnType<typeof pc.createColors>;

function colourState(c: Colors, state: SmokeReportTypes.HealthState): string {
  switch (state) {
    case 'working':
      return c.green(state);
    case 'degraded':
      return c.yellow(state);
    case 'broken':
      return c.red(state);
    case 'blocked':
      return c.magenta(state);
  }
}

function colourVerdict(c: Colors, verdict: SmokeReportTypes.Verification['verdict']): string {
  return verdict === 'verified' ? c.green(verdict) : verdict === 'unverifiable' ? c.yellow(verdict) : c.red(verdict);
}

function matrixRows(c: Colors, cells: Record<string, SmokeReportTypes.MatrixCell>, title: string): string[][] {
  const rows = [[title, 'State', 'Total', 'Passed', 'Failed', 'Flaky', 'Blocked', 'Skipped', 'Pass rate']];
  for (const [name, cell] of Object.entries(cells)) {
    rows.push([
      escapeControl(name),
      colourState(c, cell.state),
      String(cell.total),
      String(cell.passed),
      String(cell.failed),
      String(cell.flaky),
      String(cell.blocked),
      String(cell.skipped),
      `${Math.round(cell.passRate * 100)}%`,
    ]);
  }
  return rows;
}
