import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { writeFileAtomic } from '@readycheck/core';
import type { FileFacts } from './types.js';

/** Bumped whenever extraction changes what it stores, so old caches are ignored. */
export const CACHE_FORMAT = 12;

/** The content-hash cache: facts by file (valid while the hash matches), cross-file link facts included. */
export interface EvidenceCache {
  format: number;
  /** Tool version and settings that change extraction; a mismatch empties the cache. */
  key: string;
  files: Record<string, FileFacts>;
}

/** Hash of a file's content (sha1, hex), as stored in {@link FileFacts.hash}. */
export function contentHash(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

/** Reads a cache file; a missing, unreadable, corrupt or stale one is an empty cache. */
export async function readCache(file: string, key: string): Promise<EvidenceCache> {
  const empty: EvidenceCache = { format: CACHE_FORMAT, key, files: {} };
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return empty; // no cache yet: the first run builds it
  }
  try {
    const data = JSON.parse(text) as Partial<EvidenceCache>;
    if (data.format !== CACHE_FORMAT || data.key !== key || typeof data.files !== 'object' || data.files === null) return empty;
    return data as EvidenceCache;
  } catch {
    return empty; // a corrupt cache is rebuilt, never an error
  }
}

/** Writes the cache atomically. */
export async function writeCache(file: string, cache: EvidenceCache): Promise<void> {
  await writeFileAtomic(file, JSON.stringify(cache));
}
