/**
 * @readycheck/evidence: reads a codebase and classifies each feature PASS/WARN/FAIL/SKIP from
 * evidence, with reasons, a master report and one fix prompt per unfinished feature.
 *
 * @example
 * import { scanEvidence, renderReadiness } from '@readycheck/evidence';
 * const { report } = await scanEvidence({ root: '.' });
 * console.log(renderReadiness(report));
 */
export { version } from './version.js';
export { scanEvidence, extractFile, fileSafe, unjudgedCounts, type ScanEvidenceOptions, type EvidenceScan } from './scan.js';
export { UNSCANNABLE, type ExtractFileOptions } from './extract-file.js';
export { main, writeReports, type EvidenceCliOptions, type WriteReportsOptions } from './main.js';
export { renderReadiness, renderFixPrompt, movementLine, FIX_PROMPT_MARKER } from './report/markdown.js';
export { renderReadinessHtml, READINESS_HTML } from './report/html.js';
export { compareReports, readPrevious, STATUS_RANK, type PreviousStatuses } from './compare.js';
export { extractSource, parseSource, roleOf, countLines, CODE_EXTENSIONS, type ExtractOptions } from './extract.js';
export { extractText, inputKind, ENV_EXAMPLE_FILES } from './extract-text.js';
export { validateCron, type CronCheck } from './cron.js';
export { sqlTables, normalizeTable, type SqlTables } from './sql.js';
export { groupFeatures, resolveImport, type FeatureEvidence, type GroupingConfig, type Grouping, type PathAlias } from './group/group.js';
export { classifyFeature, type Classification, type ClassifyContext } from './classify.js';
export { linkEntries, linkFactsOf, joinLinks, type EntryLinks, type CrossFileInput, type JoinInput, type LinkFacts, type DeclFacts, type BaseRef, type EntrySide, type ImportedName } from './link/crossfile.js';
export { extractAll, workerCount, AUTO_MIN_FILES, AUTO_FILES_PER_WORKER, AUTO_MAX_WORKERS, AUTO_MIN_CORES, type ExtractJob, type ExtractSettings, type ExtractAllOptions, type ExtractAllResult, type WorkersOption, type ChunkRequest, type ChunkResult } from './workers.js';
export { nameFromPath, nameFromItem, featureName, singular, type PathName } from './naming.js';
export { detectInSource, detectorCoverage, STUB_CATEGORIES, type DetectorFacts, type DetectOptions, type DetectorCoverage } from './detect.js';
export { learnLayout, type ProjectLayout } from './project.js';
export { contentHash, readCache, writeCache, memoryCache, CACHE_FORMAT, type EvidenceCache, type CachedResult } from './cache.js';
export type { FileFacts, FileRole, Item, ImportRef } from './types.js';
