// A log–log line plot (CPU seconds against lines of code, one line per tool) as an SVG string,
// written by hand: no plotting dependency for one chart.
//   node bench/scale-plot.mjs bench/results/scale.json > bench/results/scale.svg
import { readFileSync } from 'node:fs';

const COLORS = { readycheck: '#d62728', ESLint: '#4b32c3', oxlint: '#2ca02c', Biome: '#1f77b4', floor: '#7f7f7f' };

export function plotScale(rows) {
  const pts = rows.filter((r) => r.ok && r.cpuMs > 0);
  const W = 720, H = 460, L = 70, R = 150, T = 30, B = 55;
  const lx = (v) => Math.log10(v);
  const xs = pts.map((p) => lx(p.lines)), ys = pts.map((p) => lx(p.cpuMs / 1000));
  const x0 = Math.floor(Math.min(...xs)), x1 = Math.ceil(Math.max(...xs));
  const y0 = Math.floor(Math.min(...ys)), y1 = Math.ceil(Math.max(...ys));
  const X = (v) => L + ((lx(v) - x0) / (x1 - x0)) * (W - L - R);
  const Y = (v) => T + (1 - (lx(v) - y0) / (y1 - y0)) * (H - T - B);
  const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const out = [`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" font-family="sans-serif" font-size="12">`, `<rect width="${W}" height="${H}" fill="white"/>`];
  for (let e = x0; e <= x1; e++) {
    const x = X(10 ** e);
    out.push(`<line x1="${x}" y1="${T}" x2="${x}" y2="${H - B}" stroke="#ddd"/>`, `<text x="${x}" y="${H - B + 18}" text-anchor="middle">${esc(10 ** e >= 1000 ? `${10 ** e / 1000}k` : 10 ** e)}</text>`);
  }
  for (let e = y0; e <= y1; e++) {
    const y = Y(10 ** e);
    out.push(`<line x1="${L}" y1="${y}" x2="${W - R}" y2="${y}" stroke="#ddd"/>`, `<text x="${L - 8}" y="${y + 4}" text-anchor="end">${esc(10 ** e)} s</text>`);
  }
  out.push(`<text x="${(L + W - R) / 2}" y="${H - 15}" text-anchor="middle">lines of TypeScript (generated corpus, log scale)</text>`);
  out.push(`<text transform="translate(16 ${(T + H - B) / 2}) rotate(-90)" text-anchor="middle">CPU time, user+sys (log scale)</text>`);
  const tools = [...new Set(pts.map((p) => p.tool))];
  tools.forEach((tool, i) => {
    const series = pts.filter((p) => p.tool === tool).sort((a, b) => a.lines - b.lines);
    const color = COLORS[tool] ?? '#000';
    out.push(`<polyline fill="none" stroke="${color}" stroke-width="2" points="${series.map((p) => `${X(p.lines).toFixed(1)},${Y(p.cpuMs / 1000).toFixed(1)}`).join(' ')}"/>`);
    for (const p of series) out.push(`<circle cx="${X(p.lines).toFixed(1)}" cy="${Y(p.cpuMs / 1000).toFixed(1)}" r="3" fill="${color}"/>`);
    out.push(`<rect x="${W - R + 15}" y="${T + i * 20}" width="14" height="3" fill="${color}"/>`, `<text x="${W - R + 35}" y="${T + i * 20 + 5}">${esc(tool === 'readycheck' ? 'quality-scan' : tool)}</text>`);
  });
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(plotScale(JSON.parse(readFileSync(process.argv[2] ?? 'bench/results/scale.json', 'utf8')).rows));
}
