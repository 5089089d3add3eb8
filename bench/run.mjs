#!/usr/bin/env node
// Runs the bench suites (bench/<package>*.bench.{mjs,ts}) and the peer comparison, prints one
// table per suite and writes bench/results/latest.json. See bench/README.md.
//
//   node bench/run.mjs [names…] [--quick] [--files N] [--seed S] [--runs N] [--real SPEC | --no-real]
//                      [--no-build] [--out FILE]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { BENCH_DIR, DEFAULT_REAL_PACKAGE } from './lib/corpus.mjs';
import { machineInfo, formatTable, formatMs, formatOps } from './lib/report.mjs';

const REPO_ROOT = path.resolve(BENCH_DIR, '..');
const USAGE = 'usage: node bench/run.mjs [names…] [--quick] [--files N] [--seed S] [--runs N] [--real SPEC | --no-real] [--no-peers] [--no-build] [--out FILE]';

export function parseArgs(argv) {
  const opts = { names: [], peers: true, quick: false, files: undefined, seed: 1, runs: undefined, real: DEFAULT_REAL_PACKAGE, build: true, out: path.join(BENCH_DIR, 'results', 'latest.json') };
  const num = (flag, v) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1) throw new Error(`${flag} expects a positive integer, got ${JSON.stringify(v)}`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} expects a value`);
      return v;
    };
    if (a === '--quick') opts.quick = true;
    else if (a === '--files') opts.files = num(a, value());
    else if (a === '--seed') opts.seed = num(a, value());
    else if (a === '--runs') opts.runs = num(a, value());
    else if (a === '--real') opts.real = value();
    else if (a === '--no-real') opts.real = false;
    else if (a === '--no-build') opts.build = false;
    else if (a === '--no-peers') opts.peers = false;
    else if (a === '--out') opts.out = value();
    else if (a === '--help' || a === '-h') opts.help = true;
    else if (a.startsWith('-')) throw new Error(`unknown option ${a}`);
    else opts.names.push(a);
  }
  opts.files ??= opts.quick ? 50 : 500;
  opts.runs ??= opts.quick ? 3 : 7;
  return opts;
}

/** `bench/<pkg>.bench.mjs` and `bench/<pkg>-<topic>.bench.ts` → package `pkg`, suite `<file stem>`. */
export function discoverSuites(dir = BENCH_DIR, packages = readdirSync(path.join(REPO_ROOT, 'packages'))) {
  // The package is the longest package name the suite is, or starts with followed by "-".
  const byLength = [...packages].sort((a, b) => b.length - a.length);
  const pkgOf = (suite) => byLength.find((p) => suite === p || suite.startsWith(`${p}-`)) ?? suite.split('-')[0];
  return readdirSync(dir)
    .filter((f) => /\.bench\.(mjs|js|ts|mts)$/.test(f))
    .sort()
    .map((f) => {
      const suite = f.replace(/\.bench\.(mjs|js|ts|mts)$/, '');
      return { file: path.join(dir, f), suite, pkg: pkgOf(suite) };
    });
}

/** Selects suites by package or suite name; `peers` selects the peer comparison. */
export function selectSuites(all, names) {
  if (names.length === 0) return { suites: all, peers: true };
  const known = new Set(['peers', ...all.map((s) => s.pkg), ...all.map((s) => s.suite)]);
  const unknown = names.filter((n) => !known.has(n));
  if (unknown.length) throw new Error(`no bench suite named ${unknown.join(', ')} (available: ${[...known].sort().join(', ')})`);
  return { suites: all.filter((s) => names.includes(s.pkg) || names.includes(s.suite)), peers: names.includes('peers') };
}

function ensureBuilt(build) {
  const pkgs = readdirSync(path.join(REPO_ROOT, 'packages'));
  const missing = pkgs.filter((p) => !existsSync(path.join(REPO_ROOT, 'packages', p, 'dist', 'index.js')));
  if (missing.length === 0) return;
  if (!build) throw new Error(`not built: ${missing.join(', ')} (run \`npm run build\` or drop --no-build)`);
  console.log(`building (dist/ missing for ${missing.join(', ')}) …`);
  execFileSync('npm', ['run', 'build'], { cwd: REPO_ROOT, stdio: 'inherit' });
}

async function loadSuite(file) {
  if (/\.(ts|mts)$/.test(file)) {
    const { createJiti } = await import('jiti');
    const jiti = createJiti(import.meta.url);
    return jiti.import(file, { default: true });
  }
  const mod = await import(pathToFileURL(file).href);
  return mod.default;
}

function taskRows(bench) {
  return bench.tasks.map((t) => {
    const r = t.result;
    if (r.state === 'errored') return { name: t.name, error: String(r.error?.message ?? r.error) };
    if (!('latency' in r)) return { name: t.name, error: `task ${r.state}` };
    return {
      name: t.name,
      opsPerSec: round(r.throughput.mean, 3),
      meanMs: round(r.latency.mean, 4),
      p50Ms: round(r.latency.p50, 4),
      p99Ms: round(r.latency.p99, 4),
      rme: round(r.latency.rme, 2),
      samples: r.latency.samplesCount ?? r.latency.samples?.length,
    };
  });
}

const round = (n, d) => (typeof n === 'number' && Number.isFinite(n) ? Math.round(n * 10 ** d) / 10 ** d : n);

function printSuiteTable(rows) {
  const timed = rows.filter((r) => 'meanMs' in r || 'error' in r);
  const extra = rows.filter((r) => !('meanMs' in r) && !('error' in r));
  if (timed.length) {
    console.log(
      formatTable(
        ['task', 'ops/s', 'mean', 'p99', '±%', 'samples'],
        timed.map((r) => (r.error ? [r.name, 'ERROR', r.error, '', '', ''] : [r.name, formatOps(r.opsPerSec), formatMs(r.meanMs), formatMs(r.p99Ms), r.rme?.toFixed(1) ?? '', String(r.samples ?? '')])),
      ),
    );
  }
  if (extra.length) {
    console.log(formatTable(['figure', 'value'], extra.map((r) => [r.name, Object.entries(r).filter(([k]) => k !== 'name').map(([k, v]) => (k === 'value' ? String(v) : `${k}=${v}`)).join(' ')])));
  }
}

function writeResults(out, data) {
  if (out === '-') return;
  let previous = {};
  if (existsSync(out)) {
    try {
      previous = JSON.parse(readFileSync(out, 'utf8'));
    } catch {
      // An unreadable previous result is simply replaced.
      previous = {};
    }
  }
  // A partial run (`npm run bench -- detectors`) replaces only the suites it ran.
  const merged = {
    ...data,
    suites: { ...(previous.suites ?? {}), ...data.suites },
    peers: data.peers ?? previous.peers ?? null,
  };
  const sorted = JSON.stringify(sortKeys(merged), null, 2);
  mkdirSync(path.dirname(out), { recursive: true });
  const tmp = `${out}.${process.pid}.tmp`;
  writeFileSync(tmp, `${sorted}\n`);
  renameSync(tmp, out);
  console.log(`\nresults written to ${path.relative(process.cwd(), out) || out}`);
}

function sortKeys(v) {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object') return Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortKeys(v[k])]));
  return v;
}

export async function main(argv) {
  let opts;
  try {
    opts = parseArgs(argv);
  } catch (err) {
    console.error(`bench: ${err.message}\n${USAGE}`);
    return 2;
  }
  if (opts.help) {
    console.log(USAGE);
    return 0;
  }
  let selection;
  try {
    selection = selectSuites(discoverSuites(), opts.names);
    if (!opts.peers) selection.peers = false;
    ensureBuilt(opts.build);
  } catch (err) {
    console.error(`bench: ${err.message}`);
    return 2;
  }
  const { createRunCorpora, createContext } = await import('./lib/context.mjs');
  const log = (m) => console.log(`  ${m}`);
  const corpora = await createRunCorpora({ files: opts.files, seed: opts.seed, quick: opts.quick, real: opts.real, repoRoot: REPO_ROOT, log });
  const machine = machineInfo();
  console.log(`readycheck bench — ${machine.cpu} (${machine.cores} cores), ${machine.memoryGb} GB, ${machine.os}, Node ${machine.node}`);
  console.log(`generated corpus: ${corpora.corpus.files} files, ${(corpora.corpus.bytes / 1024).toFixed(0)} KB, ${corpora.corpus.lines} lines (seed ${opts.seed})${opts.quick ? ' — quick mode' : ''}`);

  const results = { machine, options: { quick: opts.quick, files: opts.files, seed: opts.seed, runs: opts.runs, real: opts.real || null }, corpora: { generated: summary(corpora.corpus) }, suites: {} };
  let failed = 0;
  for (const s of selection.suites) {
    console.log(`\n## ${s.suite} (${path.relative(REPO_ROOT, s.file)})`);
    const notes = [];
    try {
      const fn = await loadSuite(s.file);
      if (typeof fn !== 'function') throw new Error('the file has no default-exported function (see bench/README.md)');
      const ctx = createContext({ name: s.suite, corpora, quick: opts.quick, repoRoot: REPO_ROOT, log });
      const returned = (await fn(ctx)) ?? {};
      if (ctx.bench.tasks.length) await ctx.bench.run();
      const rows = [...taskRows(ctx.bench), ...(returned.rows ?? [])];
      notes.push(...(returned.notes ?? []));
      printSuiteTable(rows);
      for (const n of notes) console.log(`  note: ${n}`);
      if (rows.some((r) => r.error)) failed++;
      results.suites[s.suite] = { file: path.relative(REPO_ROOT, s.file), rows, notes };
    } catch (err) {
      failed++;
      console.error(`  FAILED: ${err?.stack ?? err}`);
      results.suites[s.suite] = { file: path.relative(REPO_ROOT, s.file), error: String(err?.message ?? err), rows: [], notes };
    }
  }
  if (selection.peers) {
    console.log('\n## peers (bench/peers.mjs)');
    try {
      const { runPeers } = await import('./peers.mjs');
      results.peers = await runPeers({ corpora, quick: opts.quick, runs: opts.runs, repoRoot: REPO_ROOT, log });
    } catch (err) {
      failed++;
      console.error(`  FAILED: ${err?.stack ?? err}`);
      results.peers = { error: String(err?.message ?? err) };
    }
  }
  const real = await corporaReal(corpora);
  if (real) results.corpora.real = summary(real);
  else if (corpora.realError()) results.corpora.real = { unavailable: corpora.realError() };
  writeResults(opts.out, results);
  return failed ? 1 : 0;
}

// Records the real corpus only when a suite or the peers asked for it (no download otherwise).
async function corporaReal(corpora) {
  return corpora.realError() === undefined && corpora.realRequested() ? corpora.realCorpus() : null;
}

function summary(c) {
  const { tsFiles: _tsFiles, planted: _planted, ...rest } = c;
  return { ...rest, dir: path.relative(REPO_ROOT, rest.dir) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      console.error(`bench: ${err?.stack ?? err}`);
      process.exitCode = 2;
    },
  );
}
