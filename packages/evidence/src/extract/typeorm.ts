import type * as TS from 'typescript';
import ts from '../ts.js';
import { normalizeTable } from '../sql.js';
import { isEntityArg, propString, snakeCase, stringArg } from './ast.js';
import type { ExtractPlugin } from './plugin.js';

/** TypeORM: `@Entity()` classes are tables (snake_case of the class, or the name given); `getRepository(User)` reads one. */
export default {
  name: 'typeorm',
  visitor: {
    ClassDeclaration: (node, { add, facts }) => {
      const n = node as TS.ClassDeclaration;
      const entity = n.name ? ts.getDecorators(n)?.find((d) => ts.isCallExpression(d.expression) && ts.isIdentifier(d.expression.expression) && d.expression.expression.text === 'Entity') : undefined;
      if (!entity || !n.name) return;
      const arg = (entity.expression as TS.CallExpression).arguments[0];
      const named = stringArg(arg) ?? (arg && ts.isObjectLiteralExpression(arg) ? propString(arg, 'name') : undefined);
      const table = normalizeTable(named ?? snakeCase(n.name.text));
      add(facts.tables, n.name, table, 'typeorm-entity');
      // `@Entity('apikey') class ApiKey`: getRepository(ApiKey) elsewhere reads apikey, not api_key (link stage).
      if (!Object.hasOwn(facts.tableVars, n.name.text)) facts.tableVars[n.name.text] = table;
    },
  },
  call: ({ n, fn, method }, { add, facts }) => {
    // getRepository(User), dataSource.getRepository(User): one PascalCase argument, an entity class.
    if ((fn === 'getRepository' || method === 'getRepository' || method === 'getCustomRepository') && isEntityArg(n)) {
      const entity = (n.arguments[0] as TS.Identifier).text;
      add(facts.tableRefs, n, snakeCase(entity), 'typeorm', entity);
    }
  },
} satisfies ExtractPlugin;
