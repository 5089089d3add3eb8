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
export { defineDetector, DOCS_BASE_URL } from './define.js';
export { scanSource, resolveDetectors, compareViolations, compareSeverity, atOrAbove, commentValue, type EnabledDetector } from './scan.js';
export { scanFiles, checkRuleIds, DEFAULT_EXTENSIONS, type ScanFilesOptions } from './scan-files.js';
export { buildReport, isReported, type ReportParts, type ReportError, type ReportSkipped } from './report.js';
export { fingerprint, normalizeFingerprintContent, type FingerprintInput } from './fingerprint.js';
export { parseSuppression, suppresses, type SuppressionDirective, type PlacedSuppression } from './suppressions.js';
export { typescriptParser, scriptKindOf, parseDiagnosticsOf, type SourceParser } from './parser.js';
export { detectors, type BuiltinDetectorId } from './detectors/index.js';
export { isPlaceholderComment } from './detectors/placeholder-comment.js';
export { formatters, type FormatName } from './formatters/index.js';
export { SARIF_RESULT_LIMIT, FINGERPRINT_KEY } from './formatters/sarif.js';
export type { Formatter, FormatOptions } from './formatters/types.js';
export { main, buildProgram, exitCodeFor, type ScanCommandOptions, type ScanContext, type CliState } from './cli.js';
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
