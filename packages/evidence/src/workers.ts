import { createRequire } from 'node:module';
import os from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { DetectorCoverage, DetectorsConfig } from './detect.js';
import { extractFile } from './extract-file.js';
import type { FileFacts } from './types.js';

/** One file to extract: its path relative to the root, its text and its content hash. */
export interface ExtractJob {
  relPath: string;
  text: string;
  hash: string;
}

/** What every extraction of a scan shares (sent once to each worker). */
export interface ExtractSettings {
  envExample?: string;
  detectorsConfig?: DetectorsConfig;
  coverage: DetectorCoverage;
}

/** A chunk of files sent to a worker. */
export interface ChunkRequest {
  id: number;
  jobs: ExtractJob[];
}

/** A worker's answer: `ready` once loaded, then the facts of each chunk (or why it failed). */
export type ChunkResult = { ready: true } | { id: number; facts: FileFacts[] } | { id: number; error: string };

/** `--workers`: a count of worker threads, or `auto`. */
export type WorkersOption = number | 'auto';

/**
 * Fewest files for which `auto` starts workers. Each worker loads TypeScript and the detectors
 * itself (~0.35 s of CPU); below this the main thread alone is done before a worker is ready.
 */
export const AUTO_MIN_FILES = 400;
/** With `auto`, at least this many files per worker thread. */
export const AUTO_FILES_PER_WORKER = 200;
/** With `auto`, never more worker threads than this. */
export const AUTO_MAX_WORKERS = 6;
/**
 * Fewest cores on which `auto` starts workers. V8's own threads (concurrent GC, optimizing
 * compiler) already keep a second core busy for a third of an in-process scan: on the 2-core
 * bench machine a worker made the 100k-line scan slower (bench/evidence-workers.bench.mjs), so
 * `auto` leaves one core to V8 and uses the others.
 */
export const AUTO_MIN_CORES = 4;

/**
 * How many worker threads extract `files` files beside the main thread. A number `n` is the
 * threads that parse in all, the main thread included: `n - 1` workers (`0` and `1`: the main
 * thread alone), never more workers than files. `auto` (and no option) starts workers only on
 * {@link AUTO_MIN_CORES}+ cores and from {@link AUTO_MIN_FILES} files on: one per core beyond
 * two (`os.availableParallelism() - 2`), with at least {@link AUTO_FILES_PER_WORKER} files each,
 * and at most {@link AUTO_MAX_WORKERS}.
 *
 * @example
 * workerCount('auto', 1800, 2); // 0: on 2 cores the main thread alone is faster
 * workerCount('auto', 1800, 8); // 6: six workers beside the main thread
 * workerCount('auto', 120, 8);  // 0: too few files to pay for a worker's start
 * workerCount(4, 5000);         // 3: four threads in all
 */
export function workerCount(option: WorkersOption | undefined, files: number, parallelism: number = os.availableParallelism()): number {
  if (files <= 0) return 0;
  if (option === undefined || option === 'auto') {
    if (files < AUTO_MIN_FILES || parallelism < AUTO_MIN_CORES) return 0;
    return Math.max(0, Math.min(parallelism - 2, AUTO_MAX_WORKERS, Math.floor(files / AUTO_FILES_PER_WORKER)));
  }
  const n = Math.floor(option);
  return n <= 1 ? 0 : Math.min(n - 1, files);
}

/** Files per message to a worker: small enough to balance the load, large enough to be cheap to send. */
const CHUNK = 24;
/** Chunks a worker holds at once, so it never waits for the busy main thread to send the next. */
const IN_FLIGHT = 2;

interface PoolWorker {
  worker: Worker;
  ready: boolean;
  alive: boolean;
  inFlight: Set<number>;
}

/** The result of {@link extractAll}: facts in the order of the jobs, and the workers that took part. */
export interface ExtractAllResult {
  facts: FileFacts[];
  /** Worker threads started (0: the main thread did everything). */
  workers: number;
  /** Files the workers extracted (the rest: the main thread). */
  workerFiles: number;
}

/** Options of {@link extractAll}. */
export interface ExtractAllOptions {
  /**
   * Whether the main thread extracts chunks too (default `true`). With `false` it only hands
   * chunks out and takes back those of a failed worker: every file is parsed by a worker.
   */
  mainThread?: boolean;
  /** Called with the number of files extracted so far and the total (a progress line). */
  onProgress?: (done: number, total: number) => void;
}

/**
 * Extracts the facts of every job, on the main thread and `workers` worker threads. Chunks of
 * files go to whichever thread is free; the facts come back in the order of `jobs`, so the output
 * is the same as with the main thread alone. A worker that fails or dies hands its chunks back to
 * the main thread; settings that cannot be sent to a thread mean no workers.
 *
 * @example
 * const { facts } = await extractAll(jobs, { coverage: detectorCoverage() }, 1);
 */
export async function extractAll(jobs: readonly ExtractJob[], settings: ExtractSettings, workers: number, options: ExtractAllOptions = {}): Promise<ExtractAllResult> {
  const mainShares = options.mainThread ?? true;
  const facts: FileFacts[] = new Array<FileFacts>(jobs.length);
  let filesDone = 0;
  const progress = (n: number): void => {
    filesDone += n;
    options.onProgress?.(filesDone, jobs.length);
  };
  const here = (from: number, to: number): void => {
    for (let i = from; i < to; i++) {
      const j = jobs[i] as ExtractJob;
      facts[i] = extractFile({ text: j.text, relPath: j.relPath, hash: j.hash, ...settings });
      progress(1);
    }
  };
  if (workers <= 0 || !cloneable(settings)) {
    here(0, jobs.length);
    return { facts, workers: 0, workerFiles: 0 };
  }
  const chunks = Math.ceil(jobs.length / CHUNK);
  const retry: number[] = [];
  let next = 0;
  let done = 0;
  let workerFiles = 0;
  let wake: (() => void) | null = null;
  const poke = (): void => {
    const w = wake;
    wake = null;
    w?.();
  };
  const take = (): number | undefined => retry.pop() ?? (mainShares && next < chunks ? next++ : undefined);
  const fill = (p: PoolWorker): void => {
    while (p.alive && p.ready && p.inFlight.size < IN_FLIGHT && next < chunks) {
      const id = next++;
      p.inFlight.add(id);
      p.worker.postMessage({ id, jobs: jobs.slice(id * CHUNK, (id + 1) * CHUNK) } satisfies ChunkRequest);
    }
  };
  const lose = (p: PoolWorker): void => {
    if (!p.alive) return;
    p.alive = false;
    retry.push(...p.inFlight);
    p.inFlight.clear();
    // With no worker left, the main thread takes every chunk not yet handed out.
    if (pool.every((q) => !q.alive)) while (next < chunks) retry.push(next++);
    poke();
  };
  const pool: PoolWorker[] = [];
  for (let k = 0; k < workers; k++) {
    const p: PoolWorker = { worker: spawnWorker(settings), ready: false, alive: true, inFlight: new Set() };
    p.worker.on('message', (msg: ChunkResult) => {
      if ('ready' in msg) {
        p.ready = true;
        fill(p);
        return;
      }
      p.inFlight.delete(msg.id);
      if ('error' in msg) retry.push(msg.id);
      else {
        for (let i = 0; i < msg.facts.length; i++) facts[msg.id * CHUNK + i] = msg.facts[i] as FileFacts;
        workerFiles += msg.facts.length;
        progress(msg.facts.length);
        done++;
      }
      fill(p);
      poke();
    });
    p.worker.on('error', () => lose(p));
    p.worker.on('exit', () => lose(p));
    pool.push(p);
  }
  try {
    while (done < chunks) {
      const id = take();
      if (id !== undefined) {
        here(id * CHUNK, Math.min(jobs.length, (id + 1) * CHUNK));
        done++;
        // Let the workers' answers in (and send them more) between two chunks of our own.
        await new Promise<void>((resolve) => setImmediate(resolve));
        continue;
      }
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
    }
  } finally {
    for (const p of pool) p.alive = false;
    await Promise.all(pool.map((p) => p.worker.terminate()));
  }
  return { facts, workers, workerFiles };
}

function cloneable(settings: ExtractSettings): boolean {
  try {
    structuredClone(settings);
    return true;
  } catch {
    return false; // e.g. a function in the detectors config: extraction stays on the main thread
  }
}

// Built: dist/extract-worker.js. From the TypeScript sources (the repo's own tests), the worker
// loads extract-worker.ts through jiti, since a worker thread has no TypeScript loader of its own.
function spawnWorker(settings: ExtractSettings): Worker {
  const self = import.meta.url;
  const execArgv = workerExecArgv(process.execArgv);
  if (!self.endsWith('.ts')) return new Worker(new URL('./extract-worker.js', self), { workerData: settings, execArgv });
  const entry = new URL('./extract-worker.ts', self).href;
  const jiti = pathToFileURL(createRequire(self).resolve('jiti')).href;
  const boot = `const m = await import(${JSON.stringify(jiti)}); const createJiti = m.createJiti ?? m.default.createJiti ?? m.default; await createJiti(${JSON.stringify(entry)}).import(${JSON.stringify(entry)});`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(boot)}`), { workerData: settings, execArgv });
}

const VALUED = new Set(['-e', '--eval', '-p', '--print', '--input-type']);

/**
 * The Node options a worker inherits: the process's own, without those about its main script
 * (`-e <code>`, `--print`, `--input-type=module`). A worker given `--input-type` fails to start,
 * so a scan run from `node --input-type=module -e …` would otherwise lose its workers.
 */
export function workerExecArgv(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (VALUED.has(a)) i++;
    else if (!/^(--input-type|--eval|--print)=/.test(a)) out.push(a);
  }
  return out;
}
