// Mission Control: one self-contained page (no CDN, no build step). Every value from the server is
// put into the page with textContent or setAttribute on SVG numbers, never as HTML, and the page's
// Content-Security-Policy allows only its own nonce'd script and style.

const STYLE = `
body{font:14px system-ui,sans-serif;margin:0;background:#0f1420;color:#e6e9ef}
header{padding:12px 20px;background:#161d2e;display:flex;gap:16px;align-items:center}
h1{font-size:18px;margin:0}h2{font-size:15px;margin:18px 0 8px}
main{padding:0 20px 20px}
#alert{display:none;background:#7a1020;color:#fff;padding:10px 20px;font-weight:600}
#alert.on{display:block}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:4px 8px;border-bottom:1px solid #263049;vertical-align:top}
code{font:12px ui-monospace,monospace;white-space:pre-wrap;word-break:break-all;color:#ffd479}
.quarantined{color:#ff6b7a;font-weight:600}.active{color:#6bdc8b}
.sev-critical{color:#ff6b7a}.sev-high{color:#ffad5c}.sev-medium{color:#ffd479}.sev-low{color:#9fb0c8}
button{background:#2d6cdf;color:#fff;border:0;border-radius:4px;padding:3px 10px;cursor:pointer}
#status{font-size:12px;color:#9fb0c8}svg{background:#161d2e;border-radius:6px}
.charts{display:flex;gap:16px;flex-wrap:wrap}.chart h3{font-size:13px;margin:6px 0}
`;

const SCRIPT = `
'use strict';
const $ = (id) => document.getElementById(id);
let token = new URLSearchParams(location.hash.slice(1)).get('token') || sessionStorage.getItem('rc-token') || '';
const el = (tag, text, cls) => { const e = document.createElement(tag); if (text !== undefined) e.textContent = String(text); if (cls) e.className = cls; return e; };
const row = (cells) => { const tr = document.createElement('tr'); for (const c of cells) { const td = document.createElement('td'); if (c instanceof Node) td.appendChild(c); else td.textContent = String(c); tr.appendChild(td); } return tr; };
async function api(path, init) {
  const headers = Object.assign({ 'content-type': 'application/json' }, init && init.headers);
  if (token && !headers.authorization) headers.authorization = 'Bearer ' + token;
  const res = await fetch(path, Object.assign({}, init, { headers }));
  if (res.status === 401 && !(init && init.noPrompt)) {
    const t = prompt('Monitor token');
    if (t) { token = t; sessionStorage.setItem('rc-token', t); return api(path, init); }
  }
  return res;
}
function renderAgents(items) {
  const body = $('agents'); body.textContent = '';
  const q = items.filter((a) => a.quarantine);
  const alert = $('alert');
  if (q.length) { alert.className = 'on'; alert.textContent = 'QUARANTINED: ' + q.map((a) => a.agentId + ' (' + a.quarantine.reason + ')').join('; '); }
  else { alert.className = ''; alert.textContent = ''; }
  for (const a of items) {
    const status = el('span', a.quarantine ? 'quarantined since ' + a.quarantine.since : 'active', a.quarantine ? 'quarantined' : 'active');
    let action = '';
    if (a.quarantine) {
      action = el('button', 'Release');
      action.dataset.agent = a.agentId;
      action.addEventListener('click', () => release(a.agentId));
    }
    const m = a.metrics || {};
    body.appendChild(row([a.agentId, status, a.quarantine ? a.quarantine.reason : '', m.changes ?? 0, m.qualityScore ?? 100, action]));
  }
}
function renderViolations(items) {
  const body = $('violations'); body.textContent = '';
  for (const v of items) body.appendChild(row([v.agentId, v.file, v.line, v.ruleId, el('span', v.severity, 'sev-' + v.severity), v.message, el('code', v.excerpt)]));
}
function renderMetrics(m) {
  const body = $('metrics'); body.textContent = '';
  for (const r of m.agents.concat([m.total])) {
    body.appendChild(row([r.agentId === '*' ? 'all agents' : r.agentId, r.changes, r.violationRate, Math.round(r.cleanChangeRate * 100) + '%', r.quarantines, r.quarantineFrequency, r.meanTimeToReleaseMs === null ? '-' : Math.round(r.meanTimeToReleaseMs / 1000) + ' s', r.maxTimeToReleaseMs === null ? '-' : Math.round(r.maxTimeToReleaseMs / 1000) + ' s', r.qualityScore]));
  }
  chart($('chart-score'), m.series, 'qualityScore', 100);
  chart($('chart-rate'), m.series, 'violationRate', Math.max(1, ...m.series.map((p) => p.violationRate)));
}
const NS = 'http://www.w3.org/2000/svg';
const COLORS = ['#6bdc8b', '#2d9cdf', '#ffad5c', '#c78bff', '#ff6b7a', '#ffd479'];
function chart(svg, series, key, max) {
  svg.textContent = '';
  const W = 420, H = 160, P = 24;
  const times = [...new Set(series.map((p) => p.at))].sort();
  const agents = [...new Set(series.map((p) => p.agentId))].sort();
  const x = (t) => P + (times.length < 2 ? (W - 2 * P) / 2 : (times.indexOf(t) * (W - 2 * P)) / (times.length - 1));
  const y = (v) => H - P - (Number(v) / max) * (H - 2 * P);
  const axis = document.createElementNS(NS, 'path'); axis.setAttribute('d', 'M' + P + ' ' + P + 'V' + (H - P) + 'H' + (W - P)); axis.setAttribute('stroke', '#394462'); axis.setAttribute('fill', 'none'); svg.appendChild(axis);
  agents.forEach((agent, i) => {
    const pts = series.filter((p) => p.agentId === agent);
    const color = agent === '*' ? '#e6e9ef' : COLORS[i % COLORS.length];
    const line = document.createElementNS(NS, 'polyline');
    line.setAttribute('points', pts.map((p) => x(p.at) + ',' + y(p[key])).join(' '));
    line.setAttribute('fill', 'none'); line.setAttribute('stroke', color); line.setAttribute('stroke-width', '2');
    svg.appendChild(line);
    for (const p of pts) { const c = document.createElementNS(NS, 'circle'); c.setAttribute('cx', x(p.at)); c.setAttribute('cy', y(p[key])); c.setAttribute('r', '3'); c.setAttribute('fill', color); const t = document.createElementNS(NS, 'title'); t.textContent = agent + ' ' + p.at + ': ' + p[key]; c.appendChild(t); svg.appendChild(c); }
    const label = document.createElementNS(NS, 'text'); label.setAttribute('x', W - P); label.setAttribute('y', 12 + 12 * i); label.setAttribute('fill', color); label.setAttribute('font-size', '10'); label.setAttribute('text-anchor', 'end'); label.textContent = agent === '*' ? 'all' : agent; svg.appendChild(label);
  });
}
async function release(agentId) {
  const op = prompt('Operator token to release ' + agentId);
  if (op === null) return;
  const by = prompt('Released by (your name)');
  if (!by) return;
  const res = await api('/api/agents/' + encodeURIComponent(agentId) + '/release', { method: 'POST', body: JSON.stringify({ by }), headers: op ? { authorization: 'Bearer ' + op } : {}, noPrompt: true });
  const out = await res.json();
  $('status').textContent = res.ok ? 'released ' + agentId : 'release failed: ' + out.error;
  refresh();
}
let pending = null;
async function refresh() {
  if (pending) return pending;
  pending = (async () => {
    try {
      const [a, v, m] = await Promise.all([api('/api/agents'), api('/api/violations?limit=100'), api('/api/metrics?bucket=' + $('bucket').value)]);
      if (a.ok) renderAgents((await a.json()).items);
      if (v.ok) renderViolations((await v.json()).items);
      if (m.ok) renderMetrics(await m.json());
    } finally { pending = null; }
  })();
  return pending;
}
let queued = false;
function schedule() { if (queued) return; queued = true; setTimeout(() => { queued = false; refresh(); }, 50); }
function connect(attempt) {
  const q = token ? '?token=' + encodeURIComponent(token) : '';
  let ws;
  try { ws = new WebSocket((location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/api/events' + q); } catch (e) { return sse(); }
  let opened = false;
  ws.onopen = () => { opened = true; $('status').textContent = 'live (WebSocket)'; };
  ws.onmessage = () => schedule();
  ws.onclose = () => {
    if (!opened && attempt >= 2) return sse();
    $('status').textContent = 'reconnecting…';
    setTimeout(() => { connect(attempt + 1); refresh(); }, Math.min(10000, 500 * 2 ** attempt));
  };
}
function sse() {
  const es = new EventSource('/api/events' + (token ? '?token=' + encodeURIComponent(token) : ''));
  es.onopen = () => { $('status').textContent = 'live (Server-Sent Events)'; };
  for (const t of ['change', 'violation', 'quarantined', 'released']) es.addEventListener(t, schedule);
}
$('bucket').addEventListener('change', refresh);
refresh();
connect(0);
`;

/** The Mission Control page; `nonce` must match the page's Content-Security-Policy. */
export function dashboardHtml(nonce: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="icon" href="data:,"><title>readycheck Mission Control</title><style nonce="${nonce}">${STYLE}</style></head>
<body>
<header><h1>readycheck Mission Control</h1><span id="status">connecting…</span>
<label>trend by <select id="bucket"><option value="hour">hour</option><option value="day">day</option></select></label></header>
<div id="alert" role="alert"></div>
<main>
<h2>Agents</h2>
<table><thead><tr><th>agent</th><th>status</th><th>quarantined by</th><th>changes</th><th>quality score</th><th></th></tr></thead><tbody id="agents"></tbody></table>
<h2>Violations</h2>
<table><thead><tr><th>agent</th><th>file</th><th>line</th><th>rule</th><th>severity</th><th>message</th><th>code</th></tr></thead><tbody id="violations"></tbody></table>
<h2>Trends</h2>
<div class="charts"><div class="chart"><h3>quality score (0–100)</h3><svg id="chart-score" width="420" height="160" role="img" aria-label="quality score per agent over time"></svg></div>
<div class="chart"><h3>violation rate (new findings per change)</h3><svg id="chart-rate" width="420" height="160" role="img" aria-label="violation rate per agent over time"></svg></div></div>
<h2>Metrics</h2>
<table><thead><tr><th>agent</th><th>changes</th><th>violation rate</th><th>clean changes</th><th>quarantines</th><th>per 100 changes</th><th>mean time to release</th><th>max time to release</th><th>quality score</th></tr></thead><tbody id="metrics"></tbody></table>
</main>
<script nonce="${nonce}">${SCRIPT}</script>
</body></html>
`;
}
