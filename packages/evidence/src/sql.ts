import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import v8 from 'node:v8';
import type { Item } from './types.js';

// SQL is read with sqlparser-rs (Apache DataFusion's SQL parser) compiled to WebAssembly, from the
// `@guanmingchiu/sqlparser-ts` package (see the README's "Dependencies" for why this one): a
// statement counts only when its SQLite, PostgreSQL or MySQL dialect accepts it, and the tables
// come from its AST, so keywords (`ON UPDATE no action`), CTE names, table functions and catalogs
// are never taken for tables, and prose in a string ("delete from the list") is not SQL.

/** Tables a piece of SQL creates and references; `line` is relative to the start of the text (1-based). */
export interface SqlTables {
  created: Array<{ name: string; line: number }>;
  referenced: Array<{ name: string; line: number; ddl: boolean }>;
}

/** The WebAssembly module's own functions (wasm-bindgen's glue), the only ones used here. */
interface SqlparserWasm {
  initSync(options: { module: Uint8Array }): unknown;
  parse_sql_to_json_string(dialect: string, sql: string): string;
}

// Tried in this order: SQLite first (D1, better-sqlite3, TypeORM's sqlite migrations), then
// PostgreSQL and MySQL. The first dialect that accepts a statement wins.
const DIALECTS = ['sqlite', 'postgresql', 'mysql'] as const;
let wasm: SqlparserWasm | undefined;

// Loaded, synchronously, on the first SQL seen (a `.sql` file, or a string that passed
// `looksLikeSql`): a project without SQL never compiles the module (~35 ms). The package's own
// `init()` is async; its wasm-bindgen glue has the synchronous `initSync`, which is what lets the
// one walk per file stay synchronous. The version is pinned in package.json for that reason.
//
// The module is compiled with V8's baseline compiler only (Liftoff): left to tier up, V8 hands the
// parser's huge functions to TurboFan after a few statements, which costs ~0.25–0.7 s of CPU and
// ~60–100 MB per thread and never pays back within a scan (1,000 statements: 0.84 s CPU / 166 MB
// tiered, 0.19 s / 75 MB Liftoff only; see the README's Dependencies). The flag is process-wide,
// so it is set only around this compile and put back unless the process was started with it.
const LIFTOFF_FROM_START = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)].includes('--liftoff-only');

/** True once the parser's module has been loaded in this thread (tests check that SQL-free code never loads it). */
export function sqlParserLoaded(): boolean {
  return wasm !== undefined;
}

function sqlParser(): SqlparserWasm {
  if (wasm) return wasm;
  const require = createRequire(import.meta.url);
  const dir = path.join(path.dirname(require.resolve('@guanmingchiu/sqlparser-ts')), '..', 'wasm');
  const glue = require(path.join(dir, 'sqlparser_rs_wasm.js')) as SqlparserWasm;
  v8.setFlagsFromString('--liftoff-only');
  try {
    glue.initSync({ module: readFileSync(path.join(dir, 'sqlparser_rs_wasm_bg.wasm')) });
  } finally {
    if (!LIFTOFF_FROM_START) v8.setFlagsFromString('--no-liftoff-only');
  }
  wasm = glue;
  return wasm;
}

// Schemas whose tables are the database's own catalog, never the project's.
const CATALOG_SCHEMAS = new Set(['information_schema', 'pg_catalog', 'pg_toast', 'mysql', 'performance_schema', 'sys', 'sqlite_temp_master']);
// Names a grammar may still hand back as a table that never are one: catalog tables, table-valued
// functions, SQL keywords, and English words that prose in a string puts after "from".
const NOT_TABLES = new Set([
  'dual', 'excluded', 'sqlite_master', 'sqlite_schema', 'sqlite_sequence', 'sqlite_temp_master', 'generate_series', 'json_each', 'json_tree', 'unnest',
  'select', 'set', 'where', 'values', 'only', 'lateral', 'on', 'using', 'as', 'table', 'if', 'not', 'exists', 'no', 'action', 'cascade', 'restrict',
  'null', 'default', 'now', 'each', 'distinct', 'all', 'any', 'some', 'none', 'true', 'false', 'current_timestamp', 'epoch',
]);
// Words prose puts after "from" or "into" ("select something from a task", "update your profile"):
// never taken as a table a query reads (a `CREATE TABLE a` is still a table).
const PROSE_WORDS = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'your', 'my', 'our', 'their', 'its', 'his', 'her', 'it', 'them', 'every', 'which', 'what']);

/** Normalises a table name: no quotes or brackets, no schema prefix, lower case. */
export function normalizeTable(raw: string): string {
  const clean = raw.replace(/[`"[\]]/g, '');
  const dot = clean.lastIndexOf('.');
  return (dot >= 0 ? clean.slice(dot + 1) : clean).toLowerCase();
}

/** Blanks out SQL comments and string literals, keeping newlines so line numbers stay right. */
export function stripSqlNoise(sql: string): string {
  return sql.replace(/--[^\n]*|\/\*[\s\S]*?\*\/|'(?:[^']|'')*'/g, (m) => m.replace(/[^\n]/g, ' '));
}

/** A statement of a SQL text and where it starts (character offset of its first non-blank). */
interface Statement {
  text: string;
  start: number;
}

/**
 * Splits SQL text into statements at `;` outside quotes, comments and dollar-quoted bodies.
 * Comments are blanked (so offsets and lines stay right).
 */
export function splitStatements(sql: string): Statement[] {
  const text = sql.replace(/--[^\n]*|\/\*[\s\S]*?\*\//g, (m) => m.replace(/[^\n]/g, ' '));
  const out: Statement[] = [];
  let from = 0;
  let i = 0;
  const push = (end: number): void => {
    const body = text.slice(from, end);
    const lead = body.length - body.trimStart().length;
    if (body.trim()) out.push({ text: body.trim(), start: from + lead });
  };
  while (i < text.length) {
    const c = text[i] as string;
    if (c === "'" || c === '"' || c === '`') {
      const close = text.indexOf(c, i + 1);
      i = close < 0 ? text.length : close + 1;
    } else if (c === '$') {
      const tag = /^\$[A-Za-z_]*\$/.exec(text.slice(i, i + 40))?.[0];
      if (tag) {
        const close = text.indexOf(tag, i + tag.length);
        i = close < 0 ? text.length : close + tag.length;
      } else i++;
    } else if (c === ';') {
      push(i);
      from = ++i;
    } else i++;
  }
  push(text.length);
  return out;
}

/** A table name in a statement's AST: its schema, and where it is (1-based line within the statement). */
interface RawTable {
  name: string;
  schema: string | null;
  created: boolean;
  line: number;
  column: number;
}
/** What one statement that parsed says: its tables (before filtering) and its CTE names. */
interface ParsedStatement {
  query: boolean;
  tables: RawTable[];
  ctes: Set<string>;
}

const parsedCache = new Map<string, ParsedStatement | null>();

/** The statement read by the first dialect that accepts it, or `null`: not SQL. */
function parseStatement(raw: string): ParsedStatement | null {
  // Numbered and named parameters (`?1`, `:id`, `@id`) as the plain `?` every dialect accepts.
  const sql = raw.replace(/\?\d+|(?<![:\w])[:@][A-Za-z_]\w*/g, '?');
  const hit = parsedCache.get(sql);
  if (hit !== undefined) return hit;
  let result: ParsedStatement | null = null;
  for (const dialect of DIALECTS) {
    let json: string;
    try {
      json = sqlParser().parse_sql_to_json_string(dialect, sql);
    } catch {
      // A syntax error of this dialect (thrown as a string or `{ message, line, column }` from the
      // WebAssembly side; a trap, too, if the module ever hit one): not this dialect's SQL.
      continue;
    }
    result = readAst(JSON.parse(json) as unknown);
    break;
  }
  if (parsedCache.size > 5000) parsedCache.clear();
  parsedCache.set(sql, result);
  return result;
}

type Node = Record<string, unknown>;
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);

// An ObjectName (`[{ Identifier: { value, span } }, …]`) as its last part, schema and line.
function objectName(parts: unknown, created: boolean): RawTable | null {
  if (!Array.isArray(parts)) return null;
  const idents = parts.map((p) => (isNode(p) && isNode(p.Identifier) ? p.Identifier : null));
  const last = idents.at(-1);
  if (!last || typeof last.value !== 'string') return null;
  const schema = idents.length > 1 ? idents.at(-2)?.value : null;
  const start = isNode(last.span) && isNode(last.span.start) ? last.span.start : {};
  const line = typeof start.line === 'number' && start.line > 0 ? start.line : 1;
  const column = typeof start.column === 'number' ? start.column : 0;
  return { name: last.value, schema: typeof schema === 'string' ? schema : null, created, line, column };
}

/**
 * The tables of one statement's AST (sqlparser-rs's JSON), walked with a stack: `CREATE TABLE`
 * names are created; relations in FROM/JOIN/UPDATE/DELETE, INSERT targets, foreign-key targets,
 * `ALTER TABLE`, `CREATE INDEX … ON`, `DROP TABLE` and `TRUNCATE` are referenced. A relation with
 * arguments (`jsonb_array_elements(x)`, `json_each(x)`) is a table function, not a table.
 */
function readAst(ast: unknown): ParsedStatement {
  const statements = Array.isArray(ast) ? ast : [];
  const first = statements[0];
  const query = isNode(first) && ('Query' in first || 'Insert' in first || 'Update' in first || 'Delete' in first);
  const tables: RawTable[] = [];
  const ctes = new Set<string>();
  const add = (parts: unknown, created: boolean): void => {
    const t = objectName(parts, created);
    if (t) tables.push(t);
  };
  const stack: unknown[] = [statements];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (Array.isArray(node)) {
      for (const x of node) if (x && typeof x === 'object') stack.push(x);
      continue;
    }
    if (!isNode(node)) continue;
    if (isNode(node.CreateTable)) add(node.CreateTable.name, true);
    if (isNode(node.Table) && node.Table.args == null) add(node.Table.name, false);
    if ('TableName' in node) add(node.TableName, false);
    if (isNode(node.AlterTable)) add(node.AlterTable.name, false);
    if ('foreign_table' in node) add(node.foreign_table, false);
    if (isNode(node.CreateIndex)) add(node.CreateIndex.table_name, false);
    if (isNode(node.Drop) && node.Drop.object_type === 'Table' && Array.isArray(node.Drop.names)) for (const n of node.Drop.names) add(n, false);
    if (isNode(node.Truncate) && Array.isArray(node.Truncate.table_names)) for (const n of node.Truncate.table_names) if (isNode(n)) add(n.name, false);
    if (Array.isArray(node.cte_tables)) {
      for (const c of node.cte_tables) {
        const name = isNode(c) && isNode(c.alias) && isNode(c.alias.name) ? c.alias.name.value : undefined;
        if (typeof name === 'string') ctes.add(name.toLowerCase());
      }
    }
    for (const v of Object.values(node)) if (v && typeof v === 'object') stack.push(v);
  }
  // In the order they are written (the walk's stack order is not).
  tables.sort((a, b) => a.line - b.line || a.column - b.column);
  return { query, tables, ctes };
}

const DDL_START = /^(CREATE|ALTER|DROP|RENAME|TRUNCATE|COMMENT|GRANT|REVOKE)\b/i;

function isTableName(name: string, schema: string | null): boolean {
  if (!name || /^\d/.test(name) || NOT_TABLES.has(name) || name.startsWith('pg_') || name.startsWith('sqlite_')) return false;
  if (schema && CATALOG_SCHEMAS.has(schema.toLowerCase())) return false;
  // Template placeholders put in for `${…}`.
  return name !== '__rc_param__';
}

/** Tables of one statement that parsed: created (`CREATE TABLE`), and referenced (`ddl` for schema statements). */
function statementTables(sql: string, parsed: ParsedStatement): Array<{ name: string; created: boolean; ddl: boolean; line: number }> {
  const ddl = !parsed.query || DDL_START.test(sql);
  const out: Array<{ name: string; created: boolean; ddl: boolean; line: number }> = [];
  const seen = new Set<string>();
  for (const t of parsed.tables) {
    const name = normalizeTable(t.name);
    if (!isTableName(name, t.schema) || (t.schema === null && parsed.ctes.has(name)) || (!t.created && PROSE_WORDS.has(name))) continue;
    // Each table once per statement and role (`a JOIN a` is one reference), at its first mention.
    const key = `${t.created ? '+' : ''}${name}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ name, created: t.created, ddl, line: t.line });
  }
  return out;
}

// Where a table name first appears in a statement (for its line), quoted or not.
function nameOffset(sql: string, raw: string): number {
  const escaped = raw.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`(^|[^\\w])[\`"[]?${escaped}[\`"\\]]?(?![\\w])`, 'i').exec(sql);
  return m ? m.index + (m[1]?.length ?? 0) : 0;
}

// A statement no grammar accepts can still declare a table unambiguously (`CREATE TABLE x (…)` with
// a column type a grammar lacks): in a migration file its name is taken; nothing else is.
const CREATE_RE = /^CREATE\s+(?:(?:GLOBAL|LOCAL)\s+)?(?:TEMP(?:ORARY)?\s+|VIRTUAL\s+|UNLOGGED\s+)?TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?((?:[`"[]?\w+[`"\]]?\.)?[`"[]?\w+[`"\]]?)/i;

/**
 * Finds the tables a piece of SQL creates (`CREATE TABLE`) and references (queries; schema
 * statements such as `ALTER TABLE` and `DROP TABLE` flagged `ddl`), statement by statement.
 * A statement that no grammar accepts is not SQL and gives nothing, except, when `migration`
 * is set, the name of a `CREATE TABLE` it starts with.
 *
 * @example
 * sqlTables('CREATE TABLE users (id int);\nSELECT * FROM users').created; // [{ name: 'users', line: 1 }]
 */
export function sqlTables(sql: string, options: { migration?: boolean } = {}): SqlTables {
  const lineAt = lineIndex(sql);
  const created: SqlTables['created'] = [];
  const referenced: SqlTables['referenced'] = [];
  for (const st of splitStatements(sql)) {
    const parsed = parseStatement(st.text);
    if (!parsed) {
      const m = options.migration ? CREATE_RE.exec(st.text) : null;
      const name = m ? normalizeTable(m[1] as string) : '';
      if (m && isTableName(name, null)) created.push({ name, line: lineAt(st.start + nameOffset(st.text, (m[1] as string).replace(/[`"[\]]/g, ''))) });
      continue;
    }
    const first = lineAt(st.start);
    for (const t of statementTables(st.text, parsed)) {
      const line = first + t.line - 1;
      if (t.created) created.push({ name: t.name, line });
      else referenced.push({ name: t.name, line, ddl: t.ddl });
    }
  }
  return { created, referenced };
}

/** True when a string literal in code looks like SQL worth parsing (a cheap gate before the parser). */
export function looksLikeSql(text: string): boolean {
  return /^\s*(?:SELECT|INSERT|UPDATE|DELETE|CREATE|WITH|ALTER|REPLACE|UPSERT|DROP)\b[\s\S]*\b(?:FROM|INTO|TABLE|SET)\b/i.test(text);
}

/** Turns {@link sqlTables} output into evidence items for `file`, offset by `baseLine - 1`. */
export function sqlItems(sql: string, file: string, baseLine: number, kind: string, options: { migration?: boolean } = {}): { created: Item[]; refs: Item[] } {
  const { created, referenced } = sqlTables(sql, options);
  return {
    created: created.map((t) => ({ name: t.name, file, line: t.line + baseLine - 1, kind })),
    refs: referenced.map((t) => ({ name: t.name, file, line: t.line + baseLine - 1, kind: t.ddl ? 'sql-ddl' : 'sql-query' })),
  };
}

/** Maps a character offset to a 1-based line, for one text. */
export function lineIndex(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}
