import ts from '../ts.js';
import { HTTP_METHODS, isRouteDefinition } from '../entries.js';
import { propString } from './ast.js';
import type { ExtractPlugin } from './plugin.js';

/**
 * Express, Fastify, Hono and itty routes: `app.get('/x', handler)`, `app.route('/x').get(…)`,
 * fastify `route({ url, method })`, and mounts (`app.use('/a', router)`, `app.route('/a', r)`,
 * `fastify.register(plugin, { prefix })`).
 */
export default {
  name: 'http-routes',
  call: ({ n, s, method, recv, recvText }, { add, facts, mount }) => {
    if (method === undefined || recv === undefined) return;
    if (HTTP_METHODS.has(method) && s !== undefined && s.startsWith('/') && isRouteDefinition(n, recv, recvText)) {
      add(facts.routes, n, s, 'route', method === 'del' ? 'DELETE' : method.toUpperCase());
    } else if (method === 'route' && s !== undefined && s.startsWith('/')) {
      if (n.arguments.length >= 2) mount(n, s);
      else add(facts.routes, n, s, 'route', 'ALL');
    } else if (method === 'route' && n.arguments[0] && ts.isObjectLiteralExpression(n.arguments[0])) {
      const obj = n.arguments[0];
      const url = propString(obj, 'url') ?? propString(obj, 'path');
      const verb = propString(obj, 'method');
      if (url !== undefined) add(facts.routes, n, url, 'route', (verb ?? 'ALL').toUpperCase());
    } else if ((method === 'use' || method === 'register' || method === 'mount') && s !== undefined && s.startsWith('/') && n.arguments.length >= 2) {
      mount(n, s);
    } else if (method === 'register' && n.arguments.length >= 1 && !s) {
      facts.mountsRoutes += 0.5;
    }
  },
} satisfies ExtractPlugin;
