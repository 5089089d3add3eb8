import type { Ajv2020, ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import { schemas, type SchemaId } from './generated/schemas.js';
import { ReadycheckError } from './errors.js';
import { lineOfPointer } from './data-file.js';
import { requireOptional } from './optional.js';

// ajv and ajv-formats (both CommonJS) are loaded with `require` when the first validator is
// compiled, not at import: most CLI runs validate nothing (no config file), and importing them
// cost ~70 ms of every start-up.
// Both are optional peers of core (see optional.ts): @readycheck/health installs without them.
function loadAjv(): { Ajv: typeof Ajv2020; addFormats: (ajv: Ajv2020) => Ajv2020 } {
  const { Ajv2020: Ajv } = requireOptional<typeof import('ajv/dist/2020.js')>('ajv/dist/2020.js', 'JSON Schema validation');
  const formats = requireOptional<{ default?: unknown }>('ajv-formats', 'JSON Schema validation');
  // ajv-formats sets both module.exports and its `default` to the plugin function.
  const addFormats = (formats.default ?? formats) as (ajv: Ajv2020) => Ajv2020;
  return { Ajv, addFormats };
}

/** One problem found by {@link validate}: where it is and what was expected. */
export interface ValidationIssue {
  /** File (or other source name) the data came from. */
  source: string;
  /** JSON pointer to the offending value, `''` for the root. */
  pointer: string;
  /** 1-based line of the value in the source text, when the text was given. */
  line?: number;
  /** What was expected, e.g. `must be one of: low, medium`. */
  message: string;
}

/** Result of {@link validate}. */
export type ValidationResult<T> = { valid: true; data: T; issues: [] } | { valid: false; issues: ValidationIssue[] };

/** Where validated data came from: a name for messages and, optionally, its text for line numbers. */
export interface DataSource {
  file: string;
  text?: string;
}

let ajv: Ajv2020 | undefined;
const compiledById = new Map<string, ValidateFunction>();
const compiledBySchema = new Map<string, ValidateFunction>();
const compiledByObject = new WeakMap<object, ValidateFunction>();

function getAjv(): Ajv2020 {
  if (!ajv) {
    const { Ajv, addFormats } = loadAjv();
    ajv = new Ajv({ allErrors: true, strict: false, discriminator: true, allowUnionTypes: true });
    addFormats(ajv);
    for (const schema of Object.values(schemas)) ajv.addSchema(schema as object);
  }
  return ajv;
}

function validatorFor(schemaId: SchemaId): ValidateFunction {
  let fn = compiledById.get(schemaId);
  if (!fn) {
    const schema = schemas[schemaId] as { $id: string };
    fn = getAjv().getSchema(schema.$id);
    if (!fn) throw new ReadycheckError('RC_INTERNAL', `schema ${schemaId} is not registered`);
    compiledById.set(schemaId, fn);
  }
  return fn;
}

/**
 * Validates `data` against one of readycheck's schemas. Problems come back readable: the source,
 * the JSON pointer, the line (when `source.text` is given) and what was expected.
 *
 * @example
 * const r = validate('readycheck-config', JSON.parse(text), { file: 'readycheck.config.json', text });
 * if (!r.valid) console.error(formatIssue(r.issues[0]));
 */
export function validate<T = unknown>(schemaId: SchemaId, data: unknown, source: DataSource | string): ValidationResult<T> {
  return runValidator<T>(validatorFor(schemaId), data, typeof source === 'string' ? { file: source } : source);
}

/**
 * Validates `data` against a user-supplied JSON Schema (2020-12 or earlier drafts without `$schema`
 * quirks). Compiled validators are cached by the schema's JSON text.
 */
export function validateWithSchema<T = unknown>(schema: object, data: unknown, source: DataSource | string): ValidationResult<T> {
  return runValidator<T>(compileUserSchema(schema), data, typeof source === 'string' ? { file: source } : source);
}

// The same schema object is usually passed on every call: look it up by identity first, and by
// its JSON text only for a new object (equal schemas from different places share one compile).
function compileUserSchema(schema: object): ValidateFunction {
  const known = compiledByObject.get(schema);
  if (known) return known;
  const key = JSON.stringify(schema);
  let fn = compiledBySchema.get(key);
  if (!fn) {
    const ajv = getAjv(); // outside the try: a missing ajv is RC_DEPENDENCY_MISSING, not a bad schema
    try {
      fn = ajv.compile(stripMetaSchema(schema));
    } catch (cause) {
      throw new ReadycheckError('RC_SCHEMA_MISMATCH', `invalid JSON Schema: ${(cause as Error).message}`, { cause });
    }
    compiledBySchema.set(key, fn);
  }
  compiledByObject.set(schema, fn);
  return fn;
}

/** Like {@link validate}, but throws `RC_SCHEMA_MISMATCH` with the first issue as a one-line message. */
export function assertValid<T>(schemaId: SchemaId, data: unknown, source: DataSource | string): T {
  const result = validate<T>(schemaId, data, source);
  if (result.valid) return result.data;
  const first = result.issues[0]!;
  const more = result.issues.length > 1 ? ` (and ${result.issues.length - 1} more)` : '';
  throw new ReadycheckError('RC_SCHEMA_MISMATCH', `${formatIssue(first)}${more}`, {
    file: first.source,
    pointer: first.pointer,
    ...(first.line === undefined ? {} : { line: first.line }),
  });
}

/** `file:line: /pointer: message` (the line only when known). */
export function formatIssue(issue: ValidationIssue): string {
  const where = issue.line === undefined ? issue.source : `${issue.source}:${issue.line}`;
  return `${where}: ${issue.pointer || '/'}: ${issue.message}`;
}

function stripMetaSchema(schema: object): object {
  const { $schema: _ignored, ...rest } = schema as Record<string, unknown>;
  return rest;
}

function runValidator<T>(fn: ValidateFunction, data: unknown, source: DataSource): ValidationResult<T> {
  if (fn(data)) return { valid: true, data: data as T, issues: [] };
  const issues = simplify(fn.errors ?? []).map((err) => {
    const pointer = err.instancePath;
    const issue: ValidationIssue = { source: source.file, pointer, message: describe(err) };
    if (source.text !== undefined) {
      const line = lineOfPointer(source.text, issuePointer(err));
      if (line !== undefined) issue.line = line;
    }
    return issue;
  });
  return { valid: false, issues };
}

function issuePointer(err: ErrorObject): string {
  if (err.keyword === 'additionalProperties') {
    return `${err.instancePath}/${escapePointer(String(err.params.additionalProperty))}`;
  }
  return err.instancePath;
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

// With allErrors, anyOf/oneOf report every branch's failure plus their own; keep the most specific
// ones: drop the umbrella anyOf/oneOf error when a branch error at the same or deeper path exists.
function simplify(errors: ErrorObject[]): ErrorObject[] {
  const seen = new Set<string>();
  const out: ErrorObject[] = [];
  const umbrella = (e: ErrorObject) => e.keyword === 'anyOf' || e.keyword === 'oneOf';
  for (const e of errors) {
    if (umbrella(e) && errors.some((o) => !umbrella(o) && o.instancePath.startsWith(e.instancePath) && o.instancePath !== e.instancePath)) continue;
    const key = `${e.instancePath}|${describe(e)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(e);
  }
  // Errors that sit deeper are more specific: show them first.
  return out.sort((a, b) => depth(b.instancePath) - depth(a.instancePath));
}

function depth(pointer: string): number {
  return pointer === '' ? 0 : pointer.split('/').length;
}

function describe(err: ErrorObject): string {
  const p = err.params as Record<string, unknown>;
  switch (err.keyword) {
    case 'required':
      return `missing required property "${String(p.missingProperty)}"`;
    case 'additionalProperties':
      return `unknown property "${String(p.additionalProperty)}"`;
    case 'enum':
      return `must be one of: ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'const':
      return `must be ${JSON.stringify(p.allowedValue)}`;
    case 'type':
      return `must be ${String(p.type)}`;
    case 'pattern':
      return `must match pattern ${String(p.pattern)}`;
    case 'format':
      return `must be a valid ${String(p.format)}`;
    case 'discriminator':
      return p.error === 'mapping'
        ? `"${String(p.tag)}" must be one of the known kinds`
        : `missing or invalid "${String(p.tag)}"`;
    default:
      return err.message ?? `fails ${err.keyword}`;
  }
}
