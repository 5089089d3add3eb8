import ts from '../ts.js';
import type * as TS from 'typescript';
import { defineDetector } from '../define.js';
import { nameText } from '../ast-util.js';

interface SecretPattern {
  kind: string;
  re: RegExp;
}

// Known credential formats. Each needs the full token, so a prefix in prose does not match.
const PATTERNS: readonly SecretPattern[] = [
  { kind: 'private key block', re: /-----BEGIN (?:RSA |EC |DSA |OPENSSH |PGP |ENCRYPTED )?PRIVATE KEY(?: BLOCK)?-----/ },
  { kind: 'AWS access key id', re: /\b(?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}\b/ },
  { kind: 'GitHub token', re: /\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{60,})\b/ },
  { kind: 'Slack token', re: /\bxox[abposr]-[A-Za-z0-9-]{10,}\b/ },
  { kind: 'Stripe secret key', re: /\b(?:sk|rk)_live_[0-9A-Za-z]{20,}\b/ },
  { kind: 'Google API key', re: /\bAIza[0-9A-Za-z_-]{35}\b/ },
  { kind: 'OpenAI/Anthropic API key', re: /\bsk-(?:proj-|ant-(?:api\d\d-)?)?[A-Za-z0-9_-]{32,}\b/ },
  { kind: 'npm token', re: /\bnpm_[A-Za-z0-9]{36}\b/ },
  { kind: 'SendGrid key', re: /\bSG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}\b/ },
  { kind: 'JSON Web Token', re: /\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\b/ },
];

// Names that say "this holds a credential": the last word of camelCase/snake_case names.
const SECRET_NAME = /(?:^|[^a-z])(?:secret|token|password|passwd|pwd|passphrase|credentials?|api_?key|apikey|access_?key|private_?key|secret_?key|signing_?key|client_?secret|auth_?token|bearer)$/i;
const PLACEHOLDER = /^(?:x+|\*+|\.+|-+|<[^>]*>|\$\{[^}]*\}|\{\{[^}]*\}\})$|your|example|sample|dummy|placeholder|changeme|change_me|redacted|replace|todo|fake|test|mock|process\.env|^[a-z]+(?:[-_][a-z]+)+$/i;

/** Shannon entropy of a string in bits per character. */
export function shannonEntropy(s: string): number {
  const counts = new Map<string, number>();
  for (const ch of s) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) {
    const p = n / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}

function looksRandom(value: string): boolean {
  if (value.length < 16 || /\s/.test(value) || PLACEHOLDER.test(value)) return false;
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(value)).length;
  return classes >= 2 && shannonEntropy(value) >= 3.5;
}

// The name a string literal is assigned to: variable, property, parameter default, or assignment target.
function assignedName(node: TS.Node): string {
  const p = node.parent;
  if (!p) return '';
  if ((ts.isVariableDeclaration(p) || ts.isPropertyAssignment(p) || ts.isPropertyDeclaration(p) || ts.isParameter(p) || ts.isBindingElement(p)) && p.initializer === node) {
    return nameText(p.name);
  }
  if (ts.isBinaryExpression(p) && p.operatorToken.kind === ts.SyntaxKind.EqualsToken && p.right === node) {
    const l = p.left;
    if (ts.isIdentifier(l)) return l.text;
    if (ts.isPropertyAccessExpression(l)) return l.name.text;
    if (ts.isElementAccessExpression(l) && ts.isStringLiteralLike(l.argumentExpression)) return l.argumentExpression.text;
  }
  return '';
}

export default defineDetector({
  id: 'hardcoded-secret',
  category: 'SECURITY_RISK',
  severity: 'critical',
  docs: {
    description: 'Credentials in source: private-key blocks, cloud and SaaS keys with known formats (AWS, GitHub, Slack, Stripe, Google, OpenAI/Anthropic, npm, SendGrid, JWTs), and long high-entropy literals assigned to names like secret, token, password or apiKey.',
    why: 'A key in a repository is a key published to everyone with read access and to its whole history. Agents paste the key they were given into the code to make the call work.',
    bad: 'const stripe = new Stripe("sk_live_…");\nconst config = { clientSecret: "q8Zr2…long random…" };',
    good: 'const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);',
  },
  messages: {
    known: 'Hard-coded {kind}.',
    entropy: 'High-entropy string assigned to `{name}` looks like a hard-coded credential.',
  },
  suggestions: {
    known: 'Revoke the credential, remove it from the history, and read it from the environment or a secret store.',
    entropy: 'Read it from the environment or a secret store; if it is not a secret, rename the variable.',
  },
  check: (ctx) => {
    const visit = (node: TS.StringLiteral | TS.NoSubstitutionTemplateLiteral): void => {
      const value = node.text;
      if (value.length < 16) return;
      for (const p of PATTERNS) {
        const m = p.re.exec(value);
        if (m && !/EXAMPLE/.test(m[0])) {
          ctx.report(node, 'known', { kind: p.kind }, { key: `${p.kind} ${m[0].slice(0, 8)}`, redact: true });
          return;
        }
      }
      const name = assignedName(node);
      if (name && SECRET_NAME.test(name) && looksRandom(value)) ctx.report(node, 'entropy', { name }, { key: `${name} ${value.length}`, redact: true });
    };
    return {
      StringLiteral: visit,
      NoSubstitutionTemplateLiteral: visit,
    };
  },
});
