import { describe, expect, it } from 'vitest';
import { RuleTester } from '../rule-tester.js';
import { scanSource } from '../scan.js';
import hardcodedSecret, { isBase64OfText, looksLikeWords, looksRandom, shannonEntropy } from './hardcoded-secret.js';

// Every credential-shaped value is assembled at run time, so this file holds no literal that
// looks like a secret (our own scan runs over it).
const j = (...parts: string[]) => parts.join('');
const AWS = j('AKIA', 'Z7Q2LMN4PRT5VWX3');
const GH = j('ghp_', 'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8');
const SLACK = j('xoxb-', '1234567890-abcdefghij');
const STRIPE = j('sk_', 'live_', '4eC39HqLyjWDarjtT1zdp7dc');
const GOOGLE = j('AIza', 'SyD-9tSrke72PouQMnMX7KHRbYq3cGrvXy0');
const OPENAI = j('sk-', 'proj-', 'Q7mZ2vX9kL4pR8tY1wB6nC3dF5gH0jK2');
const NPM = j('npm_', 'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8');
const KEY_BLOCK = j('-----BEGIN ', 'RSA PRIVATE KEY-----\\nMIIEow...\\n-----END ', 'RSA PRIVATE KEY-----');
const JWT = j('eyJ', 'hbGciOiJIUzI1NiJ9', '.eyJ', 'zdWIiOiIxMjM0NTY3ODkwIn0', '.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U');
const RANDOM = j('q8Zr2', 'Lm9Xv4Tb7Nw1Ks6Pd3Hf');
const ANTHROPIC = j('sk-', 'ant-', 'api03-', 'Hq7LmZ2vX9kL4pR8tY1wB6nC3dF5gH0jK2sT7uV1');
const HEX64 = j('9f86d081884c7d659a2feaa0c55ad015', 'a3bf4f1b2b0b822cd15d6c15b0f00a08');

const tester = new RuleTester({ describe, it, minValid: 15, minInvalid: 15 });
const K = { messageId: 'known' } as const;
const E = { messageId: 'entropy' } as const;

tester.run(hardcodedSecret, {
  valid: [
    'const key = process.env.STRIPE_SECRET_KEY;',
    'const token = "your-api-token-here";',
    'const password = "changeme-please-now";',
    'const apiKey = "<API_KEY>";',
    'const secret = "${SECRET}";',
    'const tokenizer = "q8Zr2Lm9Xv4Tb7Nw1Ks6Pd3Hf";',
    'const cacheKey = "q8Zr2Lm9Xv4Tb7Nw1Ks6Pd3Hf";',
    'const password = "";',
    'const token = "short";',
    'const secretName = "prod/db/password";',
    'const passwordHint = "Use at least twelve characters";',
    'const docs = "Keys look like AKIA followed by 16 characters";',
    `const aws = "${j('AKIA', 'IOSFODNN7EXAMPLE')}";`,
    'const token_type = "Bearer";',
    'const passwordField = "input[name=password-confirmation]";',
    'const authToken = "test-token-for-unit-tests";',
    // from cloudflare/vibesdk (MIT), src/components/monaco-editor/vesper-theme.ts: editor token names and hex colours
    "export const rules = [\n  { token: 'attribute.value.hex.css', foreground: 'FFC799' },\n  { token: 'delimiter.parenthesis.css', foreground: 'A0A0A0' },\n];",
    // from cloudflare/vibesdk (MIT), worker/services/sandbox/request-handler.test.ts: a fixture token in a test
    { code: "// port-sandboxId-token.domain — token is exactly 16 chars.\nconst TOKEN = 'abcdef0123456789';", filename: 'request-handler.test.ts' },
    { code: `const secret = "${HEX64}";`, filename: 'src/__tests__/hash.ts' },
    { code: `const token = "${RANDOM}";`, filename: 'src/__fixtures__/session.ts' },
    'const apiKey = "123e4567-e89b-12d3-a456-426614174000";',
    'const tokenColor = "#FFC799"; const secret = "#a0a0a0ff";',
    'const token = "sha512-z4PhNX7vuL3xVChQ1m2AB9Yg5AULVxXcg/SpIdNs6c5H0NE8XYXysP+DGNKHfuwvY7kxvUR";',
    'const authToken = "SGVsbG8gV29ybGQsIHRoaXMgaXMgb3JkaW5hcnkgdGV4dA==";',
    'const secretKeyName = "applicationSessionSecretName";',
    'const token = "https://api.example.com/v2/oauth/token";',
    'const password = "./config/credentials/password.txt";',
    `const key = "${j('AKIA', 'XXXXXXXXXXXXXXXX')}";`,
    `const key = "${j('sk-', '00000000000000000000000000000000000')}";`,
  ],
  invalid: [
    { code: `const k = "${AWS}";`, errors: [{ ...K, column: 11, message: 'AWS access key id' }] },
    { code: `const gh = "${GH}";`, errors: [{ ...K, message: 'GitHub token' }] },
    { code: `const s = { slack: "${SLACK}" };`, errors: [{ ...K, message: 'Slack token' }] },
    { code: `const stripe = new Stripe("${STRIPE}");`, errors: [{ ...K, message: 'Stripe secret key' }] },
    { code: `fetch(url + "?key=${GOOGLE}");`, errors: [{ ...K, message: 'Google API key' }] },
    { code: `const client = new OpenAI({ apiKey: "${OPENAI}" });`, errors: [{ ...K, message: 'OpenAI' }] },
    { code: `const npmToken = \`${NPM}\`;`, errors: [{ ...K, message: 'npm token' }] },
    { code: `const pem = "${KEY_BLOCK}";`, errors: [{ ...K, message: 'private key block' }] },
    { code: `const jwt = "${JWT}";`, errors: [{ ...K, message: 'JSON Web Token' }] },
    { code: `const config = { clientSecret: "${RANDOM}" };`, errors: [{ ...E, message: 'clientSecret' }] },
    { code: `const DB_PASSWORD = "${RANDOM}";`, errors: [{ ...E, message: 'DB_PASSWORD' }] },
    { code: `this.apiKey = "${RANDOM}";`, errors: [{ ...E, message: 'apiKey' }] },
    { code: `process.env["AUTH_TOKEN"] = "${RANDOM}";`, errors: [E] },
    { code: `function connect(password = "${RANDOM}") { return password; }`, errors: [E] },
    { code: `class C { private secret = "${RANDOM}"; }`, errors: [E] },
    { code: `const a = "${AWS}", b = "${GH}";`, errors: [K, K] },
    { code: `const anthropic = new Anthropic({ apiKey: "${ANTHROPIC}" });`, errors: [{ ...K, message: 'Anthropic API key' }] },
    { code: `export const signingKey = "${HEX64}";`, errors: [{ ...E, message: 'signingKey' }] },
    { code: `const client = new GitHub("${GH}");`, filename: 'src/__tests__/client.test.ts', errors: [{ ...K, message: 'GitHub token' }] },
  ],
});

describe('hardcoded-secret grades', () => {
  const grade = (code: string, file = 'a.ts') => scanSource(code, file, { rules: ['hardcoded-secret'] }).map((v) => [v.severity, v.confidence]);
  it('a provider key format is critical with high confidence; in a test file, medium confidence', () => {
    expect(grade(`const k = "${AWS}";`)).toEqual([['critical', 'high']]);
    expect(grade(`const k = "${AWS}";`, 'src/aws.test.ts')).toEqual([['critical', 'medium']]);
  });
  it('a JWT (a session, often a sample) is high with medium confidence', () => {
    expect(grade(`const jwt = "${JWT}";`)).toEqual([['high', 'medium']]);
  });
  it('a random string bound to a secret-like name is high with medium confidence', () => {
    expect(grade(`const apiKey = "${RANDOM}";`)).toEqual([['high', 'medium']]);
  });
  // Held-out hoppscotch: jwt.spec.ts, curlparser.spec.js, posthog.service.ts.
  it('a JWT in a test file, or jwt.io\'s sample token anywhere, is a fixture: low', () => {
    expect(grade(`const jwt = "${JWT}";`, 'src/helpers/auth/types/__tests__/jwt.spec.ts')).toEqual([['low', 'low']]);
    const sample = j('eyJ', 'hbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9', '.eyJ', 'zdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ', '.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c');
    expect(grade(`const header = "Bearer ${sample}";`)).toEqual([['low', 'low']]);
  });
  it('a private key block cut short with an ellipsis is a stand-in (low); a header alone or a whole key is critical', () => {
    const head = j('-----BEGIN ', 'PRIVATE KEY-----');
    expect(grade(`const privateKey = "${head}\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC4...";`)).toEqual([['low', 'low']]);
    expect(grade(`const privateKey = "${head}\\n" + body;`)).toEqual([['critical', 'high']]);
    expect(grade(`const privateKey = "${head}\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC4q8Zr2Lm9Xv4Tb7Nw1Ks6Pd3Hf\\n-----END PRIVATE KEY-----";`)).toEqual([['critical', 'high']]);
  });
  it('a key its vendor publishes for browsers (PostHog phc_, Stripe pk_) is low; another random key stays high', () => {
    expect(grade(`class S { private POSTHOG_API_KEY = "${j('phc_', '9CipPajQC22mSkk2wxe2TXsUA0Ysyupe8dt5KQQELqx')}"; }`)).toEqual([['low', 'low']]);
    expect(grade(`class S { private POSTHOG_API_KEY = "${j('phx_', '9CipPajQC22mSkk2wxe2TXsUA0Ysyupe8dt5KQQELqx')}"; }`)).toEqual([['high', 'medium']]);
  });
});

describe('what reads as random', () => {
  it('words, paths and dotted names are not random; generated strings are', () => {
    expect(looksLikeWords('attribute.value.hex.css')).toBe(true);
    expect(looksLikeWords('myApplicationSession2024')).toBe(true);
    expect(looksLikeWords(RANDOM)).toBe(false);
    expect(looksRandom(RANDOM)).toBe(true);
    expect(looksRandom(HEX64)).toBe(true);
    expect(looksRandom('123e4567-e89b-12d3-a456-426614174000')).toBe(false);
  });
  it('recognises base64 of ordinary text, not of key material', () => {
    expect(isBase64OfText(Buffer.from('{"user":"ana","role":"admin"}').toString('base64'))).toBe(true);
    expect(isBase64OfText(Buffer.from(HEX64, 'hex').toString('base64'))).toBe(false);
  });
});

describe('hardcoded-secret output', () => {
  it('masks the secret in the snippet', () => {
    const [v] = scanSource(`const k = "${AWS}";`, 'a.ts', { rules: ['hardcoded-secret'] });
    expect(v?.snippet).toBe('const k = "AKI…;');
    expect(JSON.stringify(v)).not.toContain(AWS);
  });
  it('measures entropy', () => {
    expect(shannonEntropy('aaaa')).toBe(0);
    expect(shannonEntropy('abcd')).toBe(2);
  });
});
