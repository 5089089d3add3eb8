import { appendFile } from 'node:fs/promises';
import type { SmokeReport, SmokeReportTypes } from '@readycheck/core';
import { isBlocked } from '../report.js';
import type { Reporter, ReporterContext } from './types.js';

type Test = SmokeReportTypes.Test;

// GitHub workflow-command escaping: data escapes %, CR, LF; property values also : and ,.
const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
// A markdown table cell: one line, no pipes, no HTML.
const cell = (s: string): string => s.replace(/[\r\n]+/g, ' ').replace(/\|/g, '\\|').replace(/</g, '&lt;');

/** The annotations for a finished run: an error per failed check, a warning per blocked or flaky one. */
export function renderGithubAnnotations(report: SmokeReport): string {
  const lines: string[] = [];
  for (const t of report.results.tests) {
    const file = t.filePath ? `file=${escapeProperty(t.filePath)},` : '';
    const title = `title=${escapeProperty(`${t.extra.priority} ${t.extra.id}`)}`;
    if (isBlocked(t)) lines.push(`::warning ${file}${title}::${escapeData(`blocked: ${t.message ?? `by ${t.extra.blockedBy.join(', ')}`}`)}`);
    else if (t.status === 'failed') lines.push(`::error ${file}${title}::${escapeData(t.message ?? 'failed')}`);
    else if (t.flaky) lines.push(`::warning ${file}${title}::${escapeData(`flaky: passed after ${t.retries ?? 0} retr${t.retries === 1 ? 'y' : 'ies'}`)}`);
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}

/** The job-summary markdown: totals, the component health matrix, and what failed. */
export function renderGithubSummary(report: SmokeReport): string {
  const s = report.results.summary;
  const failed = report.results.tests.filter((t) => t.status === 'failed' && !isBlocked(t));
  const blocked = report.results.tests.filter(isBlocked);
  const skipped = report.results.tests.filter((t) => t.status === 'skipped' && !isBlocked(t)).length;
  const out = [
    '### readycheck smoke-run',
    '',
    `${s.passed} passed, ${failed.length} failed, ${blocked.length} blocked, ${skipped} skipped of ${s.tests} checks${report.results.extra?.interrupted ? ' (interrupted)' : ''}.`,
    '',
  ];
  const components = Object.entries(report.results.extra?.matrix.components ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (components.length) {
    out.push('| component | state | passed | failed | blocked |', '| --- | --- | --- | --- | --- |');
    for (const [name, c] of components) out.push(`| ${cell(name)} | ${c.state} | ${c.passed} | ${c.failed} | ${c.blocked} |`);
    out.push('');
  }
  const problems: Test[] = [...failed, ...blocked];
  if (problems.length) {
    out.push('| check | priority | status | message |', '| --- | --- | --- | --- |');
    for (const t of problems) out.push(`| ${cell(t.extra.id)} | ${t.extra.priority} | ${isBlocked(t) ? 'blocked' : 'failed'} | ${cell(t.message ?? '')} |`);
    out.push('');
  }
  return `${out.join('\n')}\n`;
}

/**
 * GitHub Actions: workflow annotations on stdout (an error per failed check, a warning per blocked
 * or flaky one) and a summary table appended to `$GITHUB_STEP_SUMMARY` when it is set.
 */
export function githubReporter(ctx: ReporterContext): Reporter {
  const env = ctx.env ?? process.env;
  return {
    name: 'github',
    async onRunEnd(report) {
      ctx.stdout(renderGithubAnnotations(report));
      if (env.GITHUB_STEP_SUMMARY) await appendFile(env.GITHUB_STEP_SUMMARY, renderGithubSummary(report));
    },
  };
}
