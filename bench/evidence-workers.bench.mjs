// Bench suite of @readycheck/evidence: do worker threads pay on this machine?
//
//   npm run bench -- evidence            (runs evidence.bench.mjs and this file)
//   node bench/run.mjs evidence-workers  (this file only)
//
// The real implementation, as users run it: fresh `node` processes scan the same corpus (~100,000
// lines, 1,800 generated files) with `workers: 1` (the main thread alone) and with 2 and 3 threads
// (1 and 2 worker threads beside the main thread), interleaved round-robin so
// drift on a shared machine hits each alike. Reported per setting: median wall time of the scan,
// median CPU time of the process (user + sys, every thread) and peak RSS; the speedup of each
// against the main thread alone; and what `workers: 'auto'` picks here
// (packages/evidence/src/workers.ts: workerCount). With --quick: 120 files, 1 and 2 threads, 1 run.
import os from 'node:os';
import { rm } from 'node:fs/promises';
import { workerCount } from '@readycheck/evidence';
import { coldRun, tempCopy } from './evidence.bench.mjs';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** @param {import('./lib/context.mjs').BenchContext} ctx */
export default async function evidenceWorkersBench({ quick, generateCorpus, repoRoot, log }) {
  const corpus = await generateCorpus({ files: quick ? 120 : 1800 });
  const runs = quick ? 1 : 5;
  const settings = quick ? [1, 2] : [1, 2, 3];
  const { tmp, dir } = await tempCopy(corpus.dir, 'evidence-workers-bench-');
  try {
    log(`corpus: ${corpus.files} files, ${corpus.lines} lines; ${os.availableParallelism()} cores; load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
    coldRun(repoRoot, dir, { workers: 1 }); // warm-up: the page cache and the code caches
    const results = new Map(settings.map((s) => [s, []]));
    for (let i = 0; i < runs; i++) for (const s of settings) results.get(s).push(coldRun(repoRoot, dir, { workers: s }));
    const summary = settings.map((s) => {
      const rs = results.get(s);
      return { threads: s, scanMs: median(rs.map((r) => r.scanMs)), cpuMs: median(rs.map((r) => r.cpuMs)), rssMb: median(rs.map((r) => r.maxRssMb)), workers: rs[0].workers };
    });
    const base = summary[0];
    const rows = summary.map((r) => ({
      name: `evidence cold scan, ${r.threads === 1 ? 'main thread alone' : `main + ${r.workers} worker thread${r.workers === 1 ? '' : 's'}`} (${corpus.files} files, ${corpus.lines} lines)`,
      value: `${Math.round(r.scanMs)} ms scan · ${(r.cpuMs / 1000).toFixed(2)} s CPU · ${Math.round(r.rssMb)} MB`,
      speedup: `${(base.scanMs / r.scanMs).toFixed(2)}x`,
      runs,
    }));
    const auto = workerCount('auto', corpus.files);
    rows.push({ name: `workers: 'auto' on this machine (${os.availableParallelism()} cores, ${corpus.files} files)`, value: auto === 0 ? 'main thread alone' : `${auto} worker threads` });
    return {
      rows,
      notes: [
        'speedup = median scan time of the main thread alone / this setting (>1: the workers pay)',
        `load average at the end: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`,
      ],
    };
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}
