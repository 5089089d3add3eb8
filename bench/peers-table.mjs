#!/usr/bin/env node
// Prints the peer comparison of a bench results file as the Markdown table the READMEs show:
// per corpus, quality-scan's median wall, CPU and peak RSS, then each peer's and the ratio
// readycheck / peer (below 1: readycheck faster; above 1: slower), and evidence-scan vs knip.
//   node bench/peers-table.mjs [bench/results/latest.json]
import { readFileSync } from 'node:fs';

const file = process.argv[2] ?? new URL('./results/latest.json', import.meta.url).pathname;
const { peers } = JSON.parse(readFileSync(file, 'utf8'));
const s = (ms) => (ms === null || ms === undefined ? '—' : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`);
const x = (a, b) => (a && b ? `${(a / b).toFixed(2)}×` : '—');
const lines = ['| corpus | tool | wall median (min–max) | CPU | peak RSS | readycheck / tool: wall | CPU | RSS |', '| --- | --- | --- | --- | --- | --- | --- | --- |'];
for (const c of peers.corpora) {
  const name = `${c.corpus} (${c.files} files, ${c.lines.toLocaleString('en-US')} lines)`;
  for (const group of [c.lint, c.project]) {
    const rc = group.find((r) => r.readycheck);
    for (const r of group) {
      const label = r.readycheck ? (group === c.lint ? '**quality-scan**' : '**evidence-scan**') : r.short;
      if (r.error || !r.runs) {
        lines.push(`| ${name} | ${label} | not measured: ${String(r.error ?? 'no runs').replace(/\|/g, '/')} | | | | | |`);
        continue;
      }
      const ratios = r.readycheck ? ['', '', ''] : [x(rc?.medianMs, r.medianMs), x(rc?.cpuMedianMs, r.cpuMedianMs), x(rc?.peakRssMb, r.peakRssMb)];
      lines.push(`| ${name} | ${label} | ${s(r.medianMs)} (${s(r.minMs)}–${s(r.maxMs)}) | ${s(r.cpuMedianMs)} | ${r.peakRssMb ?? '—'} MB | ${ratios.join(' | ')} |`);
    }
  }
}
console.log(lines.join('\n'));
