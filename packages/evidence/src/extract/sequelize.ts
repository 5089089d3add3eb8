import type * as TS from 'typescript';
import ts from '../ts.js';
import { normalizeTable } from '../sql.js';
import { propString, stringArg } from './ast.js';
import type { ExtractContext, ExtractPlugin } from './plugin.js';

/** Sequelize model methods that read or write the model's table (`AddressModel.findAll(…)`). */
export const SEQUELIZE_METHODS: ReadonlySet<string> = new Set([
  'findAll', 'findOne', 'findByPk', 'findById', 'findAndCountAll', 'findOrCreate', 'findCreateFind', 'create', 'bulkCreate',
  'update', 'destroy', 'count', 'upsert', 'max', 'min', 'sum', 'increment', 'decrement', 'aggregate', 'restore', 'truncate',
]);

/** Model methods Mongoose has too: their references are of kind `model` (extract/mongoose.ts takes the others). */
export const SHARED_MODEL_METHODS: ReadonlySet<string> = new Set(['findById', 'findOne', 'create', 'update', 'count', 'aggregate']);

/** A model name as Sequelize and Mongoose write it: `User`, `AddressModel`. */
export const MODEL_NAME = /^[A-Z][A-Za-z0-9_]*$/;

// The model a call's receiver names: `User` in `User.findAll()`, `models.User.findAll()`, `db.User.findAll()`.
export function modelOf(recv: TS.Expression): string | undefined {
  const name = ts.isIdentifier(recv) ? recv.text : ts.isPropertyAccessExpression(recv) ? recv.name.text : undefined;
  return name !== undefined && MODEL_NAME.test(name) ? name : undefined;
}

// The table of a model: `{ tableName: 'Addresses' }` in its options, else its name.
function tableOf(modelName: string, options: TS.Expression | undefined): string {
  const named = options && ts.isObjectLiteralExpression(options) ? propString(options, 'tableName') : undefined;
  return normalizeTable(named ?? modelName);
}

function declareModel(node: TS.Node, names: readonly string[], table: string, { add, facts }: ExtractContext): void {
  add(facts.tables, node, table, 'sequelize-model');
  for (const name of names) if (!Object.hasOwn(facts.tableVars, name)) facts.tableVars[name] = table;
}

/**
 * Sequelize: models declared with `sequelize.define('User', attributes, { tableName })` or
 * `class Address extends Model {}` + `Address.init(attributes, { tableName, sequelize })` are
 * tables (the variable, the model name and an `export { Address as AddressModel }` alias name
 * it); `User.findAll()`, `models.User.findOne()` and the other model methods query it, resolved
 * to the table across files by the link stage (a receiver no model declares is no query).
 * `sequelize.query(…)` is database work even when its SQL is built elsewhere; a literal is also
 * read as SQL by extract/sql-strings.ts.
 */
export default {
  name: 'sequelize',
  visitor: {
    ExportSpecifier: (node, { facts }) => {
      const n = node as TS.ExportSpecifier;
      const local = n.propertyName && ts.isIdentifier(n.propertyName) ? n.propertyName.text : undefined;
      const table = local !== undefined && Object.hasOwn(facts.tableVars, local) ? facts.tableVars[local] : undefined;
      if (table !== undefined && ts.isIdentifier(n.name) && !Object.hasOwn(facts.tableVars, n.name.text)) facts.tableVars[n.name.text] = table;
    },
  },
  call: ({ n, s, method, recv, recvText }, ctx) => {
    if (method === undefined || recv === undefined) return;
    // sequelize.query(sql): a query even when the SQL is built elsewhere (a literal is also read as SQL).
    if (method === 'query' && /sequelize/i.test(recvText)) ctx.facts.queriesDatabase = true;
    // sequelize.define('User', { … }, { tableName: 'users' })
    if (method === 'define' && s !== undefined && MODEL_NAME.test(s) && n.arguments.length >= 2 && /sequelize|^(db|orm)$/i.test(recvText)) {
      const parent = n.parent;
      const variable = ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name) ? [parent.name.text] : [];
      declareModel(n, [s, ...variable], tableOf(s, n.arguments[2]), ctx);
      return;
    }
    // Address.init({ … }, { sequelize, tableName: 'Addresses' }): the options name the connection.
    const options = n.arguments[1];
    if (method === 'init' && ts.isIdentifier(recv) && MODEL_NAME.test(recv.text) && options && ts.isObjectLiteralExpression(options) && options.properties.some((p) => p.name !== undefined && ts.isIdentifier(p.name) && p.name.text === 'sequelize')) {
      declareModel(n, [recv.text], tableOf(recv.text, options), ctx);
      return;
    }
    const model = SEQUELIZE_METHODS.has(method) ? modelOf(recv) : undefined;
    if (model !== undefined && stringArg(n.arguments[0]) === undefined) ctx.facts.tableVarRefs.push({ variable: model, line: ctx.lineOf(n), kind: SHARED_MODEL_METHODS.has(method) ? 'model' : 'sequelize' });
  },
} satisfies ExtractPlugin;
