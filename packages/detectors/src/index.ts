/**
 * @readycheck/detectors: quality-violation detectors for agent-written TypeScript/JavaScript,
 * as a library and as the `quality-scan` CLI.
 *
 * @example
 * import { scanFiles, scanSource, detectors, defineDetector } from '@readycheck/detectors';
 * const report = await scanFiles(['src']);
 * const found = scanSource('try { go() } catch (e) {}', 'a.ts', { rules: ['empty-catch'] });
 */
export { version } from './version.js';
export type { QualityReport } from '@readycheck/core';
export { defineDetector, DOCS_BASE_URL } from './define.js';
export { scanSource, UNSCANNABLE, messageIdOf, resolveDetectors, compareViolations, compareSeverity, atOrAbove, commentValue, type EnabledDetector } from './scan.js';
export { scanFiles, checkRuleIds, DEFAULT_EXTENSIONS, type ScanFilesOptions } from './scan-files.js';
export { buildReport, isReported, type ReportParts, type ReportError, type ReportSkipped } from './report.js';
export { fingerprint, normalizeFingerprintContent, type FingerprintInput } from './fingerprint.js';
export { parseSuppression, suppresses, type SuppressionDirective, type PlacedSuppression } from './suppressions.js';
export { typescriptParser, scriptKindOf, parseDiagnosticsOf, parsedFileCount, type SourceParser } from './parser.js';
export { default as ts, loadTypeScript, isTypeScriptLoaded } from './ts.js';
export { enableTypeScriptCodeCache, type TypeScriptCodeCacheSession } from './code-cache.js';
export { detectors, type BuiltinDetectorId } from './detectors/index.js';
export { isPlaceholderComment } from './detectors/placeholder-comment.js';
export { formatters, type FormatName } from './formatters/index.js';
export {
  RuleTester,
  RuleTesterError,
  runCase,
  fileNameOf,
  checkCases,
  checkInvalid,
  type ValidCase,
  type InvalidCase,
  type ExpectedError,
  type TestFramework,
  type RuleTesterOptions,
} from './rule-tester.js';
export { SARIF_RESULT_LIMIT, FINGERPRINT_KEY } from './formatters/sarif.js';
export type { Formatter, FormatOptions } from './formatters/types.js';
export { main, buildProgram, exitCodeFor, type ScanCommandOptions, type ScanContext, type CliState } from './cli.js';
export { scanChange, reportChanges, type ScanChangeOptions, type CollectedChanges, type ChangeMeta } from './change/scan-change.js';
export { scanGitDiff, collectGitChanges, type GitDiffOptions } from './change/git-diff.js';
export { scanTrees, collectTreeChanges, detectRenames, type TreeDiffOptions } from './change/trees.js';
export { compareChanges, findPlaceholderDrops, type FileChange, type FileChangeResult, type ChangeStatus, type ChangeEngine, type PlaceholderDrop, type DropSearch } from './change/compare.js';
export { createChangeEngine, type SourceScanner, type ChangeEngineOptions } from './change/engine.js';
export { diffLines, splitLines, type ChangeBlock, type LineDiff } from './change/line-diff.js';
export { extractComments, type SourceComment } from './change/comments.js';
export { parseRawDiff, gitChangedFiles, readBlobs, type GitFileChange, type FileStatus } from './change/git.js';
export { createSelector, type FileSelection } from './change/select.js';
export { DEFAULT_BASELINE, collectChange, normaliseStaged, type ChangeFlags, type CollectChangeOptions } from './change/cli.js';
export { resolveMonitor, monitorSearchRoots, MONITOR_PACKAGE } from './change/monitor-bridge.js';
export {
  loadBaseline,
  applyBaseline,
  updateBaseline,
  writeBaseline,
  coverageOfInputs,
  BASELINE_SCHEMA_URL,
  type BaselineEntry,
  type BaselineScope,
} from './baseline.js';
export {
  openResultCache,
  detectorVersionOf,
  configHashOf,
  resolveCacheFile,
  DEFAULT_CACHE_LOCATION,
  CACHE_FILE_NAME,
  type ResultCache,
  type ResultCacheOptions,
  type CacheStats,
  type FileStat,
  type FileStamp,
  RACY_MARGIN_MS,
} from './cache.js';
// The lock lives in core (the monitor package uses it); re-exported for existing imports.
export { withFileLock, type FileLockOptions } from '@readycheck/core';
export {
  SEVERITIES,
  BUILTIN_CATEGORIES,
  type Severity,
  type Violation,
  type BuiltinCategory,
  type Category,
  type DetectorsConfig,
  type DetectorDocs,
  type TextRange,
  type CommentInfo,
  type ReportExtra,
  type DetectorContext,
  type NodeTypes,
  type SyntaxKindName,
  type Visitor,
  type DetectorDefinition,
  type Detector,
  type ScanOptions,
} from './types.js';
