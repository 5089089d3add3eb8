// TypeScript smoke checks for the bundled example service, loaded without a build step.
import { check, defineSuite } from '@readycheck/smoke';

interface Item {
  id: number;
  name: string;
}

export default defineSuite({ name: 'smoke-service (ts)', defaults: { component: 'api', timeoutMs: 5000 } }, () => {
  check('cache reports its degraded state', { id: 'cache-state', category: 'health', component: 'cache', priority: 'P2', dependsOn: ['health-live'] }, async (ctx) => {
    const r = await ctx.http.expectOk('/api/health/checks');
    const checks = (r.body as { checks: { name: string; status: string }[] }).checks;
    const cache = checks.find((c) => c.name === 'cache');
    if (!cache) throw new Error('no cache entry in /api/health/checks');
    ctx.attach('cache', cache);
    ctx.log(`cache is ${cache.status}`);
    // The cache answers but is not well: the check passes and its component shows as degraded.
    if (cache.status === 'degraded') return { degraded: `cache reports degraded: ${String((cache as { detail?: string }).detail ?? 'no detail')}` };
    return undefined;
  });

  check('a created item shows up in the list', { id: 'items-round-trip', category: 'api', priority: 'P1', dependsOn: ['items-list'] }, async (ctx) => {
    const name = `round-trip-${ctx.attempt}`;
    const created = await ctx.http.expectOk({ url: '/api/items', method: 'POST', body: { name }, expect: { status: 201 } });
    const list = await ctx.http.expectOk('/api/items');
    const found = (list.body as Item[]).some((i) => i.name === name);
    if (!found) throw new Error(`item ${JSON.stringify(created.body)} is missing from /api/items`);
    return { latencyMs: (created.latencyMs ?? 0) + (list.latencyMs ?? 0) };
  });

  check('every worker has a queue', { id: 'workers-have-queues', category: 'workers', component: 'workers', dependsOn: ['workers-list'] }, async (ctx) => {
    const r = await ctx.http.expectOk('/api/workers');
    const missing = (r.body as { id: string; queue?: string }[]).filter((w) => !w.queue);
    if (missing.length) throw new Error(`workers without a queue: ${missing.map((w) => w.id).join(', ')}`);
  });
});
