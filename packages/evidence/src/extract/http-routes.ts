import type * as TS from 'typescript';
import ts from '../ts.js';
import { HTTP_METHODS, isRouteDefinition } from '../entries.js';
import { propString } from './ast.js';
import type { ExtractContext, ExtractPlugin } from './plugin.js';

// The imported name a route's handler is: `login()`, `login`, `routes.destroy` (a module's
// export), through wrappers (`utils.asyncHandler(search())`, `[auth(), handler]`). A method of an
// instance (`sessionHandler.displayLoginPage`) is not an imported name.
function handlerLocal(expr: TS.Expression | undefined, imported: Readonly<Record<string, string>>, depth = 0): string | undefined {
  if (!expr || depth > 4) return undefined;
  if (ts.isIdentifier(expr)) return Object.hasOwn(imported, expr.text) ? expr.text : undefined;
  if (ts.isPropertyAccessExpression(expr)) return ts.isIdentifier(expr.expression) && Object.hasOwn(imported, expr.expression.text) ? expr.expression.text : undefined;
  if (ts.isArrayLiteralExpression(expr)) return handlerLocal(expr.elements[expr.elements.length - 1] as TS.Expression | undefined, imported, depth + 1);
  if (ts.isCallExpression(expr)) {
    // A wrapper's argument first (`utils.asyncHandler(search())` is search's), then the callee.
    const wrapped = handlerLocal(expr.arguments[expr.arguments.length - 1], imported, depth + 1);
    return wrapped ?? (ts.isIdentifier(expr.expression) || ts.isPropertyAccessExpression(expr.expression) ? handlerLocal(expr.expression, imported, depth + 1) : undefined);
  }
  return undefined;
}

function addRoute(n: TS.CallExpression, path: string, verb: string, { add, facts }: ExtractContext): void {
  const item = add(facts.routes, n, path, 'route', verb);
  const local = handlerLocal(n.arguments[n.arguments.length - 1], facts.importLocals);
  if (local !== undefined) (facts.routeHandlers ??= {})[`${item.line}:${item.name}`] = local;
}

/**
 * Express, Fastify, Hono and itty routes: `app.get('/x', handler)`, `app.route('/x').get(…)`,
 * fastify `route({ url, method })`, and mounts (`app.use('/a', router)`, `app.route('/a', r)`,
 * `fastify.register(plugin, { prefix })`).
 */
export default {
  name: 'http-routes',
  call: ({ n, s, method, recv, recvText }, ctx) => {
    const { add, facts, mount } = ctx;
    if (method === undefined || recv === undefined) return;
    if (HTTP_METHODS.has(method) && s !== undefined && s.startsWith('/') && isRouteDefinition(n, recv, recvText)) {
      addRoute(n, s, method === 'del' ? 'DELETE' : method.toUpperCase(), ctx);
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
