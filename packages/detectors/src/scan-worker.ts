// The entry point of a scan worker thread (see parallel.ts): scans the files it is given with the
// built-in detectors and posts back plain findings, never syntax trees. TypeScript is loaded
// through the same V8 code cache as the main thread's (the main thread writes it).
import { parentPort, workerData } from 'node:worker_threads';
import { enableTypeScriptCodeCache } from './code-cache.js';
import type { WorkerInput } from './parallel.js';

enableTypeScriptCodeCache();
const { scanOneFile } = await import('./scan-one.js');
const input = workerData as WorkerInput;
const results = input.files.map((file) => scanOneFile(file, input.scanOptions, input.maxFileBytes));
parentPort?.postMessage(results);
