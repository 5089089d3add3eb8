import { ReadycheckError } from '@readycheck/core';
import { METRICS, relativeToRoot, type Count, type FileCoverage, type Metric } from '../model.js';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** True when `data` looks like istanbul's coverage-summary.json (json-summary reporter). */
export function looksLikeSummary(data: unknown): boolean {
  if (!isObject(data)) return false;
  const first = isObject(data.total) ? data.total : Object.values(data)[0];
  return isObject(first) && isObject(first.lines) && 'total' in first.lines && 'covered' in first.lines;
}

/**
 * Reads `coverage-summary.json` (c8/Vitest/Jest `json-summary` reporter): per-file totals of the
 * four metrics. It has no per-line hits, so `--diff` needs coverage-final.json or lcov.info too.
 */
export function readSummary(data: unknown, source: string, root: string): FileCoverage[] {
  if (!isObject(data)) throw new ReadycheckError('RC_COVERAGE_INVALID', `${source}: expected an object of file → summary`, { file: source });
  const out: FileCoverage[] = [];
  for (const [key, entry] of Object.entries(data)) {
    if (key === 'total') continue;
    if (!isObject(entry)) throw new ReadycheckError('RC_COVERAGE_INVALID', `${source}: entry ${JSON.stringify(key)}: not an object (expected coverage-summary.json)`, { file: source });
    const metrics: Partial<Record<Metric, Count>> = {};
    for (const m of METRICS) {
      const c = entry[m];
      if (c === undefined) continue;
      if (!isObject(c) || typeof c.total !== 'number' || typeof c.covered !== 'number' || c.covered > c.total || c.covered < 0) {
        throw new ReadycheckError('RC_COVERAGE_INVALID', `${source}: /${key.replace(/~/g, '~0').replace(/\//g, '~1')}/${m}: expected { total, covered } with 0 <= covered <= total`, { file: source });
      }
      metrics[m] = { total: c.total, covered: c.covered };
    }
    out.push({ file: relativeToRoot(key, root), metrics });
  }
  return out;
}
