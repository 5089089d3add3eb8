import { readFileSync } from 'node:fs';
import { decodeSource, type LoadedSource, type SkippedSource } from '@readycheck/core';
import { messageIdOf, scanSource } from './scan.js';
import type { ScanOptions, Violation } from './types.js';

/** A file to scan: where it is and the path the report names it by. */
export interface FileToScan {
  path: string;
  relPath: string;
}

/**
 * What scanning one file gave: its findings (with the message id of each, so a result that crossed
 * a thread boundary keeps them), the detectors that failed on it, or why it was not scanned.
 * Plain data: it is what a scan worker posts back to the main thread.
 */
export type FileScanResult =
  | { relPath: string; skipped: { reason: SkippedSource['reason']; detail: string } }
  | { relPath: string; violations: Violation[]; messageIds: Array<string | undefined>; failures: string[] };

/**
 * Reads one file (synchronously: for source-sized files a blocking read takes tens of
 * microseconds, while fs/promises' readFile takes four thread-pool round trips per file) and
 * scans it. Never throws: an unreadable, binary or too large file comes back as `skipped`.
 */
export function scanOneFile(file: FileToScan, scanOptions: ScanOptions, maxFileBytes: number | undefined, scan: typeof scanSource = scanSource): FileScanResult {
  const source = readSource(file.path, maxFileBytes);
  if (!source.ok) return { relPath: file.relPath, skipped: { reason: source.reason, detail: source.detail } };
  const failures: string[] = [];
  const violations = scan(source.text, file.relPath, { ...scanOptions, onDetectorError: (e) => failures.push(`${e.ruleId}: ${e.message}`) });
  return { relPath: file.relPath, violations, messageIds: violations.map(messageIdOf), failures };
}

/** `loadSource` from core, synchronously: the same decoding, binary/too-large/unreadable results. */
export function readSource(file: string, maxBytes: number | undefined): LoadedSource | SkippedSource {
  let buf: Buffer;
  try {
    buf = readFileSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { ok: false, reason: 'unreadable', detail: code ?? (err as Error).message };
  }
  return decodeSource(buf, maxBytes);
}
