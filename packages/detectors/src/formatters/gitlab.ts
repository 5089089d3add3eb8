import { createHash } from 'node:crypto';
import { inertJson, type QualityReport } from '@readycheck/core';
import { isReported } from '../report.js';
import type { Severity } from '../types.js';
import type { FormatOptions } from './types.js';

/** GitLab's scale is info < minor < major < critical < blocker; readycheck's critical stays critical. */
const SEVERITY: Record<Severity, 'info' | 'minor' | 'major' | 'critical'> = { critical: 'critical', high: 'major', medium: 'minor', low: 'info' };

interface CodeQualityIssue {
  type: 'issue';
  description: string;
  check_name: string;
  fingerprint: string;
  severity: 'info' | 'minor' | 'major' | 'critical' | 'blocker';
  location: { path: string; lines: { begin: number; end: number } };
}

/**
 * GitLab Code Quality (a subset of the Code Climate issue format), for
 * `artifacts: reports: codequality:` in `.gitlab-ci.yml`: one issue per reported finding, plus
 * one `major` issue per file that could not be scanned. Fingerprints are the findings' own
 * content-based fingerprints (stable when unrelated lines move, so the merge-request widget
 * matches them across commits), made unique within the report as GitLab requires.
 */
export function gitlab(report: QualityReport, _options: FormatOptions = {}): string {
  const issues: CodeQualityIssue[] = [];
  const seen = new Map<string, number>();
  const unique = (key: string): string => {
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return createHash('sha256').update(n ? `${key}\u0000${n}` : key).digest('hex').slice(0, 32);
  };
  for (const v of report.violations) {
    if (!isReported(v)) continue;
    issues.push({
      type: 'issue',
      description: v.suggestion ? `${v.message} ${v.suggestion}` : v.message,
      check_name: v.ruleId,
      fingerprint: unique(`${v.file}\u0000${v.ruleId}\u0000${v.fingerprint}`),
      severity: SEVERITY[v.severity],
      location: { path: v.file, lines: { begin: v.line, end: v.endLine } },
    });
  }
  for (const e of report.errors) {
    issues.push({
      type: 'issue',
      description: `Not scanned: ${e.message}`,
      check_name: e.code,
      fingerprint: unique(`${e.file}\u0000${e.code}`),
      severity: 'major',
      location: { path: e.file, lines: { begin: e.line ?? 1, end: e.line ?? 1 } },
    });
  }
  return `${inertJson(JSON.stringify(issues, null, 2))}\n`;
}
