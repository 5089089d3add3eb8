/**
 * @readycheck/core: the plumbing every readycheck package shares.
 *
 * @example
 * import { discoverFiles, loadSource, loadConfig } from '@readycheck/core';
 * const { config } = await loadConfig();
 * const { files, skipped } = await discoverFiles({ root: '.', ignore: config.ignore, extensions: ['.ts'] });
 * for (const f of files) {
 *   const src = await loadSource(f.path);
 *   if (src.ok) console.log(f.relPath, src.text.length);
 * }
 */
export { ReadycheckError, isReadycheckError, truncate, type ErrorCode, type ReadycheckErrorOptions } from './errors.js';
export {
  discoverFiles,
  DEFAULT_IGNORES,
  DEFAULT_MAX_FILE_BYTES,
  type DiscoverOptions,
  type DiscoverResult,
  type DiscoveredFile,
  type FileStatStamp,
  type SkippedFile,
} from './discover.js';
export { loadSource, decodeSource, isBinary, type LoadedSource, type SkippedSource } from './source.js';
export { readDataFile, parseDataText, parseJson, parseJsonc, lineOfPointer, lineColumnAt, type DataFile } from './data-file.js';
export {
  validate,
  validateWithSchema,
  assertValid,
  formatIssue,
  type ValidationIssue,
  type ValidationResult,
  type DataSource,
} from './validate.js';
export { loadConfig, loadValidatedFile, defineConfig, findConfigFile, CONFIG_FILE_NAME, CONFIG_FILE_NAMES, type LoadConfigOptions, type LoadedConfig } from './config.js';
export { writeFileAtomic, removeDeadWritersTemps } from './write.js';
export { requireOptional } from './optional.js';
export { withFileLock, type FileLockOptions, type HeldLock } from './lock.js';
export { isProcessAlive } from './process-alive.js';
export { stableStringify, inertJson } from './stable-json.js';
export { escapeControl, type EscapeControlOptions } from './escape.js';
export { runCli, describeCliError, processIO, type CliIO } from './cli.js';
export { EXIT, FLAGS, useColor, createProgress, type ExitCode, type Progress, type ProgressOptions } from './cli-flags.js';
export * from './generated/index.js';
