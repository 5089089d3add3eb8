// evidence-scan reports extraction progress (for its stderr progress line): every file once,
// in order, ending at the total, whether extracted on the main thread or in workers.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scanEvidence } from './scan.js';

const root = fileURLToPath(new URL('../../../fixtures/evidence/chat-bot/', import.meta.url));

describe('scanEvidence onProgress', () => {
  for (const workers of [0, 2] as const) {
    it(`counts every extracted file up to the total (${workers} workers)`, async () => {
      const calls: [number, number][] = [];
      const { report } = await scanEvidence({ root, workers, onProgress: (done, total) => calls.push([done, total]) });
      expect(calls.length).toBeGreaterThan(0);
      const total = calls[0]![1];
      expect(calls.every(([, t]) => t === total)).toBe(true);
      expect(calls.map(([d]) => d)).toEqual([...calls.map(([d]) => d)].sort((a, b) => a - b));
      expect(calls.at(-1)).toEqual([total, total]);
      expect(report.summary.files).toBeGreaterThanOrEqual(total);
    });
  }
});
