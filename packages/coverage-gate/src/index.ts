/**
 * @readycheck/coverage-gate: coverage gates over c8/istanbul output that c8's own
 * `--check-coverage` cannot express: global, per-directory/glob, per-file, changed-line and
 * ratchet thresholds.
 *
 * @example
 * import { readCoverage, evaluateGates, formatConsole } from '@readycheck/coverage-gate';
 * const data = await readCoverage('coverage/coverage-final.json', { root: process.cwd() });
 * const report = evaluateGates({ data, config: { global: { lines: 80 }, paths: { 'src/core/': { lines: -10 } } } });
 * process.stdout.write(formatConsole(report));
 * process.exitCode = report.ok ? 0 : 1;
 */
export { version } from './version.js';
export { main, CONFIG_FILE } from './main.js';
export { readCoverage, parseCoverage, DEFAULT_COVERAGE_FILES } from './readers/index.js';
export {
  evaluateGates,
  evaluateChangedLines,
  pathMatcher,
  isGlob,
  meets,
  describeThreshold,
  worstFiles,
  applyExclude,
  compareGates,
  DEFAULT_WORST,
  type EvaluateInput,
  type ChangedInput,
  type Gate,
  type Thresholds,
  type FileCounts,
} from './gate.js';
export { parseUnifiedDiff, gitChangedLines, unquoteGitPath, type ChangedLines } from './diff.js';
export { checkRatchet, ratchetGroups, floorOf, readBaseline, writeBaseline, GLOBAL_KEY, type RatchetCheck, type Floors } from './ratchet.js';
export { formatConsole, formatMarkdown, formatGithubAnnotations, lineRanges, type FormatOptions } from './format.js';
export {
  METRICS,
  ratio,
  displayPct,
  toCounts,
  sumMetric,
  relativeToRoot,
  type Metric,
  type Count,
  type Counts,
  type FileCoverage,
  type CoverageData,
  type CoverageFormat,
} from './model.js';
