/** Stylesheet of the HTML report, inlined into the page (light and dark, print-friendly). */
export const STYLE = String.raw`
:root {
  color-scheme: light dark;
  --bg: #f6f7f9; --panel: #ffffff; --text: #1f2328; --muted: #656d76; --border: #d0d7de; --hover: #f0f3f6;
  --ok: #1a7f37; --ok-bg: #dafbe1; --warn: #9a6700; --warn-bg: #fff8c5; --bad: #cf222e; --bad-bg: #ffebe9;
  --blocked: #8250df; --blocked-bg: #fbefff; --skip: #6e7781; --skip-bg: #eaeef2; --accent: #0969da;
  --mono: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #0d1117; --panel: #161b22; --text: #e6edf3; --muted: #8d96a0; --border: #30363d; --hover: #1f2630;
    --ok: #3fb950; --ok-bg: #12261e; --warn: #d29922; --warn-bg: #272115; --bad: #f85149; --bad-bg: #2d1517;
    --blocked: #a371f7; --blocked-bg: #221a33; --skip: #8d96a0; --skip-bg: #21262d; --accent: #4493f8;
  }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--text); font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
main { max-width: 1200px; margin: 0 auto; padding: 20px 24px 48px; }
header.top { display: flex; flex-wrap: wrap; align-items: center; gap: 12px 20px; margin-bottom: 16px; }
header.top h1 { font-size: 22px; margin: 0; }
.meta { color: var(--muted); font-size: 13px; display: flex; flex-wrap: wrap; gap: 4px 16px; }
.verdict { font-weight: 700; padding: 3px 10px; border-radius: 999px; font-size: 13px; letter-spacing: .02em; }
.verdict.passed { background: var(--ok-bg); color: var(--ok); }
.verdict.failed { background: var(--bad-bg); color: var(--bad); }
.verdict.interrupted { background: var(--warn-bg); color: var(--warn); }
section { background: var(--panel); border: 1px solid var(--border); border-radius: 8px; padding: 16px 18px; margin: 16px 0; }
section > h2 { font-size: 16px; margin: 0 0 12px; display: flex; align-items: baseline; gap: 10px; }
section > h2 small { font-weight: 400; color: var(--muted); font-size: 13px; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(120px, 1fr)); gap: 10px; background: none; border: 0; padding: 0; }
.card { background: var(--panel); border: 1px solid var(--border); border-radius: 8px; padding: 10px 14px; }
.card .n { font-size: 24px; font-weight: 700; font-variant-numeric: tabular-nums; }
.card .l { color: var(--muted); font-size: 12px; text-transform: uppercase; letter-spacing: .04em; }
.card.passed .n { color: var(--ok); } .card.failed .n { color: var(--bad); } .card.flaky .n { color: var(--warn); }
.card.blocked .n { color: var(--blocked); } .card.skipped .n { color: var(--skip); }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--border); vertical-align: top; }
th { font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); font-weight: 600; white-space: nowrap; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.matrix-wrap { overflow-x: auto; }
table.matrix td.cell { text-align: center; min-width: 92px; border: 2px solid var(--panel); border-radius: 8px; }
table.matrix .cell button { all: unset; cursor: pointer; display: block; box-sizing: border-box; width: 100%; text-align: center; padding: 2px 4px; font-size: 12px; }
table.matrix tbody th[scope=row], table.matrix tfoot th[scope=row] { text-transform: none; letter-spacing: 0; font-size: 13px; color: var(--text); }
table.matrix .cell button:focus-visible { outline: 2px solid var(--accent); }
table.matrix .cell b { display: block; font-size: 11px; text-transform: uppercase; letter-spacing: .04em; }
table.matrix .empty { color: var(--border); }
.state-working { background: var(--ok-bg); color: var(--ok); }
.state-degraded { background: var(--warn-bg); color: var(--warn); }
.state-broken { background: var(--bad-bg); color: var(--bad); }
.state-blocked { background: var(--blocked-bg); color: var(--blocked); }
.legend { display: flex; flex-wrap: wrap; gap: 8px 14px; margin-top: 10px; color: var(--muted); font-size: 12px; }
.legend span::before { content: ""; display: inline-block; width: 10px; height: 10px; border-radius: 3px; margin-right: 5px; vertical-align: -1px; }
.legend .l-working::before { background: var(--ok); } .legend .l-degraded::before { background: var(--warn); }
.legend .l-broken::before { background: var(--bad); } .legend .l-blocked::before { background: var(--blocked); }
.badge { display: inline-block; padding: 1px 8px; border-radius: 999px; font-size: 12px; font-weight: 600; white-space: nowrap; }
.s-passed { background: var(--ok-bg); color: var(--ok); } .s-failed { background: var(--bad-bg); color: var(--bad); }
.s-flaky { background: var(--warn-bg); color: var(--warn); } .s-blocked { background: var(--blocked-bg); color: var(--blocked); }
.s-skipped { background: var(--skip-bg); color: var(--skip); } .s-timedOut { background: var(--bad-bg); color: var(--bad); }
.prio { font-family: var(--mono); font-size: 12px; font-weight: 700; }
.prio-P0 { color: var(--bad); } .prio-P1 { color: var(--warn); } .prio-P2 { color: var(--muted); } .prio-P3 { color: var(--skip); }
ol.fix { margin: 0; padding-left: 22px; } ol.fix li { margin: 4px 0; }
ol.fix button, button.linkish { all: unset; cursor: pointer; color: var(--accent); }
ol.fix button:hover, button.linkish:hover { text-decoration: underline; }
section h3 { font-size: 14px; margin: 14px 0 8px; }
.reason { color: var(--muted); overflow-wrap: anywhere; }
.filters { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin-bottom: 10px; }
.filters input[type=search] { flex: 1 1 260px; }
.filters input, .filters select, .filters button, .toolbar button {
  font: inherit; padding: 5px 8px; border: 1px solid var(--border); border-radius: 6px; background: var(--panel); color: var(--text);
}
.filters button, .toolbar button { cursor: pointer; }
.count { color: var(--muted); font-size: 13px; margin: 4px 0 8px; }
table.checks tbody tr.row { cursor: pointer; }
table.checks tbody tr.row:hover { background: var(--hover); }
table.checks tbody tr.row[aria-expanded=true] { background: var(--hover); }
table.checks th.sortable { cursor: pointer; user-select: none; }
table.checks th.sortable[aria-sort=ascending]::after { content: " \25B2"; }
table.checks th.sortable[aria-sort=descending]::after { content: " \25BC"; }
.cname { font-weight: 600; overflow-wrap: anywhere; }
.cid { font-family: var(--mono); font-size: 12px; color: var(--muted); overflow-wrap: anywhere; }
.err-line { color: var(--bad); font-size: 12px; overflow-wrap: anywhere; }
tr.detail > td { background: var(--bg); padding: 12px 16px; }
.detail h4 { margin: 12px 0 6px; font-size: 13px; }
.detail h4:first-child { margin-top: 0; }
.detail dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 14px; margin: 0; font-size: 13px; }
.detail dt { color: var(--muted); } .detail dd { margin: 0; overflow-wrap: anywhere; }
.attachment img.screenshot { display: block; max-width: 100%; border: 1px solid var(--border); border-radius: 6px; }
pre { font-family: var(--mono); font-size: 12px; background: var(--panel); border: 1px solid var(--border); border-radius: 6px;
  padding: 8px 10px; margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; max-height: 360px; overflow: auto; }
.empty-state { text-align: center; color: var(--muted); padding: 24px; }
p.more { text-align: center; margin: 10px 0 0; }
p.more button { font: inherit; padding: 5px 14px; border: 1px solid var(--border); border-radius: 6px; background: var(--panel); color: var(--text); cursor: pointer; }
svg.trend { width: 100%; max-width: 760px; height: auto; display: block; }
svg.trend .grid { stroke: var(--border); stroke-width: 1; }
svg.trend .axis { fill: var(--muted); font-size: 11px; }
svg.trend .line { fill: none; stroke: var(--accent); stroke-width: 2; }
svg.trend .pt { fill: var(--panel); stroke: var(--accent); stroke-width: 2; }
svg.trend .pt.last { fill: var(--accent); }
.trend-note { color: var(--muted); font-size: 13px; margin: 6px 0 12px; }
.strip { display: inline-flex; gap: 2px; vertical-align: middle; }
.dot { width: 10px; height: 14px; border-radius: 2px; background: var(--skip-bg); border: 1px solid var(--border); }
.dot.o-passed { background: var(--ok); border-color: var(--ok); } .dot.o-failed { background: var(--bad); border-color: var(--bad); }
.dot.o-flaky { background: var(--warn); border-color: var(--warn); } .dot.o-blocked { background: var(--blocked); border-color: var(--blocked); }
.dot.o-absent { background: transparent; }
.delta-up { color: var(--ok); } .delta-down { color: var(--bad); }
.banner { border-radius: 8px; padding: 10px 14px; margin: 12px 0; background: var(--warn-bg); color: var(--warn); border: 1px solid var(--border); }
footer { color: var(--muted); font-size: 12px; text-align: center; margin-top: 24px; }
.toolbar { display: flex; gap: 8px; margin-left: auto; }
@media print { .filters, .toolbar { display: none; } section { break-inside: avoid; } }
`;
