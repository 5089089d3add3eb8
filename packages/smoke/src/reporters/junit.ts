import path from 'node:path';
import { writeFileAtomic, type SmokeReport, type SmokeReportTypes } from '@readycheck/core';
import { isBlocked } from '../report.js';
import type { Reporter, ReporterContext } from './types.js';

type Test = SmokeReportTypes.Test;

/** File name of the JUnit report inside the output directory. */
export const JUNIT_FILE = 'junit.xml';

/** Longest attachment text written into `<system-out>`, per check. */
const MAX_OUTPUT_CHARS = 64 * 1024;

/**
 * Renders a smoke report as JUnit XML, the format CI systems (GitLab, Jenkins, GitHub test
 * reporters, Azure) read: one `<testsuite>` per category (sorted by name), one `<testcase>` per
 * check in report order with `classname` `category.component`.
 *
 * - failed: `<failure>` with the first failed attempt, one `<rerunFailure>` per failed retry;
 * - flaky (passed on a retry): a passing test case with one `<flakyFailure>` per failed attempt
 *   (Maven Surefire's convention, which Jenkins and others understand) and `flaky=true`;
 * - blocked: `<skipped>` naming the failed dependencies; skipped and interrupted: `<skipped>`;
 * - check id, priority, component, retries and tags as `<properties>`; attachments in `<system-out>`.
 *
 * Same report in, same bytes out: times come from the report, never from the clock.
 *
 * @example
 * const xml = renderJunit(report);
 */
export function renderJunit(report: SmokeReport): string {
  const byCategory = new Map<string, Test[]>();
  for (const test of report.results.tests) {
    const list = byCategory.get(test.extra.category);
    if (list) list.push(test);
    else byCategory.set(test.extra.category, [test]);
  }
  const categories = [...byCategory.keys()].sort();
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const all = counts(report.results.tests);
  const start = report.results.summary.start;
  const totalMs = report.results.summary.duration ?? Math.max(0, report.results.summary.stop - start);
  out.push(
    `<testsuites${attrs({
      name: report.results.tool.name,
      tests: all.tests,
      failures: all.failures,
      errors: 0,
      skipped: all.skipped,
      time: seconds(totalMs),
      timestamp: isoTime(start),
    })}>`,
  );
  for (const category of categories) {
    const tests = byCategory.get(category)!;
    const c = counts(tests);
    const suiteStart = Math.min(...tests.map((t) => t.start ?? start));
    out.push(
      `  <testsuite${attrs({
        name: category,
        tests: c.tests,
        failures: c.failures,
        errors: 0,
        skipped: c.skipped,
        time: seconds(tests.reduce((sum, t) => sum + t.duration, 0)),
        timestamp: isoTime(suiteStart),
      })}>`,
    );
    for (const test of tests) out.push(...testcase(test));
    out.push('  </testsuite>');
  }
  out.push('</testsuites>', '');
  return out.join('\n');
}

function testcase(test: Test): string[] {
  const x = test.extra;
  const head = `    <testcase${attrs({
    name: test.name,
    classname: `${x.category}.${x.component}`,
    time: seconds(test.duration),
    file: test.filePath,
  })}`;
  const body: string[] = [];
  const props: Array<[string, string]> = [
    ['id', x.id],
    ['priority', x.priority],
    ['component', x.component],
    ['category', x.category],
  ];
  if (test.rawStatus !== undefined) props.push(['status', test.rawStatus]);
  if (test.flaky === true) props.push(['flaky', 'true']);
  if (x.attempts.length > 1) props.push(['attempts', String(x.attempts.length)]);
  if (test.tags?.length) props.push(['tags', test.tags.join(',')]);
  if (x.blockedBy.length) props.push(['blockedBy', x.blockedBy.join(',')]);
  body.push('      <properties>');
  for (const [name, value] of props) body.push(`        <property${attrs({ name, value })}/>`);
  body.push('      </properties>');

  const failedAttempts = x.attempts.filter((a) => a.status !== 'passed');
  if (test.status === 'failed') {
    const [first, ...reruns] = failedAttempts;
    const message = first?.error ?? test.message ?? 'failed';
    body.push(
      `      <failure${attrs({ message: oneLine(message), type: first?.status ?? test.rawStatus ?? 'failed' })}>${text(
        failureText(test, first),
      )}</failure>`,
    );
    for (const a of reruns) body.push(element('rerunFailure', a));
  } else if (test.status === 'passed') {
    for (const a of failedAttempts) body.push(element('flakyFailure', a));
  } else {
    body.push(`      <skipped${attrs({ message: skipMessage(test) })}/>`);
  }
  const output = systemOut(test);
  if (output) body.push(`      <system-out>${text(output)}</system-out>`);
  return [`${head}>`, ...body, '    </testcase>'];
}

function element(tag: 'rerunFailure' | 'flakyFailure', a: SmokeReportTypes.Attempt): string {
  const message = a.error ?? a.status;
  return `      <${tag}${attrs({ message: oneLine(message), type: a.status })}><stackTrace>${text(
    `attempt ${a.attempt}: ${a.status} after ${a.durationMs} ms\n${message}`,
  )}</stackTrace></${tag}>`;
}

function failureText(test: Test, first: SmokeReportTypes.Attempt | undefined): string {
  const lines: string[] = [];
  for (const a of test.extra.attempts) {
    lines.push(`attempt ${a.attempt}: ${a.status} after ${a.durationMs} ms${a.error ? `\n  ${a.error.replace(/\n/g, '\n  ')}` : ''}`);
  }
  if (test.trace) lines.push('', test.trace);
  else if (!first && test.message) lines.push(test.message);
  return lines.join('\n');
}

function skipMessage(test: Test): string {
  if (isBlocked(test)) {
    return test.extra.blockedBy.length ? `blocked: ${test.extra.blockedBy.join(', ')} did not pass` : 'blocked by a failed dependency';
  }
  if (test.rawStatus === 'interrupted') return 'interrupted before it finished';
  return test.message ?? test.rawStatus ?? test.status;
}

function systemOut(test: Test): string {
  const parts: string[] = [];
  for (const a of test.extra.attachments) {
    const image = a.value as { contentType?: unknown; base64?: unknown } | null;
    if (image && typeof image === 'object' && typeof image.base64 === 'string' && typeof image.contentType === 'string') {
      // Screenshots stay in the JSON report (and the HTML shows them); JUnit names where they are.
      parts.push(`--- ${a.name} ---\n${image.contentType}, ${Math.floor((image.base64.length * 3) / 4)} bytes: in smoke-report.json and smoke-report.html (check "${test.extra.id}", attachment "${a.name}")`);
      continue;
    }
    const value = typeof a.value === 'string' ? a.value : JSON.stringify(a.value, null, 2);
    parts.push(`--- ${a.name} ---\n${value ?? String(a.value)}`);
  }
  const all = parts.join('\n');
  return all.length > MAX_OUTPUT_CHARS ? `${all.slice(0, MAX_OUTPUT_CHARS)}\n… (${all.length - MAX_OUTPUT_CHARS} more characters)` : all;
}

function counts(tests: readonly Test[]): { tests: number; failures: number; skipped: number } {
  let failures = 0;
  let skipped = 0;
  for (const t of tests) {
    if (t.status === 'failed') failures++;
    else if (t.status !== 'passed') skipped++;
  }
  return { tests: tests.length, failures, skipped };
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(3);
}

function isoTime(ms: number): string {
  // JUnit's timestamp has no zone designator and no fraction
  return new Date(ms).toISOString().slice(0, 19);
}

function oneLine(message: string): string {
  const line = message.split('\n').find((l) => l.trim() !== '') ?? message;
  return line.length > 500 ? `${line.slice(0, 499)}…` : line;
}

// Characters XML 1.0 cannot carry at all, even escaped.
const INVALID_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

function text(value: string): string {
  return value.replace(INVALID_XML, '\uFFFD').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function attrs(values: Record<string, string | number | undefined>): string {
  let out = '';
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) continue;
    const escaped = text(String(value))
      .replace(/"/g, '&quot;')
      .replace(/\n/g, '&#10;')
      .replace(/\r/g, '&#13;')
      .replace(/\t/g, '&#9;');
    out += ` ${key}="${escaped}"`;
  }
  return out;
}

/**
 * The `junit` reporter: writes `junit.xml` (see {@link renderJunit}) into the output directory.
 *
 * @example
 * const reporter = junitReporter({ outDir: 'reports', cwd: process.cwd(), stdout: console.log, stderr: console.error, isTTY: false });
 * await reporter.onRunEnd(report);
 */
export function junitReporter(ctx: ReporterContext): Reporter {
  return {
    name: 'junit',
    async onRunEnd(report) {
      const file = path.resolve(ctx.cwd, ctx.outDir, JUNIT_FILE);
      await writeFileAtomic(file, renderJunit(report));
      ctx.stdout(`JUnit report: ${path.relative(ctx.cwd, file) || file}\n`);
    },
  };
}
