import { ReadycheckError } from '@readycheck/core';
import { linesFromHits, relativeToRoot, type FileCoverage } from '../model.js';

interface Location {
  start?: { line?: unknown };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function invalid(source: string, key: string, what: string): ReadycheckError {
  return new ReadycheckError('RC_COVERAGE_INVALID', `${source}: entry ${JSON.stringify(key)}: ${what} (expected istanbul coverage-final.json)`, { file: source });
}

/** True when `data` looks like istanbul's coverage-final.json (a map of file → FileCoverage). */
export function looksLikeIstanbul(data: unknown): boolean {
  if (!isObject(data)) return false;
  const first = Object.values(data)[0];
  if (first === undefined) return false;
  const entry = isObject(first) && isObject(first.data) ? first.data : first;
  return isObject(entry) && 'statementMap' in entry && 's' in entry;
}

/**
 * Reads istanbul's `coverage-final.json` (c8 `--reporter json`, Vitest/Jest `json`): statements,
 * functions and branches from the hit maps, and lines the way istanbul derives them: each line
 * where a statement starts, hit when any statement starting on it ran.
 */
export function readIstanbul(data: unknown, source: string, root: string): FileCoverage[] {
  if (!isObject(data)) throw new ReadycheckError('RC_COVERAGE_INVALID', `${source}: expected an object of file → coverage`, { file: source });
  const out: FileCoverage[] = [];
  for (const [key, raw] of Object.entries(data)) {
    // Some istanbul versions wrap each entry as { data: FileCoverage }.
    const entry = isObject(raw) && isObject(raw.data) && !('statementMap' in raw) ? raw.data : raw;
    if (!isObject(entry)) throw invalid(source, key, 'not an object');
    const { statementMap, s, f, b } = entry;
    if (!isObject(statementMap) || !isObject(s)) throw invalid(source, key, 'missing statementMap or s');
    if (f !== undefined && !isObject(f)) throw invalid(source, key, '"f" is not an object');
    if (b !== undefined && !isObject(b)) throw invalid(source, key, '"b" is not an object');
    const file = typeof entry.path === 'string' && entry.path ? entry.path : key;

    const lineHits = new Map<number, number>();
    let sTotal = 0;
    let sCovered = 0;
    for (const [id, count] of Object.entries(s)) {
      if (typeof count !== 'number') throw invalid(source, key, `s[${id}] is not a number`);
      sTotal++;
      if (count > 0) sCovered++;
      const loc = statementMap[id] as Location | undefined;
      const line = loc?.start?.line;
      if (typeof line !== 'number') continue;
      const prev = lineHits.get(line);
      if (prev === undefined || prev < count) lineHits.set(line, count);
    }
    let fTotal = 0;
    let fCovered = 0;
    for (const count of Object.values(f ?? {})) {
      fTotal++;
      if (typeof count === 'number' && count > 0) fCovered++;
    }
    let bTotal = 0;
    let bCovered = 0;
    for (const [id, counts] of Object.entries(b ?? {})) {
      if (!Array.isArray(counts)) throw invalid(source, key, `b[${id}] is not an array`);
      for (const c of counts) {
        bTotal++;
        if (typeof c === 'number' && c > 0) bCovered++;
      }
    }
    out.push({
      file: relativeToRoot(file, root),
      metrics: {
        lines: linesFromHits(lineHits),
        statements: { total: sTotal, covered: sCovered },
        functions: { total: fTotal, covered: fCovered },
        branches: { total: bTotal, covered: bCovered },
      },
      lineHits,
    });
  }
  return out;
}
