import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ReadycheckError, parseJson } from '@readycheck/core';
import type { CoverageData, CoverageFormat, FileCoverage, Metric } from '../model.js';
import { looksLikeIstanbul, readIstanbul } from './istanbul.js';
import { looksLikeLcov, readLcov } from './lcov.js';
import { looksLikeSummary, readSummary } from './summary.js';

/** Files looked for, in this order, when no coverage file is named. */
export const DEFAULT_COVERAGE_FILES = ['coverage/coverage-final.json', 'coverage/coverage-summary.json', 'coverage/lcov.info'] as const;

const METRICS_OF: Record<CoverageFormat, Metric[]> = {
  'coverage-final': ['lines', 'statements', 'functions', 'branches'],
  'coverage-summary': ['lines', 'statements', 'functions', 'branches'],
  lcov: ['lines', 'functions', 'branches'],
};

/**
 * Parses the text of a coverage file of any supported format (detected from its content):
 * istanbul `coverage-final.json`, `coverage-summary.json`, or `lcov.info`.
 *
 * @param source name used in messages (usually the path as the user gave it)
 * @param root directory the coverage paths are made relative to
 */
export function parseCoverage(text: string, source: string, root: string): CoverageData {
  const trimmed = text.trimStart();
  let format: CoverageFormat;
  let files: FileCoverage[];
  if (trimmed.startsWith('{')) {
    const data = parseJson(text, source);
    if (looksLikeSummary(data)) {
      format = 'coverage-summary';
      files = readSummary(data, source, root);
    } else if (looksLikeIstanbul(data) || (typeof data === 'object' && data !== null && Object.keys(data).length === 0)) {
      format = 'coverage-final';
      files = readIstanbul(data, source, root);
    } else {
      throw new ReadycheckError('RC_COVERAGE_INVALID', `${source}: JSON is neither istanbul coverage-final.json nor coverage-summary.json`, { file: source });
    }
  } else if (trimmed === '' || looksLikeLcov(text)) {
    format = 'lcov';
    files = readLcov(text, source, root);
  } else {
    throw new ReadycheckError('RC_COVERAGE_INVALID', `${source}: not a coverage file (expected coverage-final.json, coverage-summary.json or lcov.info)`, { file: source });
  }
  // The same file can appear twice (lcov merged from several runs): merge by taking the larger hits.
  const merged = mergeDuplicates(files);
  merged.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { format, source, files: merged, metrics: METRICS_OF[format], hasLineHits: merged.every((f) => f.lineHits !== undefined) && format !== 'coverage-summary' };
}

function mergeDuplicates(files: FileCoverage[]): FileCoverage[] {
  const byFile = new Map<string, FileCoverage>();
  for (const f of files) {
    const prev = byFile.get(f.file);
    if (!prev) {
      byFile.set(f.file, f);
      continue;
    }
    if (prev.lineHits && f.lineHits) {
      for (const [line, n] of f.lineHits) prev.lineHits.set(line, Math.max(prev.lineHits.get(line) ?? 0, n));
      let covered = 0;
      for (const n of prev.lineHits.values()) if (n > 0) covered++;
      prev.metrics.lines = { total: prev.lineHits.size, covered };
    }
    for (const m of ['statements', 'functions', 'branches'] as const) {
      const a = prev.metrics[m];
      const b = f.metrics[m];
      if (a && b && b.total === a.total) prev.metrics[m] = { total: a.total, covered: Math.max(a.covered, b.covered) };
      else if (!a && b) prev.metrics[m] = b;
    }
  }
  return [...byFile.values()];
}

/**
 * Reads a coverage file from disk. A missing file is `RC_COVERAGE_MISSING`, a corrupt one
 * `RC_COVERAGE_INVALID` (both exit code 2).
 *
 * @example
 * const data = await readCoverage('coverage/coverage-final.json', { root: process.cwd() });
 * console.log(data.format, data.files.length);
 */
export async function readCoverage(file: string, options: { root: string; cwd?: string; display?: string }): Promise<CoverageData> {
  const abs = path.resolve(options.cwd ?? process.cwd(), file);
  const display = options.display ?? file;
  let text: string;
  try {
    text = await readFile(abs, 'utf8');
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new ReadycheckError('RC_COVERAGE_MISSING', `${display}: coverage file not found (run the tests with coverage first)`, { cause, file: display });
    throw new ReadycheckError('RC_FILE_UNREADABLE', `${display}: cannot read (${code ?? (cause as Error).message})`, { cause, file: display });
  }
  try {
    return parseCoverage(text, display, options.root);
  } catch (err) {
    if ((err as ReadycheckError).code === 'RC_JSON_SYNTAX') {
      throw new ReadycheckError('RC_COVERAGE_INVALID', (err as Error).message, { cause: err, file: display });
    }
    throw err;
  }
}
