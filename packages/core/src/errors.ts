/**
 * Every stable error code readycheck throws. Branch on `code`, not on `instanceof`: the class
 * may come from two installed copies of the package.
 */
export type ErrorCode =
  // usage and input
  | 'RC_USAGE'
  | 'RC_CONFIG_NOT_FOUND'
  | 'RC_CONFIG_INVALID'
  | 'RC_SCHEMA_MISMATCH'
  | 'RC_JSON_SYNTAX'
  | 'RC_YAML_SYNTAX'
  | 'RC_FILE_NOT_FOUND'
  | 'RC_FILE_UNREADABLE'
  | 'RC_PARSE_FAILED'
  | 'RC_WRITE_FAILED'
  | 'RC_GIT_FAILED'
  | 'RC_DEPENDENCY_MISSING'
  | 'RC_NO_FILES'
  // detectors
  | 'RC_DETECTOR_INVALID'
  | 'RC_BASELINE_INVALID'
  | 'RC_CACHE_CORRUPT'
  | 'RC_AGENT_QUARANTINED'
  // health
  | 'RC_HEALTH_INVALID_OPTION'
  | 'RC_HEALTH_VALIDATION'
  | 'RC_HEALTH_TIMEOUT'
  | 'RC_HEALTH_NETWORK'
  | 'RC_HEALTH_HTTP_STATUS'
  | 'RC_HEALTH_INVALID_RESPONSE'
  | 'RC_HEALTH_ABORTED'
  | 'RC_CALLBACK_REFUSED'
  // smoke
  | 'RC_SUITE_INVALID'
  | 'RC_SUITE_LOAD_FAILED'
  | 'RC_SUITE_CYCLE'
  | 'RC_SUITE_MISSING_DEPENDENCY'
  | 'RC_SUITE_DUPLICATE_ID'
  | 'RC_UNKNOWN_CATEGORY'
  | 'RC_SHARD_INVALID'
  | 'RC_BASE_URL_UNREACHABLE'
  | 'RC_TASK_INVALID'
  // evidence
  | 'RC_ROOT_NOT_FOUND'
  | 'RC_OUTPUT_UNSAFE'
  | 'RC_NOTHING_JUDGED'
  // coverage-gate
  | 'RC_COVERAGE_MISSING'
  | 'RC_COVERAGE_INVALID'
  | 'RC_THRESHOLD_NO_MATCH'
  // anything else
  | 'RC_INTERNAL';

/** Options of a {@link ReadycheckError}: the standard `cause`, plus where the problem is. */
export interface ReadycheckErrorOptions extends ErrorOptions {
  /** File the problem is in, relative or absolute as the user gave it. */
  file?: string;
  /** 1-based line in `file`. */
  line?: number;
  /** JSON pointer into the data of `file`. */
  pointer?: string;
  /** Exit code a CLI should use; defaults to 2 (usage or config error). */
  exitCode?: number;
}

/**
 * The one error class of readycheck. `message` is a single line a user can act on.
 *
 * @example
 * throw new ReadycheckError('RC_CONFIG_INVALID', 'readycheck.config.json: /detectors: must be object');
 */
export class ReadycheckError extends Error {
  readonly code: ErrorCode;
  readonly file: string | undefined;
  readonly line: number | undefined;
  readonly pointer: string | undefined;
  readonly exitCode: number;

  constructor(code: ErrorCode, message: string, options: ReadycheckErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    this.file = options.file;
    this.line = options.line;
    this.pointer = options.pointer;
    this.exitCode = options.exitCode ?? 2;
  }
}

/** True when `err` carries a readycheck error code (works across duplicate installs). */
export function isReadycheckError(err: unknown, code?: ErrorCode): err is ReadycheckError {
  if (typeof err !== 'object' || err === null) return false;
  const c = (err as { code?: unknown }).code;
  if (typeof c !== 'string' || !c.startsWith('RC_')) return false;
  return code === undefined || c === code;
}

/** Cuts `text` to at most `max` characters on one line, for error messages and logs. */
export function truncate(text: string, max = 200): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}
