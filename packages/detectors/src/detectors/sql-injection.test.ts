import { describe, expect, it } from 'vitest';
import { RuleTester } from '../rule-tester.js';
import { scanSource } from '../scan.js';
import sqlInjection from './sql-injection.js';

const tester = new RuleTester({ describe, it, minValid: 15, minInvalid: 15 });
const I = { messageId: 'injection' } as const;
const ID = { messageId: 'identifier' } as const;
const CHECKED = { messageId: 'checked' } as const;

tester.run(sqlInjection, {
  valid: [
    'await db.query("SELECT * FROM users WHERE email = $1", [email]);',
    'await sql`SELECT * FROM users WHERE email = ${email}`;',
    'await db.query(sql`SELECT * FROM t WHERE id = ${id}`);',
    'await db.query(`SELECT * FROM users`);',
    'await db.query("SELECT * FROM " + "users");',
    'map.get(`${a}:${b}`);',
    'cache.get("user:" + id);',
    'const s = "db.query(`SELECT * FROM t WHERE id = ${id}`)";',
    '// db.query(`SELECT ${x} FROM t`)\nexport {};',
    'logger.info(`SELECT took ${ms}ms`);',
    'const q = `SELECT * FROM t WHERE id = ${id}`;\nconsole.log(q);',
    'await fetch(`/api/select?from=${x}`);',
    'await db.query(query, params);',
    'router.get(`/users/${id}`, handler);',
    'knex("users").where("id", id);',
    'await db.execute({ sql: "DELETE FROM t WHERE id = ?", args: [id] });',
    // from cloudflare/vibesdk (MIT), space/src/space/checkpoint.ts: the table name is a module constant
    'const TABLE = "space_checkpoint";\nexport class Checkpoint {\n  constructor(private sql: SqlStorage) {}\n  clear() {\n    this.sql.exec(`DELETE FROM ${TABLE}`);\n  }\n}',
    // from cloudflare/vibesdk (MIT), worker/services/secrets/UserSecretsStore.ts: literal column assignments joined
    'export function update(sql: SqlStorage, id: string, name?: string) {\n  const fields: string[] = [];\n  const values: unknown[] = [];\n  if (name) {\n    fields.push("encrypted_name = ?");\n    values.push(name);\n  }\n  fields.push("updated_at = ?");\n  values.push(Date.now(), id);\n  return sql.exec(`UPDATE secrets SET ${fields.join(", ")} WHERE id = ?`, ...values);\n}',
    'export function byIds(ids: string[]) {\n  return db.all(`SELECT * FROM t WHERE id IN (${ids.map(() => "?").join(", ")})`, ids);\n}',
    'export function page(limit: number, dir: "ASC" | "DESC") {\n  return db.query(`SELECT * FROM t ORDER BY id ${dir} LIMIT ${limit}`);\n}',
    'const COLUMNS = ["id", "name", "email"] as const;\nawait db.query(`SELECT ${COLUMNS.join(", ")} FROM users`);',
    // the shape of louislam/uptime-kuma's status-page handler (MIT): one placeholder per id
    'const slots = groupIDList.map(() => "?").join(",");\nawait R.exec(`DELETE FROM \\`group\\` WHERE id NOT IN (${slots}) AND status_page_id = ?`, data);',
    'for (const table of ["a", "b"]) await db.run(`DELETE FROM ${table}`);',
    'enum Table { Users = "users" }\nawait db.query(`SELECT * FROM ${Table.Users} WHERE id = $1`, [id]);',
    'export function drop(name: string) {\n  return db.query(`DROP TABLE ${client.escapeIdentifier(name)}`);\n}',
  ],
  invalid: [
    { code: 'await db.query(`SELECT * FROM users WHERE email = \'${email}\'`);', errors: [{ ...I, column: 7, message: '`query()`' }] },
    { code: 'db.query("SELECT * FROM users WHERE id = " + id);', errors: [{ ...I, message: 'string concatenation' }] },
    { code: 'await pool.execute(`DELETE FROM orders WHERE id = ${id}`);', errors: [I] },
    { code: 'await conn.query(`INSERT INTO logs (msg) VALUES (\'${msg}\')`);', errors: [I] },
    { code: 'await conn.query(`UPDATE users SET name = \'${name}\' WHERE id = 1`);', errors: [I] },
    { code: 'const q = `SELECT * FROM t WHERE id = ${id}`;\nawait db.query(q);', errors: [{ ...I, line: 2 }] },
    { code: 'const q = "SELECT name FROM t WHERE a = \'" + a + "\'";\ndb.all(q, cb);', errors: [I] },
    { code: 'await prisma.$queryRawUnsafe(`SELECT * FROM "User" WHERE id = ${id}`);', errors: [I] },
    { code: 'await prisma.$executeRawUnsafe("DELETE FROM t WHERE x = " + x);', errors: [I] },
    { code: 'db.prepare(`SELECT * FROM t WHERE k = \'${k}\'`).get();', errors: [I] },
    { code: 'knex.raw(`SELECT * FROM t ORDER BY ${col}`);', errors: [I] },
    { code: 'query.whereRaw(`name = \'${n}\'`);', errors: [I] },
    { code: 'await client.query(`DROP TABLE ${table}`);', errors: [I] },
    { code: 'await db.run(`select * from t where id=${id}`);', errors: [I] },
    { code: 'sequelize.query("SELECT * FROM t WHERE a=" + a + " AND b=" + b);', errors: [I] },
    { code: 'await db.query(`SELECT * FROM a WHERE x = ${x}`);\nawait db.query(`SELECT * FROM b WHERE y = ${y}`);', errors: [I, I] },
    { code: 'app.get("/u", async (req, res) => {\n  res.json(await db.query(`SELECT * FROM users WHERE name = \'${req.query.name}\'`));\n});', errors: [{ ...I, line: 2, message: 'input from outside the process (`req.query.name`)' }] },
    { code: 'app.post("/t", async (c) => {\n  const { title } = await c.req.json();\n  await c.env.DB.prepare(`INSERT INTO t (title) VALUES (\'${title}\')`).run();\n});', errors: [{ ...I, line: 3 }] },
    { code: 'app.delete("/t/:id", (c) => c.env.DB.exec(`DELETE FROM t WHERE id = ${c.req.param("id")}`));', errors: [I] },
    { code: 'await db.query(`SELECT * FROM t WHERE name = \'${process.argv[2]}\'`);', errors: [I] },
    { code: 'export function find(email: string) {\n  return db.query(`SELECT * FROM users WHERE email = \'${email}\'`);\n}', errors: [{ ...I, message: 'a function parameter (`email`)' }] },
    { code: 'await db.query(`SELECT * FROM ${process.env.TABLE_PREFIX}_users`);', errors: [{ ...I, message: 'the environment' }] },
    // from payloadcms/payload (MIT), packages/drizzle/src/find/traverseFields.ts: names from the schema, double-quoted
    { code: 'export function join(alias: string, onPath: string, table: string) {\n  return sql.raw(`"${alias}"."${onPath}" = "${table}"."id"`);\n}', errors: [{ ...ID, message: 'spliced as an identifier' }] },
    // from payloadcms/payload (MIT), packages/drizzle/src/find/traverseFields.ts: a table name before `.` and after FROM
    { code: 'export function agg(tableName: string, parentTable: string) {\n  return sql.raw(`(select jsonb_agg(${tableName}.value) from ${tableName} where ${tableName}.parent_id = ${parentTable}.id)`);\n}', errors: [ID] },
    // from payloadcms/payload (MIT), packages/drizzle/src/sqlite/predefinedMigrations/localize-status/index.ts
    { code: 'export async function dropColumn({ columnName, db, tableName }: { columnName: string; db: any; tableName: string }) {\n  await db.run(sql.raw(`ALTER TABLE "${tableName}" DROP COLUMN ${columnName}`));\n}', errors: [ID] },
    // from payloadcms/payload (MIT), packages/drizzle/src/utilities/json.ts: each key vetted by /^\w+$/ first
    { code: 'const SAFE_KEY_REGEX = /^\\w+$/;\nexport function jsonBuildObject(shape: Record<string, unknown>) {\n  const chunks: unknown[] = [];\n  Object.entries(shape).forEach(([key]) => {\n    if (!SAFE_KEY_REGEX.test(key)) {\n      throw new Error("Unsafe key");\n    }\n    chunks.push(sql.raw(`\'${key}\',`));\n  });\n}', errors: [{ ...CHECKED, line: 8, message: 'anchored word-only regex' }] },
    { code: 'export function f(sort: string) {\n  const cols: string[] = [];\n  cols.push(sort);\n  return db.query(`SELECT * FROM t ORDER BY ${cols.join(", ")}`);\n}', errors: [I] },
  ],
});

describe('sql-injection grades by where the value comes from', () => {
  const grade = (code: string) => scanSource(code, 'a.ts', { rules: ['sql-injection'] }).map((v) => [v.severity, v.confidence]);
  it('request data and argv: critical, high confidence', () => {
    expect(grade('app.get("/", (req) => db.query(`SELECT * FROM t WHERE id = ${req.params.id}`));')).toEqual([['critical', 'high']]);
    expect(grade('db.query(`SELECT * FROM t WHERE id = ${process.argv[2]}`);')).toEqual([['critical', 'high']]);
  });
  it('a parameter: high, medium confidence; the environment and unknown: medium, low confidence', () => {
    expect(grade('export function f(id: string) { return db.query(`SELECT * FROM t WHERE id = ${id}`); }')).toEqual([['high', 'medium']]);
    expect(grade('db.query(`SELECT * FROM ${process.env.T}`);')).toEqual([['medium', 'low']]);
    expect(grade('import { T } from "./t";\ndb.query(`SELECT * FROM ${T}`);')).toEqual([['medium', 'low']]);
  });
  it('a parameter only in identifier positions: medium, low confidence; in a value position as well: high', () => {
    expect(grade('export function f(t: string) { return db.query(`SELECT * FROM "${t}"`); }')).toEqual([['medium', 'low']]);
    expect(grade('export function f(t: string) { return db.query(`SELECT * FROM ${t} WHERE a = 1`); }')).toEqual([['medium', 'low']]);
    expect(grade('export function f(t: string) { return db.query("SELECT * FROM `" + t + "`"); }')).toEqual([['medium', 'low']]);
    expect(grade('export function f(t: string, id: string) { return db.query(`SELECT * FROM "${t}" WHERE id = ${id}`); }')).toEqual([['high', 'medium']]);
    expect(grade('export function f(t: string) { return db.query(`SELECT * FROM "${t}" WHERE name = \'${t}\'`); }')).toEqual([['high', 'medium']]);
  });
  it('a parameter in a value position stays high, however the text around it reads', () => {
    expect(grade('export function f(id: string) { return db.query(`SELECT * FROM users WHERE id = ${id}`); }')).toEqual([['high', 'medium']]);
    expect(grade('export function f(v: string) { return db.query(`SELECT * FROM users WHERE name = "${v}"`); }')).toEqual([['high', 'medium']]);
    expect(grade('export function f(v: string) { return db.query(`SELECT * FROM t /* it"s */ WHERE name = ${v}`); }')).toEqual([['high', 'medium']]);
    expect(grade('export function f(v: string) { return db.query(`SELECT * FROM t WHERE a = $tag$ "${v}" $tag$`); }')).toEqual([['high', 'medium']]);
    expect(grade('export function f(v: string) { return db.query(`INSERT INTO t (a) VALUES ("${v}")`); }')).toEqual([['high', 'medium']]);
    expect(grade('export function f(v: string) { return db.query(`SELECT * FROM t LIMIT ${v}`); }')).toEqual([['high', 'medium']]);
    expect(grade('export function f(v: string) { return db.query(`SELECT * FROM t WHERE id IN (${v})`); }')).toEqual([['high', 'medium']]);
  });
  it('request data and argv stay critical in an identifier position', () => {
    expect(grade('app.get("/", (req) => db.query(`SELECT * FROM "${req.query.table}"`));')).toEqual([['critical', 'high']]);
    expect(grade('app.get("/", (req) => db.query(`SELECT * FROM ${req.params.t}.rows`));')).toEqual([['critical', 'high']]);
    expect(grade('db.query(`DROP TABLE ${process.argv[2]}`);')).toEqual([['critical', 'high']]);
  });
  it('a value vetted by an anchored word-only regex that throws or returns: low, whatever its source', () => {
    expect(grade('export function f(k: string) {\n  if (!/^\\w+$/.test(k)) throw new Error(k);\n  return db.query(`SELECT * FROM t WHERE k = \'${k}\'`);\n}')).toEqual([['low', 'low']]);
    expect(grade('app.get("/", (req, res) => {\n  const sort = req.query.sort;\n  if (!/^[a-z_]+$/.test(sort)) return res.sendStatus(400);\n  return db.query(`SELECT * FROM t ORDER BY ${sort}`);\n});')).toEqual([['low', 'low']]);
    // A name alone (`sanitize`) vouches for nothing; nor does a regex that lets a dash through.
    expect(grade('import { sanitize } from "./s";\nexport function f(k: string) { return db.query(`SELECT * FROM t WHERE k = ${sanitize(k)}`); }')).toEqual([['medium', 'low']]);
    expect(grade('export function f(k: string) {\n  if (!/^[\\w-]+$/.test(k)) throw new Error(k);\n  return db.query(`SELECT * FROM t WHERE k = ${k}`);\n}')).toEqual([['high', 'medium']]);
    // One vetted value does not vouch for the others.
    expect(grade('export function f(k: string, v: string) {\n  if (!/^\\w+$/.test(k)) throw new Error(k);\n  return db.query(`SELECT * FROM t WHERE ${k} = \'${v}\'`);\n}')).toEqual([['high', 'medium']]);
  });
  it('a severity set in the config wins over the graded one', () => {
    const found = scanSource('db.query(`SELECT * FROM ${process.env.T}`);', 'a.ts', { rules: ['sql-injection'], config: { rules: { 'sql-injection': 'critical' } } });
    expect(found.map((v) => [v.severity, v.confidence])).toEqual([['critical', 'low']]);
  });
});
