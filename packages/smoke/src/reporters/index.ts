import { ReadycheckError } from '@readycheck/core';
import { consoleReporter } from './console.js';
import { githubReporter } from './github.js';
import { htmlReporter } from './html.js';
import { jsonReporter } from './json.js';
import { junitReporter } from './junit.js';
import type { ReporterFactory } from './types.js';

/**
 * The built-in reporters by the name `--reporter` takes (Vitest's `ReportersMap`). Each is a
 * factory called once per run with the {@link ReporterContext}.
 */
export const reporters = {
  console: consoleReporter,
  github: githubReporter,
  html: htmlReporter,
  json: jsonReporter,
  junit: junitReporter,
} satisfies Record<string, ReporterFactory>;

/** Name of a built-in reporter. */
export type BuiltinReporter = keyof typeof reporters;

/** Reporters used when `--reporter` is not given. */
export const DEFAULT_REPORTERS: readonly BuiltinReporter[] = ['console', 'json'];

/**
 * Parses a `--reporter` value (`console,json`, repeatable) into known reporter names, in order,
 * without duplicates. An unknown name is a usage error (exit 2) listing the known ones.
 */
export function parseReporterNames(values: readonly string[]): BuiltinReporter[] {
  const known = Object.keys(reporters).sort();
  const out: BuiltinReporter[] = [];
  for (const name of values
    .flatMap((v) => v.split(','))
    .map((s) => s.trim())
    .filter(Boolean)) {
    if (!Object.hasOwn(reporters, name)) {
      throw new ReadycheckError('RC_USAGE', `unknown reporter "${name}" (known: ${known.join(', ')})`);
    }
    if (!out.includes(name as BuiltinReporter)) out.push(name as BuiltinReporter);
  }
  return out;
}

export { consoleReporter, formatDuration, formatTable } from './console.js';
export { githubReporter, renderGithubAnnotations, renderGithubSummary } from './github.js';
export { jsonReporter, JSON_REPORT_FILE } from './json.js';
export { htmlReporter, renderHtml, HTML_FILE, type HtmlOptions } from './html.js';
export { junitReporter, renderJunit, JUNIT_FILE } from './junit.js';
export { issuesReporter, renderIssueDrafts, writeIssueDrafts, type IssueDraft, type IssueDraftOptions } from './issues.js';
export { Multiplexer, type ReporterFailure } from './multiplexer.js';
export type { Awaitable, CheckResult, Reporter, ReporterContext, ReporterFactory, RunInfo } from './types.js';
