import { readFile } from 'node:fs/promises';
import { DEFAULT_MAX_FILE_BYTES } from './discover.js';

/** A source file read as text. */
export interface LoadedSource {
  ok: true;
  text: string;
  bytes: number;
  /** True when the bytes were not valid UTF-8 and were decoded with replacement characters. */
  lossy: boolean;
}

/** A file that could not be loaded as text, and why. */
export interface SkippedSource {
  ok: false;
  reason: 'binary' | 'too-large' | 'unreadable';
  detail: string;
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const lenientDecoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });

/** True when the buffer looks binary: a NUL byte in its first 8000 bytes (git's heuristic). */
export function isBinary(buf: Uint8Array): boolean {
  const n = Math.min(buf.length, 8000);
  for (let i = 0; i < n; i++) if (buf[i] === 0) return true;
  return false;
}

/**
 * Reads a file as UTF-8 text for scanning. Never throws: binary, oversized and unreadable files
 * come back as `{ ok: false, reason }`; invalid UTF-8 is decoded leniently and flagged `lossy`.
 */
export async function loadSource(file: string, maxBytes = DEFAULT_MAX_FILE_BYTES): Promise<LoadedSource | SkippedSource> {
  let buf: Buffer;
  try {
    buf = await readFile(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { ok: false, reason: 'unreadable', detail: code ?? (err as Error).message };
  }
  return decodeSource(buf, maxBytes);
}

/** The decoding half of {@link loadSource}, for bytes that came from elsewhere (git, a cache). */
export function decodeSource(buf: Uint8Array, maxBytes = DEFAULT_MAX_FILE_BYTES): LoadedSource | SkippedSource {
  if (buf.length > maxBytes) return { ok: false, reason: 'too-large', detail: `${buf.length} bytes is over the limit of ${maxBytes}` };
  if (isBinary(buf)) return { ok: false, reason: 'binary', detail: 'contains NUL bytes' };
  try {
    return { ok: true, text: decoder.decode(buf), bytes: buf.length, lossy: false };
  } catch {
    return { ok: true, text: lenientDecoder.decode(buf), bytes: buf.length, lossy: true };
  }
}
