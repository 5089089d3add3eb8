import type { FileFacts } from './types.js';
import { linkFactsOf } from './crossfile.js';
import { detectInSource, detectorCoverage, type DetectorCoverage, type DetectorsConfig } from './detect.js';
import { extractText, inputKind } from './extract-text.js';
import { extractSource } from './extract.js';

/** Extracts one file's facts: one parse, shared by the extractor and the detectors. */
export function extractFile(text: string, relPath: string, hash: string, envExample?: string, detectorsConfig?: DetectorsConfig, coverage?: DetectorCoverage): FileFacts {
  const kind = inputKind(relPath, envExample);
  if (kind !== 'code') return extractText(text, relPath, kind ?? 'source', hash);
  const { facts, sourceFile } = extractSource(text, relPath, { hash });
  // Tests and candidates count only as a whole (what they import, what they would replace):
  // their markers and stubs are not the feature's, so the detectors need not walk them.
  if (facts.error || facts.role === 'test' || facts.role === 'candidate') return facts;
  facts.links = linkFactsOf(sourceFile, isEntryFacts(facts));
  const detected = detectInSource(text, relPath, detectorsConfig ? { sourceFile, config: detectorsConfig } : { sourceFile }, coverage ?? detectorCoverage(detectorsConfig));
  facts.markers.push(...detected.markers);
  facts.stubs.push(...detected.stubs);
  facts.findings.push(...detected.findings);
  return facts;
}

/** A command (other than a package.json script) or a route: the cross-file pass links it to its services. */
export function isEntryFacts(f: FileFacts): boolean {
  return f.role === 'source' && (f.commands.some((c) => c.kind !== 'npm-script') || f.routes.length > 0);
}
