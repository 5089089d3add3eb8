import { describe, expect, it } from 'vitest';
import ts from './ts.js';
import type * as TS from 'typescript';
import { ensureParents, findDeclaration } from './scope.js';
import { placedParts, positionAt, type SqlPosition } from './sql-position.js';

// Where the hole `{}` lands in a SQL text (other holes: `{*}`).
function at(sql: string): SqlPosition {
  const others = sql.replaceAll('{*}', '\u0001');
  return positionAt(others.replace('{}', '\u0001'), others.indexOf('{}'));
}

// The values spliced into the first argument of the first `sink(...)`, as `text: position`.
function placed(code: string): string[] {
  const sf = ts.createSourceFile('case.ts', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  ensureParents(sf);
  let found: TS.Expression | undefined;
  const visit = (n: TS.Node): void => {
    if (!found && ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) && n.expression.name.text === 'raw' && n.arguments[0]) found = n.arguments[0];
    else ts.forEachChild(n, visit);
  };
  visit(sf);
  if (!found) throw new Error(`no .raw(...) in:\n${code}`);
  const resolve = (id: TS.Identifier) => {
    const d = findDeclaration(id);
    return d && ts.isVariableDeclaration(d) && ts.getCombinedNodeFlags(d) & ts.NodeFlags.Const ? d.initializer : undefined;
  };
  return placedParts(found, resolve).map((p) => `${p.expr.getText(sf)}: ${p.position}`);
}

describe('positionAt: identifier positions', () => {
  it.each([
    ['"{}"."id"', 'a double-quoted name qualified by a column'],
    ['SELECT * FROM "{}" WHERE id = $1', 'a double-quoted table'],
    ['SELECT * FROM `{}`', 'a MySQL backtick name'],
    ['"{*}"."{}" = "{*}"."id"', 'a double-quoted column'],
    ['"{*}"."{*}" = "{}"."id"', 'a qualified name after a comparison'],
    ['(select jsonb_agg({}.value) from {*} where {*}.parent_id = {*}.id)', 'a bare name before a dot'],
    ['(select jsonb_agg({*}.value) from {} where {*}.parent_id = {*}.id)', 'a bare name after FROM'],
    ['SELECT * FROM a JOIN {}_locales l ON l.id = a.id', 'after JOIN, glued to a suffix'],
    ['INSERT INTO {} (a) VALUES ($1)', 'after INTO'],
    ['UPDATE {} SET a = $1', 'after UPDATE'],
    ['ALTER TABLE "{*}" DROP COLUMN {}', 'after COLUMN'],
    ['DROP TABLE IF EXISTS {}', 'after IF EXISTS'],
    ['"{*}".{}', 'after a dot'],
    ['ST_AsGeoJSON("{}")::jsonb', 'a quoted name as a function argument'],
    ['SELECT {}, b FROM t', 'a SELECT column list, followed by a comma'],
    ['SELECT a, {} AS x FROM t', 'a SELECT column list, followed by AS'],
    ['INSERT INTO t (a, {}) VALUES ($1, $2)', 'an INSERT column list'],
    ["SELECT a -- it's the id\nFROM \"{}\"", 'a quote in a line comment opens no string'],
    ["SELECT a /* it's the id */ FROM {}", 'a quote in a block comment opens no string'],
  ])('%s (%s)', (sql) => {
    expect(at(sql)).toBe('identifier');
  });
});

describe('positionAt: value positions', () => {
  it.each([
    ['SELECT * FROM users WHERE id = {}', 'after ='],
    ["SELECT * FROM users WHERE email = '{}'", 'in single quotes'],
    ['SELECT * FROM users WHERE name = "{}"', 'a bare double-quoted operand of a comparison (a MySQL string)'],
    ['SELECT * FROM t WHERE id IN ({*}, {})', 'in an IN list'],
    ['INSERT INTO t (a, b) VALUES ({*}, {})', 'in VALUES'],
    ['INSERT INTO t (a) VALUES ("{}")', 'a double-quoted VALUES item'],
    ['SELECT * FROM t LIMIT {}', 'after LIMIT'],
    ['SELECT * FROM t OFFSET {}', 'after OFFSET'],
    ['SELECT * FROM t WHERE {}', 'a whole condition after WHERE'],
    ['SELECT * FROM t ORDER BY {}', 'after ORDER BY'],
    ['{}', 'the whole text'],
    ['SELECT * FROM t WHERE a LIKE {}', 'after LIKE'],
    ['SELECT * FROM t WHERE a = 1 AND "{}"', 'a bare double-quoted operand of AND'],
    ['SELECT * FROM t -- {}', 'in a comment'],
    ["SELECT * FROM t WHERE a = E'\\' \"{}\"", 'after a backslash'],
    ['SELECT $$ "{}" $$', 'in a dollar-quoted string'],
    ['SELECT * FROM t WHERE id = {*}"{}"', 'a quote glued to another hole'],
    ['SELECT * FROM t WHERE id {*} "{}"', 'after another hole (an operator, maybe)'],
    ['SELECT * FROM t WHERE id = {}.5', 'a number with decimals'],
    ['SELECT * FROM t WHERE id = 1.{}', 'decimals'],
    ['SELECT coalesce({}, 0) FROM t', 'a function argument'],
    ['SELECT * FROM t WHERE id IN (SELECT {}.id FROM u)', 'a name in an IN subquery (kept as a value)'],
    ['SELECT * FROM "{}', 'an unclosed quote'],
  ])('%s (%s)', (sql) => {
    expect(at(sql)).toBe('value');
  });
});

describe('placedParts reads the text a value sits in', () => {
  it('each hole of a template, with its own position', () => {
    expect(placed('sql.raw(`"${alias}"."${col}" = ${id}`);')).toEqual(['alias: identifier', 'col: identifier', 'id: value']);
  });
  it('a string concatenation', () => {
    expect(placed('sql.raw("SELECT * FROM " + table + " WHERE id = \'" + id + "\'");')).toEqual(['table: identifier', 'id: value']);
  });
  // from payloadcms/payload (MIT), packages/drizzle/src/postgres/predefinedMigrations/localize-status/migrateMainCollection.ts
  it('a raw fragment spliced into a tagged template takes the text around it there', () => {
    expect(placed('db.execute(sql`SELECT l.version__status FROM ${sql.identifier(t)} v JOIN ${sql.raw(`${versionsTable}_locales`)} l ON l._parent_id = v.id`);')).toEqual([
      'versionsTable: identifier',
    ]);
  });
  // from payloadcms/payload (MIT), packages/drizzle/src/postgres/predefinedMigrations/v2-v3/migrateRelationships.ts
  it('a const bound to a built string is read in place', () => {
    expect(placed('const stmt = `SELECT DISTINCT parent_id FROM "${schemaName}"."${tableName}${suffix}" WHERE ${where} LIMIT 500`;\ndb.execute(sql.raw(`${stmt}`));')).toEqual([
      'schemaName: identifier',
      'tableName: identifier',
      'suffix: identifier',
      'where: value',
    ]);
  });
  it('a let is not read in place (it may be reassigned)', () => {
    expect(placed('let stmt = `SELECT * FROM "${t}"`;\nstmt = x;\nsql.raw(`${stmt}`);')).toEqual(['stmt: value']);
  });
  it('a const bound to itself through another does not loop', () => {
    expect(placed('const a = `SELECT ${b}`;\nconst b = `FROM ${a}`;\nsql.raw(a);')).toEqual(['a: identifier']);
  });
  it('both branches of a conditional, each in the text around it', () => {
    expect(placed('sql.raw(`SELECT * FROM ${cond ? `"${a}"` : `${b} WHERE id = ${c}`}`);')).toEqual(['a: identifier', 'b: identifier', 'c: value']);
  });
  it('consts that splice each other many times over are read within a budget, the rest as values', () => {
    const levels = ['const l0 = `SELECT * FROM "${t}"`;'];
    for (let i = 1; i <= 6; i++) levels.push(`const l${i} = \`${Array.from({ length: 40 }, () => `\${l${i - 1}}`).join(' UNION ')}\`;`);
    const parts = placed(`${levels.join('\n')}\nsql.raw(l6);`);
    expect(parts.length).toBeGreaterThan(0);
    expect(parts.length).toBeLessThanOrEqual(4000);
    expect(parts.filter((p) => p.startsWith('t: ')).every((p) => p === 't: identifier')).toBe(true);
    expect(parts.some((p) => /^l\d: value$/.test(p))).toBe(true);
  });
  it('a long text with many values is read in one pass, each value in its place', () => {
    const n = 3000;
    const code = `sql.raw(\`SELECT * FROM t WHERE ${Array.from({ length: n }, (_, i) => `"\${c${i}}".id = \${v${i}}`).join(' AND ')}\`);`;
    const parts = placed(code);
    expect(parts).toHaveLength(2 * n);
    expect(parts.filter((p) => p.endsWith(': identifier')).length).toBe(n);
    expect(parts[2 * n - 1]).toBe(`v${n - 1}: value`);
  });
});
