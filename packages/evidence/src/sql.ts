import type { Item } from './types.js';

/** Tables a piece of SQL creates and references; `line` is relative to the start of the text (1-based). */
export interface SqlTables {
  created: Array<{ name: string; line: number }>;
  referenced: Array<{ name: string; line: number; ddl: boolean }>;
}

// Words that follow FROM/INTO/UPDATE/JOIN in valid SQL but are not table names.
const NOT_TABLES = new Set([
  'select', 'set', 'where', 'values', 'only', 'lateral', 'unnest', 'dual', 'excluded', 'generate_series', 'json_each',
  'json_tree', 'pragma_table_info', 'on', 'using', 'as', 'table', 'if', 'not', 'exists',
  'information_schema', 'sqlite_master', 'sqlite_schema', 'pg_catalog', 'sqlite_sequence', 'each', 'distinct',
]);

const CREATE_RE = /\bCREATE\s+(?:(?:GLOBAL|LOCAL)\s+)?(?:TEMP(?:ORARY)?\s+|VIRTUAL\s+|UNLOGGED\s+)?TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?((?:[`"[]?\w+[`"\]]?\.)?[`"[]?\w+[`"\]]?)/gi;
const REF_RE = /\b(FROM|JOIN|INTO|UPDATE|REFERENCES|ALTER\s+TABLE)\s+(?:ONLY\s+)?((?:[`"[]?\w+[`"\]]?\.)?[`"[]?[A-Za-z_]\w*[`"\]]?)/gi;

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

/**
 * Finds the tables a piece of SQL creates (`CREATE TABLE`) and references (`FROM`, `JOIN`,
 * `INSERT INTO`, `UPDATE`, and, flagged `ddl`, `REFERENCES` and `ALTER TABLE`).
 *
 * @example
 * sqlTables('CREATE TABLE users (id int);\nSELECT * FROM users').created; // [{ name: 'users', line: 1 }]
 */
export function sqlTables(sql: string): SqlTables {
  const text = stripSqlNoise(sql);
  const lineAt = lineIndex(text);
  const created: SqlTables['created'] = [];
  const referenced: SqlTables['referenced'] = [];
  const createdAt = new Set<number>();
  for (const m of text.matchAll(CREATE_RE)) {
    const name = normalizeTable(m[1] as string);
    if (NOT_TABLES.has(name)) continue;
    created.push({ name, line: lineAt(m.index) });
    createdAt.add(m.index);
  }
  for (const m of text.matchAll(REF_RE)) {
    const keyword = (m[1] as string).toUpperCase().replace(/\s+/g, ' ');
    const name = normalizeTable(m[2] as string);
    if (NOT_TABLES.has(name) || /^\d/.test(name)) continue;
    // `DELETE FROM` and `INSERT INTO` are queries; `REFERENCES x` and `ALTER TABLE x` are schema.
    const ddl = keyword === 'REFERENCES' || keyword === 'ALTER TABLE';
    referenced.push({ name, line: lineAt(m.index), ddl });
  }
  return { created, referenced };
}

/** True when a string literal in code looks like SQL worth reading for tables. */
export function looksLikeSql(text: string): boolean {
  return /^\s*(?:SELECT|INSERT|UPDATE|DELETE|CREATE|WITH|ALTER|REPLACE|UPSERT)\b[\s\S]*\b(?:FROM|INTO|TABLE|SET)\b/i.test(text);
}

/** Turns {@link sqlTables} output into evidence items for `file`, offset by `baseLine - 1`. */
export function sqlItems(sql: string, file: string, baseLine: number, kind: string): { created: Item[]; refs: Item[] } {
  const { created, referenced } = sqlTables(sql);
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
