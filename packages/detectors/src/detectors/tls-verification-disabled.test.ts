import { describe, it } from 'vitest';
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
