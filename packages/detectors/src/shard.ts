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

// FNV-1a over the UTF-16 code units: small, fast and stable across machines and Node versions.
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/**
 * The shard (1-based) a file belongs to: a hash of its path relative to the scan root, so every
 * machine of a matrix agrees without talking to the others, a file stays in its shard when other
 * files come and go, and the shards together hold every file exactly once.
 */
export function shardOf(relPath: string, total: number): number {
  return (fnv1a(relPath.split('\\').join('/')) % total) + 1;
}

/** The files of one shard, in their original order. */
export function selectShard<T extends { relPath: string }>(files: readonly T[], shard: Shard): T[] {
  return files.filter((f) => shardOf(f.relPath, shard.total) === shard.index);
}
