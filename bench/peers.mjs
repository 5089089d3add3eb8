// Side-by-side: readycheck's bins against peers, as whole processes, on the same corpora.
//
// - quality-scan (only the ten detectors that have a peer rule) vs ESLint 9 + typescript-eslint's
//   parser (the ten equivalent rules, no type information) vs oxlint (the same ten rules) vs Biome
//   (its nine closest rules), with the parse-and-walk floor (peers/floor.mjs: TypeScript's
//   createSourceFile and one visit of every node, nothing else) as a row of its own;
// - evidence-scan vs knip (both analyse a whole project);
// on the generated corpus, the real npm package, and every application in ../shared/corpora.
//
// Each tool runs once as a warm-up, then `runs` times, interleaved round-robin so drift on a
// shared machine hits every tool alike. Reported: median / min / max wall time, peak RSS (from
// /usr/bin/time when present), findings per rule, and the ratio readycheck / peer (< 1: readycheck
// is faster). Peers come from bench/package.json, installed on demand with `npm ci --prefix bench`.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BENCH_DIR } from './lib/corpus.mjs';
import { formatMs, formatTable, median } from './lib/report.mjs';
import { RULES, WARNING_TERMS } from './peers/rules.mjs';

const REPO_ROOT = path.resolve(BENCH_DIR, '..');
const NM = path.join(BENCH_DIR, 'node_modules');
const PEER_BINS = {
  eslint: path.join(NM, 'eslint', 'bin', 'eslint.js'),
  oxlint: path.join(NM, 'oxlint', 'bin', 'oxlint'),
  knip: path.join(NM, 'knip', 'bin', 'knip.js'),
  biome: path.join(NM, '@biomejs', 'biome', 'bin', 'biome'),
};
// ../shared/corpora beside the checkout, or beside its parent (a worktree under wt/), or
// READYCHECK_CORPORA.
const SHARED_CORPORA = [process.env.READYCHECK_CORPORA, path.resolve(REPO_ROOT, '..', 'shared', 'corpora'), path.resolve(REPO_ROOT, '..', '..', 'shared', 'corpora')]
  .filter(Boolean)
  .find((dir) => existsSync(dir)) ?? path.resolve(REPO_ROOT, '..', 'shared', 'corpora');
const RC_BINS = {
  qualityScan: path.join(REPO_ROOT, 'packages', 'detectors', 'bin', 'quality-scan.js'),
  evidenceScan: path.join(REPO_ROOT, 'packages', 'evidence', 'bin', 'evidence-scan.js'),
};
const TIME = '/usr/bin/time';

/** Installs bench/'s own dependencies (the peers) when they are missing. */
export function ensurePeersInstalled(log = console.log) {
  if (Object.values(PEER_BINS).every((b) => existsSync(b))) return;
  log('installing the peers (npm ci --prefix bench) …');
  execFileSync('npm', ['ci', '--prefix', BENCH_DIR, '--no-audit', '--no-fund'], { stdio: 'inherit' });
}

function peerVersion(name) {
  try {
    return JSON.parse(readFileSync(path.join(NM, name, 'package.json'), 'utf8')).version;
  } catch {
    // Not installed: the version is simply unknown.
    return 'not installed';
  }
}

/** Runs one process, returns wall time (ms), exit code, output and peak RSS (KB, or null). */
export function timeProcess(cmd, args, cwd) {
  const useTime = existsSync(TIME);
  const rssFile = useTime ? path.join(os.tmpdir(), `rc-bench-rss-${process.pid}-${Math.random().toString(36).slice(2)}`) : null;
  const argv = useTime ? ['-f', '%M %U %S', '-o', rssFile, cmd, ...args] : args;
  const bin = useTime ? TIME : cmd;
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(bin, argv, { cwd, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    child.on('close', (code) => {
      const ms = performance.now() - started;
      let maxRssKb = null;
      let cpuMs = null;
      if (rssFile) {
        try {
          const [rss, user, sys] = (readFileSync(rssFile, 'utf8').trim().split('\n').pop() ?? '').split(' ').map(Number);
          maxRssKb = rss || null;
          cpuMs = Number.isFinite(user) && Number.isFinite(sys) ? (user + sys) * 1000 : null;
          rmSync(rssFile, { force: true });
        } catch {
          // /usr/bin/time wrote nothing (the command could not start): RSS unknown.
          maxRssKb = null;
        }
      }
      resolve({ ms, cpuMs, code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), maxRssKb });
    });
  });
}

const parseJsonOut = (text) => {
  const start = text.indexOf(text.trimStart().startsWith('[') ? '[' : '{');
  return JSON.parse(text.slice(start));
};

/** Findings per rule (keyed by ESLint rule name) from each linter's JSON output. */
const LINT_PARSERS = {
  readycheck: (stdout) => {
    const report = parseJsonOut(stdout);
    const byId = new Map(RULES.map((r) => [r.readycheck, r.eslint]));
    const counts = {};
    for (const v of report.violations ?? []) {
      const key = byId.get(v.ruleId) ?? v.ruleId;
      counts[key] = (counts[key] ?? 0) + 1;
    }
    return counts;
  },
  eslint: (stdout) => {
    const counts = {};
    for (const f of parseJsonOut(stdout)) for (const m of f.messages) counts[m.ruleId ?? 'parse-error'] = (counts[m.ruleId ?? 'parse-error'] ?? 0) + 1;
    return counts;
  },
  biome: (stdout) => {
    const byCategory = new Map(RULES.filter((r) => r.biome).map((r) => [r.biome, r.eslint]));
    const counts = {};
    for (const d of parseJsonOut(stdout).diagnostics ?? []) {
      if (!String(d.category ?? '').startsWith('lint/') && d.category !== 'parse') continue;
      const key = byCategory.get(d.category) ?? d.category;
      counts[key] = (counts[key] ?? 0) + 1;
    }
    return counts;
  },
  floor: (stdout) => ({ files: parseJsonOut(stdout).files }),
  oxlint: (stdout) => {
    const byCode = new Map(RULES.map((r) => [r.oxlintCode, r.eslint]));
    const counts = {};
    for (const d of parseJsonOut(stdout).diagnostics ?? []) {
      const key = byCode.get(d.code) ?? d.code ?? 'parse-error';
      counts[key] = (counts[key] ?? 0) + 1;
    }
    return counts;
  },
};

const PROJECT_PARSERS = {
  knip: (stdout) => {
    const data = parseJsonOut(stdout);
    const counts = {};
    for (const issue of data.issues ?? []) {
      for (const [type, list] of Object.entries(issue)) {
        if (!Array.isArray(list) || list.length === 0) continue;
        const n = Array.isArray(list) ? list.length : Object.keys(list).length;
        counts[type] = (counts[type] ?? 0) + n;
      }
    }
    return counts;
  },
  evidence: (stdout) => {
    const data = parseJsonOut(stdout);
    const counts = {};
    const features = Array.isArray(data.features) ? data.features : [];
    counts.features = features.length;
    for (const f of features) {
      const s = f.status ?? f.classification?.status;
      if (s) counts[`status ${s}`] = (counts[`status ${s}`] ?? 0) + 1;
    }
    return counts;
  },
};

/** Picks evidence-scan's JSON flag from its --help (its CLI may still be evolving). */
async function evidenceArgs() {
  const help = await timeProcess(process.execPath, [RC_BINS.evidenceScan, '--help'], REPO_ROOT);
  if (help.code !== 0) return { error: `evidence-scan --help exited ${help.code}: ${(help.stderr || help.stdout).trim().split('\n')[0]}` };
  const text = help.stdout;
  if (/--format\b/.test(text) && /\bjson\b/.test(text)) return { args: ['.', '--format', 'json'] };
  if (/--json\b/.test(text)) return { args: ['.', '--json'] };
  return { error: 'evidence-scan --help shows no JSON output option' };
}

/** The tools of one comparison, each a whole process run in the corpus directory. */
export async function toolsFor(target = 'src') {
  const node = process.execPath;
  const lint = [
    {
      id: 'readycheck quality-scan',
      short: 'readycheck',
      readycheck: true,
      cmd: node,
      args: [RC_BINS.qualityScan, target, '--format', 'json', '--rule', RULES.map((r) => r.readycheck).join(','), '--no-gitignore', '--severity-threshold', 'critical'],
      parse: LINT_PARSERS.readycheck,
    },
    {
      id: `ESLint ${peerVersion('eslint')} + typescript-eslint ${peerVersion('typescript-eslint')} parser`,
      short: 'ESLint',
      cmd: node,
      args: [PEER_BINS.eslint, '-c', path.join(BENCH_DIR, 'peers', 'eslint.config.mjs'), '--no-inline-config', '--format', 'json', target],
      parse: LINT_PARSERS.eslint,
    },
    {
      id: `oxlint ${peerVersion('oxlint')}`,
      short: 'oxlint',
      cmd: node,
      args: [PEER_BINS.oxlint, '-c', path.join(BENCH_DIR, 'peers', 'oxlintrc.json'), '--format', 'json', target],
      parse: LINT_PARSERS.oxlint,
    },
    {
      id: `Biome ${peerVersion('@biomejs/biome')}`,
      short: 'Biome',
      cmd: PEER_BINS.biome,
      args: ['lint', `--config-path=${path.join(BENCH_DIR, 'peers', 'biome.json')}`, '--reporter=json', '--max-diagnostics=none', '--diagnostic-level=error', target],
      parse: LINT_PARSERS.biome,
    },
    {
      id: 'parse-and-walk floor (TypeScript createSourceFile + one visit per node)',
      short: 'floor',
      floor: true,
      cmd: node,
      args: [path.join(BENCH_DIR, 'peers', 'floor.mjs'), target],
      parse: LINT_PARSERS.floor,
    },
  ];
  const ev = await evidenceArgs();
  const project = [
    { id: 'readycheck evidence-scan', short: 'readycheck', readycheck: true, cmd: node, args: ev.args ? [RC_BINS.evidenceScan, ...ev.args] : null, unavailable: ev.error, parse: PROJECT_PARSERS.evidence },
    { id: `knip ${peerVersion('knip')}`, short: 'knip', cmd: node, args: [PEER_BINS.knip, '--reporter', 'json', '--no-progress', '--no-exit-code'], parse: PROJECT_PARSERS.knip },
  ];
  return { lint, project };
}

async function measure(tools, cwd, runs, log) {
  const results = new Map(tools.map((t) => [t.id, { tool: t, times: [], cpu: [], rss: [], error: t.unavailable ?? (t.args ? null : 'not runnable'), last: null }]));
  // Warm-up: one run each (file cache, JIT of the CLIs' module graphs), not recorded.
  for (const t of tools) {
    const r = results.get(t.id);
    if (r.error) continue;
    const w = await timeProcess(t.cmd, t.args, cwd);
    if (w.code !== 0 && w.code !== 1) r.error = `exited ${w.code}: ${(w.stderr || w.stdout).trim().split('\n').slice(-1)[0]?.slice(0, 200) ?? ''}`;
  }
  for (let i = 0; i < runs; i++) {
    for (const t of tools) {
      const r = results.get(t.id);
      if (r.error) continue;
      const m = await timeProcess(t.cmd, t.args, cwd);
      if (m.code !== 0 && m.code !== 1) {
        r.error = `exited ${m.code} on run ${i + 1}: ${(m.stderr || m.stdout).trim().split('\n').slice(-1)[0]?.slice(0, 200) ?? ''}`;
        continue;
      }
      r.times.push(m.ms);
      if (m.cpuMs !== null) r.cpu.push(m.cpuMs);
      if (m.maxRssKb) r.rss.push(m.maxRssKb);
      r.last = m;
    }
  }
  const rows = [];
  for (const r of results.values()) {
    let findings = null;
    if (r.last) {
      try {
        findings = r.tool.parse(r.last.stdout);
      } catch (err) {
        r.error = `output is not the expected JSON: ${String(err.message).slice(0, 120)}`;
      }
    }
    if (r.error) log(`${r.tool.id}: not measured (${r.error})`);
    rows.push({
      tool: r.tool.id,
      short: r.tool.short,
      readycheck: Boolean(r.tool.readycheck),
      command: r.tool.args ? [path.basename(r.tool.cmd), ...r.tool.args.map((a) => (a.startsWith(REPO_ROOT) ? path.relative(REPO_ROOT, a) : a))].join(' ') : null,
      runs: r.times.length,
      medianMs: r.times.length ? Math.round(median(r.times) * 10) / 10 : null,
      minMs: r.times.length ? Math.round(Math.min(...r.times) * 10) / 10 : null,
      maxMs: r.times.length ? Math.round(Math.max(...r.times) * 10) / 10 : null,
      cpuMedianMs: r.cpu.length ? Math.round(median(r.cpu)) : null,
      peakRssMb: r.rss.length ? Math.round(Math.max(...r.rss) / 102.4) / 10 : null,
      findings: r.error ? null : findings,
      findingsTotal: r.error || !findings ? null : Object.values(findings).reduce((a, b) => a + b, 0),
      error: r.error,
    });
  }
  const rc = rows.find((r) => r.readycheck);
  for (const row of rows) {
    if (row.readycheck) continue;
    row.ratio = rc?.medianMs && row.medianMs ? Math.round((rc.medianMs / row.medianMs) * 100) / 100 : null;
    row.cpuRatio = rc?.cpuMedianMs && row.cpuMedianMs ? Math.round((rc.cpuMedianMs / row.cpuMedianMs) * 100) / 100 : null;
  }
  return rows;
}

function printTimes(rows) {
  console.log(
    formatTable(
      ['tool', 'median', 'min', 'max', 'runs', 'CPU (median)', 'peak RSS', 'findings', 'readycheck/peer (wall)', '(CPU)'],
      rows.map((r) =>
        r.error
          ? [r.tool, 'not measured', '', '', '', '', '', '', '', '']
          : [
              r.tool,
              formatMs(r.medianMs),
              formatMs(r.minMs),
              formatMs(r.maxMs),
              String(r.runs),
              formatMs(r.cpuMedianMs),
              r.peakRssMb ? `${r.peakRssMb} MB` : '',
              String(r.findingsTotal ?? ''),
              r.ratio === undefined ? '—' : r.ratio === null ? '' : `${r.ratio.toFixed(2)}×`,
              r.cpuRatio === undefined ? '—' : r.cpuRatio === null ? '' : `${r.cpuRatio.toFixed(2)}×`,
            ],
      ),
    ),
  );
  for (const r of rows) if (r.error) console.log(`  ${r.tool}: ${r.error}`);
}

function printLintFindings(rows, planted) {
  const header = ['rule (ESLint name)', ...(planted ? ['planted'] : []), ...rows.map((r) => r.short)];
  const keys = new Set(RULES.map((r) => r.eslint));
  for (const r of rows) for (const k of Object.keys(r.findings ?? {})) keys.add(k);
  const body = [...keys].map((k) => {
    const rule = RULES.find((r) => r.eslint === k);
    return [k, ...(planted ? [String(rule ? (planted[rule.planted] ?? 0) : '')] : []), ...rows.map((r) => (r.findings ? String(r.findings[k] ?? 0) : '—'))];
  });
  console.log(formatTable(header, body));
}

function printProjectFindings(rows) {
  for (const r of rows) {
    if (!r.findings) continue;
    const parts = Object.entries(r.findings)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, v]) => `${k} ${v}`);
    console.log(`  ${r.short}: ${parts.join(', ') || 'nothing reported'}`);
  }
}

/** The real applications in ../shared/corpora (when that folder exists), one corpus each. */
// The corpora come without node_modules, and knip's vite, vitest, cypress and prettier plugins
// import their config files (vite.config.ts imports 'vite'…): knip then stops with exit 2 ("Error
// loading vitest.config.ts … Please fix or visit known-issues") on all three apps. `config: []`
// keeps those plugins on (their default entries, test files included) without loading the file;
// the corpus's own knip.json (vibesdk has one) is kept and only these four keys are added.
const KNIP_CONFIG_LOADING_PLUGINS = ['vite', 'vitest', 'cypress', 'prettier'];
function knipLoadsNoConfigFiles(dir) {
  const own = ['knip.json', '.knip.json'].map((f) => path.join(dir, f)).find((f) => existsSync(f));
  const config = own ? JSON.parse(readFileSync(own, 'utf8')) : {};
  for (const plugin of KNIP_CONFIG_LOADING_PLUGINS) {
    const current = config[plugin];
    config[plugin] = { ...(current && typeof current === 'object' ? current : {}), config: [] };
  }
  writeFileSync(own ?? path.join(dir, 'knip.json'), `${JSON.stringify(config, null, 2)}\n`);
}

function sharedCorpora() {
  if (!existsSync(SHARED_CORPORA)) return [];
  const out = [];
  for (const e of readdirSync(SHARED_CORPORA, { withFileTypes: true })) {
    if (!e.isDirectory()) continue;
    const dir = path.join(SHARED_CORPORA, e.name);
    let files = 0;
    let lines = 0;
    let bytes = 0;
    const walk = (d) => {
      for (const f of readdirSync(d, { withFileTypes: true })) {
        if (f.name === 'node_modules' || f.name.startsWith('.')) continue;
        const p = path.join(d, f.name);
        if (f.isDirectory()) walk(p);
        else if (/\.(?:[cm]?[jt]sx?)$/.test(f.name) && !/\.d\.[cm]?ts$/.test(f.name)) {
          const text = readFileSync(p, 'utf8');
          files++;
          bytes += text.length;
          lines += text.split('\n').length;
        }
      }
    };
    walk(dir);
    out.push({ kind: 'app', name: e.name, version: 'shared', dir, files, lines, bytes });
  }
  return out.sort((a, b) => (a.name < b.name ? -1 : 1));
}

/**
 * Runs the comparison on the generated corpus, the real npm package (when available) and the
 * applications in ../shared/corpora (when present).
 *
 * @param {{ corpora: Awaited<ReturnType<import('./lib/context.mjs').createRunCorpora>>, quick: boolean, runs: number, log: (m: string) => void }} options
 */
export async function runPeers({ corpora, runs, log }) {
  ensurePeersInstalled(log);
  const list = [corpora.corpus];
  const real = await corpora.realCorpus();
  if (real) list.push(real);
  list.push(...sharedCorpora());
  const out = { method: `whole processes; 1 warm-up + ${runs} runs each, interleaved; median wall time and median CPU time (user+sys, /usr/bin/time); ratio = readycheck median / peer median (< 1: readycheck faster)`, warningTerms: WARNING_TERMS, corpora: [] };
  for (const corpus of list) {
    // Run on a copy outside the repository, so no tool sees readycheck's .gitignore or configs.
    const work = mkdtempSync(path.join(os.tmpdir(), 'rc-bench-peers-'));
    try {
      cpSync(corpus.dir, work, { recursive: true });
      // Applications are scanned whole; the generated corpus and npm packages keep code in src/.
      const tools = await toolsFor(corpus.kind === 'app' ? '.' : 'src');
      const label = corpus.kind === 'app'
        ? `${corpus.name} (../shared/corpora, ${corpus.files} source files, ${corpus.lines} lines)`
        : corpus.kind === 'generated' ? `generated corpus (seed ${corpus.seed}, ${corpus.files} files, ${(corpus.bytes / 1024).toFixed(0)} KB, ${corpus.lines} lines)` : `${corpus.name}@${corpus.version} sources (${corpus.files} files, ${(corpus.bytes / 1024).toFixed(0)} KB, ${corpus.lines} lines)`;
      console.log(`\n### lint: ${label}`);
      const lint = await measure(tools.lint, work, runs, log);
      printTimes(lint);
      console.log('');
      printLintFindings(lint, corpus.kind === 'generated' ? corpus.plantedByKind : null);
      if (corpus.kind === 'app') knipLoadsNoConfigFiles(work);
      console.log(`\n### project analysis: ${label}`);
      const project = await measure(tools.project, work, runs, log);
      printTimes(project);
      printProjectFindings(project);
      out.corpora.push({ corpus: corpus.kind === 'generated' ? `generated-${corpus.seed}-${corpus.files}` : corpus.kind === 'app' ? corpus.name : `${corpus.name}@${corpus.version}`, files: corpus.files, bytes: corpus.bytes, lines: corpus.lines, lint, project, ...(corpus.kind === 'generated' ? { planted: corpus.plantedByKind } : {}) });
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
  return out;
}
