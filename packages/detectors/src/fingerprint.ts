import { hash } from 'node:crypto';

/** What a fingerprint is computed from. */
export interface FingerprintInput {
  ruleId: string;
  /** Path relative to the scan root, forward slashes. */
  file: string;
  /** The finding's content key: usually the reported node's text (see {@link normalizeFingerprintContent}). */
  content: string;
  /** 0-based index among findings of the same rule, file and content, in source order. */
  occurrence: number;
}

/**
 * Normalises the content part of a fingerprint: whitespace runs become one space, so
 * re-indenting or re-wrapping code keeps its fingerprints; capped at 2,000 characters.
 */
export function normalizeFingerprintContent(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, 2000);
}

/**
 * The stable, content-based key of a finding: a hash of rule id, file, normalised content and
 * its occurrence index among identical ones. Line numbers are not part of it, so the key does not
 * change when unrelated lines are added or removed above the finding. Baselines, diff mode and
 * SARIF `partialFingerprints` all use it.
 *
 * @example
 * fingerprint({ ruleId: 'explicit-any', file: 'src/a.ts', content: 'x as any', occurrence: 0 });
 * // → 32 hex characters
 */
export function fingerprint(input: FingerprintInput): string {
  // crypto.hash (Node 20.12+): the same SHA-256, one call instead of a Hash object per finding.
  return hash('sha256', `${input.ruleId}\0${input.file}\0${normalizeFingerprintContent(input.content)}\0${input.occurrence}`, 'hex').slice(0, 32);
}
