import { createRequire } from 'node:module';
import type { Item } from './types.js';

// SQL is read with node-sql-parser (see the README's "Dependencies" for why this one): a
// statement counts only when one of the SQLite, PostgreSQL or MySQL grammars accepts it, and the
// tables come from its AST, so keywords (`ON UPDATE no action`), CTE names, functions and
// catalogs are never taken for tables, and prose in a string ("delete from the list") is not SQL.

/** Tables a piece of SQL creates and references; `line` is relative to the start of the text (1-based). */
export interface SqlTables {
  created: Array<{ name: string; line: number }>;
  referenced: Array<{ name: string; line: number; ddl: boolean }>;
}

interface ParseResult {
  tableList: string[];
  ast: unknown;
}
interface SqlParser {
  parse(sql: string, options: { database: string }): ParseResult;
}

// Tried in this order: SQLite first (D1, better-sqlite3, TypeORM's sqlite migrations), then
// PostgreSQL and MySQL. The first grammar that accepts a statement wins.
const DIALECTS = ['sqlite', 'postgresql', 'mysql'] as const;
let parsers: Array<{ database: string; parser: SqlParser }> | undefined;

// Loaded on the first SQL seen: a project without SQL never pays for the grammars (~70 ms).
function sqlParsers(): Array<{ database: string; parser: SqlParser }> {
  if (parsers) return parsers;
  const require = createRequire(import.meta.url);
  parsers = DIALECTS.map((database) => {
    const mod = require(`node-sql-parser/build/${database}`) as { Parser: new () => SqlParser };
    return { database, parser: new mod.Parser() };
  });
  return parsers;
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

const parsedCache = new Map<string, ParseResult | null>();

/** The parse of one statement by the first grammar that accepts it, or `null`: not SQL. */
function parseStatement(raw: string): ParseResult | null {
  // Numbered and named parameters (`?1`, `:id`, `@id`) as the plain `?` every grammar accepts.
  const sql = raw.replace(/\?\d+|(?<![:\w])[:@][A-Za-z_]\w*/g, '?');
  const hit = parsedCache.get(sql);
  if (hit !== undefined) return hit;
  let result: ParseResult | null = null;
  for (const { database, parser } of sqlParsers()) {
    try {
      result = parser.parse(sql, { database });
      break;
    } catch (err) {
      // A syntax error of this grammar (or a stack overflow on absurd nesting): try the next one.
      if (!(err instanceof Error)) throw err;
    }
  }
  if (parsedCache.size > 5000) parsedCache.clear();
  parsedCache.set(sql, result);
  return result;
}

// CTE names (`WITH deduplicated AS (…)`) anywhere in a statement's AST, walked with a stack.
function cteNames(ast: unknown): Set<string> {
  const out = new Set<string>();
  const stack: unknown[] = [ast];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (Array.isArray(node)) {
      for (const x of node) if (x && typeof x === 'object') stack.push(x);
      continue;
    }
    if (!node || typeof node !== 'object') continue;
    const withList = (node as { with?: unknown }).with;
    if (Array.isArray(withList)) {
      for (const w of withList) {
        const name = (w as { name?: unknown }).name;
        const value = typeof name === 'string' ? name : (name as { value?: unknown } | undefined)?.value;
        if (typeof value === 'string') out.add(value.toLowerCase());
      }
    }
    for (const v of Object.values(node)) if (v && typeof v === 'object') stack.push(v);
  }
  return out;
}

const DDL_START = /^(CREATE|ALTER|DROP|RENAME|TRUNCATE|COMMENT|GRANT|REVOKE)\b/i;

function isTableName(name: string, schema: string | null): boolean {
  if (!name || /^\d/.test(name) || NOT_TABLES.has(name) || name.startsWith('pg_') || name.startsWith('sqlite_')) return false;
  if (schema && CATALOG_SCHEMAS.has(schema.toLowerCase())) return false;
  // Template placeholders put in for `${…}`.
  return name !== '__rc_param__';
}

/** Tables of one statement that parsed: created (`CREATE TABLE`), and referenced (`ddl` for schema statements). */
function statementTables(sql: string, parsed: ParseResult): Array<{ name: string; created: boolean; ddl: boolean; at: number }> {
  const ctes = cteNames(parsed.ast);
  const ddl = DDL_START.test(sql);
  const out: Array<{ name: string; created: boolean; ddl: boolean; at: number }> = [];
  for (const entry of parsed.tableList) {
    const [op = '', schema = 'null', raw = ''] = entry.split('::');
    const name = normalizeTable(raw);
    const realSchema = schema === 'null' ? null : schema;
    const created = op.toLowerCase() === 'create';
    if (!isTableName(name, realSchema) || (realSchema === null && ctes.has(name)) || (!created && PROSE_WORDS.has(name))) continue;
    out.push({ name, created, ddl: ddl || !/^(select|insert|update|delete|replace)$/i.test(op), at: nameOffset(sql, raw) });
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
    for (const t of statementTables(st.text, parsed)) {
      const line = lineAt(st.start + t.at);
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
