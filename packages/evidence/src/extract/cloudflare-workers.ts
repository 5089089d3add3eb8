import type * as TS from 'typescript';
import ts from '../ts.js';
import { ENV_NAME, calledIdentifiers, isCronAccess, isDefaultExport, isEnvIdentifierOrContainer, stringArg } from './ast.js';
import type { ExtractContext, ExtractPlugin } from './plugin.js';

// `export default { scheduled() {}, queue() {} }`: the Workers cron and queue consumer handlers.
const handlerMember = (node: TS.Node, { add, facts }: ExtractContext): void => {
  const n = node as TS.MethodDeclaration | TS.PropertyAssignment;
  const name = ts.isIdentifier(n.name) || ts.isStringLiteral(n.name) ? n.name.text : '';
  if (!ts.isObjectLiteralExpression(n.parent) || !isDefaultExport(n.parent)) return;
  if (name === 'scheduled') {
    facts.scheduledHandler = true;
    add(facts.jobs, n.name, 'scheduled', 'scheduled-handler');
  } else if (name === 'queue') {
    add(facts.events, n.name, 'queue', 'queue-consumer');
  }
};

/**
 * Cloudflare Workers: the `scheduled` and `queue` handlers of the default export, the cron
 * strings a `scheduled` handler compares (`event.cron === '0 * * * *'`, `case '…':`, each with what
 * its branch calls), and queue producers (`env.QUEUE.send(…)`). wrangler's crons, vars and bindings
 * are read from wrangler.toml/json (extract-text.ts).
 */
export default {
  name: 'cloudflare-workers',
  visitor: {
    MethodDeclaration: handlerMember,
    PropertyAssignment: handlerMember,
    BinaryExpression: (node, { addJob }) => {
      const n = node as TS.BinaryExpression;
      const op = n.operatorToken.kind;
      if (op !== ts.SyntaxKind.EqualsEqualsEqualsToken && op !== ts.SyntaxKind.EqualsEqualsToken) return;
      const cronSide = isCronAccess(n.left) ? n.right : isCronAccess(n.right) ? n.left : undefined;
      const expr = stringArg(cronSide);
      if (expr === undefined) return;
      const branch = ts.isIfStatement(n.parent) && n.parent.expression === n ? n.parent.thenStatement : undefined;
      addJob(cronSide as TS.Node, expr, 'scheduled-cron', branch ? calledIdentifiers([branch]) : []);
    },
    CaseClause: (node, { addJob }) => {
      const n = node as TS.CaseClause;
      const expr = stringArg(n.expression);
      if (expr !== undefined && isCronAccess(n.parent.parent.expression)) addJob(n.expression, expr, 'scheduled-cron', calledIdentifiers(n.statements));
    },
  },
  call: ({ n, method, recv }, { add, facts }) => {
    if ((method === 'send' || method === 'sendBatch') && recv !== undefined && ts.isPropertyAccessExpression(recv) && isEnvIdentifierOrContainer(recv.expression) && ENV_NAME.test(recv.name.text)) {
      add(facts.events, n, recv.name.text, 'queue-producer');
    }
  },
} satisfies ExtractPlugin;
