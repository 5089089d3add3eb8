// Bench suite of @readycheck/evidence (see bench/README.md, "Contract").
//
//   npm run bench -- evidence            (or: node bench/run.mjs evidence --quick)
//
// Measured, on a generated corpus of ~100,000 lines (1,800 files: the goal), on the
// generated 1,000-file corpus (50 files with --quick) and on the real package's TypeScript sources
// (rxjs by default), each copied to a temp folder first (no repository .gitignore or config seen):
// - cold: a fresh `node` process imports @readycheck/evidence, runs scanEvidence once with the
//   default `workers: 'auto'` and writes the reports as evidence-scan does — wall time split into
//   import / scan / write, CPU time (user + sys, every thread), files/s, lines/s and peak RSS
//   (medians of 3 processes; 1 with --quick);
// - in-process tinybench tasks: a scan without cache, and a rerun with a warm --cache;
// - the cache speedup: median in-process scan / median warm-cache scan (goal: >= 5x), and the
//   same as whole processes (a cold process without cache against reruns with a warm cache).
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { scanEvidence } from '@readycheck/evidence';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * One scan in a fresh process, as `evidence-scan <root> --out <out> --workers <workers>` runs it.
 * Exported for bench/evidence-workers.bench.mjs.
 */
export function coldRun(repoRoot, root, { workers = 'auto', out, cacheFile } = {}) {
  const script = `
    const t0 = performance.now();
    const { scanEvidence, writeReports } = await import('@readycheck/evidence');
    const t1 = performance.now();
    const { report } = await scanEvidence({ root: ${JSON.stringify(root)}, workers: ${JSON.stringify(workers)}, timings: true, ...(${JSON.stringify(cacheFile ?? null)} ? { cacheFile: ${JSON.stringify(cacheFile ?? '')} } : {}) });
    const t2 = performance.now();
    if (${JSON.stringify(out ?? null)}) await writeReports(report, ${JSON.stringify(out ?? '')});
    const t3 = performance.now();
    const cpu = process.cpuUsage();
    console.log(JSON.stringify({ importMs: t1 - t0, scanMs: t2 - t1, writeMs: t3 - t2, cpuMs: (cpu.user + cpu.system) / 1000, files: report.summary.files, lines: report.summary.lines, features: report.features.length, workers: report.summary.timings.workers, maxRssMb: process.resourceUsage().maxRSS / 1024 }));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: repoRoot, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`cold run failed: ${r.stderr.trim().split('\n').slice(-3).join(' ')}`);
  const m = JSON.parse(r.stdout.trim().split('\n').pop());
  return { ...m, totalMs: m.importMs + m.scanMs + m.writeMs };
}

/** The corpus copied to a fresh temp folder (removed by the caller). */
export async function tempCopy(dir, prefix) {
  const tmp = await mkdtemp(path.join(os.tmpdir(), prefix));
  const copy = path.join(tmp, 'project');
  await cp(dir, copy, { recursive: true });
  return { tmp, dir: copy };
}

async function measure(label, sourceDir, repoRoot, runs, { cache = true } = {}) {
  const { tmp, dir: root } = await tempCopy(sourceDir, 'evidence-bench-');
  try {
    const colds = [];
    for (let i = 0; i < runs; i++) colds.push(coldRun(repoRoot, root, { out: path.join(tmp, `out-${i}`) }));
    const pick = (k) => median(colds.map((c) => c[k]));
    const { files, lines, features, workers } = colds[0];
    const scanMs = pick('scanMs');
    const totalMs = pick('totalMs');
    const rows = [
      {
        name: `evidence cold process: ${label}`,
        value: `${(totalMs / 1000).toFixed(2)} s wall (import ${Math.round(pick('importMs'))} + scan ${Math.round(scanMs)} + write ${Math.round(pick('writeMs'))} ms) · ${(pick('cpuMs') / 1000).toFixed(2)} s CPU · ${Math.round(pick('maxRssMb'))} MB peak RSS`,
        files,
        lines,
        features,
        workers,
        runs,
      },
      { name: `evidence files/s (cold scan): ${label}`, value: Math.round((files / scanMs) * 1000) },
      { name: `evidence lines/s (cold scan): ${label}`, value: Math.round((lines / scanMs) * 1000) },
      { name: `evidence lines/s (cold process, import and write included): ${label}`, value: Math.round((lines / totalMs) * 1000) },
    ];
    if (!cache) return rows;
    const cacheFile = path.join(tmp, 'cache.json');
    await scanEvidence({ root, cacheFile });
    const plain = [];
    const warm = [];
    for (let i = 0; i < runs; i++) {
      let t = performance.now();
      await scanEvidence({ root });
      plain.push(performance.now() - t);
      t = performance.now();
      await scanEvidence({ root, cacheFile });
      warm.push(performance.now() - t);
    }
    const speedup = median(plain) / median(warm);
    // The same as whole processes: a cold process without cache against reruns of a warm one.
    const processCache = path.join(tmp, 'process-cache.json');
    const out = path.join(tmp, 'out-cache');
    coldRun(repoRoot, root, { out, cacheFile: processCache });
    const warmProcs = [];
    for (let i = 0; i < runs; i++) warmProcs.push(coldRun(repoRoot, root, { out, cacheFile: processCache }));
    const warmTotal = median(warmProcs.map((c) => c.totalMs));
    rows.push(
      { name: `evidence --cache rerun, whole process: ${label}`, value: `${Math.round(warmTotal)} ms (cold ${Math.round(totalMs)} ms: ${(totalMs / warmTotal).toFixed(1)}x)` },
    );
    rows.push(
      { name: `evidence in-process scan ms (warm JIT, no cache): ${label}`, value: Math.round(median(plain)) },
      { name: `evidence --cache rerun ms: ${label}`, value: Math.round(median(warm)) },
      { name: `evidence --cache speedup: ${label}`, value: `${speedup.toFixed(1)}x` },
    );
    return rows;
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

/** @param {import('./lib/context.mjs').BenchContext} ctx */
export default async function evidenceBench({ bench, corpus, quick, realCorpus, generateCorpus, repoRoot, log }) {
  const runs = quick ? 1 : 3;
  const rows = [];
  const notes = [];
  if (!quick) {
    // The goal: 100,000 lines in under 3 s cold, under 1 GB peak.
    const big = await generateCorpus({ files: 1800 });
    log(`100k-line corpus: ${big.files} files, ${big.lines} lines`);
    rows.push(...(await measure(`generated ${big.lines} lines (${big.files} files)`, big.dir, repoRoot, runs, { cache: false })));
  }
  const generated = quick ? corpus : await generateCorpus({ files: 1000 });
  log(`generated corpus: ${generated.files} files, ${generated.lines} lines`);
  rows.push(...(await measure(`generated (${generated.files} files)`, generated.dir, repoRoot, runs)));
  bench.add(`scanEvidence: generated corpus (${generated.files} files)`, async () => {
    await scanEvidence({ root: generated.dir });
  });
  const real = await realCorpus();
  if (real) {
    rows.push(...(await measure(`${real.name}@${real.version} (${real.files} files)`, real.dir, repoRoot, runs)));
    bench.add(`scanEvidence: ${real.name}@${real.version} (${real.files} files)`, async () => {
      await scanEvidence({ root: real.dir });
    });
  } else notes.push('real corpus unavailable: only the generated corpora were measured');
  notes.push(
    'cold = a fresh node process: import + scanEvidence (workers: auto) + writeReports, as evidence-scan runs; CPU = user + sys of every thread',
    'goal: 100k lines in < 3 s cold, < 1 GB peak; --cache rerun >= 5x faster',
  );
  return { rows, notes };
}
