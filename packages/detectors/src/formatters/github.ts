import { escapeControl, type QualityReport } from '@readycheck/core';
import type { Severity } from '../types.js';
import { skipReasons } from '../report.js';
import type { FormatOptions } from './types.js';

const COMMAND: Record<Severity, string> = { critical: 'error', high: 'error', medium: 'warning', low: 'notice' };

// GitHub workflow-command escaping: data escapes %, CR, LF; property values also : and ,. Other
// control characters (ESC, BEL, C1, bidi), which the runner does not decode, are written as
// `\x1B`-style text so they never reach a terminal or the log raw.
function escapeData(s: string): string {
  return escapeControl(s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}
function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * GitHub Actions workflow annotations, one per reported finding:
 * `::error file=src/a.ts,line=3,endLine=3,col=5,endColumn=12,title=explicit-any (medium)::message`.
 * critical and high become `error`, medium `warning`, low `notice`; a finding of medium or low
 * confidence says so in its title (`sql-injection (medium, low confidence)`). Files that could not be
 * scanned become warnings.
 */
export function github(report: QualityReport, _options: FormatOptions = {}): string {
  const lines: string[] = [];
  for (const v of report.violations) {
    if (v.suppression) continue;
    const props = [
      `file=${escapeProperty(v.file)}`,
      `line=${v.line}`,
      `endLine=${v.endLine}`,
      `col=${v.column}`,
      `endColumn=${v.endColumn}`,
      `title=${escapeProperty(v.confidence && v.confidence !== 'high' ? `${v.ruleId} (${v.severity}, ${v.confidence} confidence)` : `${v.ruleId} (${v.severity})`)}`,
    ];
    const message = v.suggestion ? `${v.message}\n${v.suggestion}` : v.message;
    lines.push(`::${COMMAND[v.severity]} ${props.join(',')}::${escapeData(message)}`);
  }
  for (const e of report.errors) {
    lines.push(`::warning file=${escapeProperty(e.file)}${e.line ? `,line=${e.line}` : ''},title=${escapeProperty(e.code)}::${escapeData(e.message)}`);
  }
  const s = report.summary;
  lines.push(
    `quality-scan: ${s.violations} problem${s.violations === 1 ? '' : 's'} (${s.bySeverity.critical} critical, ${s.bySeverity.high} high, ${s.bySeverity.medium} medium, ${s.bySeverity.low} low) in ${s.files} file${s.files === 1 ? '' : 's'}${s.skipped ? `; not scanned: ${skipReasons(s)}` : ''}`,
  );
  return `${lines.join('\n')}\n`;
}
