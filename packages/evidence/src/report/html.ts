import { createHash } from 'node:crypto';
import type { EvidenceReport, EvidenceReportTypes } from '@readycheck/core';

type Feature = EvidenceReportTypes.Feature;
type Movement = NonNullable<EvidenceReport['comparison']>['movements'][number];

/** The file name of the readiness page, next to READINESS.md. */
export const READINESS_HTML = 'READINESS.html';

/** Escapes text for HTML content and attribute values. */
export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

// The page's only script: filter by status and search by text, both kept in the URL hash so a
// link shows the same view. Static, so the CSP can allow exactly it by hash.
export const CLIENT_SCRIPT = `(() => {
  const cards = [...document.querySelectorAll('#features .card')];
  const boxes = [...document.querySelectorAll('#filters input[type=checkbox]')];
  const search = document.getElementById('search');
  const count = document.getElementById('shown');
  const apply = () => {
    const on = new Set(boxes.filter((b) => b.checked).map((b) => b.value));
    const words = search.value.toLowerCase().split(/\\s+/).filter(Boolean);
    let shown = 0;
    for (const card of cards) {
      const text = card.getAttribute('data-search') || '';
      const visible = on.has(card.getAttribute('data-status')) && words.every((w) => text.includes(w));
      card.hidden = !visible;
      if (visible) shown++;
    }
    count.textContent = shown + ' of ' + cards.length + ' features';
    const hash = new URLSearchParams();
    if (on.size !== boxes.length) hash.set('status', [...on].join(','));
    if (search.value) hash.set('q', search.value);
    const next = hash.toString();
    if (location.hash.slice(1) !== next) history.replaceState(null, '', next ? '#' + next : location.pathname);
  };
  const fromHash = () => {
    let params;
    try { params = new URLSearchParams(location.hash.slice(1)); } catch { params = new URLSearchParams(); }
    const status = params.get('status');
    const wanted = status === null ? null : new Set(status.split(','));
    for (const b of boxes) b.checked = wanted === null || wanted.has(b.value);
    search.value = params.get('q') || '';
  };
  fromHash();
  for (const b of boxes) b.addEventListener('change', apply);
  search.addEventListener('input', apply);
  apply();
  document.documentElement.setAttribute('data-ready', 'true');
})();`;

const STYLE = `
:root { font: 14px/1.45 system-ui, sans-serif; color: #1b1f24; background: #f6f7f9; }
body { margin: 0 auto; max-width: 1200px; padding: 16px; }
h1 { font-size: 20px; margin: 0 0 4px; }
.summary { color: #57606a; margin-bottom: 12px; }
#controls { display: flex; flex-wrap: wrap; gap: 12px; align-items: center; margin-bottom: 12px; }
#filters label { margin-right: 8px; cursor: pointer; }
#search { padding: 6px 8px; min-width: 260px; border: 1px solid #c9ced6; border-radius: 6px; }
#features { display: grid; grid-template-columns: repeat(auto-fill, minmax(340px, 1fr)); gap: 10px; }
.card { background: #fff; border: 1px solid #d8dde3; border-left: 6px solid #999; border-radius: 6px; padding: 10px 12px; }
.card[hidden] { display: none; }
.s-PASS { border-left-color: #1a7f37; } .s-WARN { border-left-color: #bf8700; } .s-FAIL { border-left-color: #cf222e; } .s-SKIP { border-left-color: #8c959f; }
.badge { font-weight: 600; font-size: 12px; padding: 1px 6px; border-radius: 10px; color: #fff; }
.b-PASS { background: #1a7f37; } .b-WARN { background: #9a6700; } .b-FAIL { background: #cf222e; } .b-SKIP { background: #6e7781; }
.card h2 { font-size: 15px; margin: 0 0 6px; display: flex; gap: 8px; align-items: center; }
.conf { color: #57606a; font-size: 12px; margin-left: auto; }
.move { font-size: 12px; font-weight: 600; } .up { color: #1a7f37; } .down { color: #cf222e; } .same, .new, .removed { color: #57606a; }
.card ul { margin: 4px 0; padding-left: 18px; }
.card details { margin-top: 6px; } .card summary { cursor: pointer; color: #0969da; }
code { font-size: 12px; background: #eef1f4; padding: 0 3px; border-radius: 3px; }
table.counts { border-collapse: collapse; font-size: 12px; margin: 4px 0; } table.counts td { padding: 1px 8px 1px 0; }
`;

const ARROW: Record<string, string> = { up: '↑', down: '↓', same: '·', new: 'new', removed: 'removed' };

function movementBadge(m: Movement | undefined): string {
  if (!m) return '';
  const label = m.direction === 'up' || m.direction === 'down' ? `${ARROW[m.direction]} ${m.from ?? ''}→${m.to ?? ''}` : (ARROW[m.direction] ?? m.direction);
  return `<span class="move ${esc(m.direction)}" title="${esc(`${m.from ?? '(new)'} → ${m.to ?? '(removed)'}`)}">${esc(label)}</span>`;
}

function card(f: Feature, movement: Movement | undefined): string {
  const e = f.evidence;
  const search = [f.name, f.status, ...f.reasons, ...f.files, ...e.commands.map((c) => c.name), ...e.routes.map((r) => r.name)].join(' ').toLowerCase();
  const counts: Array<[string, number]> = [
    ['commands', e.commands.length], ['routes', e.routes.length], ['services', e.services.length], ['tables', new Set([...e.tables, ...e.tableRefs].map((t) => t.name)).size],
    ['jobs', e.jobs.length], ['events', e.events.length], ['markers', e.markers.length], ['stubs', e.stubs.length], ['tests', e.tests.length], ['files', f.files.length],
  ];
  const tasks = f.tasks.length
    ? `<details><summary>${f.tasks.length} task${f.tasks.length === 1 ? '' : 's'}</summary><ol>${f.tasks.map((t) => `<li>${esc(t.title)} <code>${esc(`${t.file}${t.line ? `:${t.line}` : ''}`)}</code></li>`).join('')}</ol></details>`
    : '';
  const flow = f.primaryFlow.length ? `<details><summary>primary flow</summary><ul>${f.primaryFlow.map((x) => `<li>${esc(x)}</li>`).join('')}</ul></details>` : '';
  return [
    `<article class="card s-${f.status}" data-status="${f.status}" data-name="${esc(f.name)}" data-search="${esc(search)}">`,
    `<h2><span class="badge b-${f.status}">${f.status}</span>${esc(f.name)}${movementBadge(movement)}<span class="conf">confidence ${f.confidence.toFixed(2)}</span></h2>`,
    `<ul class="reasons">${f.reasons.slice(0, 4).map((r) => `<li>${esc(r)}</li>`).join('')}${f.reasons.length > 4 ? `<li>… ${f.reasons.length - 4} more</li>` : ''}</ul>`,
    `<details><summary>evidence</summary><table class="counts">${counts.map(([k, n]) => `<tr><td>${k}</td><td>${n}</td></tr>`).join('')}</table></details>`,
    flow,
    tasks,
    f.fixPrompt ? `<div><a href="${esc(f.fixPrompt)}">${esc(f.fixPrompt)}</a></div>` : '',
    '</article>',
  ].join('');
}

/**
 * Renders READINESS.html: one self-contained offline page (inline style and one script allowed
 * by its hash, no external resource), the feature grid coloured by status with a status filter
 * and a text search, each feature's reasons, evidence counts, flow and tasks, and the movement
 * since `--compare` (↑/↓) when the report has one. Deterministic: the same report, the same bytes.
 *
 * @example
 * await writeFileAtomic('reports/READINESS.html', renderReadinessHtml(report));
 */
export function renderReadinessHtml(report: EvidenceReport): string {
  const s = report.summary;
  const moves = new Map((report.comparison?.movements ?? []).map((m) => [m.feature, m]));
  const hash = createHash('sha256').update(CLIENT_SCRIPT).digest('base64');
  const statuses = ['FAIL', 'WARN', 'PASS', 'SKIP'] as const;
  const order = { FAIL: 0, WARN: 1, PASS: 2, SKIP: 3 } as const;
  const features = [...report.features].sort((a, b) => order[a.status] - order[b.status] || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const unjudged = Object.entries(s.unjudged ?? {}).map(([k, n]) => `${k}: ${n}`).join(', ');
  const compared = report.comparison ? ` · compared with ${esc(report.comparison.previous)}: ${report.comparison.regressions} moved down` : '';
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${hash}'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>Readiness: ${s.PASS} PASS, ${s.WARN} WARN, ${s.FAIL} FAIL, ${s.SKIP} SKIP</title>`,
    `<style>${STYLE}</style></head><body>`,
    '<h1>Readiness report</h1>',
    `<div class="summary" id="summary">${s.features} features: ${s.PASS} PASS, ${s.WARN} WARN, ${s.FAIL} FAIL, ${s.SKIP} SKIP — ${s.files} files, ${s.lines} lines${unjudged ? ` · not judged: ${esc(unjudged)}` : ''}${compared}</div>`,
    '<div id="controls"><div id="filters">',
    ...statuses.map((st) => `<label><input type="checkbox" value="${st}" checked> <span class="badge b-${st}">${st}</span> ${s[st]}</label>`),
    '</div><input id="search" type="search" placeholder="search features, reasons, files" aria-label="search"><span id="shown"></span></div>',
    `<main id="features">${features.map((f) => card(f, moves.get(f.name))).join('\n')}</main>`,
    `<script>${CLIENT_SCRIPT}</script>`,
    '</body></html>',
    '',
  ].join('\n');
}
