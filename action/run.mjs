#!/usr/bin/env node
// The readycheck GitHub Action's one step (action.yml). Runs the project's own installed bins
// (node_modules/.bin), so the versions are the ones in its lockfile:
//   1. quality-scan --diff <base>: SARIF to a file (uploaded by the next step), workflow
//      annotations on stdout, a table in the job summary
//   2. smoke-run <smoke-args> with the github reporter (annotations + job summary), if asked
//   3. coverage-gate <coverage-gate-args> --markdown into the job summary, if asked
// Every step runs even when an earlier one failed; the step fails if any did. Outputs go to
// $GITHUB_OUTPUT. Reads only INPUT_* and GITHUB_* variables.
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const env = process.env;
const cwd = process.cwd();
const input = (name, fallback = '') => (env[`INPUT_${name}`] ?? '').trim() || fallback;
const bin = (name) => {
  const local = path.join(cwd, 'node_modules', '.bin', name);
  if (!existsSync(local)) {
    console.log(`::error title=readycheck::${name} is not installed in ${cwd}: add the readycheck packages as devDependencies and run npm ci before this action`);
    return null;
  }
  return local;
};
const output = (key, value) => {
  if (env.GITHUB_OUTPUT) appendFileSync(env.GITHUB_OUTPUT, `${key}=${value}\n`);
};
const summary = (markdown) => {
  if (env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, markdown.endsWith('\n') ? markdown : `${markdown}\n`);
};
// Arguments are split like a shell would for simple words and quotes, never evaluated.
const splitArgs = (s) => [...s.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]);
const run = (file, args) => spawnSync(file, args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 256 * 1024 * 1024 });

let failed = false;

function qualityScan() {
  const qs = bin('quality-scan');
  if (!qs) return 2;
  const base = input('DIFF_BASE', env.GITHUB_BASE_REF ? `origin/${env.GITHUB_BASE_REF}` : 'HEAD~1');
  const threshold = input('SEVERITY_THRESHOLD', 'high');
  const sarif = input('SARIF_FILE', 'readycheck-quality.sarif');
  const common = ['--diff', base, '--severity-threshold', threshold];
  const json = path.join(os.tmpdir(), `readycheck-action-${process.pid}.json`);
  // One scan for the record (JSON), then SARIF and annotations from the same change.
  const scans = [
    run(qs, [...common, '--format', 'json', '--output', json]),
    run(qs, [...common, '--format', 'sarif', '--output', sarif]),
    run(qs, [...common, '--format', 'github']),
  ];
  process.stdout.write(scans[2].stdout ?? '');
  const code = scans[0].status ?? 2;
  output('sarif-file', existsSync(path.join(cwd, sarif)) ? sarif : '');
  output('quality-exit-code', code);
  let table = `### readycheck quality-scan\n\nChange judged against \`${base}\`: `;
  try {
    const report = JSON.parse(readFileSync(json, 'utf8'));
    const s = report.summary;
    table += `${s.violations} new finding${s.violations === 1 ? '' : 's'} in ${s.files} file${s.files === 1 ? '' : 's'}.\n\n| severity | findings |\n| --- | --- |\n`;
    for (const sev of ['critical', 'high', 'medium', 'low']) table += `| ${sev} | ${s.bySeverity[sev]} |\n`;
    const top = report.violations.filter((v) => !v.suppression).slice(0, 20);
    if (top.length) {
      table += `\n| file | line | rule | severity | message |\n| --- | --- | --- | --- | --- |\n`;
      const cell = (t) => String(t).replace(/[|\r\n]/g, ' ').replace(/</g, '&lt;');
      for (const v of top) table += `| ${cell(v.file)} | ${v.line} | ${v.ruleId} | ${v.severity} | ${cell(v.message)} |\n`;
    }
  } catch {
    table += `no report (quality-scan exited ${code}).\n`; // its own error is on stderr above
  } finally {
    rmSync(json, { force: true });
  }
  summary(table);
  return code;
}

if (input('QUALITY_SCAN', 'true') === 'true') {
  const code = qualityScan();
  if (code !== 0) failed = true;
}

const smokeArgs = input('SMOKE_ARGS');
if (smokeArgs) {
  const smoke = bin('smoke-run');
  const r = smoke ? run(smoke, [...splitArgs(smokeArgs), '--reporter', 'github,json']) : { status: 2, stdout: '' };
  process.stdout.write(r.stdout ?? '');
  output('smoke-exit-code', r.status ?? 2);
  if (r.status !== 0) failed = true;
}

const gateArgs = input('COVERAGE_GATE_ARGS');
if (gateArgs) {
  const gate = bin('coverage-gate');
  // coverage-gate writes its markdown file whole; it is appended to the summary after the others.
  const md = path.join(os.tmpdir(), `readycheck-action-${process.pid}.md`);
  const r = gate ? run(gate, [...splitArgs(gateArgs), '--markdown', md]) : { status: 2, stdout: '' };
  process.stdout.write(r.stdout ?? '');
  if (existsSync(md)) {
    summary(readFileSync(md, 'utf8'));
    rmSync(md, { force: true });
  }
  output('coverage-exit-code', r.status ?? 2);
  if (r.status !== 0) failed = true;
}

process.exitCode = failed ? 1 : 0;
