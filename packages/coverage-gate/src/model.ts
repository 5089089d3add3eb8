import path from 'node:path';
import type { CoverageGateReport } from '@readycheck/core';

/** A coverage metric, as istanbul names them. */
export type Metric = 'lines' | 'statements' | 'functions' | 'branches';

/** Every metric, in the order tables show them. */
export const METRICS: readonly Metric[] = ['lines', 'statements', 'functions', 'branches'];

/** Format of a coverage file. */
export type CoverageFormat = CoverageGateReport['coverage']['format'];

/** Covered and total items of one metric. */
export interface Count {
  total: number;
  covered: number;
}

/** Coverage of one source file. */
export interface FileCoverage {
  /** Path relative to the root, with `/` separators (absolute when outside the root). */
  file: string;
  /** Figures per metric; a metric the format lacks is absent. */
  metrics: Partial<Record<Metric, Count>>;
  /** Hits per executable line (1-based), when the format has them (not coverage-summary.json). */
  lineHits?: Map<number, number>;
}

/** What a coverage file holds, once read. */
export interface CoverageData {
  format: CoverageFormat;
  /** The file it came from, as given. */
  source: string;
  /** Files sorted by path. */
  files: FileCoverage[];
  /** Metrics the format provides. */
  metrics: Metric[];
  /** True when every file carries `lineHits`. */
  hasLineHits: boolean;
}

/** Figures reported for a count: total, covered, uncovered and percent (2 decimals, truncated). */
export interface Counts extends Count {
  uncovered: number;
  pct: number;
}

/** Percent covered, exact; 100 when there is nothing to cover (istanbul's convention). */
export function ratio(c: Count): number {
  return c.total === 0 ? 100 : (c.covered * 100) / c.total;
}

/**
 * Percent for display, truncated (not rounded) to 2 decimals so a failing 79.996% never prints
 * as a passing-looking 80.00%.
 */
export function displayPct(c: Count): number {
  return Math.floor(ratio(c) * 100 + 1e-9) / 100;
}

/** A {@link Count} with its uncovered number and display percent. */
export function toCounts(c: Count): Counts {
  return { total: c.total, covered: c.covered, uncovered: c.total - c.covered, pct: displayPct(c) };
}

/** Sums the counts of `metric` over `files`; `undefined` when no file has the metric. */
export function sumMetric(files: readonly FileCoverage[], metric: Metric): Count | undefined {
  let total = 0;
  let covered = 0;
  let seen = false;
  for (const f of files) {
    const c = f.metrics[metric];
    if (!c) continue;
    seen = true;
    total += c.total;
    covered += c.covered;
  }
  return seen ? { total, covered } : undefined;
}

/** Turns a path from a coverage file into the root-relative `/`-separated form files are keyed by. */
export function relativeToRoot(file: string, root: string): string {
  const abs = path.resolve(root, file);
  const rel = path.relative(root, abs);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return abs.split(path.sep).join('/');
  return rel.split(path.sep).join('/');
}

/** Line coverage from per-line hits: each executable line is one item. */
export function linesFromHits(hits: ReadonlyMap<number, number>): Count {
  let covered = 0;
  for (const n of hits.values()) if (n > 0) covered++;
  return { total: hits.size, covered };
}
