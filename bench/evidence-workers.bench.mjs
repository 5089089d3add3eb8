// Bench suite of @readycheck/evidence: does parsing in a worker thread pay on this machine?
//
//   npm run bench -- evidence            (runs evidence.bench.mjs and this file)
//
// The same files are extracted (one parse, extractor + detectors: `extractFile`) once on the main
// thread alone, and once split between the main thread and one worker thread (2 cores → 2 threads).
// The worker pays its own import of TypeScript and the detectors. evidence-scan uses no workers
// because this comparison came out slower with the worker on the 2-core machine (see the README).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { readFileSync } from 'node:fs';

if (!isMainThread && workerData?.evidenceWorkerBench) {
  const { extractFile } = await import('@readycheck/evidence');
  for (const f of workerData.files) extractFile(readFileSync(path.join(workerData.root, f), 'utf8'), f, 'h');
  parentPort.postMessage('done');
}

async function extractAll(extractFile, root, files) {
  for (const f of files) extractFile(await readFile(path.join(root, f), 'utf8'), f, 'h');
}

async function timed(fn) {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

/** @param {import('./lib/context.mjs').BenchContext} ctx */
export default async function evidenceWorkersBench({ corpus, quick, generateCorpus }) {
  const { extractFile } = await import('@readycheck/evidence');
  const generated = quick ? corpus : await generateCorpus({ files: 1000 });
  const files = generated.tsFiles.map((f) => path.relative(generated.dir, f));
  const runs = quick ? 1 : 3;
  const single = [];
  const split = [];
  for (let i = 0; i < runs; i++) {
    single.push(await timed(() => extractAll(extractFile, generated.dir, files)));
    split.push(
      await timed(async () => {
        const w = new Worker(new URL(import.meta.url), { workerData: { evidenceWorkerBench: true, root: generated.dir, files: files.filter((_, k) => k % 2 === 1) } });
        const done = new Promise((resolve, reject) => {
          w.once('message', resolve);
          w.once('error', reject);
        });
        await extractAll(extractFile, generated.dir, files.filter((_, k) => k % 2 === 0));
        await done;
        await w.terminate();
      }),
    );
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const a = median(single);
  const b = median(split);
  return {
    rows: [
      { name: `extractFile, main thread only (${files.length} files)`, value: `${Math.round(a)} ms` },
      { name: `extractFile, main + 1 worker thread (${files.length} files)`, value: `${Math.round(b)} ms` },
      { name: 'worker speedup (>1 means workers pay)', value: `${(a / b).toFixed(2)}x` },
    ],
    notes: ['the worker imports TypeScript and the detectors itself; that start-up is part of its time'],
  };
}
