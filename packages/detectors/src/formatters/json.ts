import { stableStringify, type QualityReport } from '@readycheck/core';
import type { FormatOptions } from './types.js';

/** The JSON report: valid against `quality-report.schema.json`, sorted keys, trailing newline. */
export function json(report: QualityReport, _options: FormatOptions = {}): string {
  return stableStringify(report);
}
