import type * as TS from 'typescript';
import ts from '../ts.js';
import { normalizeTable } from '../sql.js';
import { NOT_TABLE_RECEIVERS } from './query-builders.js';
import type { CallInfo, ExtractContext, ExtractPlugin } from './plugin.js';

const DRIZZLE_TABLE_FNS = new Set(['sqliteTable', 'pgTable', 'mysqlTable', 'singlestoreTable', 'sqliteTableCreator', 'pgTableCreator']);
const DRIZZLE_TABLE_CALLS = new Set(['from', 'insert', 'update', 'delete', 'join', 'innerJoin', 'leftJoin', 'rightJoin', 'fullJoin']);

function drizzleTable(n: TS.CallExpression, name: string, { add, facts }: ExtractContext): void {
  add(facts.tables, n, normalizeTable(name), 'drizzle-table');
  const parent = n.parent;
  if (ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) facts.tableVars[parent.name.text] = normalizeTable(name);
}

/**
 * Drizzle: tables declared with `sqliteTable/pgTable/mysqlTable('name', …)` (and `schema.table`),
 * and queries through their variables (`db.select().from(users)`, `db.query.users.findMany()`),
 * resolved to table names across files by the link stage.
 */
export default {
  name: 'drizzle',
  call: ({ n, s, fn, method, recv, recvText }: CallInfo, ctx: ExtractContext) => {
    if (fn !== undefined) {
      if (DRIZZLE_TABLE_FNS.has(fn) && s !== undefined) drizzleTable(n, s, ctx);
      return;
    }
    if (method === undefined || recv === undefined) return;
    if (method === 'table' && s !== undefined && ts.isCallExpression(recv) && /Schema$/.test(recv.expression.getText(ctx.sf))) drizzleTable(n, s, ctx);
    const a = n.arguments[0];
    if (DRIZZLE_TABLE_CALLS.has(method) && a && !NOT_TABLE_RECEIVERS.test(recvText)) {
      const variable = ts.isIdentifier(a) ? a.text : ts.isPropertyAccessExpression(a) ? a.name.text : undefined;
      if (variable !== undefined) ctx.facts.tableVarRefs.push({ variable, line: ctx.lineOf(n) });
    }
    if (ts.isPropertyAccessExpression(recv)) {
      const owner = recv.expression;
      if (ts.isPropertyAccessExpression(owner) && owner.name.text === 'query' && /^find(Many|First)$/.test(method)) ctx.facts.tableVarRefs.push({ variable: recv.name.text, line: ctx.lineOf(n) });
    }
  },
} satisfies ExtractPlugin;
