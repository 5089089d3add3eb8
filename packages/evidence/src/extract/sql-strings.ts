import type * as TS from 'typescript';
import ts from '../ts.js';
import { looksLikeSql } from '../sql.js';
import { templateTexts } from './ast.js';
import type { ExtractPlugin } from './plugin.js';

// Documentation options (`@Mutation(() => X, { description: 'Delete user accounts from infra' })`,
// OpenAPI `summary`, a validation `message`) hold prose, never SQL.
const PROSE_KEYS = new Set(['description', 'summary', 'message', 'deprecationReason', 'title', 'label', 'hint', 'placeholder']);
function isProseOption(node: TS.Node): boolean {
  const p = node.parent;
  return p !== undefined && ts.isPropertyAssignment(p) && p.initializer === node && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) && PROSE_KEYS.has(p.name.text);
}

const literal = (node: TS.Node, { addSql }: { addSql: (sql: string, node: TS.Node) => boolean }): void => {
  const t = (node as TS.StringLiteral).text;
  if (t.length > 12 && !isProseOption(node) && looksLikeSql(t)) addSql(t, node);
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
