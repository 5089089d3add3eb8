import type * as TS from 'typescript';
import { nestRoutes } from '../entries.js';
import type { ExtractPlugin } from './plugin.js';

/**
 * routing-controllers (typestack): the methods of a `@JsonController('/pets')` class decorated
 * `@Get('/:id')`, `@Post()`… are routes. Its `@Controller` is NestJS's shape and is read by `nest`;
 * `@JsonController` (controllers answering JSON, the common case) only here. Seen on
 * express-typescript-boilerplate, whose API is all `@JsonController`s.
 */
export default {
  name: 'routing-controllers',
  visitor: {
    ClassDeclaration: (node, { add, facts }) => {
      for (const r of nestRoutes(node as TS.ClassDeclaration, 'JsonController')) add(facts.routes, r.node, r.path, 'route', r.verb);
    },
  },
} satisfies ExtractPlugin;
