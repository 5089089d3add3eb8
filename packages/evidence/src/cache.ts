import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { writeFileAtomic, type EvidenceReport } from '@readycheck/core';
import type { Classification } from './classify.js';
import type { FileFacts } from './types.js';

/** Bumped whenever extraction changes what it stores, so old caches are ignored. */
export const CACHE_FORMAT = 19;

/** A whole scan's result, kept for a rerun over exactly the same files and settings. */
export interface CachedResult {
  /** Hash of everything the result depends on: every file's hash, the skipped files, the config, the path aliases. */
  digest: string;
  report: EvidenceReport;
  classifications: Array<[string, Classification]>;
}

/**
 * The content-hash cache. The facts and the last result are parsed from the cache file only when
 * needed: a rerun over an unchanged tree reads the hashes and the result, never the facts of a
 * thousand files.
 */
export interface EvidenceCache {
  format: number;
  /** Tool version and settings that change extraction; a mismatch empties the cache. */
  key: string;
  /** Content hash of each file's text, by path. */
  hashes: Record<string, string>;
  /** Facts by file (cross-file link facts included), valid while the file's hash matches. */
  facts: () => Record<string, FileFacts>;
  /** The last scan's result, if any. */
  result: () => CachedResult | null;
}

// On disk: three lines of JSON — the header (format, key, hashes), the last result, the facts —
// so a rerun parses the header and the result, and decodes the facts' bytes only when it needs them.
interface CacheHeader {
  format: number;
  key: string;
  hashes: Record<string, string>;
}

/** Hash of a file's content (sha1, hex), as stored in {@link FileFacts.hash}. */
export function contentHash(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

/** A cache over facts (and a result) in memory. */
export function memoryCache(key: string, facts: Record<string, FileFacts> = {}, result: CachedResult | null = null): EvidenceCache {
  const hashes: Record<string, string> = {};
  for (const [file, f] of Object.entries(facts)) hashes[file] = f.hash;
  return { format: CACHE_FORMAT, key, hashes, facts: () => facts, result: () => result };
}

function lazy<T>(bytes: Buffer, fallback: T): () => T {
  let value: T | undefined;
  return () => {
    if (value === undefined) {
      try {
        value = bytes.length === 0 ? fallback : (JSON.parse(bytes.toString('utf8')) as T);
      } catch {
        value = fallback; // a corrupt section is an empty one: the scan recomputes it
      }
    }
    return value;
  };
}

/** Reads a cache file; a missing, unreadable, corrupt or stale one is an empty cache. */
export async function readCache(file: string, key: string): Promise<EvidenceCache> {
  const empty = memoryCache(key);
  let buf: Buffer;
  try {
    buf = await readFile(file);
  } catch {
    return empty; // no cache yet: the first run builds it
  }
  const end1 = buf.indexOf(10);
  const end2 = end1 < 0 ? -1 : buf.indexOf(10, end1 + 1);
  if (end2 < 0) return empty;
  let header: Partial<CacheHeader>;
  try {
    header = JSON.parse(buf.subarray(0, end1).toString('utf8')) as Partial<CacheHeader>;
  } catch {
    return empty; // a corrupt cache is rebuilt, never an error
  }
  if (header.format !== CACHE_FORMAT || header.key !== key || typeof header.hashes !== 'object' || header.hashes === null) return empty;
  return {
    format: CACHE_FORMAT,
    key,
    hashes: header.hashes,
    // A section that does not parse is empty: its files miss, and are extracted again.
    facts: lazy<Record<string, FileFacts>>(buf.subarray(end2 + 1), {}),
    result: lazy<CachedResult | null>(buf.subarray(end1 + 1, end2), null),
  };
}

/** Writes the cache atomically. */
export async function writeCache(file: string, cache: EvidenceCache): Promise<void> {
  const header: CacheHeader = { format: cache.format, key: cache.key, hashes: cache.hashes };
  const result = cache.result();
  await writeFileAtomic(file, `${JSON.stringify(header)}\n${result ? JSON.stringify(result) : ''}\n${JSON.stringify(cache.facts())}`);
}
