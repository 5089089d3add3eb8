#!/usr/bin/env node
// npm run demo: runs readycheck's main jobs on the bundled example and writes ./reports.
//   1. evidence-scan of the chat-bot fixture codebase      → reports/evidence/
//   2. quality-scan of the same codebase (JSON and SARIF)  → reports/quality/
//   3. smoke-run --category health against the bundled example service, which this script
//      starts on a free port and stops again                → reports/smoke/
// A step whose package or example is not there yet is reported as skipped, never faked.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
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

async function startService(server) {
  const child = spawn(process.execPath, [server, '--port', '0'], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
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

  console.log('\nreadycheck demo');
  for (const [step, outcome] of results) console.log(`  ${step.padEnd(14)} ${outcome}`);
  console.log(`  reports in ${rel('reports')}/`);
  if (results.some(([, o]) => o.startsWith('FAILED'))) process.exitCode = 1;
}

main().catch((err) => {
  console.error(`demo: ${err.message}`);
  process.exitCode = 2;
});
