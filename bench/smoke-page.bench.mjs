// Runner overhead of `type: page` checks (issue #20), measured on whole `smoke-run` processes
// against the bundled example service's /dashboard in the system Chromium:
//
//   node bench/smoke-page.bench.mjs [--rounds 3]
//
// Suites: A = one http check (no browser); B = one page check; C = 10 page checks, -j 1;
// D = 10 page checks, -j 4. Browser start once per run ≈ B − A; per-check cost ≈ (C − B) / 9;
// D shows what parallel contexts in the one browser buy. Medians of --rounds runs, rounds
// interleaved. Wall times of the whole process (Node start, suite load, reports included).
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.join(HERE, '..');
const BIN = path.join(ROOT, 'packages/smoke/bin/smoke-run.js');
const rounds = Number(process.argv[process.argv.indexOf('--rounds') + 1] || 3) || 3;

const service = spawn(process.execPath, [path.join(ROOT, 'examples/smoke-service/server.mjs'), '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
const url = await new Promise((resolve) => service.stdout.once('data', (d) => resolve(String(d).trim().replace('listening ', ''))));

const dir = mkdtempSync(path.join(os.tmpdir(), 'rc-page-bench-'));
const page = (i) => `  - { type: page, id: p${i}, name: page ${i}, path: /dashboard, expect: { selector: '#workers li' } }`;
const suites = {
  'A 1 http check': ['name: a', 'checks:', '  - { type: http, name: h, path: /health }'],
  'B 1 page check': ['name: b', 'checks:', page(0)],
  'C 10 page checks -j 1': ['name: c', 'checks:', ...Array.from({ length: 10 }, (_, i) => page(i))],
  'D 10 page checks -j 4': ['name: d', 'checks:', ...Array.from({ length: 10 }, (_, i) => page(i))],
};
for (const [name, lines] of Object.entries(suites)) {
  mkdirSync(path.join(dir, name), { recursive: true });
  writeFileSync(path.join(dir, name, 'x.smoke.yaml'), `${lines.join('\n')}\n`);
}

const times = Object.fromEntries(Object.keys(suites).map((k) => [k, []]));
for (let r = 0; r < rounds; r++) {
  for (const name of Object.keys(suites)) {
    const j = name.includes('-j 4') ? '4' : '1';
    const t0 = performance.now();
    const res = spawnSync(process.execPath, [BIN, path.join(dir, name), '--base-url', url, '-j', j, '--reporter', 'json', '--out', path.join(dir, 'out')], { encoding: 'utf8', env: { ...process.env, CI: '1' } });
    const ms = performance.now() - t0;
    if (res.status !== 0) throw new Error(`${name}: exit ${res.status}\n${res.stdout}${res.stderr}`);
    times[name].push(ms);
  }
}
service.kill('SIGTERM');
rmSync(dir, { recursive: true, force: true });

const median = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
const m = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));
for (const [k, v] of Object.entries(m)) console.log(`${k.padEnd(24)} ${Math.round(v)} ms  (runs: ${times[k].map(Math.round).join(', ')})`);
const A = m['A 1 http check'], B = m['B 1 page check'], C = m['C 10 page checks -j 1'], D = m['D 10 page checks -j 4'];
console.log(`browser start, once per run (B - A): ${Math.round(B - A)} ms`);
console.log(`per page check, sequential ((C - B) / 9): ${Math.round((C - B) / 9)} ms`);
console.log(`per page check, 4 contexts at once ((D - B) / 9): ${Math.round((D - B) / 9)} ms`);
console.log(`machine: ${os.cpus().length} cores, load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}, node ${process.version}`);
