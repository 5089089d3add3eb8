import { fingerprint } from '../fingerprint.js';
import { isPlaceholderComment } from '../detectors/placeholder-comment.js';
import suppressionAddedInChange from '../detectors/suppression-added-in-change.js';
import vendoredDeclaredInChange from '../detectors/vendored-declared-in-change.js';
import type { AddedDeclaration } from '../vendored.js';
import { format, resolveDetectors, scanSource, unparsedFinding, withMessageId } from '../scan.js';
import type { ScanOptions, Severity, Violation } from '../types.js';
import type { ChangeEngine } from './compare.js';
import type { SuppressionRule } from './new-suppressions.js';

/** Scans one text; what a result cache wraps. */
export type SourceScanner = (text: string, fileName: string) => Violation[];

/** Options of {@link createChangeEngine}: the scan options plus how the change's own suppressions count. */
export interface ChangeEngineOptions extends ScanOptions {
  /** Let suppression comments the change adds silence its findings, as in a snapshot scan. Default false. */
  allowNewSuppressions?: boolean;
}

/**
 * The change engine for a set of scan options: `scanSource` with those options (or `scanner`, e.g.
 * a cached one), the placeholder detector's comment test, the placeholder rule as configured
 * (null when the config turns it off, so no drop is reported either), and the rule that reports
 * suppressions the change added (on unless `allowNewSuppressions` or the config turns it off).
 */
export function createChangeEngine(options: ChangeEngineOptions = {}, scanner?: SourceScanner): ChangeEngine {
  const placeholder = resolveDetectors(options).find((e) => e.detector.category === 'PLACEHOLDER_DROPPED');
  return {
    scan: scanner ?? ((text, fileName) => scanSource(text, fileName, options)),
    isPlaceholderComment,
    placeholderRule: placeholder ? { ruleId: placeholder.detector.id, severity: placeholder.severity, category: placeholder.detector.category } : null,
    fingerprint: ({ ruleId, file, text }) => fingerprint({ ruleId, file, content: `dropped\0${text}`, occurrence: 0 }),
    suppressionRule: options.allowNewSuppressions ? null : suppressionRuleFor(options),
    unscannable: (file, reason) => unparsedFinding('', file, options.config, reason),
    declaredVendored: declaredVendoredRuleFor(options),
    inChange: inChangeFor(options),
  };
}

// Rules with a `severityInChange`, as the options enable them and unless the config set their
// severity: a new finding at the rule's severity takes the change's (one graded by the detector
// keeps its grade).
function inChangeFor(options: ScanOptions): ((v: Violation) => Violation) | undefined {
  const raise = new Map<string, { from: Severity; to: Severity }>();
  for (const e of resolveDetectors(options)) {
    const to = e.detector.severityInChange;
    if (to && !e.configured) raise.set(e.detector.id, { from: e.severity, to });
  }
  if (raise.size === 0) return undefined;
  return (v) => {
    const r = raise.get(v.ruleId);
    return r && v.severity === r.from ? { ...v, severity: r.to } : v;
  };
}

// Like the suppression rule: on whatever rules are selected; only the config's `"off"` turns it off.
function declaredVendoredRuleFor(options: ScanOptions): ((file: string, d: AddedDeclaration) => Violation) | null {
  const detector = vendoredDeclaredInChange;
  const configured = options.config?.rules?.[detector.id];
  const set = typeof configured === 'string' ? configured : configured?.severity;
  if (set === 'off') return null;
  const severity: Severity = set ?? detector.severity;
  return (file, d) =>
    withMessageId(
      {
        ruleId: detector.id,
        category: detector.category,
        severity,
        confidence: 'high',
        message: format(detector.messages.added, { line: d.text.length > MAX_SNIPPET ? `${d.text.slice(0, MAX_SNIPPET - 1)}…` : d.text, attribute: d.attribute }),
        file,
        line: d.line,
        column: d.column,
        endLine: d.line,
        endColumn: d.column + d.text.length,
        snippet: d.text.length > MAX_SNIPPET ? `${d.text.slice(0, MAX_SNIPPET - 1)}…` : d.text,
        fingerprint: fingerprint({ ruleId: detector.id, file, content: `declared\0${d.text}`, occurrence: 0 }),
        suggestion: detector.suggestions?.added ?? '',
      },
      'added',
    );
}

const MAX_SNIPPET = 200;

// On whatever rules are selected (the change's integrity is not one rule among others); only the
// config's `"off"` or `allowNewSuppressions` turns it off.
function suppressionRuleFor(options: ScanOptions): SuppressionRule | null {
  const detector = suppressionAddedInChange;
  const configured = options.config?.rules?.[detector.id];
  const set = typeof configured === 'string' ? configured : configured?.severity;
  if (set === 'off') return null;
  const severity: Severity = set ?? detector.severity;
  return {
    ruleId: detector.id,
    severity,
    category: detector.category,
    report: ({ file, directive, silenced }) => {
      const rules = [...new Set(silenced.map((v) => v.ruleId))].sort();
      const first = (directive.comment.text.split(/\r?\n/)[0] ?? '').trim();
      return withMessageId(
        {
          ruleId: detector.id,
          category: detector.category,
          severity,
          // The comment is in the change's text: there is no doubt it was added.
          confidence: 'high',
          message: format(detector.messages.added, { directive: directive.value, count: silenced.length, s: silenced.length === 1 ? '' : 's', rules: rules.join(', ') }),
          file,
          line: directive.comment.line,
          column: directive.comment.column,
          endLine: directive.comment.endLine,
          endColumn: directive.comment.endColumn,
          snippet: first.length > MAX_SNIPPET ? `${first.slice(0, MAX_SNIPPET - 1)}…` : first,
          fingerprint: fingerprint({ ruleId: detector.id, file, content: `added\0${directive.value}`, occurrence: 0 }),
          suggestion: detector.suggestions?.added ?? '',
        },
        'added',
      );
    },
  };
}
