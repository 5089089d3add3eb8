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
 * Below these, `auto` scans on the main thread alone: a worker costs about 0.25 s of CPU to
 * start (loading the detectors and TypeScript from the code cache) and runs TypeScript's parser
 * cold (its own JIT warm-up), so it pays only for a large enough share. The figures are the
 * crossover measured on 2 cores (bench/README.md, "quality-scan on two threads").
 */
export const AUTO_MIN_FILES = 200;
export const AUTO_MIN_BYTES = 2_000_000;

/** Parses `--concurrency <n|auto|off>`. */
export function parseConcurrency(value: string): Concurrency {
  if (value === 'auto' || value === 'off') return value;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a positive integer, auto or off.');
  return n;
}

/**
 * How many threads (the main one included) to scan `files` with. `off` and 1 mean one; a count
 * is taken as given (capped at the number of files); `auto` means two when more than one CPU is
 * available (`os.availableParallelism()`) and the files are at least {@link AUTO_MIN_FILES} and
 * {@link AUTO_MIN_BYTES}, else one.
 */
export function threadsFor(files: ReadonlyArray<{ size: number }>, concurrency: Concurrency = 'auto', cpus: number = os.availableParallelism()): number {
  if (concurrency === 'off') return 1;
  if (concurrency !== 'auto') return Math.max(1, Math.min(concurrency, files.length));
  if (cpus < 2 || files.length < AUTO_MIN_FILES) return 1;
  let bytes = 0;
  for (const f of files) bytes += f.size;
  return bytes >= AUTO_MIN_BYTES ? 2 : 1;
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
