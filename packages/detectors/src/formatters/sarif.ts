import { stableStringify, type QualityReport } from '@readycheck/core';
import { detectors as builtinDetectors } from '../detectors/index.js';
import type { Confidence, Detector, Severity, Violation } from '../types.js';
import type { FormatOptions } from './types.js';

/** GitHub code scanning accepts at most this many results per run. */
export const SARIF_RESULT_LIMIT = 5000;

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { critical: 'error', high: 'error', medium: 'warning', low: 'note' };
// GitHub maps security-severity to critical (>= 9.0), high (7.0-8.9), medium (4.0-6.9), low (0.1-3.9).
const SECURITY_SEVERITY: Record<Severity, string> = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0' };
// `result.rank` (SARIF 2.1.0 §3.27.31: 0.0 to 100.0, higher is more important): severity weighted by
// how sure the detector is, so a critical lead of low confidence ranks below a sure high finding.
const SEVERITY_WEIGHT: Record<Severity, number> = { critical: 100, high: 75, medium: 50, low: 25 };
const CONFIDENCE_WEIGHT: Record<Confidence, number> = { high: 1, medium: 0.7, low: 0.4 };
/** The SARIF `rank` of a finding: severity (critical 100 … low 25) times confidence (high 1, medium 0.7, low 0.4). */
export function rankOf(severity: Severity, confidence: Confidence = 'high'): number {
  return Math.round(SEVERITY_WEIGHT[severity] * CONFIDENCE_WEIGHT[confidence] * 10) / 10;
}
/** The key readycheck puts in `partialFingerprints` (never GitHub's reserved `primaryLocationLineHash`). */
export const FINGERPRINT_KEY = 'readycheckFingerprint/v1';

function rule(detector: Detector): Record<string, unknown> {
  const tags = [detector.category.toLowerCase().replace(/_/g, '-')];
  const isSecurity = detector.category === 'SECURITY_RISK';
  if (isSecurity) tags.unshift('security');
  const d = detector.docs;
  const markdown = [
    `**${d.description}**`,
    '',
    d.why,
    '',
    'Reported:',
    '```ts',
    d.bad,
    '```',
    'Instead:',
    '```ts',
    d.good,
    '```',
    ...(d.eslint ? ['', `Compared with ESLint: ${d.eslint}`] : []),
    ...(d.precision ? ['', `Measured precision: ${d.precision}`] : []),
  ].join('\n');
  return {
    id: detector.id,
    name: detector.id
      .split('-')
      .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
      .join(''),
    shortDescription: { text: d.description },
    fullDescription: { text: `${d.description} ${d.why}` },
    help: { text: `${d.description}\n\n${d.why}\n\nReported:\n${d.bad}\n\nInstead:\n${d.good}${d.precision ? `\n\nMeasured precision: ${d.precision}` : ''}`, markdown },
    helpUri: d.url,
    defaultConfiguration: { level: LEVEL[detector.severity], enabled: detector.enabledByDefault },
    properties: {
      category: detector.category,
      severity: detector.severity,
      tags,
      // GitHub code scanning's rule precision: the confidence the detector's findings have by default.
      precision: detector.confidence ?? 'high',
      ...(isSecurity ? { 'security-severity': SECURITY_SEVERITY[detector.severity] } : {}),
    },
  };
}

function result(v: Violation, ruleIndex: number | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {
    ruleId: v.ruleId,
    level: LEVEL[v.severity],
    message: { text: v.suggestion ? `${v.message} ${v.suggestion}` : v.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: encodeURI(v.file), uriBaseId: '%SRCROOT%' },
          region: { startLine: v.line, startColumn: v.column, endLine: v.endLine, endColumn: v.endColumn, snippet: { text: v.snippet } },
        },
      },
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: v.fingerprint },
    rank: rankOf(v.severity, v.confidence),
    properties: { category: v.category, severity: v.severity, confidence: v.confidence ?? 'high' },
  };
  if (ruleIndex !== undefined) out.ruleIndex = ruleIndex;
  if (v.suppression) {
    out.suppressions = [
      v.suppression.justification === undefined ? { kind: v.suppression.kind } : { kind: v.suppression.kind, justification: v.suppression.justification },
    ];
  }
  if (v.baselineState) out.baselineState = v.baselineState;
  if (v.droppedLines !== undefined) (out.properties as Record<string, unknown>).droppedLines = v.droppedLines;
  if (v.droppedRange) (out.properties as Record<string, unknown>).droppedRange = v.droppedRange;
  return out;
}

/**
 * A baseline entry whose finding is gone, as a SARIF result with `baselineState: "absent"`. It is
 * level `none`, externally suppressed, and keyed under its own fingerprint name, so code scanning
 * never reopens or keeps open the alert of the fixed finding.
 */
function absentResult(e: NonNullable<QualityReport['staleBaseline']>[number], ruleIndex: number | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {
    ruleId: e.ruleId,
    level: 'none',
    message: { text: `Stale baseline entry: this ${e.ruleId} finding is gone; prune it with --update-baseline.` },
    locations: [{ physicalLocation: { artifactLocation: { uri: encodeURI(e.file), uriBaseId: '%SRCROOT%' } } }],
    partialFingerprints: { 'readycheckStaleBaseline/v1': e.fingerprint },
    baselineState: 'absent',
    suppressions: [{ kind: 'external', justification: 'stale baseline entry' }],
  };
  if (ruleIndex !== undefined) out.ruleIndex = ruleIndex;
  return out;
}

/**
 * SARIF 2.1.0 for GitHub code scanning: every detector of the run declared in `tool.driver.rules`
 * (not only those that fired) with help, `defaultConfiguration.level`, tags and, for security
 * rules, `security-severity`; relative URIs under `%SRCROOT%`; 1-based regions in UTF-16 code
 * units; readycheck's content fingerprint in `partialFingerprints`; inline suppressions as
 * `suppressions[{ kind: "inSource", justification }]`; a warning notification when the run has
 * more than 5,000 results (code scanning's cap); unreadable files as notifications.
 */
export function sarif(report: QualityReport, options: FormatOptions = {}): string {
  const all = [...(options.detectors ?? Object.values(builtinDetectors))].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const index = new Map(all.map((d, i) => [d.id, i]));
  const notifications: Record<string, unknown>[] = [];
  if (report.violations.length > SARIF_RESULT_LIMIT) {
    notifications.push({
      level: 'warning',
      descriptor: { id: 'too-many-results' },
      message: {
        text: `This run has ${report.violations.length} results; GitHub code scanning keeps only the first ${SARIF_RESULT_LIMIT}. Narrow the scan (--rule, --category, --severity-threshold with --quiet) or fix findings first.`,
      },
    });
  }
  for (const e of report.errors) {
    notifications.push({
      level: 'warning',
      descriptor: { id: e.code },
      message: { text: e.message },
      locations: [{ physicalLocation: { artifactLocation: { uri: encodeURI(e.file), uriBaseId: '%SRCROOT%' }, ...(e.line ? { region: { startLine: e.line } } : {}) } }],
    });
  }
  for (const s of report.skipped) {
    notifications.push({
      level: 'note',
      descriptor: { id: `skipped-${s.reason}` },
      message: { text: `${s.file} was not scanned: ${s.reason}${s.detail ? ` (${s.detail})` : ''}` },
    });
  }
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'quality-scan',
            fullName: 'readycheck quality-scan',
            version: report.tool.version,
            semanticVersion: report.tool.version,
            informationUri: 'https://readycheck.dev',
            rules: all.map(rule),
          },
        },
        automationDetails: { id: 'readycheck/quality-scan/' },
        columnKind: 'utf16CodeUnits',
        invocations: [
          {
            executionSuccessful: report.errors.length === 0,
            toolExecutionNotifications: notifications,
            // The files not scanned, per reason (also one notification each above).
            ...(report.summary.skipped ? { properties: { filesScanned: report.summary.files, skipped: report.summary.skipped } } : {}),
          },
        ],
        results: [...report.violations.map((v) => result(v, index.get(v.ruleId))), ...(report.staleBaseline ?? []).map((e) => absentResult(e, index.get(e.ruleId)))],
      },
    ],
  };
  return stableStringify(log);
}
