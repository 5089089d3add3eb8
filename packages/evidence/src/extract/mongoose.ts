import type * as TS from 'typescript';
import ts from '../ts.js';
import { normalizeTable } from '../sql.js';
import { modelOf, MODEL_NAME, SEQUELIZE_METHODS } from './sequelize.js';
import type { ExtractPlugin } from './plugin.js';

/** What {@link FileFacts.queriesDatabase} stands for in a "reaches real work" line. */
export const DATABASE_WORK = 'database queries';

/** Mongoose model methods (those Sequelize shares are taken by extract/sequelize.ts, once). */
const MONGOOSE_METHODS: ReadonlySet<string> = new Set([
  'find', 'findById', 'findOne', 'findByIdAndUpdate', 'findByIdAndDelete', 'findByIdAndRemove', 'findOneAndUpdate',
  'findOneAndDelete', 'findOneAndRemove', 'findOneAndReplace', 'create', 'insertMany', 'updateOne', 'updateMany',
  'replaceOne', 'deleteOne', 'deleteMany', 'remove', 'countDocuments', 'estimatedDocumentCount', 'distinct', 'aggregate',
  'exists', 'bulkWrite', 'where',
].filter((m) => !SEQUELIZE_METHODS.has(m)));

/** Methods of a MongoDB collection (driver, marsdb, monk): data access. */
const COLLECTION_METHODS = /^(find|findOne|insert|insertOne|insertMany|update|updateOne|updateMany|remove|deleteOne|deleteMany|count|countDocuments|aggregate|findOneAndUpdate|findOneAndDelete|replaceOne|bulkWrite|distinct)$/;

function isMongoose(recv: TS.Expression): boolean {
  return ts.isIdentifier(recv) ? /^(mongoose|connection|conn|db)$/.test(recv.text) : ts.isPropertyAccessExpression(recv) && recv.name.text === 'connection';
}

/**
 * Mongoose and MongoDB. `mongoose.model('Todo', TodoSchema)` declares a model (its collection is
 * a table named by the model: Mongoose creates it on first write); `mongoose.model('Todo')` looks
 * it up, a use; `Todo.find()`, `Todo.findById()` and the other model methods query it, resolved
 * across files by the link stage. MongoDB collections (`db.collection('allocations')`,
 * `db.reviewsCollection.find(…)`) are data access without a table to check: the file
 * {@link FileFacts.queriesDatabase}.
 */
export default {
  name: 'mongoose',
  call: ({ n, s, method, recv, recvText }, ctx) => {
    if (method === undefined || recv === undefined) return;
    const { add, facts } = ctx;
    if (method === 'model' && s !== undefined && MODEL_NAME.test(s) && isMongoose(recv)) {
      const table = normalizeTable(s);
      if (n.arguments.length >= 2) {
        add(facts.tables, n, table, 'mongoose-model');
        const parent = n.parent;
        for (const name of [s, ...(ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name) ? [parent.name.text] : [])]) if (!Object.hasOwn(facts.tableVars, name)) facts.tableVars[name] = table;
      } else add(facts.tableRefs, n, table, 'mongoose');
      return;
    }
    if (method === 'collection' && s !== undefined && n.arguments.length >= 1) {
      facts.queriesDatabase = true;
      return;
    }
    if (COLLECTION_METHODS.test(method) && /[a-z]Collection$|^collection$/.test(recvText)) {
      facts.queriesDatabase = true;
      return;
    }
    const model = MONGOOSE_METHODS.has(method) ? modelOf(recv) : undefined;
    if (model !== undefined) facts.tableVarRefs.push({ variable: model, line: ctx.lineOf(n), kind: 'mongoose' });
  },
} satisfies ExtractPlugin;
