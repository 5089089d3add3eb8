import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { ReadycheckError, writeFileAtomic, type SmokeReport, type SmokeReportTypes } from '@readycheck/core';
import { isBlocked } from '../report.js';
import type { Reporter, ReporterContext } from './types.js';

type Test = SmokeReportTypes.Test;

/** First line of every draft; drafts carrying it may be replaced or removed by the next run. */
export const DRAFT_MARKER = '<!-- smoke-run issue draft';

/** Longest attachment text copied into a draft. */
const MAX_ATTACHMENT_CHARS = 4000;

/** One issue draft: its file name (inside the issues directory) and markdown text. */
export interface IssueDraft {
  file: string;
  title: string;
  markdown: string;
}

/** Options of {@link renderIssueDrafts}. */
export interface IssueDraftOptions {
  /** Command that runs smoke-run (default `npx smoke-run`). */
  command?: string;
}

/**
 * One markdown issue draft per failed or blocked check, ready to paste into an issue tracker:
 * a title (`[P0] api: GET /users fails: expected 200, got 500`), the check's category,
 * component, priority and file, the error, every attempt, what blocked it, its attachments, and
 * a command that reruns just this check (its dependencies come along). Most important first
 * (P0 first, then id); file names are `<priority>-<id slug>.md`, unique and stable across runs.
 *
 * @example
 * for (const d of renderIssueDrafts(report)) await writeFile(path.join('issues', d.file), d.markdown);
 */
export function renderIssueDrafts(report: SmokeReport, options: IssueDraftOptions = {}): IssueDraft[] {
  const command = options.command ?? 'npx smoke-run';
  const byId = new Map(report.results.tests.map((t) => [t.extra.id, t]));
  const wanted = report.results.tests
    .filter((t) => t.status === 'failed' || isBlocked(t))
    .sort((a, b) => a.extra.priority.localeCompare(b.extra.priority) || compare(a.extra.id, b.extra.id));
  const used = new Set<string>();
  return wanted.map((test) => {
    const file = uniqueFileName(test, used);
    const title = titleOf(test);
    return { file, title, markdown: draftMarkdown(test, title, byId, report, command) };
  });
}

function titleOf(test: Test): string {
  const x = test.extra;
  if (isBlocked(test)) return `[${x.priority}] ${x.category}: ${test.name} is blocked by ${x.blockedBy.join(', ') || 'a failed dependency'}`;
  const what = test.rawStatus === 'timedOut' ? 'times out' : 'fails';
  const error = firstLine(lastError(test) ?? '');
  return `[${x.priority}] ${x.category}: ${test.name} ${what}${error ? `: ${clip(error, 100)}` : ''}`;
}

function draftMarkdown(test: Test, title: string, byId: Map<string, Test>, report: SmokeReport, command: string): string {
  const x = test.extra;
  const blocked = isBlocked(test);
  const status = blocked ? 'blocked' : test.rawStatus === 'timedOut' ? 'failed (timed out)' : 'failed';
  const lines: string[] = [
    `${DRAFT_MARKER}: ${x.id.replace(/-->/g, '--&gt;')} -->`,
    `# ${title}`,
    '',
    '| | |',
    '| --- | --- |',
    `| Check | ${code(x.id)} |`,
    `| Category | ${cell(x.category)} |`,
    `| Component | ${cell(x.component)} |`,
    `| Priority | ${x.priority} |`,
    `| Status | ${status} |`,
  ];
  if (test.filePath) lines.push(`| Suite file | ${code(test.filePath)} |`);
  if (test.tags?.length) lines.push(`| Tags | ${test.tags.map(code).join(' ')} |`);
  if (x.latencyMs !== undefined) lines.push(`| Latency | ${x.latencyMs} ms${x.maxLatencyMs !== undefined ? ` (budget ${x.maxLatencyMs} ms)` : ''} |`);
  const when = report.timestamp ?? new Date(report.results.summary.start).toISOString();
  lines.push(`| Run | ${cell(when)}${report.reportId ? ` (${code(report.reportId)})` : ''}${report.results.extra?.shard ? `, shard ${report.results.extra.shard}` : ''} |`);

  if (blocked) {
    lines.push('', '## Blocked by', '', 'This check did not run because these checks it depends on did not pass:', '');
    for (const id of x.blockedBy) {
      const dep = byId.get(id);
      const why = dep ? `${dep.status}${lastError(dep) ? `: ${clip(firstLine(lastError(dep)!), 200)}` : ''}` : 'not in this report';
      lines.push(`- ${code(id)}: ${why.replace(/\n/g, ' ')}`);
    }
  } else {
    lines.push('', '## Error', '', fence(lastError(test) ?? test.message ?? 'failed without a message'));
  }
  if (test.trace) lines.push('', '## Trace', '', fence(test.trace));
  if (x.attempts.length) {
    lines.push('', '## Attempts', '', '| # | Status | Duration | Error |', '| ---: | --- | ---: | --- |');
    for (const a of x.attempts) lines.push(`| ${a.attempt} | ${a.status} | ${a.durationMs} ms | ${a.error ? cell(clip(a.error, 300)) : ''} |`);
  }
  if (x.attachments.length) {
    lines.push('', '## Attachments');
    for (const a of x.attachments) {
      const isText = typeof a.value === 'string';
      const text = isText ? (a.value as string) : (JSON.stringify(a.value, null, 2) ?? String(a.value));
      lines.push('', `<details><summary>${escapeHtml(a.name)}</summary>`, '', fence(clip(text, MAX_ATTACHMENT_CHARS), isText ? 'text' : 'json'), '', '</details>');
    }
  }
  lines.push('', '## Reproduce', '', fence(reproduce(test, command, report), 'sh'), '');
  return lines.join('\n');
}

/** A shell command that reruns one check (and, through the plan, what it depends on). */
export function reproduce(test: Test, command: string, report?: SmokeReport): string {
  const parts = [command];
  if (test.filePath) parts.push(shellQuote(test.filePath));
  parts.push('--grep', shellQuote(`^${escapeRegExp(test.extra.id)}$`));
  // the runner records --base-url in CTRF's environment (under `extra`, or at the top level)
  const env = report?.results.environment as { baseUrl?: unknown; extra?: { baseUrl?: unknown } } | undefined;
  const baseUrl = env?.extra?.baseUrl ?? env?.baseUrl;
  if (typeof baseUrl === 'string') parts.push('--base-url', shellQuote(baseUrl));
  return parts.join(' ');
}

function uniqueFileName(test: Test, used: Set<string>): string {
  const slug =
    test.extra.id
      .toLowerCase()
      .replace(/[^a-z0-9._-]+/g, '-')
      .replace(/^[-.]+|[-.]+$/g, '')
      .slice(0, 80) || 'check';
  let name = `${test.extra.priority}-${slug}.md`;
  // Two ids can slug alike ("a b" and "a-b"): the id's hash tells them apart, the same way every run.
  if (used.has(name)) name = `${test.extra.priority}-${slug}-${createHash('sha1').update(test.extra.id).digest('hex').slice(0, 8)}.md`;
  used.add(name);
  return name;
}

function lastError(test: Test): string | undefined {
  const withError = test.extra.attempts.filter((a) => a.error);
  return withError.at(-1)?.error ?? test.message;
}

function fence(text: string, lang = ''): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const ticks = '`'.repeat(longest + 1);
  return `${ticks}${lang}\n${text}\n${ticks}`;
}

function code(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const ticks = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${ticks}${pad}${text.replace(/\|/g, '\\|')}${pad}${ticks}`;
}

function cell(text: string): string {
  return escapeHtml(text).replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function firstLine(text: string): string {
  return text.split('\n').find((l) => l.trim() !== '')?.trim() ?? '';
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function shellQuote(text: string): string {
  return /^[A-Za-z0-9_./:@=-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Writes the drafts of {@link renderIssueDrafts} into `dir`, and removes the drafts an earlier
 * run left there for checks that no longer fail (only files that start with {@link DRAFT_MARKER};
 * anything else in the directory is left alone). Returns the files written, relative to `dir`.
 */
export async function writeIssueDrafts(dir: string, report: SmokeReport, options: IssueDraftOptions = {}): Promise<string[]> {
  const drafts = renderIssueDrafts(report, options);
  const keep = new Set(drafts.map((d) => d.file));
  let existing: string[];
  try {
    // created even when nothing failed, so a CI step that uploads it always finds it
    await mkdir(dir, { recursive: true });
    existing = (await readdir(dir)).filter((f) => f.endsWith('.md') && !keep.has(f));
  } catch (cause) {
    throw new ReadycheckError('RC_FILE_UNREADABLE', `${dir}: cannot use as the issue drafts directory (${(cause as Error).message})`, { cause, file: dir });
  }
  for (const f of existing) {
    const full = path.join(dir, f);
    const head = await readFile(full, 'utf8').then(
      (t) => t.slice(0, DRAFT_MARKER.length),
      () => '',
    );
    if (head === DRAFT_MARKER) await rm(full, { force: true });
  }
  for (const d of drafts) await writeFileAtomic(path.join(dir, d.file), d.markdown);
  return drafts.map((d) => d.file);
}

/**
 * The issue-drafts reporter (`--issues-dir DIR`): one markdown file per failed or blocked check,
 * see {@link renderIssueDrafts} and {@link writeIssueDrafts}. Does nothing without `issuesDir`.
 *
 * @example
 * const reporter = issuesReporter({ ...ctx, issuesDir: 'reports/issues' });
 * await reporter.onRunEnd(report);
 */
export function issuesReporter(ctx: ReporterContext): Reporter {
  return {
    name: 'issues',
    async onRunEnd(report) {
      if (!ctx.issuesDir) return;
      const dir = path.resolve(ctx.cwd, ctx.issuesDir);
      const files = await writeIssueDrafts(dir, report);
      const shown = path.relative(ctx.cwd, dir) || dir;
      ctx.stdout(files.length ? `Issue drafts: ${files.length} in ${shown}\n` : `Issue drafts: none (nothing failed or blocked)\n`);
    },
  };
}
