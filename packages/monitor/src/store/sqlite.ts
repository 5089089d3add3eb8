import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ReadycheckError } from '@readycheck/core';
import { createSqlDb, type SqlDriver, type SqlExec } from './sql-db.js';
import type { MonitorDb } from './types.js';

/**
 * The SQLite store (better-sqlite3): one file in WAL mode, so readers never wait for the writer
 * and several processes can share it; a busy writer is waited for up to 10 s. Statements run on
 * one connection, so this process's transactions are queued one after the other.
 */
export function openSqliteDb(file: string): MonitorDb {
  const abs = path.resolve(file);
  mkdirSync(path.dirname(abs), { recursive: true });
  const db = new Database(abs);
  try {
    // The timeout first: switching a new file to WAL while another process opens it waits, not fails.
    db.pragma('busy_timeout = 10000'); // 10 s: another process's write takes milliseconds
    db.pragma('journal_mode = WAL');
  } catch (err) {
    db.close();
    const code = (err as { code?: unknown }).code;
    if (code === 'SQLITE_NOTADB') throw new ReadycheckError('RC_FILE_UNREADABLE', `${file}: not a SQLite database`, { cause: err, file });
    throw err;
  }
  db.pragma('synchronous = FULL'); // an acknowledged change survives a crash of the process or the machine
  db.pragma('foreign_keys = ON');
  const cache = new Map<string, Database.Statement>();
  const prepare = (sql: string): Database.Statement => {
    let s = cache.get(sql);
    if (!s) {
      s = db.prepare(sql);
      cache.set(sql, s);
    }
    return s;
  };
  const exec: SqlExec = {
    all: async (sql, params = []) => {
      const s = prepare(sql);
      if (!s.reader) {
        s.run(...params);
        return [];
      }
      return s.all(...params) as Array<Record<string, unknown>>;
    },
    insert: async (sql, params = []) => Number(prepare(sql).run(...params).lastInsertRowid),
    run: async (sql, params = []) => {
      prepare(sql).run(...params);
    },
  };
  // One connection: a transaction must not interleave with another caller's statements.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const next = queue.then(fn);
    queue = next.catch(() => undefined);
    return next;
  };
  const transaction = <T>(fn: (tx: SqlExec) => Promise<T>): Promise<T> =>
    serial(async () => {
      db.exec('BEGIN IMMEDIATE');
      try {
        const result = await fn(exec);
        db.exec('COMMIT');
        return result;
      } catch (err) {
        if (db.inTransaction) db.exec('ROLLBACK');
        throw err;
      }
    });
  const driver: SqlDriver = {
    kind: 'sqlite',
    location: file,
    lockAgentSql: 'SELECT * FROM agents WHERE agent_id = ?',
    all: (sql, params) => serial(() => exec.all(sql, params)),
    insert: (sql, params) => serial(() => exec.insert(sql, params)),
    run: (sql, params) => serial(() => exec.run(sql, params)),
    transaction,
    // DDL in SQLite is transactional: BEGIN IMMEDIATE makes a second process wait for the first.
    withMigrationLock: (fn) => transaction((tx) => fn({ ...tx, run: async (sql, params = []) => {
          if (params.length) prepare(sql).run(...params);
          else db.exec(sql);
        } })),
    close: async () => {
      await queue;
      db.close();
    },
  };
  return createSqlDb(driver);
}
