import type * as TS from 'typescript';
import ts from '../ts.js';
import { decoratorName, decoratorNamed, methodName } from './ast.js';
import type { ExtractPlugin } from './plugin.js';

/** The operation decorators of `@nestjs/graphql` (and type-graphql's, which share the names). */
const OPERATIONS = ['Query', 'Mutation', 'Subscription', 'ResolveField'] as const;

/**
 * NestJS GraphQL: in a `@Resolver()` class, each method decorated `@Query`, `@Mutation`,
 * `@Subscription` or `@ResolveField` is an entry of the API, named by the decorator's `name`
 * option (`@Query(() => User, { name: 'me' })`, `@ResolveField('members')`) or else the method,
 * and shown as `Mutation createTeam`. A route like a controller's: the method is its definition.
 */
export default {
  name: 'nest-graphql',
  visitor: {
    ClassDeclaration: (node, { add, facts }) => {
      const cls = node as TS.ClassDeclaration;
      if (!decoratorNamed(cls, 'Resolver')) return;
      for (const m of cls.members) {
        if (!ts.isMethodDeclaration(m)) continue;
        for (const op of OPERATIONS) {
          const d = decoratorNamed(m, op);
          const name = d ? (decoratorName(d) ?? methodName(m)) : undefined;
          if (name !== undefined) add(facts.routes, m, name, 'route', op);
        }
      }
    },
  },
} satisfies ExtractPlugin;
