import ts from '../ts.js';
import type * as TS from 'typescript';
import { defineDetector } from '../define.js';
import { nameText, unwrap } from '../ast-util.js';

const ENV_NAME = 'NODE_TLS_REJECT_UNAUTHORIZED';

function isFalseLike(node: TS.Expression): boolean {
  const e = unwrap(node);
  if (e.kind === ts.SyntaxKind.FalseKeyword) return true;
  if (ts.isNumericLiteral(e)) return e.text === '0';
  if (ts.isStringLiteralLike(e)) return e.text.trim() === '0' || e.text.trim().toLowerCase() === 'false';
  return ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.ExclamationToken && ts.isNumericLiteral(e.operand) && e.operand.text === '1';
}

function envKey(node: TS.Expression): string {
  const e = unwrap(node);
  if (ts.isPropertyAccessExpression(e)) return e.name.text;
  if (ts.isElementAccessExpression(e) && ts.isStringLiteralLike(e.argumentExpression)) return e.argumentExpression.text;
  return '';
}

/**
 * `allowSelfSigned ? { rejectUnauthorized: false } : undefined`: the same configured choice as
 * `{ rejectUnauthorized: !allowSelfSigned }` (a user opts in), not verification switched off.
 */
function isOptInBranch(prop: TS.PropertyAssignment): boolean {
  let n: TS.Node = prop.parent;
  while (n.parent && ts.isParenthesizedExpression(n.parent)) n = n.parent;
  const cond = n.parent;
  if (!cond || !ts.isConditionalExpression(cond) || (cond.whenTrue !== n && cond.whenFalse !== n)) return false;
  const test = unwrap(cond.condition);
  return !(test.kind === ts.SyntaxKind.TrueKeyword || test.kind === ts.SyntaxKind.FalseKeyword || ts.isLiteralExpression(test));
}

export default defineDetector({
  id: 'tls-verification-disabled',
  category: 'SECURITY_RISK',
  severity: 'critical',
  docs: {
    description: 'TLS certificate verification turned off: `rejectUnauthorized: false` (or `strictSSL: false`), or `NODE_TLS_REJECT_UNAUTHORIZED` set to 0.',
    why: 'Without certificate checks any network position can read and change the traffic. Agents switch verification off to get past a self-signed certificate in a dev setup, and it ships. A value that depends on a setting is a configured choice and is not reported: `rejectUnauthorized: !insecure`, or `allowSelfSigned ? { rejectUnauthorized: false } : undefined` (an option the user opts into).',
    bad: 'new https.Agent({ rejectUnauthorized: false });\nprocess.env.NODE_TLS_REJECT_UNAUTHORIZED = "0";',
    good: 'new https.Agent({ ca: readFileSync("dev-ca.pem") });',

    precision: 'No findings on the nine labelled corpora (2,083 files). The one it reported before (overseerr: `allowSelfSigned ? { rejectUnauthorized: false } : undefined`, an administrator\'s opt-in) is no longer reported.',
  },
  messages: {
    option: '`{name}: false` accepts any certificate.',
    env: '`NODE_TLS_REJECT_UNAUTHORIZED=0` turns off certificate checks for the whole process.',
  },
  suggestions: {
    option: 'Trust the right CA (`ca` option, NODE_EXTRA_CA_CERTS) instead of disabling verification.',
    env: 'Remove it; trust the CA with NODE_EXTRA_CA_CERTS instead.',
  },
  check: (ctx) => ({
    PropertyAssignment(node) {
      const name = nameText(node.name);
      if ((name === 'rejectUnauthorized' || name === 'strictSSL') && isFalseLike(node.initializer)) {
        if (!isOptInBranch(node)) ctx.report(node, 'option', { name });
      }
      else if (name === ENV_NAME && isFalseLike(node.initializer)) ctx.report(node, 'env');
    },
    BinaryExpression(node) {
      if (node.operatorToken.kind !== ts.SyntaxKind.EqualsToken) return;
      const key = envKey(node.left);
      if (key === ENV_NAME && isFalseLike(node.right)) ctx.report(node, 'env');
      else if ((key === 'rejectUnauthorized' || key === 'strictSSL') && isFalseLike(node.right)) ctx.report(node, 'option', { name: key });
    },
  }),
});
