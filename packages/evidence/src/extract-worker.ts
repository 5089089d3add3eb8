// Worker thread of evidence-scan: extracts the facts of the files it is sent, with the same
// `extractFile` the main thread uses, and posts them back in the order received.
import { parentPort, workerData } from 'node:worker_threads';
import { extractFile } from './extract-file.js';
import type { ChunkRequest, ChunkResult, ExtractSettings } from './workers.js';

const settings = workerData as ExtractSettings;
const port = parentPort;
if (port) {
  port.on('message', (req: ChunkRequest) => {
    let reply: ChunkResult;
    try {
      reply = { id: req.id, facts: req.jobs.map((j) => extractFile({ text: j.text, relPath: j.relPath, hash: j.hash, ...settings })) };
    } catch (err) {
      // The main thread extracts this chunk itself, so the error surfaces exactly as without workers.
      reply = { id: req.id, error: err instanceof Error ? err.message : String(err) };
    }
    port.postMessage(reply);
  });
  port.postMessage({ ready: true } satisfies ChunkResult);
}
