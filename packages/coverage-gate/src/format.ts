import { createColors } from 'picocolors';
import type { CoverageGateReport } from '@readycheck/core';
import { DEFAULT_WORST, describeThreshold, type Gate } from './gate.js';

/** Options of the console and markdown formatters. */
export interface FormatOptions {
  /** Colour the console output (default false). */
  color?: boolean;
  /** Worst files listed per failing gate (default 5). */
  worst?: number;
}

function actualText(g: Gate): string {
  if (!g.actual) return '—';
  if (g.threshold !== null && g.threshold < 0) return `${g.actual.uncovered} uncovered`;
  return `${g.actual.pct.toFixed(2)}% (${g.actual.covered}/${g.actual.total})`;
}

function thresholdText(g: Gate): string {
  if (g.threshold === null) return '—';
  return describeThreshold(g.threshold);
}

function gateName(g: Gate): string {
  switch (g.kind) {
    case 'global':
      return 'global';
    case 'per-file':
      return 'each file';
    case 'changed-lines':
      return 'changed lines';
    case 'ratchet':
      return `ratchet ${g.target}`;
    case 'data':
      return 'coverage data';
    default:
      return g.target;
  }
}

function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(header), ...rows.map(line)];
}

/** Ranges of sorted line numbers: `[3,4,5,9]` → `3-5, 9`. */
export function lineRanges(lines: readonly number[]): string {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const start = lines[i]!;
    let end = start;
    while (i + 1 < lines.length && lines[i + 1] === end + 1) end = lines[++i]!;
    out.push(start === end ? String(start) : `${start}-${end}`);
  }
  return out.join(', ');
}

/** Gates shown in tables: every non-ratchet gate, and only the ratchet gates that failed. */
function shownGates(report: CoverageGateReport): Gate[] {
  return report.gates.filter((g) => g.kind !== 'ratchet' || !g.passed);
}

/**
 * Renders a report for the terminal: one table with what failed first, then the worst files of
 * each failing gate, uncovered changed lines, the ratchet's state, and a one-line verdict.
 */
export function formatConsole(report: CoverageGateReport, options: FormatOptions = {}): string {
  const c = createColors(options.color ?? false);
  const worst = options.worst ?? DEFAULT_WORST;
  const out: string[] = [];
  out.push(c.bold(`coverage-gate: ${report.coverage.file} (${report.coverage.format}, ${report.coverage.files} files${report.coverage.excluded ? `, ${report.coverage.excluded} excluded` : ''})`));
  const totals = Object.entries(report.totals)
    .map(([m, t]) => `${m} ${t.pct.toFixed(2)}%`)
    .join(' · ');
  if (totals) out.push(c.dim(`totals: ${totals}`));
  out.push('');
  const gates = shownGates(report);
  const rows = gates.map((g) => [g.passed ? 'pass' : 'FAIL', gateName(g), g.metric ?? '', actualText(g), thresholdText(g)]);
  const lines = table(['status', 'gate', 'metric', 'actual', 'threshold'], rows);
  out.push(c.dim(lines[0]!));
  lines.slice(1).forEach((l, i) => out.push(gates[i]!.passed ? l.replace(/^pass/, c.green('pass')) : c.red(l)));

  const unmeasured = report.gates.filter((g) => !g.passed && !g.actual);
  if (unmeasured.length) out.push('', ...unmeasured.map((g) => c.red(`✖ ${g.message}`)));
  for (const g of report.gates) {
    if (g.passed || !g.actual) continue;
    const list = g.worstFiles ?? [];
    if (g.kind === 'changed-lines' || list.length === 0) continue;
    const shown = list.slice(0, worst);
    const title = g.kind === 'per-file' ? `Files below ${g.metric} ${thresholdText(g)} (${list.length})` : `Worst files of ${gateName(g)} (${g.metric})`;
    out.push('', c.bold(title));
    out.push(...table(['file', g.metric ?? '', 'uncovered'], shown.map((f) => [f.file, `${f.pct.toFixed(2)}%`, `${f.uncovered}/${f.total}`])).map((l) => `  ${l}`));
    if (list.length > shown.length) out.push(c.dim(`  … and ${list.length - shown.length} more (see --json)`));
  }

  const cl = report.changedLines;
  if (cl) {
    out.push('', c.bold(`Changed lines since ${cl.base}: ${cl.total === 0 ? 'no executable line changed' : `${cl.pct.toFixed(2)}% (${cl.covered}/${cl.total})`}${cl.threshold === null ? '' : `, threshold ${cl.threshold}%`}`));
    for (const f of cl.files) if (f.uncoveredLines.length) out.push(`  ${c.red('uncovered')} ${f.file}:${lineRanges(f.uncoveredLines)}`);
    if (cl.filesWithoutCoverage.length) out.push(c.yellow(`  not in the coverage data: ${cl.filesWithoutCoverage.join(', ')}`));
  }

  const r = report.ratchet;
  if (r) {
    const held = report.gates.filter((g) => g.kind === 'ratchet' && g.passed).length;
    const dropped = report.gates.filter((g) => g.kind === 'ratchet' && !g.passed).length;
    out.push('', c.bold(`Ratchet (${r.file}): ${held} floors held${dropped ? `, ${dropped} dropped` : ''}${r.updated ? `, ${r.raises.length} raised (file updated)` : ''}`));
    if (!r.updated && r.raises.length) {
      out.push(`  could raise ${r.raises.length} floors (run coverage-gate --update and commit ${r.file}):`);
      for (const x of r.raises.slice(0, 10)) out.push(`    ${x.target} ${x.metric}: ${x.from === null ? 'new' : `${x.from}%`} → ${x.to}%`);
      if (r.raises.length > 10) out.push(c.dim(`    … and ${r.raises.length - 10} more`));
    }
    if (r.stale.length) out.push(c.yellow(`  stale (no files any more): ${r.stale.join(', ')}`));
  }

  out.push('');
  out.push(
    report.ok
      ? c.green(`✔ all ${report.summary.gates} coverage gates hold`)
      : c.red(`✖ ${report.summary.failed} of ${report.summary.gates} coverage gates failed`),
  );
  return `${out.join('\n')}\n`;
}

const md = (s: string) => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** A code span: backticks cannot be escaped inside one, so a name holding one is wrapped in two. */
const code = (s: string) => {
  const t = s.replace(/\|/g, '\\|');
  return t.includes('`') ? `\`\` ${t} \`\`` : `\`${t}\``;
};

/**
 * Renders a report as GitHub-flavoured markdown for a pull-request comment or
 * `$GITHUB_STEP_SUMMARY`: a verdict heading, the gate table (failures first), and collapsible
 * worst files, uncovered changed lines and ratchet raises.
 */
export function formatMarkdown(report: CoverageGateReport, options: FormatOptions = {}): string {
  const worst = options.worst ?? DEFAULT_WORST;
  const out: string[] = [];
  out.push(report.ok ? `## ✅ Coverage gate: all ${report.summary.gates} gates hold` : `## ❌ Coverage gate: ${report.summary.failed} of ${report.summary.gates} gates failed`);
  out.push('');
  const totals = Object.entries(report.totals).map(([m, t]) => `${m} **${t.pct.toFixed(2)}%**`);
  out.push(`${code(report.coverage.file)} (${report.coverage.format}, ${report.coverage.files} files)${totals.length ? ` — ${totals.join(' · ')}` : ''}`);
  out.push('');
  out.push('| | Gate | Metric | Actual | Threshold |');
  out.push('|---|---|---|---|---|');
  for (const g of shownGates(report)) {
    out.push(`| ${g.passed ? '✅' : '❌'} | ${md(gateName(g))} | ${g.metric ?? ''} | ${md(actualText(g))} | ${md(thresholdText(g))} |`);
  }
  const messages = report.gates.filter((g) => !g.passed && !g.actual);
  if (messages.length) {
    out.push('');
    for (const g of messages) out.push(`- ❌ ${md(g.message)}`);
  }
  for (const g of report.gates) {
    if (g.passed || !g.worstFiles?.length || g.kind === 'changed-lines') continue;
    const list = g.kind === 'per-file' ? g.worstFiles : g.worstFiles.slice(0, worst);
    out.push('', `<details><summary>${g.kind === 'per-file' ? `Files below ${g.metric} ${md(thresholdText(g))} (${g.worstFiles.length})` : `Worst files of ${md(gateName(g))} (${g.metric})`}</summary>`, '');
    out.push('| File | % | Uncovered |', '|---|---|---|');
    for (const f of list) out.push(`| ${code(f.file)} | ${f.pct.toFixed(2)}% | ${f.uncovered}/${f.total} |`);
    out.push('', '</details>');
  }
  const cl = report.changedLines;
  if (cl) {
    out.push('', `### Changed lines since ${code(cl.base)}: ${cl.total === 0 ? 'no executable line changed' : `${cl.pct.toFixed(2)}% (${cl.covered}/${cl.total})`}${cl.threshold === null ? '' : `, threshold ${cl.threshold}%`}`);
    const unc = cl.files.filter((f) => f.uncoveredLines.length);
    if (unc.length) {
      out.push('', '<details><summary>Uncovered changed lines</summary>', '');
      for (const f of unc) out.push(`- ${code(f.file)}: ${lineRanges(f.uncoveredLines)}`);
      out.push('', '</details>');
    }
    if (cl.filesWithoutCoverage.length) out.push('', `Changed files not in the coverage data: ${cl.filesWithoutCoverage.map((f) => code(f)).join(', ')}`);
  }
  const r = report.ratchet;
  if (r && r.raises.length) {
    out.push('', `<details><summary>Ratchet: ${r.updated ? `${r.raises.length} floors raised in` : `${r.raises.length} floors could be raised in`} <code>${md(r.file)}</code></summary>`, '');
    out.push('| Directory | Metric | Floor | New floor |', '|---|---|---|---|');
    for (const x of r.raises) out.push(`| ${code(x.target)} | ${x.metric} | ${x.from === null ? '—' : `${x.from}%`} | ${x.to}% |`);
    out.push('', '</details>');
  }
  return `${out.join('\n')}\n`;
}

/** Escapes a GitHub Actions workflow-command property or message. */
const ghEscape = (s: string, property = false) => {
  const t = s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  return property ? t.replace(/:/g, '%3A').replace(/,/g, '%2C') : t;
};

/**
 * GitHub Actions workflow commands for a report: an `::error` per failed gate and a `::warning`
 * on each range of uncovered changed lines, so they show in the pull request's diff. Printed by
 * the CLI when `GITHUB_ACTIONS=true` (not with `--json`).
 *
 * @param prefix path from the repository root to the coverage root, when they differ (`''` otherwise)
 */
export function formatGithubAnnotations(report: CoverageGateReport, prefix = ''): string {
  const out: string[] = [];
  const at = (file: string) => (prefix && !file.startsWith('/') ? `${prefix.replace(/\/$/, '')}/${file}` : file);
  for (const g of report.gates) {
    if (g.passed || g.kind === 'changed-lines') continue;
    out.push(`::error title=${ghEscape(`coverage-gate: ${gateName(g)}`, true)}::${ghEscape(g.message)}`);
  }
  const cl = report.changedLines;
  if (cl) {
    if (!cl.passed) out.push(`::error title=${ghEscape('coverage-gate: changed lines', true)}::${ghEscape(`changed lines ${cl.pct.toFixed(2)}% covered (${cl.covered}/${cl.total}), below ${cl.threshold ?? 0}%`)}`);
    for (const f of cl.files) {
      const ranges = lineRanges(f.uncoveredLines).split(', ').filter(Boolean);
      for (const r of ranges) {
        const [start, end = start] = r.split('-');
        out.push(`::warning file=${ghEscape(at(f.file), true)},line=${start},endLine=${end},title=${ghEscape('Not covered by tests', true)}::${ghEscape(`Changed line${start === end ? '' : 's'} ${r} not covered by any test`)}`);
      }
    }
  }
  return out.length ? `${out.join('\n')}\n` : '';
}
