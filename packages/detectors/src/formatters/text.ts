import pc from 'picocolors';
import { escapeControl as safe, type QualityReport } from '@readycheck/core';
import type { Severity } from '../types.js';
import { skipReasons } from '../report.js';
import type { FormatOptions } from './types.js';

/**
 * ESLint's "stylish" layout: findings grouped by file, one aligned row each
 * (`line:col  severity  message  rule-id`), then skipped files and errors, then a summary line.
 * Suppressed findings are not listed; they are counted in the summary. File names, ids and
 * messages come from the scanned tree: control characters and newlines in them are escaped, so a
 * file named `x.ts\n::warning::…` cannot print a line of its own (or a terminal escape).
 */
export function text(report: QualityReport, options: FormatOptions = {}): string {
  const c = pc.createColors(options.color ?? false);
  const paint: Record<Severity, (s: string) => string> = { critical: (s) => c.bold(c.red(s)), high: c.red, medium: c.yellow, low: c.dim };
  const out: string[] = [];
  const byFile = new Map<string, QualityReport['violations']>();
  for (const v of report.violations) {
    if (v.suppression) continue;
    const list = byFile.get(v.file) ?? [];
    list.push(v);
    byFile.set(v.file, list);
  }
  for (const [file, list] of byFile) {
    out.push(c.underline(safe(file)));
    // A finding the detector is less than sure of says so after its message.
    const rows = list.map((v) => [`${v.line}:${v.column}`, v.severity, safe(v.confidence && v.confidence !== 'high' ? `${v.message} (${v.confidence} confidence)` : v.message), safe(v.ruleId)] as const);
    const w0 = Math.max(...rows.map((r) => r[0].length));
    const w1 = Math.max(...rows.map((r) => r[1].length));
    const w2 = Math.max(...rows.map((r) => r[2].length));
    rows.forEach((r, i) => {
      const v = list[i];
      const sev = v ? paint[v.severity](r[1].padEnd(w1)) : r[1];
      out.push(`  ${c.dim(r[0].padEnd(w0))}  ${sev}  ${r[2].padEnd(w2)}  ${c.dim(r[3])}`);
    });
    out.push('');
  }
  if (report.skipped.length) {
    out.push(c.dim(`Skipped ${report.skipped.length} file${report.skipped.length === 1 ? '' : 's'}:`));
    for (const s of report.skipped) out.push(c.dim(`  ${safe(s.file)}: ${s.reason}${s.detail ? ` (${safe(s.detail)})` : ''}`));
    out.push('');
  }
  if (report.errors.length) {
    out.push(c.red(`Could not scan ${report.errors.length} file${report.errors.length === 1 ? '' : 's'}:`));
    for (const e of report.errors) out.push(`  ${safe(e.file)}${e.line ? `:${e.line}` : ''}: ${e.code}: ${safe(e.message)}`);
    out.push('');
  }
  const s = report.summary;
  const counts = `${s.bySeverity.critical} critical, ${s.bySeverity.high} high, ${s.bySeverity.medium} medium, ${s.bySeverity.low} low`;
  const extra = [
    s.suppressed ? `${s.suppressed} suppressed` : '',
    s.baselined ? `${s.baselined} baselined` : '',
    `${s.files} file${s.files === 1 ? '' : 's'} scanned`,
    s.skipped ? `not scanned: ${skipReasons(s)}` : '',
  ].filter(Boolean);
  if (s.violations === 0) out.push(c.green(`✔ No problems (${extra.join(', ')})`));
  else {
    const mark = s.bySeverity.critical || s.bySeverity.high ? c.red('✖') : c.yellow('✖');
    out.push(`${mark} ${s.violations} problem${s.violations === 1 ? '' : 's'} (${counts}; ${extra.join(', ')})`);
  }
  if (options.severityThreshold) out.push(c.dim(`Exit threshold: ${options.severityThreshold}`));
  return `${out.join('\n')}\n`;
}
