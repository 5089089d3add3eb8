import type { EvidenceReport, EvidenceReportTypes } from '@readycheck/core';

type Feature = EvidenceReportTypes.Feature;
type Item = EvidenceReportTypes.Item;

const STATUS_ORDER = { FAIL: 0, WARN: 1, SKIP: 2, PASS: 3 } as const;

/** Escapes text for a Markdown table cell or inline span. */
export function mdEscape(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function code(text: string): string {
  return `\`${text.replace(/`/g, 'ˋ')}\``;
}

function where(i: { file: string; line: number }): string {
  return `${i.file}:${i.line}`;
}

/**
 * Renders READINESS.md: an executive summary, the feature table, an actionable index linking each
 * fix prompt, migration gaps, the ENV delta and hotspots. Deterministic: the same report gives the
 * same bytes.
 *
 * @example
 * await writeFileAtomic('reports/READINESS.md', renderReadiness(report));
 */
export function renderReadiness(report: EvidenceReport): string {
  const s = report.summary;
  const out: string[] = [];
  out.push('# Readiness report', '');
  out.push(`${s.features} features: **${s.PASS} PASS**, **${s.WARN} WARN**, **${s.FAIL} FAIL**, **${s.SKIP} SKIP** — ${s.files} files, ${s.lines} lines scanned${s.errors ? `, ${s.errors} unparseable` : ''}${s.skipped ? `, ${s.skipped} skipped` : ''}.`);
  if (s.durationMs !== undefined) out.push('', `Scan took ${s.durationMs} ms.`);
  out.push('', '| Status | Features |', '| --- | ---: |');
  for (const st of ['PASS', 'WARN', 'FAIL', 'SKIP'] as const) out.push(`| ${st} | ${s[st]} |`);

  out.push('', '## Features', '');
  if (report.features.length === 0) out.push('No features found.');
  else {
    out.push('| Feature | Status | Confidence | Commands | Routes | Services | Tables | Jobs | Events | Markers | Tests | Fix prompt |');
    out.push('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
    for (const f of report.features) {
      const e = f.evidence;
      const tables = new Set([...e.tables, ...e.tableRefs].map((t) => t.name)).size;
      const link = f.fixPrompt ? `[${f.fixPrompt}](${f.fixPrompt})` : '—';
      out.push(`| ${mdEscape(f.name)} | ${f.status} | ${f.confidence.toFixed(2)} | ${e.commands.length} | ${e.routes.length} | ${e.services.length} | ${tables} | ${e.jobs.length} | ${e.events.length} | ${e.markers.length} | ${e.tests.length} | ${link} |`);
    }
  }

  const todo = report.features.filter((f) => f.status !== 'PASS').sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || (a.name < b.name ? -1 : 1));
  out.push('', '## Action index', '');
  if (todo.length === 0) out.push('Every feature passes. Nothing to do.');
  for (const f of todo) {
    const first = f.reasons[0] ?? '';
    out.push(`- **${f.status}** [${mdEscape(f.name)}](${f.fixPrompt ?? ''}) — ${f.tasks.length} task${f.tasks.length === 1 ? '' : 's'}; ${mdEscape(first)}`);
  }

  out.push('', '## Migration gaps', '');
  const g = report.migrationGaps;
  if (g.referencedNotCreated.length === 0 && g.createdNotReferenced.length === 0) out.push('None: every table queried is created, and every table created is queried.');
  if (g.referencedNotCreated.length) {
    out.push('Tables referenced but never created:', '');
    for (const t of g.referencedNotCreated) out.push(`- ${code(t.name)} — first queried at ${where(t)}`);
    out.push('');
  }
  if (g.createdNotReferenced.length) {
    out.push('Tables created but never referenced:', '');
    for (const t of g.createdNotReferenced) out.push(`- ${code(t.name)} — created at ${where(t)}`);
  }

  out.push('', '## ENV delta', '');
  const d = report.envDelta;
  const examples = d.exampleFiles.length ? d.exampleFiles.join(', ') : 'no env example';
  if (d.missingFromExample.length === 0 && d.documentedNotRead.length === 0) out.push(`None: code and ${examples} agree.`);
  if (d.missingFromExample.length) {
    out.push(`Read in code but not documented (${examples}):`, '');
    for (const k of d.missingFromExample) out.push(`- ${code(k.name)} — first read at ${where(k)}`);
    out.push('');
  }
  if (d.documentedNotRead.length) {
    out.push('Documented but never read:', '');
    for (const k of d.documentedNotRead) out.push(`- ${code(k.name)} — ${where(k)}`);
  }

  out.push('', '## Hotspots', '');
  if (report.hotspots.length === 0) out.push('No markers, stubs or findings.');
  else {
    out.push('| File | Feature | Score | Stubs | Markers | Findings | Lines |', '| --- | --- | ---: | ---: | ---: | ---: | ---: |');
    for (const h of report.hotspots) out.push(`| ${mdEscape(h.file)} | ${mdEscape(h.feature ?? '—')} | ${h.score} | ${h.stubs} | ${h.markers} | ${h.findings} | ${h.lines} |`);
  }

  if (report.comparison) {
    out.push('', '## Changes since the previous scan', '');
    const moved = report.comparison.movements.filter((m) => m.direction !== 'same');
    if (moved.length === 0) out.push('No feature changed status.');
    for (const m of moved) out.push(`- ${movementLine(m)}`);
  }
  if (report.errors.length) {
    out.push('', '## Files that did not parse', '');
    for (const e of report.errors) out.push(`- ${e.file}${e.line ? `:${e.line}` : ''}${e.column ? `:${e.column}` : ''} — ${mdEscape(e.message)}`);
  }
  if (report.skipped.length) {
    out.push('', '## Skipped files', '');
    for (const s2 of report.skipped) out.push(`- ${s2.file} — ${s2.reason}${s2.detail ? ` (${mdEscape(s2.detail)})` : ''}`);
  }
  out.push('');
  return out.join('\n');
}

/** One movement as text: `discord WARN → PASS (up)`. */
export function movementLine(m: NonNullable<EvidenceReport['comparison']>['movements'][number]): string {
  return `${m.feature} ${m.from ?? '(new)'} → ${m.to ?? '(removed)'}${m.direction === 'same' ? '' : ` (${m.direction})`}`;
}

const EVIDENCE_TITLES: ReadonlyArray<[keyof Feature['evidence'], string]> = [
  ['commands', 'Commands'],
  ['routes', 'Routes'],
  ['services', 'Services'],
  ['tables', 'Tables created'],
  ['tableRefs', 'Tables queried'],
  ['jobs', 'Jobs'],
  ['events', 'Events'],
  ['envKeys', 'Env keys read'],
  ['stubs', 'Stubs'],
  ['markers', 'Markers'],
  ['findings', 'Detector findings'],
  ['candidates', 'Candidate files'],
  ['tests', 'Tests'],
];

function itemLine(i: Item): string {
  const extra = [i.kind, i.detail && i.detail !== i.name ? i.detail : undefined, i.valid === false ? `invalid: ${i.problem ?? ''}` : undefined].filter(Boolean).join('; ');
  return `- ${code(i.name)} — ${where(i)}${extra ? ` (${mdEscape(extra)})` : ''}`;
}

/**
 * First line of every fix prompt evidence-scan writes: only files that start with it are ever
 * replaced or deleted by a later run (as smoke-run's issue drafts).
 */
export const FIX_PROMPT_MARKER = '<!-- written by evidence-scan: regenerated and removed by later runs; delete this line to keep the file -->';

/**
 * Renders `fix-prompts/<feature>.md`: status and confidence, why, the primary flow
 * (`User → /entry → services → tables`), the targeted tasks, the evidence with paths and lines
 * (markers broken down by word), and a Counts Summary, written to be handed to a coding agent as
 * is. A PASS feature gets a short prompt that says so.
 */
export function renderFixPrompt(feature: Feature): string {
  const out: string[] = [FIX_PROMPT_MARKER];
  out.push(`# Fix prompt: ${feature.name}`, '');
  out.push(`Status: **${feature.status}** · confidence ${feature.confidence.toFixed(2)} · ${feature.files.length} file${feature.files.length === 1 ? '' : 's'}`, '');
  if (feature.status === 'PASS') {
    // A passing feature gets a short prompt that says so: nothing to do, and what it rests on.
    out.push(`\`${feature.name}\` passes: a user-facing entry reaches real work and nothing is broken. No task; keep it that way.`, '');
    out.push('## Why', '');
    for (const r of feature.reasons) out.push(`- ${r}`);
    out.push('', '## Primary flow', '');
    for (const f of feature.primaryFlow) out.push(`- ${userFlow(f)}`);
    out.push('', ...countsSummary(feature));
    return out.join('\n');
  }
  out.push(
    `You are finishing the \`${feature.name}\` feature of this repository. Do the tasks below in order, with the exact paths given; do not leave stubs, placeholder comments or TODOs behind, and do not touch unrelated features. When you are done, run \`npx evidence-scan\` again: \`${feature.name}\` should no longer be ${feature.status}.`,
    '',
  );
  out.push('## Why', '');
  for (const r of feature.reasons) out.push(`- ${r}`);
  out.push('', '## Primary flow', '');
  if (feature.primaryFlow.length === 0) out.push('No entry or service yet.');
  for (const f of feature.primaryFlow) out.push(`- ${userFlow(f)}`);
  out.push('', '## Tasks', '');
  if (feature.tasks.length === 0) out.push('No targeted task: review the reasons above.');
  feature.tasks.forEach((t, i) => {
    out.push(`${i + 1}. [ ] ${t.title}`);
    out.push(`   - file: \`${t.file}${t.line ? `:${t.line}` : ''}\`${t.detail ? `; ${t.detail}` : ''}`);
  });
  out.push('', '## Evidence', '');
  for (const [key, title] of EVIDENCE_TITLES) {
    const items = feature.evidence[key];
    if (items.length === 0) continue;
    out.push(`### ${title}${key === 'markers' ? `: ${markerBreakdown(items)}` : ''}`, '');
    for (const i of items) out.push(itemLine(i));
    out.push('');
  }
  out.push(...countsSummary(feature));
  out.push('## Files', '');
  for (const f of feature.files) out.push(`- ${f}`);
  out.push('');
  return out.join('\n');
}

// `command /link (src/commands/link.ts:4) → DiscordService (…) → discord_guilds` as the user meets it:
// `User → /link (src/commands/link.ts:4) → DiscordService (…) → discord_guilds`.
// A job, consumer or listener is started by the platform, not a user: its flow starts at it
// (`Cron 0 * * * * (…) → SessionService (…) → sessions`; labels from entry-kinds.ts).
function userFlow(flow: string): string {
  if (flow.startsWith('(no entry)') || /^(Cron|Every|Job|Queue|Event) |^Scheduled handler /.test(flow)) return flow;
  return `User → ${flow.replace(/^(command|route|page) /, '')}`;
}

/** Markers counted by word, e.g. three markers of two kinds: `3 (A: 1, B: 2)`. */
export function markerBreakdown(markers: readonly Item[]): string {
  const by = new Map<string, number>();
  for (const m of markers) by.set(m.name, (by.get(m.name) ?? 0) + 1);
  return `${markers.length} (${[...by].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, n]) => `${k}: ${n}`).join(', ')})`;
}

function countsSummary(feature: Feature): string[] {
  const e = feature.evidence;
  const rows: Array<[string, string]> = [
    ['Commands', String(e.commands.length)],
    ['Routes', String(e.routes.length)],
    ['Services', String(e.services.length)],
    ['Tables (created / queried)', `${new Set(e.tables.map((t) => t.name)).size} / ${new Set(e.tableRefs.map((t) => t.name)).size}`],
    ['Events', String(e.events.length)],
    ['Jobs', String(e.jobs.length)],
    ['Env keys', String(new Set(e.envKeys.map((k) => k.name)).size)],
    ['Candidates', String(e.candidates.length)],
    ['Markers', e.markers.length ? markerBreakdown(e.markers) : '0'],
    ['Stubs', String(e.stubs.length)],
    ['Detector findings', String(e.findings.length)],
    ['Tests', String(e.tests.length)],
    ['Files', String(feature.files.length)],
    ['Tasks', String(feature.tasks.length)],
  ];
  return ['## Counts Summary', '', '| What | Count |', '| --- | ---: |', ...rows.map(([k, v]) => `| ${k} | ${v} |`), ''];
}
