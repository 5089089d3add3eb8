import { ReadycheckError } from '@readycheck/core';

/** One slice of a run split over a CI matrix: `index` of `total`, both 1-based. */
export interface Shard {
  index: number;
  total: number;
}

/** Parses `--shard i/n` (1 ≤ i ≤ n). Anything else is `RC_SHARD_INVALID` (exit 2). */
export function parseShard(value: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = m ? Number(m[1]) : NaN;
  const total = m ? Number(m[2]) : NaN;
  if (!m || total < 1 || index < 1 || index > total) {
    throw new ReadycheckError('RC_SHARD_INVALID', `--shard "${value}": expected i/n with 1 <= i <= n, e.g. 2/4`);
  }
  return { index, total };
}

/**
 * The files of one shard: the list sorted by path and dealt out in turn (file k goes to shard
 * k mod n), so every machine of a matrix, finding the same files, agrees without talking to the
 * others; the shards together hold every file exactly once; and their sizes differ by one at most.
 */
export function selectShard<T extends { relPath: string }>(files: readonly T[], shard: Shard): T[] {
  const sorted = [...files].sort((a, b) => (a.relPath < b.relPath ? -1 : a.relPath > b.relPath ? 1 : 0));
  return sorted.filter((_, k) => (k % shard.total) + 1 === shard.index);
}
