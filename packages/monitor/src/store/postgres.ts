import pg from 'pg';
import { ReadycheckError } from '@readycheck/core';
import { createSqlDb, type SqlDriver, type SqlExec } from './sql-db.js';
import type { MonitorDb } from './types.js';

/** `?` placeholders → `$1, $2, …` (no `?` appears in our SQL otherwise). */
function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

type Queryable = Pick<pg.PoolClient, 'query'>;

function execOn(q: Queryable): SqlExec {
  return {
    all: async (sql, params = []) => (await q.query(numbered(sql), [...params])).rows as Array<Record<string, unknown>>,
    insert: async (sql, params = []) => Number((await q.query(`${numbered(sql)} RETURNING id`, [...params])).rows[0]?.id),
    run: async (sql, params = []) => {
      await q.query(numbered(sql), [...params]);
    },
  };
}

/** The URL with its password masked, for messages. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://(invalid URL)';
  }
}

// An arbitrary constant: the advisory lock every process takes while migrating.
const MIGRATION_LOCK = 7357_0001;

/**
 * The PostgreSQL store (`pg`): a pool of connections; a change is recorded in one transaction
 * that locks the agent's row (`SELECT … FOR UPDATE`), so several servers can share a database;
 * migrations run under an advisory lock.
 */
export function openPostgresDb(url: string, options: { max?: number } = {}): MonitorDb {
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10 });
  // An idle client losing its connection must not crash the server; the next query reconnects.
  pool.on('error', () => undefined);
  const location = redactUrl(url);
  const withClient = async <T>(fn: (c: pg.PoolClient) => Promise<T>): Promise<T> => {
    let client: pg.PoolClient;
    try {
      client = await pool.connect();
    } catch (err) {
      throw new ReadycheckError('RC_FILE_UNREADABLE', `cannot connect to ${location}: ${(err as Error).message}`, { cause: err });
    }
    try {
      return await fn(client);
    } finally {
      client.release();
    }
  };
  const transaction = <T>(fn: (tx: SqlExec) => Promise<T>): Promise<T> =>
    withClient(async (client) => {
      await client.query('BEGIN');
      try {
        const result = await fn(execOn(client));
        await client.query('COMMIT');
        return result;
      } catch (err) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw err;
      }
    });
  const driver: SqlDriver = {
    kind: 'postgres',
    location,
    lockAgentSql: 'SELECT * FROM agents WHERE agent_id = ? FOR UPDATE',
    all: (sql, params) => withClient((c) => execOn(c).all(sql, params)),
    insert: (sql, params) => withClient((c) => execOn(c).insert(sql, params)),
    run: (sql, params) => withClient((c) => execOn(c).run(sql, params)),
    transaction,
    withMigrationLock: (fn) =>
      transaction(async (tx) => {
        await tx.run(`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`);
        return fn(tx);
      }),
    close: () => pool.end(),
  };
  return createSqlDb(driver);
}
