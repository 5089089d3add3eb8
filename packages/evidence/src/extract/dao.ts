import type * as TS from 'typescript';
import ts from '../ts.js';
import type { ExtractContext, ExtractPlugin } from './plugin.js';
import type { FileFacts } from '../types.js';

// A DAO or repository: a class (or a constructor function, `const AllocationsDAO = function (db) {…}`)
// whose methods call a database client. Its span is kept during the walk, and the lines of the
// file's client calls (`db.collection(…)`, `pool.query(…)`): a span holding one is a DAO.
interface Span {
  name: string;
  node: TS.Node;
  start: number;
  end: number;
}

const state = new WeakMap<FileFacts, { spans: Span[]; clientCalls: number[] }>();

function stateOf(facts: FileFacts): { spans: Span[]; clientCalls: number[] } {
  let st = state.get(facts);
  if (!st) state.set(facts, (st = { spans: [], clientCalls: [] }));
  return st;
}

/** PascalCase, as classes and constructor functions are named. */
const CLASS_NAME = /^[A-Z][A-Za-z0-9]*$/;
/** Receivers that are database clients when they run SQL or open a collection. */
const DB_CLIENT = /^(db|database|pool|conn|connection|knex|sequelize|pg|mysql|sqlite|mongo|mongoClient|dataSource|entityManager|prisma|tx|trx)$/i;
const CLIENT_METHODS = /^(query|execute|exec|collection|prepare|raw|getRepository|transaction)$/;
// SQLite's and lowdb's short verbs, only on a receiver that can only be a database.
const DB_ONLY_METHODS = /^(run|all|get)$/;
const DB_ONLY = /^(db|database|sqlite)$/i;

// A constructor function gives its instances methods: `this.update = (…) => {…}`. A PascalCase
// function that does not (a React component, a Next.js page querying its data) is no DAO.
function isConstructor(body: TS.Block): boolean {
  return body.statements.some((st) => {
    if (!ts.isExpressionStatement(st) || !ts.isBinaryExpression(st.expression) || st.expression.operatorToken.kind !== ts.SyntaxKind.EqualsToken) return false;
    const { left, right } = st.expression;
    return ts.isPropertyAccessExpression(left) && left.expression.kind === ts.SyntaxKind.ThisKeyword && (ts.isFunctionExpression(right) || ts.isArrowFunction(right));
  });
}

// A migration (`up` and `down` methods) changes the schema; an entity or model (`@Entity()`,
// `extends Model`, `extends BaseEntity`) is the table itself: neither is a DAO.
function isMigrationOrModel(n: TS.ClassDeclaration): boolean {
  const methods = new Set(n.members.filter((m) => ts.isMethodDeclaration(m) && m.name && ts.isIdentifier(m.name)).map((m) => (m.name as TS.Identifier).text));
  if (methods.has('up') && methods.has('down')) return true;
  if (ts.getDecorators(n)?.some((d) => ts.isCallExpression(d.expression) && ts.isIdentifier(d.expression.expression) && /^(Entity|Table|Schema)$/.test(d.expression.expression.text))) return true;
  const base = n.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0]?.expression;
  const baseName = base && (ts.isIdentifier(base) ? base.text : ts.isPropertyAccessExpression(base) ? base.name.text : '');
  return baseName !== undefined && /^(Model|BaseEntity)$/.test(baseName);
}

function span(ctx: ExtractContext, node: TS.Node, name: string): void {
  stateOf(ctx.facts).spans.push({ name, node, start: ctx.lineOf(node), end: ctx.sf.getLineAndCharacterOfPosition(node.getEnd()).line + 1 });
}

/**
 * The DAO/repository pattern as data access: a class or constructor function whose body calls a
 * database client (`db.collection('allocations')`, `pool.query(…)`, `this.db.execute(…)`) is a
 * service of kind `dao`, so an entry that reaches it does real work (NodeGoat's `AllocationsDAO`).
 * Migrations, entities and models are not DAOs; classes extract/services.ts already takes by name
 * (`…Repository`, `…Service`) are not added twice.
 */
export default {
  name: 'dao',
  visitor: {
    ClassDeclaration: (node, ctx) => {
      const n = node as TS.ClassDeclaration;
      if (n.name && CLASS_NAME.test(n.name.text) && !isMigrationOrModel(n)) span(ctx, n, n.name.text);
    },
    FunctionDeclaration: (node, ctx) => {
      const n = node as TS.FunctionDeclaration;
      if (n.name && CLASS_NAME.test(n.name.text) && n.body && isConstructor(n.body)) span(ctx, n, n.name.text);
    },
    VariableDeclaration: (node, ctx) => {
      const n = node as TS.VariableDeclaration;
      const init = n.initializer;
      if (!ts.isIdentifier(n.name) || !CLASS_NAME.test(n.name.text) || !init) return;
      if (ts.isClassExpression(init) || (ts.isFunctionExpression(init) && isConstructor(init.body))) span(ctx, init, n.name.text);
    },
  },
  call: ({ n, method, recv, recvText }, ctx) => {
    if (method === undefined || recv === undefined || recvText === '') return;
    // `db.collection(…)`, `this.pool.query(…)`, `this.db.execute(…)`, `db.all('SELECT …')`
    const client = (CLIENT_METHODS.test(method) && DB_CLIENT.test(recvText)) || (DB_ONLY_METHODS.test(method) && DB_ONLY.test(recvText));
    if (client) stateOf(ctx.facts).clientCalls.push(ctx.lineOf(n));
  },
  finish: (ctx) => {
    const { facts, add } = ctx;
    const st = state.get(facts);
    if (!st) return;
    state.delete(facts);
    const taken = new Set(facts.services.map((s) => s.name));
    const lines = st.clientCalls;
    for (const sp of st.spans) {
      if (taken.has(sp.name) || !lines.some((l) => l >= sp.start && l <= sp.end)) continue;
      // The outermost span only: a helper class inside a DAO is part of it.
      if (st.spans.some((o) => o !== sp && o.start <= sp.start && o.end >= sp.end && (o.start < sp.start || o.end > sp.end))) continue;
      add(facts.services, sp.node, sp.name, 'dao');
      taken.add(sp.name);
    }
  },
} satisfies ExtractPlugin;
