import { describe, expect, it } from 'vitest';
import { extractFile } from './extract-file.js';
import { sqlParserLoaded, sqlTables } from './sql.js';

const names = (sql: string): string[] => {
  const r = sqlTables(sql);
  return [...r.created.map((t) => `+${t.name}`), ...r.referenced.map((t) => t.name)];
};

describe('SQL parser: loaded only when there is SQL to read', () => {
  // This file's module state is its own (vitest isolates test files), so the order below holds.
  it('does not load the parser for code without SQL, and loads it for the first SQL string', () => {
    extractFile({ text: "export const greet = (name: string) => `Hello, ${name}: pick one from the list`;\nconst q = 'hello world';", relPath: 'src/greet.ts' });
    expect(sqlParserLoaded()).toBe(false);
    const facts = extractFile({ text: "export const all = (db) => db.prepare('SELECT id, title FROM posts WHERE published = 1').all();", relPath: 'src/posts.ts' });
    expect(sqlParserLoaded()).toBe(true);
    expect(facts.tableRefs.map((t) => `${t.name}:${t.line}:${t.kind}`)).toEqual(['posts:1:sql-query']);
  });
});

describe('SQL the previous parser misread (node-sql-parser 5.4)', () => {
  it('reads the table beside a table function and IS NOT DISTINCT FROM (PostgreSQL)', () => {
    expect(names("SELECT e.value FROM events ev, jsonb_array_elements(ev.payload->'items') e WHERE ev.owner IS NOT DISTINCT FROM $1")).toEqual(['events']);
  });

  it('reads an upsert with excluded.* (SQLite/PostgreSQL ON CONFLICT)', () => {
    expect(names('INSERT INTO sessions (id, seen) VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET seen = excluded.seen')).toEqual(['sessions']);
  });

  it('reads a recursive CTE: the CTE is no table, what it reads is', () => {
    expect(names('WITH RECURSIVE tree(id) AS (SELECT id FROM nodes WHERE parent IS NULL UNION ALL SELECT n.id FROM nodes n JOIN tree t ON n.parent = t.id) SELECT * FROM tree')).toEqual(['nodes']);
  });

  it('reads a MySQL CREATE TABLE with engine options, and DROP, TRUNCATE and CREATE INDEX as schema references', () => {
    const r = sqlTables('CREATE TABLE IF NOT EXISTS `audit` (`id` int NOT NULL AUTO_INCREMENT, PRIMARY KEY (`id`)) ENGINE=InnoDB;\nCREATE INDEX i_at ON audit (id);\nTRUNCATE TABLE logs;\nDROP TABLE IF EXISTS old_audit;');
    expect(r.created).toEqual([{ name: 'audit', line: 1 }]);
    expect(r.referenced.map((t) => `${t.name}:${t.line}:${t.ddl ? 'ddl' : 'q'}`)).toEqual(['audit:2:ddl', 'logs:3:ddl', 'old_audit:4:ddl']);
  });

  it('gives each table once per statement, on the line it is first written', () => {
    const r = sqlTables('SELECT a.id\nFROM accounts a\nJOIN accounts b ON a.parent = b.id\nJOIN "public"."Plans" p ON p.id = a.plan');
    expect(r.referenced.map((t) => `${t.name}:${t.line}`)).toEqual(['accounts:2', 'plans:4']);
  });
});

describe('SQL parser on hostile input', () => {
  it('reads absurdly nested SQL as not SQL, without throwing', () => {
    const deep = `SELECT ${'('.repeat(5000)}1${')'.repeat(5000)} FROM t`;
    expect(sqlTables(deep)).toEqual({ created: [], referenced: [] });
    // and the parser still works afterwards
    expect(names('SELECT * FROM after_deep')).toEqual(['after_deep']);
  });
});
