import type * as TS from 'typescript';
import { looksLikeSql } from '../sql.js';
import { templateTexts } from './ast.js';
import type { ExtractPlugin } from './plugin.js';

const literal = (node: TS.Node, { addSql }: { addSql: (sql: string, node: TS.Node) => boolean }): void => {
  const t = (node as TS.StringLiteral).text;
  if (t.length > 12 && looksLikeSql(t)) addSql(t, node);
};

/** Raw SQL in strings, templates and tagged templates (`sql\`…\``), read by the SQL parser: what parses names tables. */
export default {
  name: 'sql-strings',
  visitor: {
    StringLiteral: literal,
    NoSubstitutionTemplateLiteral: literal,
    TemplateExpression: (node, { addSql }) => {
      const [asValue, asName] = templateTexts(node as TS.TemplateExpression);
      if (looksLikeSql(asValue) && !addSql(asValue, node)) addSql(asName, node);
    },
  },
} satisfies ExtractPlugin;
