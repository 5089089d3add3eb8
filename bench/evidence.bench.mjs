// Bench suite of @readycheck/evidence (see bench/README.md, "Contract").
//
//   npm run bench -- evidence            (or: node bench/run.mjs evidence --quick)
//
// Measured, on the generated 1,000-file corpus (50 with --quick) and on the real package's
// TypeScript sources (rxjs by default):
// - cold: a fresh `node` process imports @readycheck/evidence and runs scanEvidence once —
//   files/s, lines/s, wall time and peak RSS (median of 3 processes);
// - in-process tinybench tasks: a scan without cache, and a rerun with a warm --cache;
// - the cache speedup: median cold-in-process scan / median warm-cache scan.
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { scanEvidence } from '@readycheck/evidence';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// One scan in a fresh process: what `evidence-scan` costs from a cold start, minus writing reports.
function coldRun(repoRoot, root) {
  const script = `
    const t0 = performance.now();
    const { scanEvidence } = await import('@readycheck/evidence');
    const t1 = performance.now();
    const { report } = await scanEvidence({ root: ${JSON.stringify(root)} });
    const t2 = performance.now();
    console.log(JSON.stringify({ importMs: t1 - t0, scanMs: t2 - t1, files: report.summary.files, lines: report.summary.lines, features: report.features.length, maxRssMb: process.resourceUsage().maxRSS / 1024 }));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: repoRoot, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`cold run failed: ${r.stderr.trim().split('\n').slice(-3).join(' ')}`);
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

async function measure(label, root, repoRoot, runs) {
  const colds = [];
  for (let i = 0; i < runs; i++) colds.push(coldRun(repoRoot, root));
  const scanMs = median(colds.map((c) => c.scanMs));
  const totalMs = median(colds.map((c) => c.scanMs + c.importMs));
  const { files, lines, features } = colds[0];
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'evidence-bench-'));
  const cacheFile = path.join(tmp, 'cache.json');
  try {
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
    return [
      { name: `evidence cold scan: ${label}`, value: `${Math.round(scanMs)} ms scan + ${Math.round(totalMs - scanMs)} ms import`, files, lines, features },
      { name: `evidence files/s (cold): ${label}`, value: Math.round((files / scanMs) * 1000) },
      { name: `evidence lines/s (cold): ${label}`, value: Math.round((lines / scanMs) * 1000) },
      { name: `evidence peak RSS MB (cold): ${label}`, value: Math.round(median(colds.map((c) => c.maxRssMb))) },
      { name: `evidence in-process scan ms (warm JIT, no cache): ${label}`, value: Math.round(median(plain)) },
      { name: `evidence --cache rerun ms: ${label}`, value: Math.round(median(warm)) },
      { name: `evidence --cache speedup: ${label}`, value: `${speedup.toFixed(1)}x` },
    ];
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

/** @param {import('./lib/context.mjs').BenchContext} ctx */
export default async function evidenceBench({ bench, corpus, quick, realCorpus, generateCorpus, repoRoot, log }) {
  const generated = quick ? corpus : await generateCorpus({ files: 1000 });
  const runs = quick ? 1 : 3;
  const rows = [];
  const notes = [];
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
  } else notes.push('real corpus unavailable: only the generated corpus was measured');
  notes.push('cold = a fresh node process (import + one scan); goal: 100k lines in < 3 s cold, < 1 GB peak; --cache rerun >= 5x faster');
  return { rows, notes };
}
