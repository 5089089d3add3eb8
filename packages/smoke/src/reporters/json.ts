import path from 'node:path';
import { stableStringify, writeFileAtomic, type SmokeReport } from '@readycheck/core';
import type { Reporter, ReporterContext } from './types.js';

/** File name of the JSON report inside the output directory. */
export const JSON_REPORT_FILE = 'smoke-report.json';

/**
 * The JSON reporter: writes the CTRF report (`schemas/smoke-report.schema.json`) to
 * `<outDir>/smoke-report.json`, keys sorted, atomically.
 */
export function jsonReporter(ctx: ReporterContext): Reporter {
  return {
    name: 'json',
    async onRunEnd(report: SmokeReport) {
      const file = path.resolve(ctx.cwd, ctx.outDir, JSON_REPORT_FILE);
      await writeFileAtomic(file, stableStringify(report));
      ctx.stdout(`JSON report: ${path.relative(ctx.cwd, file) || file}\n`);
    },
  };
}
