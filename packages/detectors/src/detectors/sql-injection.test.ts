import { describe, expect, it } from 'vitest';
import { RuleTester } from '../rule-tester.js';
import { scanSource } from '../scan.js';
import sqlInjection from './sql-injection.js';

const tester = new RuleTester({ describe, it, minValid: 15, minInvalid: 15 });
const I = { messageId: 'injection' } as const;

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
  it('a severity set in the config wins over the graded one', () => {
    const found = scanSource('db.query(`SELECT * FROM ${process.env.T}`);', 'a.ts', { rules: ['sql-injection'], config: { rules: { 'sql-injection': 'critical' } } });
    expect(found.map((v) => [v.severity, v.confidence])).toEqual([['critical', 'low']]);
  });
});
