import { readFile } from 'node:fs/promises';
import { parseJson, ReadycheckError, type EvidenceReport } from '@readycheck/core';

type Status = 'PASS' | 'WARN' | 'FAIL' | 'SKIP';
type Comparison = NonNullable<EvidenceReport['comparison']>;
type Movement = Comparison['movements'][number];

/**
 * How good a status is. SKIP ranks with WARN: a feature that stopped being judged is not a pass,
 * and a WARN that becomes SKIP (or back) is not a regression.
 */
export const STATUS_RANK: Readonly<Record<Status, number>> = { FAIL: 0, WARN: 1, SKIP: 1, PASS: 2 };

/** The status of each feature in an earlier evidence.json, keyed by name. */
export type PreviousStatuses = Map<string, { status: Status; confidence: number | null }>;

/**
 * Reads the features of a previous evidence.json. Only `features[].name`, `status` and
 * `confidence` are needed, so reports from older versions compare too. A missing or malformed
 * file is a one-line error (exit 2).
 */
export async function readPrevious(file: string): Promise<PreviousStatuses> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    throw new ReadycheckError(code === 'ENOENT' ? 'RC_FILE_NOT_FOUND' : 'RC_FILE_UNREADABLE', `${file}: cannot read the previous report (${code ?? (cause as Error).message})`, { cause, file });
  }
  const data = parseJson(text, file) as { features?: unknown };
  if (!Array.isArray(data?.features)) throw new ReadycheckError('RC_SCHEMA_MISMATCH', `${file}: /features: expected an array of features (is this an evidence.json?)`, { file, pointer: '/features' });
  const out: PreviousStatuses = new Map();
  data.features.forEach((f: unknown, i: number) => {
    const { name, status, confidence } = (f ?? {}) as { name?: unknown; status?: unknown; confidence?: unknown };
    if (typeof name !== 'string' || typeof status !== 'string' || !(status in STATUS_RANK)) {
      throw new ReadycheckError('RC_SCHEMA_MISMATCH', `${file}: /features/${i}: expected a name and a status of PASS, WARN, FAIL or SKIP`, { file, pointer: `/features/${i}` });
    }
    out.set(name, { status: status as Status, confidence: typeof confidence === 'number' ? confidence : null });
  });
  return out;
}

/**
 * Status movement per feature between a previous report and this one: `up`, `down`, `same`,
 * `new` or `removed`, sorted by feature. `regressions` counts the `down` moves.
 *
 * @example
 * const cmp = compareReports(await readPrevious('old/evidence.json'), report, 'old/evidence.json');
 * cmp.movements.filter((m) => m.direction === 'down');
 */
export function compareReports(previous: PreviousStatuses, current: EvidenceReport, previousPath: string): Comparison {
  const now = new Map(current.features.map((f) => [f.name, f]));
  const names = [...new Set([...previous.keys(), ...now.keys()])].sort();
  const movements: Movement[] = names.map((feature) => {
    const before = previous.get(feature);
    const after = now.get(feature);
    const from = before?.status ?? null;
    const to = after?.status ?? null;
    let direction: Movement['direction'];
    if (!before) direction = 'new';
    else if (!after) direction = 'removed';
    else {
      const delta = STATUS_RANK[after.status] - STATUS_RANK[before.status];
      direction = delta > 0 ? 'up' : delta < 0 ? 'down' : 'same';
    }
    return { feature, from, to, direction, confidenceFrom: before?.confidence ?? null, confidenceTo: after?.confidence ?? null };
  });
  return { previous: previousPath, movements, regressions: movements.filter((m) => m.direction === 'down').length };
}
