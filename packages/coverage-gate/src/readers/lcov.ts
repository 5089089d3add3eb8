import { ReadycheckError } from '@readycheck/core';
import { linesFromHits, relativeToRoot, type FileCoverage } from '../model.js';

/** True when `text` looks like an lcov tracefile. */
export function looksLikeLcov(text: string): boolean {
  return /^(TN:|SF:)/m.test(text) && /^end_of_record\s*$/m.test(text);
}

function num(source: string, lineNo: number, text: string, value: string | undefined): number {
  const n = Number(value);
  if (value === undefined || value === '' || !Number.isFinite(n) || n < 0) {
    throw new ReadycheckError('RC_COVERAGE_INVALID', `${source}:${lineNo}: invalid lcov record ${JSON.stringify(text.slice(0, 80))}`, { file: source, line: lineNo });
  }
  return n;
}

/**
 * Reads an lcov tracefile (`lcov.info`): lines from `DA`, functions from `FNDA` (or `FNF`/`FNH`),
 * branches from `BRDA` (or `BRF`/`BRH`). lcov has no statements. Relative `SF:` paths are taken
 * relative to `root`.
 */
export function readLcov(text: string, source: string, root: string): FileCoverage[] {
  const out: FileCoverage[] = [];
  let current: {
    file: string;
    hits: Map<number, number>;
    fnHits: Map<string, number>;
    branches: Map<string, number>;
    lf?: number;
    lh?: number;
    fnf?: number;
    fnh?: number;
    brf?: number;
    brh?: number;
  } | null = null;
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    const lineNo = i + 1;
    if (line === '' || line.startsWith('TN:') || line.startsWith('VER:')) continue;
    if (line.startsWith('SF:')) {
      current = { file: line.slice(3), hits: new Map(), fnHits: new Map(), branches: new Map() };
      continue;
    }
    if (line === 'end_of_record') {
      if (!current) throw new ReadycheckError('RC_COVERAGE_INVALID', `${source}:${lineNo}: end_of_record without SF:`, { file: source, line: lineNo });
      const c = current;
      const lineCount = c.hits.size > 0 || c.lf === undefined ? linesFromHits(c.hits) : { total: c.lf, covered: c.lh ?? 0 };
      let fnCovered = 0;
      for (const n of c.fnHits.values()) if (n > 0) fnCovered++;
      const functions = c.fnHits.size > 0 || c.fnf === undefined ? { total: c.fnHits.size, covered: fnCovered } : { total: c.fnf, covered: c.fnh ?? 0 };
      let brCovered = 0;
      for (const n of c.branches.values()) if (n > 0) brCovered++;
      const branches = c.branches.size > 0 || c.brf === undefined ? { total: c.branches.size, covered: brCovered } : { total: c.brf, covered: c.brh ?? 0 };
      out.push({ file: relativeToRoot(c.file, root), metrics: { lines: lineCount, functions, branches }, lineHits: c.hits });
      current = null;
      continue;
    }
    if (!current) throw new ReadycheckError('RC_COVERAGE_INVALID', `${source}:${lineNo}: record outside SF:…end_of_record`, { file: source, line: lineNo });
    const colon = line.indexOf(':');
    const tag = colon === -1 ? line : line.slice(0, colon);
    const parts = colon === -1 ? [] : line.slice(colon + 1).split(',');
    switch (tag) {
      case 'DA': {
        const l = num(source, lineNo, line, parts[0]);
        const h = num(source, lineNo, line, parts[1]);
        current.hits.set(l, Math.max(current.hits.get(l) ?? 0, h));
        break;
      }
      case 'FN': {
        // `FN:<line>,<name>`; lcov 2 adds an end line: `FN:<line>,<end>,<name>`.
        const name = parts.length >= 3 && /^\d+$/.test(parts[1] ?? '') ? parts.slice(2).join(',') : parts.slice(1).join(',');
        if (!current.fnHits.has(name)) current.fnHits.set(name, 0);
        break;
      }
      case 'FNA': {
        // lcov 2: `FNA:<index>,<hits>,<name>`.
        const h = num(source, lineNo, line, parts[1]);
        const name = parts.slice(2).join(',');
        current.fnHits.set(name, Math.max(current.fnHits.get(name) ?? 0, h));
        break;
      }
      case 'FNDA': {
        const h = num(source, lineNo, line, parts[0]);
        const name = parts.slice(1).join(',');
        current.fnHits.set(name, Math.max(current.fnHits.get(name) ?? 0, h));
        break;
      }
      case 'BRDA': {
        const taken = parts[3];
        const h = taken === '-' ? 0 : num(source, lineNo, line, taken);
        const key = parts.slice(0, 3).join(',');
        current.branches.set(key, Math.max(current.branches.get(key) ?? 0, h));
        break;
      }
      case 'LF':
        current.lf = num(source, lineNo, line, parts[0]);
        break;
      case 'LH':
        current.lh = num(source, lineNo, line, parts[0]);
        break;
      case 'FNF':
        current.fnf = num(source, lineNo, line, parts[0]);
        break;
      case 'FNH':
        current.fnh = num(source, lineNo, line, parts[0]);
        break;
      case 'BRF':
        current.brf = num(source, lineNo, line, parts[0]);
        break;
      case 'BRH':
        current.brh = num(source, lineNo, line, parts[0]);
        break;
      default:
        // Other records (FNL, FNA, checksums of newer lcov) carry nothing a gate needs.
        break;
    }
  }
  if (current) throw new ReadycheckError('RC_COVERAGE_INVALID', `${source}: record for ${current.file} has no end_of_record`, { file: source });
  return out;
}
