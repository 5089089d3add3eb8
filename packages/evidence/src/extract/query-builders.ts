import type * as TS from 'typescript';
import ts from '../ts.js';
import { normalizeTable } from '../sql.js';
import { isQueryReceiver, stringArg } from './ast.js';
import type { ExtractPlugin } from './plugin.js';

// Query-builder methods whose names say "table" on their own (Kysely): taken on any receiver.
const TABLE_CALLS = new Set([
  'selectFrom', 'insertInto', 'updateTable', 'deleteFrom', 'replaceInto', 'mergeInto', 'innerJoin', 'leftJoin', 'rightJoin',
  'fullJoin', 'crossJoin', 'leftOuterJoin', 'rightOuterJoin',
]);
// Generic names (`from`, `into`, `table`, `join`) count only on a query chain or a database handle:
// `path.join('src')`, `Array.from('ab')` and `console.table('x')` are not queries.
const GENERIC_TABLE_CALLS = new Set(['from', 'into', 'table', 'join']);
const NOT_TABLE_RECEIVERS = /^(Array|Buffer|Uint8Array|Object|Promise|Set|Map|Observable|rxjs|Readable|stream)$/;
const TABLE_NAME = /^[A-Za-z_][\w.]*(\s+(as\s+)?\w+)?$/;
// Names a Knex instance goes by when it is called with a table name: `knex('users')`, `trx('orders')`.
const KNEX_HANDLE = /^(knex|db|trx|tx|database)$/;
const KYSELY_DB = /^(Database|DB|Tables|Schema|DatabaseSchema)$/;

// Knex's schema builder creates tables: `knex.schema.createTable('monitor', …)`, also chained
// (`knex.schema.createTable('a', …).createTable('b', …)`) and in migrations' `up(knex)`.
const KNEX_CREATE = new Set(['createTable', 'createTableIfNotExists', 'createTableLike']);

/** True when a call's receiver chain goes through Knex's `schema` (`knex.schema`, `trx.schema.withSchema('x')`). */
function onKnexSchema(recv: TS.Expression): boolean {
  let e: TS.Expression = recv;
  for (let depth = 0; depth < 64; depth++) {
    if (ts.isIdentifier(e)) return e.text === 'schema';
    if (ts.isPropertyAccessExpression(e)) {
      if (e.name.text === 'schema') return true;
      e = e.expression;
    } else if (ts.isCallExpression(e)) e = e.expression;
    else if (ts.isAwaitExpression(e) || ts.isParenthesizedExpression(e)) e = e.expression;
    else return false;
  }
  return false;
}

const tableOf = (s: string): string => normalizeTable((s.trim().split(/\s+/)[0] ?? s).trim());

function kyselyTables(members: TS.NodeArray<TS.TypeElement>, { add, facts }: Parameters<NonNullable<ExtractPlugin['call']>>[1]): void {
  for (const m of members) {
    if (ts.isPropertySignature(m) && m.name && (ts.isIdentifier(m.name) || ts.isStringLiteral(m.name))) add(facts.tables, m.name, normalizeTable(m.name.text), 'kysely-table');
  }
}

/**
 * Kysely, Knex and Supabase: tables named in query-builder calls (`db.selectFrom('users')`,
 * `knex('users')`, `supabase.from('users')`), Kysely's `interface Database { users: … }`, and the
 * tables Knex's schema builder creates (`knex.schema.createTable('users', …)`).
 */
export default {
  name: 'query-builders',
  visitor: {
    InterfaceDeclaration: (node, ctx) => {
      const n = node as TS.InterfaceDeclaration;
      if (KYSELY_DB.test(n.name.text)) kyselyTables(n.members, ctx);
    },
    TypeAliasDeclaration: (node, ctx) => {
      const n = node as TS.TypeAliasDeclaration;
      if (KYSELY_DB.test(n.name.text) && ts.isTypeLiteralNode(n.type)) kyselyTables(n.type.members, ctx);
    },
  },
  call: ({ n, s, fn, method, recv, recvText }, { add, facts }) => {
    if (fn !== undefined) {
      // Knex's own form: knex('users').where(…), trx('orders').insert(…)
      if (KNEX_HANDLE.test(fn) && s !== undefined && n.arguments.length === 1 && TABLE_NAME.test(s.trim())) {
        const name = tableOf(s);
        if (name) add(facts.tableRefs, n, name, 'query');
      }
      return;
    }
    if (method === undefined || recv === undefined || s === undefined) return;
    if (KNEX_CREATE.has(method) && TABLE_NAME.test(s.trim()) && onKnexSchema(recv)) {
      add(facts.tables, n, tableOf(s), 'knex-schema');
      return;
    }
    // `knex.schema.renameTable('old', 'new')` creates `new`.
    if (method === 'renameTable' && onKnexSchema(recv)) {
      const to = stringArg(n.arguments[1]);
      if (to !== undefined && TABLE_NAME.test(to.trim())) add(facts.tables, n, tableOf(to), 'knex-schema');
      return;
    }
    const tableCall = TABLE_CALLS.has(method) || (GENERIC_TABLE_CALLS.has(method) && isQueryReceiver(recv, recvText) && (method !== 'join' || n.arguments.length >= 2));
    // TypeORM joins a relation by its path, `leftJoin('request.seasons', 'seasons')`: not a table.
    const relationPath = /join/i.test(method) && s.includes('.') && n.arguments.length === 2 && stringArg(n.arguments[1]) !== undefined;
    if (tableCall && !relationPath && TABLE_NAME.test(s.trim()) && !NOT_TABLE_RECEIVERS.test(recvText)) {
      const name = tableOf(s);
      if (name && name !== 'dual') add(facts.tableRefs, n, name, 'query');
    }
  },
} satisfies ExtractPlugin;

export { NOT_TABLE_RECEIVERS };
