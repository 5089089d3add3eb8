#!/usr/bin/env node
// npm run demo: runs readycheck's main jobs on the bundled example and writes ./reports.
//   1. evidence-scan of the chat-bot fixture codebase      → reports/evidence/
//   2. quality-scan of the same codebase (JSON and SARIF)  → reports/quality/
//   3. smoke-run --category health against the bundled example service, which this script
//      starts on a free port and stops again                → reports/smoke/
//   4. readycheck-monitor serve on a free port; a scripted agent sends a clean and a bad change;
//      the dashboard URL is printed, then the monitor stops   → reports/monitor/monitor.db
// A step whose package or example is not there yet is reported as skipped, never faked.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const rel = (p) => path.relative(process.cwd(), path.join(root, p)) || '.';
const bin = (pkg, name) => path.join(root, 'packages', pkg, 'bin', `${name}.js`);
const built = (pkg) => existsSync(path.join(root, 'packages', pkg, 'dist', 'cli.js'));
const results = [];

function run(label, args, { okCodes = [0] } = {}) {
  return new Promise((resolve) => {
    console.log(`\n$ ${label}`);
    const child = spawn(process.execPath, args, { cwd: root, stdio: 'inherit' });
    child.on('exit', (code, signal) => resolve({ code: code ?? (signal ? 128 : 1), ok: okCodes.includes(code ?? -1) }));
  });
}

function firstFixture(dir) {
  const abs = path.join(root, dir);
  if (!existsSync(abs)) return null;
  const names = readdirSync(abs, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  const preferred = names.find((n) => /bot|chat/.test(n)) ?? names[0];
  return preferred ? path.join(dir, preferred) : null;
}

async function startService(server, args = ['--port', '0']) {
  const child = spawn(process.execPath, [server, ...args], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout });
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the example service did not print its URL within 10 s')), 10_000);
    lines.on('line', (line) => {
      const m = /(https?:\/\/[^\s]+)/.exec(line);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.on('exit', (code) => reject(new Error(`the example service exited early with code ${code}`)));
  });
  return { url, stop: () => new Promise((r) => (child.exitCode !== null ? r() : (child.once('exit', r), child.kill('SIGTERM')))) };
}

async function main() {
  mkdirSync(path.join(root, 'reports'), { recursive: true });
  const fixture = firstFixture('fixtures/evidence');

  // 1. evidence
  if (!fixture) results.push(['evidence-scan', 'skipped: no fixture codebase under fixtures/evidence yet']);
  else if (!built('evidence')) results.push(['evidence-scan', 'skipped: @readycheck/evidence is not built (npm run build)']);
  else {
    const r = await run(`evidence-scan ${fixture} --out reports/evidence`, [bin('evidence', 'evidence-scan'), fixture, '--out', 'reports/evidence'], { okCodes: [0, 1] });
    results.push(['evidence-scan', r.ok ? `ran (exit ${r.code}): reports/evidence/READINESS.md` : `FAILED (exit ${r.code})`]);
  }

  // 2. quality
  if (!fixture) results.push(['quality-scan', 'skipped: no fixture codebase under fixtures/evidence yet']);
  else if (!built('detectors')) results.push(['quality-scan', 'skipped: @readycheck/detectors is not built (npm run build)']);
  else {
    // Exit 1 means "findings at or over the threshold": the fixture has them on purpose.
    const a = await run(`quality-scan ${fixture} --format json --output reports/quality/quality.json`, [bin('detectors', 'quality-scan'), fixture, '--format', 'json', '--output', 'reports/quality/quality.json'], { okCodes: [0, 1] });
    const b = await run(`quality-scan ${fixture} --format sarif --output reports/quality/quality.sarif`, [bin('detectors', 'quality-scan'), fixture, '--format', 'sarif', '--output', 'reports/quality/quality.sarif'], { okCodes: [0, 1] });
    await run(`quality-scan ${fixture}`, [bin('detectors', 'quality-scan'), fixture, '--quiet'], { okCodes: [0, 1] });
    results.push(['quality-scan', a.ok && b.ok ? `ran (exit ${a.code}): reports/quality/quality.json, quality.sarif` : `FAILED (exit ${a.code}/${b.code})`]);
  }

  // 3. smoke
  const server = 'examples/smoke-service/server.mjs';
  const suiteDir = 'examples/smoke-service/smoke';
  if (!existsSync(path.join(root, server))) results.push(['smoke-run', 'skipped: examples/smoke-service/server.mjs is not there yet']);
  else if (!built('smoke')) results.push(['smoke-run', 'skipped: @readycheck/smoke is not built (npm run build)']);
  else {
    const service = await startService(path.join(root, server));
    try {
      const r = await run(
        `smoke-run ${suiteDir} --category health --base-url ${service.url} --reporter console,json,html,junit --out reports/smoke`,
        [bin('smoke', 'smoke-run'), suiteDir, '--category', 'health', '--base-url', service.url, '--reporter', 'console,json,html,junit', '--out', 'reports/smoke'],
      );
      results.push(['smoke-run', r.ok ? 'ran (exit 0): reports/smoke/' : `FAILED (exit ${r.code})`]);
    } finally {
      await service.stop();
    }
  }

  // 4. monitor: a scripted agent sends a clean and a bad change to a live readycheck-monitor
  if (!built('monitor')) results.push(['monitor', 'skipped: @readycheck/monitor is not built (npm run build)']);
  else {
    results.push(['monitor', await monitorDemo()]);
  }

  console.log('\nreadycheck demo');
  for (const [step, outcome] of results) console.log(`  ${step.padEnd(14)} ${outcome}`);
  console.log(`  reports in ${rel('reports')}/`);
  if (results.some(([, o]) => o.startsWith('FAILED'))) process.exitCode = 1;
}

async function monitorDemo() {
  mkdirSync(path.join(root, 'reports/monitor'), { recursive: true });
  const db = path.join(root, 'reports/monitor/monitor.db');
  for (const f of [db, `${db}-wal`, `${db}-shm`]) rmSync(f, { force: true });
  console.log(`\n$ readycheck-monitor serve --port 0 --db ${rel('reports/monitor/monitor.db')}`);
  const service = await startService(bin('monitor', 'readycheck-monitor'), ['serve', '--port', '0', '--db', db]);
  try {
    const url = service.url.replace(/\/$/, '');
    const send = async (label, change) => {
      const res = await fetch(`${url}/api/changes`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ agentId: 'demo-agent', taskId: 'DEMO-1', ...change }) });
      const v = await res.json();
      console.log(`  ${label}: HTTP ${res.status}, verdict ${v.verdict ?? '-'}${v.reason ? `: ${v.reason}` : ''}${v.error ? `: ${v.error}` : ''}`);
      return v;
    };
    const before = 'export function total(items: number[]): number {\n  return items.reduce((a, b) => a + b, 0);\n}\n';
    const clean = await send('clean change', { path: 'src/total.ts', before, after: before.replace('(a, b) => a + b', '(sum, n) => sum + n') });
    const bad = await send('bad change  ', { path: 'src/pay.ts', before: null, after: 'export const stripeKey = "sk_live_51HxQ2aKb3c4D5e6F7g8H9i0Jk";\n' });
    console.log(`  Mission Control: ${url}/ (stopped at the end of the demo; run \`readycheck-monitor serve\` to keep one)`);
    return clean.verdict === 'clean' && bad.verdict === 'quarantined' ? `ran: clean change accepted, bad change quarantined demo-agent; dashboard was at ${url}/` : 'FAILED: unexpected verdicts';
  } finally {
    await service.stop();
  }
}

main().catch((err) => {
  console.error(`demo: ${err.message}`);
  process.exitCode = 2;
});
