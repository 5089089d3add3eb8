import { describe, expect, it } from 'vitest';
import { extractSource } from '@readycheck/evidence';

const stubs = (code: string) => extractSource(code, 'src/routes/account.js').facts.stubs.map((s) => ({ line: s.line, detail: s.detail, confidence: s.confidence }));

describe('extract/placeholder-routes', () => {
  it('records a route wired to a not-implemented helper, at the route (the helper lives elsewhere)', () => {
    const code = [
      "const handler = require('../shared/handler');",
      'router',
      ".get('/new_token', (req, res) => res.json({ ok: true }))",
      ".get('/request_password', handler.notYetImplemented);",
      "app.post('/reports', notImplemented);",
    ].join('\n');
    expect(stubs(code)).toEqual([
      { line: 2, detail: 'GET /request_password is wired to handler.notYetImplemented', confidence: 0.9 },
      { line: 5, detail: 'POST /reports is wired to notImplemented', confidence: 0.9 },
    ]);
  });

  it('records an inline handler that answers 501, in Express and Hono shape', () => {
    const code = [
      "router.get('/diff', (_req, res) => { res.status(501).json({ error: 'Phase 5' }); });",
      "router.delete('/:id', function (req, res) { res.sendStatus(501); });",
      "app.put('/x', (c) => c.json({ error: 'later' }, 501));",
    ].join('\n');
    expect(stubs(code).map((s) => s.detail)).toEqual(['GET /diff answers 501 Not Implemented', 'DELETE /:id answers 501 Not Implemented', 'PUT /x answers 501 Not Implemented']);
  });

  it('leaves working routes, other statuses and non-route calls alone', () => {
    const code = [
      "router.get('/a', (req, res) => res.status(500).json({ error: 'boom' }));",
      "router.get('/b', (req, res) => res.status(404).end());",
      "router.get('/c', implemented);",
      "cache.get('/d', notImplemented);",
      "fetch('/e', { status: 501 });",
    ].join('\n');
    expect(stubs(code)).toEqual([]);
  });
});

describe('extract/placeholder-routes: partial handlers', () => {
  it('leaves a handler that does work before its 501 to the marker rules (partial, not a placeholder)', () => {
    const code = [
      "billing.post('/checkout', async (c) => {",
      '  const secret = c.env.STRIPE_SECRET;',
      "  return c.json({ ok: false, configured: Boolean(secret) }, 501);",
      '});',
    ].join('\n');
    expect(stubs(code)).toEqual([]);
  });
});
