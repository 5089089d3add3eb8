import ts from '../ts.js';
import type * as TS from 'typescript';
import { defineDetector } from '../define.js';
import { isTestFile } from '../test-files.js';
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

// libpq's sslmode values that by definition encrypt without verifying the certificate.
const NO_VERIFY_SSLMODES = new Set(['require', 'prefer', 'allow', 'no-verify']);

/**
 * `if (sslMode === 'require' || sslMode === 'prefer') return { rejectUnauthorized: false }`: a
 * mapping of the PostgreSQL sslmode the operator configured onto the driver, with `verify-ca` and
 * `verify-full` left to verify. Reported at low: the weak mode is the operator's documented choice.
 * Only an `if` whose test compares against those mode names counts.
 */
function isSslModeMapping(node: TS.Node): boolean {
  for (let n: TS.Node = node; n.parent && !ts.isFunctionLike(n); n = n.parent) {
    const parent = n.parent;
    if (!ts.isIfStatement(parent) || parent.thenStatement !== n) continue;
    let all = true;
    let any = false;
    const walk = (e: TS.Expression): void => {
      if (ts.isParenthesizedExpression(e)) walk(e.expression);
      else if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.BarBarToken) {
        walk(e.left);
        walk(e.right);
      } else if (ts.isBinaryExpression(e) && (e.operatorToken.kind === ts.SyntaxKind.EqualsEqualsEqualsToken || e.operatorToken.kind === ts.SyntaxKind.EqualsEqualsToken)) {
        const lit = ts.isStringLiteralLike(e.right) ? e.right : ts.isStringLiteralLike(e.left) ? e.left : undefined;
        if (lit && NO_VERIFY_SSLMODES.has(lit.text)) any = true;
        else all = false;
      } else all = false;
    };
    walk(parent.expression);
    return any && all;
  }
  return false;
}

export default defineDetector({
  id: 'tls-verification-disabled',
  category: 'SECURITY_RISK',
  severity: 'critical',
  docs: {
    description: 'TLS certificate verification turned off: `rejectUnauthorized: false` (or `strictSSL: false`), or `NODE_TLS_REJECT_UNAUTHORIZED` set to 0.',
    eslint:
      'No ESLint counterpart. Reported at low, not critical: in a test file (`*.test.*`, `*.spec.*`, `__tests__/`, `__fixtures__/`: the expected value of a config loader or a test database), and in the branch of an `if` that only compares against libpq sslmode names that do not verify (`require`, `prefer`, `allow`, `no-verify`: the operator chose that mode; hoppscotch maps `sslmode` this way).',
    why: 'Without certificate checks any network position can read and change the traffic. Agents switch verification off to get past a self-signed certificate in a dev setup, and it ships. A value that depends on a setting is a configured choice and is not reported: `rejectUnauthorized: !insecure`, or `allowSelfSigned ? { rejectUnauthorized: false } : undefined` (an option the user opts into).',
    bad: 'new https.Agent({ rejectUnauthorized: false });\nprocess.env.NODE_TLS_REJECT_UNAUTHORIZED = "0";',
    good: 'new https.Agent({ ca: readFileSync("dev-ca.pem") });',

    precision: 'No findings on the nine labelled corpora (2,083 files). The one it reported before (overseerr: `allowSelfSigned ? { rejectUnauthorized: false } : undefined`, an administrator\'s opt-in) is no longer reported. On the held-out labelled corpora, measured before the low grading: 2/7 (umami 1/1, Kafka with SASL credentials; hoppscotch 0/1, the sslmode mapping; medusa 1/5: every remote database by default is true, 3 test expectations and a test-runner config are false); after: 2/3 at critical (medusa\'s test-runner config still critical and false), 4 at low.',
  },
  messages: {
    option: '`{name}: false` accepts any certificate.',
    env: '`NODE_TLS_REJECT_UNAUTHORIZED=0` turns off certificate checks for the whole process.',
  },
  suggestions: {
    option: 'Trust the right CA (`ca` option, NODE_EXTRA_CA_CERTS) instead of disabling verification.',
    env: 'Remove it; trust the CA with NODE_EXTRA_CA_CERTS instead.',
  },
  check: (ctx) => {
    // Test code: a `rejectUnauthorized: false` there is an expected value or a test database's setting.
    const inTest = isTestFile(ctx.fileName);
    return {
      PropertyAssignment(node) {
        const name = nameText(node.name);
        if ((name === 'rejectUnauthorized' || name === 'strictSSL') && isFalseLike(node.initializer)) {
          if (!isOptInBranch(node)) ctx.report(node, 'option', { name }, inTest || isSslModeMapping(node) ? { severity: 'low' } : undefined);
        }
        else if (name === ENV_NAME && isFalseLike(node.initializer)) ctx.report(node, 'env');
      },
      BinaryExpression(node) {
        if (node.operatorToken.kind !== ts.SyntaxKind.EqualsToken) return;
        const key = envKey(node.left);
        if (key === ENV_NAME && isFalseLike(node.right)) ctx.report(node, 'env');
        else if ((key === 'rejectUnauthorized' || key === 'strictSSL') && isFalseLike(node.right)) ctx.report(node, 'option', { name: key }, inTest ? { severity: 'low' } : undefined);
      },
    };
  },
});
