import type { EvidenceReportTypes } from '@readycheck/core';

/** The evidence lists of a feature, as the report schema defines them (`Feature.evidence`). */
export type EvidenceLists = EvidenceReportTypes.Feature['evidence'];

/** The evidence of one feature, before classification. */
export interface FeatureEvidence extends EvidenceLists {
  name: string;
  grouping: 'config' | 'derived';
  files: Set<string>;
}

/** One evidence list's key. */
export type EvidenceKey = keyof EvidenceLists;

/** Every evidence list of a feature, in report order. */
export const EVIDENCE_KEYS: readonly EvidenceKey[] = [
  'commands', 'routes', 'services', 'tables', 'tableRefs', 'events', 'jobs', 'envKeys', 'markers', 'tests', 'candidates', 'stubs', 'findings',
];

/** A feature with no evidence yet. */
export function emptyFeature(name: string, grouping: 'config' | 'derived' = 'derived'): FeatureEvidence {
  return { name, grouping, files: new Set(), commands: [], routes: [], services: [], tables: [], tableRefs: [], events: [], jobs: [], envKeys: [], markers: [], tests: [], candidates: [], stubs: [], findings: [] };
}
