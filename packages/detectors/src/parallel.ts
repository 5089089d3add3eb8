import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { InvalidArgumentError } from 'commander';
import { withMessageId } from './scan.js';
import type { FileScanResult, FileToScan } from './scan-one.js';
import type { ScanOptions } from './types.js';

/**
 * How many threads a scan may use (`--concurrency`, ESLint's flag): a count, `auto` (the default:
 * a second thread only where the bench measured a gain, see {@link threadsFor}) or `off` (one).
 */
export type Concurrency = number | 'auto' | 'off';

/**
 * `auto`'s policy, the same as evidence-scan's `--workers auto`: one worker per CPU beyond two
 * (at most {@link AUTO_MAX_WORKERS}), from {@link AUTO_MIN_FILES} files on and with at least
 * {@link AUTO_FILES_PER_THREAD} files per thread; none on fewer than 3 CPUs. On the 2-core bench
 * machine a worker made every measured scan slower and costlier (vibesdk, overseerr, skyra, the
 * generated 1k- to 12k-file corpora: bench/README.md, "quality-scan on two threads"): V8's own
 * compiler and GC threads already use the second core, and a worker runs TypeScript's parser
 * cold (its own JIT warm-up, 0.4 s of CPU and more).
 */
export const AUTO_MIN_FILES = 400;
export const AUTO_FILES_PER_THREAD = 200;
export const AUTO_MAX_WORKERS = 6;

/** Parses `--concurrency <n|auto|off>`. */
export function parseConcurrency(value: string): Concurrency {
  if (value === 'auto' || value === 'off') return value;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a positive integer, auto or off.');
  return n;
}

/**
 * How many threads (the main one included) to scan `files` with. `off` and 1 mean one; a count
 * is taken as given (capped at the number of files); `auto` follows the policy above with `cpus`
 * (default `os.availableParallelism()`).
 */
export function threadsFor(files: readonly unknown[], concurrency: Concurrency = 'auto', cpus: number = os.availableParallelism()): number {
  if (concurrency === 'off') return 1;
  if (concurrency !== 'auto') return Math.max(1, Math.min(concurrency, files.length));
  if (files.length < AUTO_MIN_FILES) return 1;
  const workers = Math.min(AUTO_MAX_WORKERS, cpus - 2, Math.floor(files.length / AUTO_FILES_PER_THREAD) - 1);
  return 1 + Math.max(0, workers);
}

/**
 * Deals files to `threads` parts by size, largest first, each to the part with the fewest bytes
 * so far; part 0 (the main thread's) starts `headStart` bytes behind the others, since a worker
 * spends its first fraction of a second starting. Returns the indexes into `files` of each part,
 * each in ascending order.
 */
export function dealBySize(files: ReadonlyArray<{ size: number }>, threads: number, headStart = 0): number[][] {
  const parts: number[][] = Array.from({ length: threads }, () => []);
  const load = Array.from({ length: threads }, (_, i) => (i === 0 ? -headStart : 0));
  const order = files.map((_, i) => i).sort((a, b) => (files[b]?.size ?? 0) - (files[a]?.size ?? 0) || a - b);
  for (const i of order) {
    let best = 0;
    for (let t = 1; t < threads; t++) if ((load[t] ?? 0) < (load[best] ?? 0)) best = t;
    parts[best]?.push(i);
    load[best] = (load[best] ?? 0) + (files[i]?.size ?? 0);
  }
  for (const part of parts) part.sort((a, b) => a - b);
  return parts;
}

/** What a scan worker is given (structured-cloned: plain data only). */
export interface WorkerInput {
  files: FileToScan[];
  scanOptions: Pick<ScanOptions, 'config' | 'rules' | 'categories'>;
  maxFileBytes: number | undefined;
}

/**
 * V8's stack limit on the main thread is 984 KiB; a worker's is its thread's stack less 192 KiB.
 * The same limit in both keeps a file nested too deep for the parser `unscannable` wherever it is scanned.
 */
const WORKER_STACK_MB = (984 + 192) / 1024;

/**
 * Starts a worker thread scanning `input.files` with the built-in detectors. The promise gives
 * one result per file, in the order given, each finding with its message id again; it rejects
 * when the worker could not start or died (the caller then scans those files itself). `entry`
 * is the worker's script (the built scan-worker.js beside this module).
 */
export function scanInWorker(input: WorkerInput, entry: URL = new URL('./scan-worker.js', import.meta.url)): Promise<FileScanResult[]> {
  return new Promise((resolve, reject) => {
    let results: FileScanResult[] | undefined;
    const worker = new Worker(entry, { workerData: input, resourceLimits: { stackSizeMb: WORKER_STACK_MB } });
    worker.once('message', (message: FileScanResult[]) => {
      results = message;
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (results && results.length === input.files.length) resolve(results.map(restoreMessageIds));
      else reject(new Error(`scan worker exited with code ${code} before returning its results`));
    });
  });
}

function restoreMessageIds(result: FileScanResult): FileScanResult {
  if (!('violations' in result)) return result;
  result.violations.forEach((v, i) => {
    const id = result.messageIds[i];
    if (id !== undefined) withMessageId(v, id);
  });
  return result;
}
