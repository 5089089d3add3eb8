import { describe, it } from 'vitest';
import { RuleTester } from '../rule-tester.js';
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
  ],
});
