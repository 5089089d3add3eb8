import type * as TS from 'typescript';
import { nestRoutes } from '../entries.js';
import type { ExtractPlugin } from './plugin.js';

/** NestJS: the methods of a `@Controller('users')` class decorated `@Get(':id')`, `@Post()`… are routes. */
export default {
  name: 'nest',
  visitor: {
    ClassDeclaration: (node, { add, facts }) => {
      for (const r of nestRoutes(node as TS.ClassDeclaration)) add(facts.routes, r.node, r.path, 'route', r.verb);
    },
  },
} satisfies ExtractPlugin;
