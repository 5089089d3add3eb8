import { fingerprint } from '../fingerprint.js';
import { isPlaceholderComment } from '../detectors/placeholder-comment.js';
import { resolveDetectors, scanSource } from '../scan.js';
import type { ScanOptions, Violation } from '../types.js';
import type { ChangeEngine } from './compare.js';

/** Scans one text; what a result cache wraps. */
export type SourceScanner = (text: string, fileName: string) => Violation[];

/**
 * The change engine for a set of scan options: `scanSource` with those options (or `scanner`, e.g.
 * a cached one), the placeholder detector's comment test, and the placeholder rule as configured
 * (null when the config turns it off, so no drop is reported either).
 */
export function createChangeEngine(options: ScanOptions = {}, scanner?: SourceScanner): ChangeEngine {
  const placeholder = resolveDetectors(options).find((e) => e.detector.category === 'PLACEHOLDER_DROPPED');
  return {
    scan: scanner ?? ((text, fileName) => scanSource(text, fileName, options)),
    isPlaceholderComment,
    placeholderRule: placeholder ? { ruleId: placeholder.detector.id, severity: placeholder.severity, category: placeholder.detector.category } : null,
    fingerprint: ({ ruleId, file, text }) => fingerprint({ ruleId, file, content: `dropped\0${text}`, occurrence: 0 }),
  };
}
