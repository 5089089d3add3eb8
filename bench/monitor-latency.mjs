#!/usr/bin/env node
// Verdict latency of @readycheck/monitor for one edit of a 50-, 500- and 5,000-line TypeScript file:
//   server  — POST /api/changes to a running `readycheck-monitor serve` (SQLite store), per change
//   hook    — one `readycheck-monitor hook claude-code` process per PostToolUse event (in-process store)
//   peers   — one cold `quality-scan --before --after` process and one single-file `oxlint` process
//             (oxlint from bench/node_modules, installed by `npm ci --prefix bench`; skipped if absent)
// Run once: `npm run build && node bench/monitor-latency.mjs [--changes 200] [--processes 15] [--lines 50,500,5000]`.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const CHANGES = arg('--changes', 200);
const PROCESSES = arg('--processes', 15);
const li = process.argv.indexOf('--lines');
const SIZES = (li > 0 ? process.argv[li + 1] : '50,500,5000').split(',').map(Number);
if (SIZES.some((n) => !Number.isInteger(n) || n < 10)) {
  console.error('--lines: a comma-separated list of line counts of at least 10, e.g. 50,500,5000');
  process.exit(2);
}
const monitorBin = path.join(root, 'packages/monitor/bin/readycheck-monitor.js');
const scanBin = path.join(root, 'packages/detectors/bin/quality-scan.js');

/** A module of `size` lines: functions of 10 lines. */
function fileOf(size, variant) {
  const lines = ['// generated for the monitor latency bench'];
  for (let f = 0; lines.length < size; f++) {
    lines.push(`export function step${f}(items: number[], factor: number): number {`, '  let total = 0;', '  for (const item of items) {', `    total += item * factor + ${f};`, '  }', `  if (total > ${1000 + f}) {`, `    return total - ${variant};`, '  }', '  return total;', '}');
  }
  return `${lines.slice(0, size).join('\n')}\n`;
}

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
const fmt = (xs) => `p50 ${pct(xs, 50).toFixed(1)} ms, p99 ${pct(xs, 99).toFixed(1)} ms (n=${xs.length})`;

async function measure(size) {
  const fileN = (variant) => fileOf(size, variant);
  const work = mkdtempSync(path.join(os.tmpdir(), 'rc-monitor-bench-'));
  const results = {};
  try {
    execFileSync('git', ['init', '-q'], { cwd: work });
    mkdirSync(path.join(work, 'src'));

    // server
    const child = spawn(process.execPath, [monitorBin, 'serve', '--port', '0', '--db', path.join(work, 'server.db')], { cwd: work, stdio: ['ignore', 'pipe', 'inherit'] });
    const url = await new Promise((resolve) => createInterface({ input: child.stdout }).on('line', (l) => { const m = /(http:\/\/[^/\s]+)\//.exec(l); if (m) resolve(m[1]); }));
    const server = [];
    for (let i = 0; i < CHANGES + 5; i++) {
      const body = JSON.stringify({ agentId: `bench-${i % 10}`, path: `src/f${i}.ts`, before: fileN(i), after: fileN(i + 1) });
      const t = performance.now();
      const res = await fetch(`${url}/api/changes`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      await res.json();
      if (i >= 5) server.push(performance.now() - t); // 5 warm-up changes
    }
    child.kill('SIGTERM');
    results.server = server;

    // hook: one process per event, as Claude Code runs it
    const hook = [];
    for (let i = 0; i < PROCESSES; i++) {
      const file = path.join(work, 'src/edited.ts');
      writeFileSync(file, fileN(i + 1));
      const payload = JSON.stringify({ session_id: 'bench', cwd: work, hook_event_name: 'PostToolUse', tool_name: 'Write', tool_input: { file_path: file } });
      const t = performance.now();
      spawnSync(process.execPath, [monitorBin, 'hook', 'claude-code'], { cwd: work, input: payload });
      hook.push(performance.now() - t);
    }
    results.hook = hook;

    // cold quality-scan on the same edit
    mkdirSync(path.join(work, 'before/src'), { recursive: true });
    mkdirSync(path.join(work, 'after/src'), { recursive: true });
    writeFileSync(path.join(work, 'before/src/edited.ts'), fileN(1));
    writeFileSync(path.join(work, 'after/src/edited.ts'), fileN(2));
    const scan = [];
    for (let i = 0; i < PROCESSES; i++) {
      const t = performance.now();
      spawnSync(process.execPath, [scanBin, '--before', 'before', '--after', 'after', '--format', 'json'], { cwd: work });
      scan.push(performance.now() - t);
    }
    results.qualityScan = scan;

    const oxlint = [root, '/work/main'].map((r) => path.join(r, 'bench/node_modules/.bin/oxlint')).find((p) => existsSync(p));
    if (oxlint) {
      const ox = [];
      for (let i = 0; i < PROCESSES; i++) {
        const t = performance.now();
        spawnSync(oxlint, [path.join(work, 'after/src/edited.ts')], { cwd: work });
        ox.push(performance.now() - t);
      }
      results.oxlint = ox;
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return results;
}
console.log(`monitor verdict latency, ${os.cpus().length} cores, Node ${process.version}, load average ${os.loadavg()[0].toFixed(1)}`);
for (const size of SIZES) {
  const results = await measure(size);
  console.log(`${size}-line file`);
  console.log(`  server (POST /api/changes)       ${fmt(results.server)}`);
  console.log(`  hook (one process per event)     ${fmt(results.hook)}`);
  console.log(`  cold quality-scan --before/after ${fmt(results.qualityScan)}`);
  if (results.oxlint) console.log(`  oxlint, one file                 ${fmt(results.oxlint)}`);
  else console.log('  oxlint: not installed (npm ci --prefix bench)');
}
