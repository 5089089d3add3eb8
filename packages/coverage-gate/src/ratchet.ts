import path from 'node:path';
import { ReadycheckError, assertValid, parseJson, stableStringify, writeFileAtomic, type CoverageGateBaseline, type CoverageGateReport } from '@readycheck/core';
import { readFile } from 'node:fs/promises';
import { DEFAULT_WORST, worstFiles, type Gate } from './gate.js';
import { ratio, sumMetric, toCounts, type FileCoverage, type Metric } from './model.js';

/** Baseline key of the figures over all files. */
export const GLOBAL_KEY = '<global>';

/** Floors per metric of one baseline entry. */
export type Floors = Partial<Record<Metric, number>>;

/**
 * Groups files for the ratchet: `<global>` holds every file; each file also counts towards its
 * directory (or, with `depth`, its first `depth` path segments: depth 2 → `packages/core`).
 * Files outside the root are only in `<global>`.
 */
export function ratchetGroups(files: readonly FileCoverage[], depth?: number): Map<string, FileCoverage[]> {
  const groups = new Map<string, FileCoverage[]>([[GLOBAL_KEY, [...files]]]);
  for (const f of files) {
    if (path.posix.isAbsolute(f.file) || /^[A-Za-z]:\//.test(f.file)) continue;
    const segments = f.file.split('/').slice(0, -1);
    const key = (depth === undefined ? segments : segments.slice(0, depth)).join('/') || '.';
    let g = groups.get(key);
    if (!g) groups.set(key, (g = []));
    g.push(f);
  }
  return groups;
}

/** The floor a figure earns: its percent rounded down to a whole number. */
export function floorOf(files: readonly FileCoverage[], metric: Metric): number | undefined {
  const c = sumMetric(files, metric);
  if (!c || c.total === 0) return undefined;
  return Math.floor(ratio(c) + 1e-9);
}

/** Reads and validates a baseline file. Missing → `RC_FILE_NOT_FOUND`; invalid → `RC_CONFIG_INVALID` (exit 2). */
export async function readBaseline(file: string, display: string): Promise<CoverageGateBaseline> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new ReadycheckError('RC_FILE_NOT_FOUND', `${display}: ratchet baseline not found (create it with coverage-gate --update and commit it)`, { cause, file: display });
    }
    throw new ReadycheckError('RC_FILE_UNREADABLE', `${display}: cannot read (${(cause as Error).message})`, { cause, file: display });
  }
  try {
    return assertValid<CoverageGateBaseline>('coverage-gate-baseline', parseJson(text, display), { file: display, text });
  } catch (err) {
    throw new ReadycheckError('RC_CONFIG_INVALID', (err as Error).message, { cause: err, file: display });
  }
}

/** Result of {@link checkRatchet}. */
export interface RatchetCheck {
  gates: Gate[];
  section: NonNullable<CoverageGateReport['ratchet']>;
  /** The baseline with every possible raise applied (what --update writes). Never lower than the input. */
  next: CoverageGateBaseline;
}

/**
 * Compares current coverage with the baseline floors: a figure below its floor fails; a figure
 * whose rounded-down percent is above its floor is a raise the baseline could take. Directories
 * of the baseline that have no files any more are reported as stale and kept (the ratchet never
 * lowers a floor by forgetting it).
 */
export function checkRatchet(options: {
  baseline: CoverageGateBaseline | null;
  files: readonly FileCoverage[];
  metrics: readonly Metric[];
  depth?: number;
  file: string;
  /** Worst files listed for a floor that dropped (default 5). */
  worst?: number;
}): RatchetCheck {
  const groups = ratchetGroups(options.files, options.depth);
  const stored = options.baseline?.floors ?? {};
  const gates: Gate[] = [];
  const stale: string[] = [];
  for (const key of Object.keys(stored).sort()) {
    const group = groups.get(key);
    if (!group || group.length === 0) {
      stale.push(key);
      continue;
    }
    const floors = stored[key] ?? {};
    for (const metric of options.metrics) {
      const floor = floors[metric];
      if (floor === undefined) continue;
      const c = sumMetric(group, metric) ?? { total: 0, covered: 0 };
      const counts = toCounts(c);
      const passed = ratio(c) >= floor;
      gates.push({
        kind: 'ratchet',
        target: key,
        metric,
        threshold: floor,
        actual: counts,
        passed,
        files: group.length,
        message: passed
          ? `${key}: ${metric} ${counts.pct.toFixed(2)}% holds the baseline floor ${floor}%`
          : `${key}: ${metric} dropped to ${counts.pct.toFixed(2)}%, below the baseline floor ${floor}% (${options.file})`,
        // A dropped floor names the files that dragged it down, like any failing directory gate.
        ...(passed ? {} : { worstFiles: worstFiles(group, metric, options.worst ?? DEFAULT_WORST) }),
      });
    }
  }
  const raises: RatchetCheck['section']['raises'] = [];
  const nextFloors: Record<string, Floors> = {};
  for (const [key, floors] of Object.entries(stored)) nextFloors[key] = { ...floors };
  for (const [key, group] of [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    for (const metric of options.metrics) {
      const to = floorOf(group, metric);
      if (to === undefined) continue;
      const from = stored[key]?.[metric];
      if (from === undefined || to > from) {
        raises.push({ target: key, metric, from: from ?? null, to });
        (nextFloors[key] ??= {})[metric] = to;
      }
    }
  }
  return {
    gates,
    section: { file: options.file, updated: false, raises, stale },
    next: { version: 1, floors: nextFloors },
  };
}

/** Writes a baseline deterministically (sorted keys), atomically. */
export async function writeBaseline(file: string, baseline: CoverageGateBaseline): Promise<void> {
  await writeFileAtomic(file, stableStringify(baseline, 2));
}
