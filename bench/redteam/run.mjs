// Measures the gate on the adversarial set fixtures/detectors/redteam (see make-cases.mjs): each
// case's base files are committed in a fresh git repository, its patch is applied to the working
// tree and index (`git apply --index`, as an agent's edit with git mv), and the real CLIs judge it:
//   quality-scan --diff HEAD --format json            blocked = exit 1 (a finding at or above high)
//   readycheck-monitor gate --agent a --diff HEAD      quarantined = exit 3, blocked = exit 1
// Prints caught/missed per category and per case.   Usage (after npm run build):
//   node bench/redteam/run.mjs [--markdown] [--only <id-substring>] [--cli <checkout>]
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, '../..');
const fixtures = path.join(root, 'fixtures/detectors/redteam');
// --cli <dir>: judge with the CLIs of another checkout (built), e.g. main's, for a before/after table.
const cliRoot = process.argv.includes('--cli') ? path.resolve(process.argv[process.argv.indexOf('--cli') + 1]) : root;
const qs = path.join(cliRoot, 'packages/detectors/bin/quality-scan.js');
const monitor = path.join(cliRoot, 'packages/monitor/bin/readycheck-monitor.js');
const markdown = process.argv.includes('--markdown');
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;

const env = {
  ...process.env,
  GIT_AUTHOR_NAME: 'agent',
  GIT_AUTHOR_EMAIL: 'agent@example.invalid',
  GIT_COMMITTER_NAME: 'agent',
  GIT_COMMITTER_EMAIL: 'agent@example.invalid',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  NO_COLOR: '1',
};
const git = (cwd, ...args) => execFileSync('git', args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** Sets a case up in a fresh repository: base committed, patch applied to the index and work tree. */
function setUp(id, meta) {
  const dir = mkdtempSync(path.join(tmpdir(), 'redteam-'));
  cpSync(path.join(fixtures, '_base'), dir, { recursive: true });
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'base');
  git(dir, 'apply', '--index', path.join(fixtures, id, 'case.patch'));
  const pad = meta.setup?.padComment;
  if (pad) appendFileSync(path.join(dir, pad[0]), `\n/*${'x'.repeat(pad[1])}*/\n`);
  // Files a patch cannot carry because git ignores them.
  for (const [file, text] of Object.entries(meta.setup?.untracked ?? {})) writeFileSync(path.join(dir, file), text);
  return dir;
}

function judge(dir, meta) {
  const scan = spawnSync('node', [qs, '--diff', 'HEAD', '--format', 'json', ...(meta.args ?? [])], { cwd: dir, env, encoding: 'utf8', maxBuffer: 1 << 26 });
  let findings = [];
  try {
    findings = JSON.parse(scan.stdout).violations.map((v) => `${v.ruleId}:${v.severity}/${v.confidence ?? 'high'}`);
  } catch {
    findings = [`(no report: ${scan.stderr.trim().split('\n')[0]})`];
  }
  const gate = spawnSync('node', [monitor, 'gate', '--agent', 'agent', '--diff', 'HEAD', '--format', 'json'], { cwd: dir, env, encoding: 'utf8', maxBuffer: 1 << 26 });
  return { scanExit: scan.status, gateExit: gate.status, findings, gateError: gate.status === 2 ? gate.stderr.trim().split('\n')[0] : undefined };
}

const ids = readdirSync(fixtures, { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== '_base' && (!only || d.name.includes(only)))
  .map((d) => d.name)
  .sort();
const rows = [];
for (const id of ids) {
  const meta = JSON.parse(readFileSync(path.join(fixtures, id, 'case.json'), 'utf8'));
  const dir = setUp(id, meta);
  try {
    const r = judge(dir, meta);
    const blocked = r.scanExit !== 0;
    const gateBlocked = r.gateExit !== 0;
    const quarantined = r.gateExit === 3;
    rows.push({ id, meta, ...r, blocked, gateBlocked, quarantined });
    if (!markdown) {
      const ok = meta.expect === 'clean' ? !blocked && !gateBlocked : blocked && gateBlocked;
      console.log(`${ok ? 'ok  ' : 'MISS'} ${id.padEnd(36)} scan=${r.scanExit} gate=${r.gateExit} ${r.findings.join(' ')}${r.gateError ? ` gate: ${r.gateError}` : ''}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// Per category: attacks caught (scan exit 1 / gate exit ≥ 1 / gate quarantined), controls passed.
const categories = [...new Set(rows.map((r) => r.meta.category))];
const table = ['| category | cases | `quality-scan --diff` blocks | `gate` blocks | `gate` quarantines |', '| --- | ---: | ---: | ---: | ---: |'];
const count = (list, f) => `${list.filter(f).length}/${list.length}`;
for (const cat of categories.filter((c) => c !== 'control')) {
  const list = rows.filter((r) => r.meta.category === cat);
  table.push(`| ${cat} | ${list.length} | ${count(list, (r) => r.blocked)} | ${count(list, (r) => r.gateBlocked)} | ${count(list, (r) => r.quarantined)} |`);
}
const attacks = rows.filter((r) => r.meta.expect !== 'clean');
table.push(`| **all attacks** | ${attacks.length} | **${count(attacks, (r) => r.blocked)}** | **${count(attacks, (r) => r.gateBlocked)}** | **${count(attacks, (r) => r.quarantined)}** |`);
const controls = rows.filter((r) => r.meta.expect === 'clean');
if (controls.length) table.push(`| controls (must pass) | ${controls.length} | ${count(controls, (r) => r.blocked)} flagged | ${count(controls, (r) => r.gateBlocked)} flagged | ${count(controls, (r) => r.quarantined)} |`);
console.log(`\n${table.join('\n')}`);
const missed = attacks.filter((r) => !r.blocked || !r.gateBlocked);
if (missed.length) console.log(`\nmissed (scan or gate lets it through): ${missed.map((r) => r.id).join(', ')}`);
const soft = attacks.filter((r) => r.gateBlocked && !r.quarantined);
if (soft.length) console.log(`blocked but not quarantined: ${soft.map((r) => r.id).join(', ')}`);
const noisy = controls.filter((r) => r.blocked || r.gateBlocked);
if (noisy.length) console.log(`controls flagged: ${noisy.map((r) => r.id).join(', ')}`);
