// Small formatting helpers shared by run.mjs and peers.mjs.
import os from 'node:os';

/** The machine a run came from, for results/latest.json and the README. */
export function machineInfo() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown CPU',
    cores: cpus.length,
    memoryGb: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.versions.node,
  };
}

/** Median of a non-empty list of numbers. */
export function median(values) {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** `12.3 ms`, `1.23 s`, `45 µs`. */
export function formatMs(ms) {
  if (typeof ms !== 'number' || !Number.isFinite(ms)) return '';
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms >= 1) return `${ms.toFixed(ms >= 100 ? 0 : 1)} ms`;
  if (ms >= 0.001) return `${(ms * 1000).toFixed(ms >= 0.1 ? 0 : 1)} µs`;
  return `${(ms * 1e6).toFixed(0)} ns`;
}

/** Ops/s with thousands separators. */
export function formatOps(ops) {
  if (typeof ops !== 'number' || !Number.isFinite(ops)) return '';
  return ops >= 100 ? Math.round(ops).toLocaleString('en-US') : ops.toFixed(2);
}

/** A plain-text table: header, separator, rows; columns padded to their widest cell. */
export function formatTable(header, rows) {
  const all = [header, ...rows].map((r) => r.map((c) => String(c ?? '')));
  const widths = header.map((_, i) => Math.max(...all.map((r) => r[i]?.length ?? 0)));
  const line = (r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd();
  return [line(all[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...all.slice(1).map(line)].join('\n');
}
