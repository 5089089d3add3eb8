import ts from '../ts.js';
import type { ExtractPlugin } from './plugin.js';

const PRISMA_METHODS = new Set([
  'findMany', 'findUnique', 'findFirst', 'findUniqueOrThrow', 'findFirstOrThrow', 'create', 'createMany', 'update',
  'updateMany', 'upsert', 'delete', 'deleteMany', 'count', 'aggregate', 'groupBy',
]);

/** Prisma client calls: `prisma.user.findMany()` reads the `user` model (models themselves come from schema.prisma). */
export default {
  name: 'prisma',
  call: ({ n, method, recv }, { add, facts, sf }) => {
    if (method === undefined || recv === undefined || !ts.isPropertyAccessExpression(recv)) return;
    const owner = recv.expression;
    if (ts.isPropertyAccessExpression(owner) && owner.name.text === 'query' && /^find(Many|First)$/.test(method)) return;
    if (PRISMA_METHODS.has(method) && /prisma/i.test(owner.getText(sf)) && !recv.name.text.startsWith('$')) add(facts.tableRefs, n, recv.name.text.toLowerCase(), 'prisma');
  },
} satisfies ExtractPlugin;
