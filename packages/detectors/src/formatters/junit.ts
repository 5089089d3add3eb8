import { escapeControl as safe, type QualityReport } from '@readycheck/core';
import type { Violation } from '../types.js';
import { isReported } from '../report.js';
import type { FormatOptions } from './types.js';

// XML 1.0 allows tab, LF, CR and U+0020 and above (less the surrogate range handled by the
// engine and U+FFFE/U+FFFF); anything else in a message or path is replaced, never emitted raw.
const INVALID_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
// Valid XML, but a terminal may act on them (C1 controls such as CSI) or reorder text (bidi
// controls): written as character references, so the report read raw on a console stays inert.
const REFERENCED = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const reference = (ch: string): string => `&#x${ch.charCodeAt(0).toString(16).toUpperCase()};`;
function attr(s: string): string {
  return s
    .replace(INVALID_XML, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;')
    .replace(REFERENCED, reference);
}
function text(s: string): string {
  return s.replace(INVALID_XML, '\uFFFD').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(REFERENCED, reference);
}

// The body is text printed as is when the report goes to stdout in CI: each part is kept to one
// line (escapeControl), so neither a file name nor a line of the scanned code can start a line
// of its own (a `::warning …` workflow command at column 0).
function failure(v: Violation): string {
  const body = `${safe(v.file)}:${v.line}:${v.column} ${v.severity} ${safe(v.ruleId)}: ${safe(v.message)}${v.suggestion ? `\n${safe(v.suggestion)}` : ''}\n${safe(v.snippet)}`;
  return `      <failure message="${attr(v.message)}" type="${attr(v.severity)}">${text(body)}</failure>`;
}

/**
 * JUnit XML, for CI systems that show test results (GitLab `artifacts: reports: junit:`, Jenkins,
 * Azure): one `<testsuite>` per file with findings, one failed `<testcase>` per finding (named by
 * rule and position, `classname` the file), one `<testcase>` with an `<error>` per file that could
 * not be scanned; a run without findings is one passing test case, so the report is never empty.
 */
export function junit(report: QualityReport, _options: FormatOptions = {}): string {
  const byFile = new Map<string, Violation[]>();
  for (const v of report.violations) {
    if (!isReported(v)) continue;
    const list = byFile.get(v.file) ?? [];
    list.push(v);
    byFile.set(v.file, list);
  }
  const suites: string[] = [];
  for (const [file, found] of [...byFile].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const cases = found.map(
      (v) => `    <testcase name="${attr(`${v.ruleId} at ${v.line}:${v.column}`)}" classname="${attr(file)}" file="${attr(file)}" line="${v.line}" time="0">\n${failure(v)}\n    </testcase>`,
    );
    suites.push(`  <testsuite name="${attr(file)}" tests="${found.length}" failures="${found.length}" errors="0" skipped="0" time="0">\n${cases.join('\n')}\n  </testsuite>`);
  }
  if (report.errors.length) {
    const cases = report.errors.map(
      (e) =>
        `    <testcase name="${attr(`not scanned: ${e.file}`)}" classname="${attr(e.file)}" time="0">\n      <error message="${attr(e.message)}" type="${attr(e.code)}">${text(safe(`${e.file}: ${e.message}`))}</error>\n    </testcase>`,
    );
    suites.push(`  <testsuite name="files not scanned" tests="${report.errors.length}" failures="0" errors="${report.errors.length}" skipped="0" time="0">\n${cases.join('\n')}\n  </testsuite>`);
  }
  let tests = 0;
  let failures = 0;
  for (const list of byFile.values()) {
    tests += list.length;
    failures += list.length;
  }
  tests += report.errors.length;
  if (!suites.length) {
    const s = report.summary;
    suites.push(
      `  <testsuite name="quality-scan" tests="1" failures="0" errors="0" skipped="0" time="0">\n    <testcase name="${attr(`no problems in ${s.files} file${s.files === 1 ? '' : 's'}`)}" classname="quality-scan" time="0"/>\n  </testsuite>`,
    );
    tests = 1;
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="quality-scan" tests="${tests}" failures="${failures}" errors="${report.errors.length}" time="0">\n${suites.join('\n')}\n</testsuites>\n`;
}
