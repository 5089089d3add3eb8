import { describe, expect, it } from 'vitest';
import { scanSource } from '../scan.js';
import { RuleTester } from '../rule-tester.js';
import tlsVerificationDisabled from './tls-verification-disabled.js';

const tester = new RuleTester({ describe, it, minValid: 15, minInvalid: 15 });

tester.run(tlsVerificationDisabled, {
  valid: [
    'new https.Agent({ rejectUnauthorized: true });',
    'new https.Agent({ ca });',
    'const o = { rejectUnauthorized: process.env.NODE_ENV === "production" };',
    'const s = "rejectUnauthorized: false";',
    'const t = `NODE_TLS_REJECT_UNAUTHORIZED=0`;',
    '// rejectUnauthorized: false\nexport {};',
    'process.env.NODE_TLS_REJECT_UNAUTHORIZED = "1";',
    'delete process.env.NODE_TLS_REJECT_UNAUTHORIZED;',
    'const v = process.env.NODE_TLS_REJECT_UNAUTHORIZED;',
    'if (process.env.NODE_TLS_REJECT_UNAUTHORIZED === "0") warn();',
    'const o = { rejectUnauthorizedCount: 0 };',
    'const o = { verify: false };',
    'opts.rejectUnauthorized = true;',
    'const { rejectUnauthorized = true } = opts;',
    'const o = { rejectUnauthorized: !insecure };',
    'request({ url, strictSSL: true });',
    // False positive found on real code (bench/accuracy), as a minimal excerpt:
    // sct/overseerr@46a9b24 (MIT), server/lib/email/index.ts: an SMTP option the administrator opts into.
    'const transport = {\n  tls: settings.options.allowSelfSigned\n    ? {\n        rejectUnauthorized: false,\n      }\n    : undefined,\n};',
  ],
  invalid: [
    { code: 'new https.Agent({ rejectUnauthorized: false });', errors: [{ messageId: 'option', column: 19, message: '`rejectUnauthorized: false`' }] },
    { code: 'request({ url, strictSSL: false });', errors: [{ messageId: 'option', message: '`strictSSL: false`' }] },
    { code: 'tls.connect({ host, port, rejectUnauthorized: false });', errors: [{ messageId: 'option' }] },
    { code: 'const o = { "rejectUnauthorized": false };', errors: [{ messageId: 'option' }] },
    { code: 'const o = { rejectUnauthorized: 0 };', errors: [{ messageId: 'option' }] },
    { code: 'const o = { rejectUnauthorized: "false" };', errors: [{ messageId: 'option' }] },
    { code: 'const o = { rejectUnauthorized: !1 };', errors: [{ messageId: 'option' }] },
    { code: 'opts.rejectUnauthorized = false;', errors: [{ messageId: 'option' }] },
    { code: 'process.env.NODE_TLS_REJECT_UNAUTHORIZED = "0";', errors: [{ messageId: 'env' }] },
    { code: 'process.env["NODE_TLS_REJECT_UNAUTHORIZED"] = "0";', errors: [{ messageId: 'env' }] },
    { code: 'process.env.NODE_TLS_REJECT_UNAUTHORIZED = 0;', errors: [{ messageId: 'env' }] },
    { code: 'spawn("node", [f], { env: { ...process.env, NODE_TLS_REJECT_UNAUTHORIZED: "0" } });', errors: [{ messageId: 'env' }] },
    { code: 'const agent = new Agent({ connect: { rejectUnauthorized: false } });', errors: [{ messageId: 'option' }] },
    { code: 'axios.create({ httpsAgent: new https.Agent({ rejectUnauthorized: (false) }) });', errors: [{ messageId: 'option' }] },
    { code: 'function f() {\n  process.env.NODE_TLS_REJECT_UNAUTHORIZED = `0`;\n}', errors: [{ messageId: 'env', line: 2 }] },
    { code: 'const a = { rejectUnauthorized: false }, b = { rejectUnauthorized: false };', errors: [{ messageId: 'option' }, { messageId: 'option' }] },
    { code: 'const tls = true ? { rejectUnauthorized: false } : undefined;', errors: [{ messageId: 'option' }] },
    { code: 'const o = f({ tls: cond ? a : { x: { rejectUnauthorized: false } } });', errors: [{ messageId: 'option' }] },
  ],
});

describe('tls-verification-disabled severity on held-out code (medusa, hoppscotch)', () => {
  const grade = (code: string, file = 'a.ts') => scanSource(code, file, { rules: ['tls-verification-disabled'] }).map((v) => [v.line, v.severity]);

  it('reports an expected value in a test file at low, the same object in source at critical', () => {
    // medusa core/utils/src/modules-sdk/__tests__/load-database-config.spec.ts
    const code = 'expect(config).toEqual({\n  driverOptions: { connection: { ssl: { rejectUnauthorized: false } } },\n});';
    expect(grade(code, 'src/modules-sdk/__tests__/load-database-config.spec.ts')).toEqual([[2, 'low']]);
    expect(grade(code, 'src/modules-sdk/load-database-config.ts')).toEqual([[2, 'critical']]);
  });

  it('reports the mapping of a non-verifying libpq sslmode at low, other conditions at critical', () => {
    // hoppscotch-backend src/prisma/prisma.service.ts
    const mapping = "function ssl(sslMode: string) {\n  if (sslMode === 'require' || sslMode === 'prefer' || sslMode === 'allow') {\n    return { rejectUnauthorized: false };\n  }\n  return { rejectUnauthorized: true };\n}";
    expect(grade(mapping)).toEqual([[3, 'low']]);
    expect(grade(mapping.replace("sslMode === 'allow'", "sslMode === 'verify-full'"))).toEqual([[3, 'critical']]);
    expect(grade("function ssl() {\n  if (process.env.NODE_ENV === 'production') {\n    return { rejectUnauthorized: false };\n  }\n}")).toEqual([[3, 'critical']]);
    // umami src/lib/kafka.ts: credentials decide, not a verification mode
    expect(grade('const ssl = username && password ? { ssl: { rejectUnauthorized: false }, sasl } : {};')).toEqual([[1, 'critical']]);
  });
});
