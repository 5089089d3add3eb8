import type * as TS from 'typescript';
import ts from '../ts.js';
import { HTTP_METHODS, isRouteDefinition } from '../entries.js';
import type { ExtractPlugin } from './plugin.js';

// A route wired to a placeholder is a user-facing entry that answers "not implemented": the
// breakage a user hits first. Two shapes, both seen on real applications (arkis-api's
// `router.get('/request_password', handler.notYetImplemented)`):
//  - the handler is a reference whose name says so (`notImplemented`, `handler.notYetImplemented`,
//    `unimplemented`): the shared helper lives in another file, so the stub is recorded here, at
//    the route, where the feature that owns the entry sees it;
//  - the handler is an inline function that does nothing but answer HTTP 501 Not Implemented
//    (`res.status(501)…`, `res.sendStatus(501)`, Hono's `c.json(body, 501)`): one statement.
//    A handler that does something before its 501 (reads a secret to say whether it is
//    configured, beside an open marker: the workers-app fixture's checkout) is left to the marker rules
//    as partial work.
// The detectors' stub rules read function bodies, not what a route points at, so neither is found
// without this.

/** Confidence of a placeholder route, as the detectors' `not-implemented` stubs (see stub-confidence.ts). */
export const PLACEHOLDER_ROUTE_CONFIDENCE = 0.9;

const PLACEHOLDER_NAME = /^(?:not(?:Yet)?Implemented|unimplemented|notImplementedHandler|routeNotImplemented)$/i;

function handlerName(e: TS.Expression): string | undefined {
  if (ts.isIdentifier(e)) return e.text;
  if (ts.isPropertyAccessExpression(e)) return e.name.text;
  return undefined;
}

/** True when a function's body is one statement (or an expression) answering 501 (`status(501)`, `sendStatus(501)`, `json(x, 501)`). */
function onlyAnswers501(fn: TS.ArrowFunction | TS.FunctionExpression): boolean {
  if (ts.isBlock(fn.body) && fn.body.statements.length !== 1) return false;
  let found = false;
  const visit = (n: TS.Node): void => {
    if (found) return;
    if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression)) {
      const m = n.expression.name.text;
      const args = n.arguments;
      const is501 = (a: TS.Expression | undefined): boolean => a !== undefined && ts.isNumericLiteral(a) && a.text === '501';
      if (((m === 'status' || m === 'sendStatus') && is501(args[0])) || ((m === 'json' || m === 'text' || m === 'body') && is501(args[1]))) {
        found = true;
        return;
      }
    }
    ts.forEachChild(n, visit);
  };
  visit(fn.body);
  return found;
}

export default {
  name: 'placeholder-routes',
  call: ({ n, s, method, recv, recvText }, { add, facts, sf }) => {
    if (method === undefined || recv === undefined || s === undefined || !s.startsWith('/')) return;
    if (!HTTP_METHODS.has(method) || !isRouteDefinition(n, recv, recvText)) return;
    const verb = method === 'del' ? 'DELETE' : method.toUpperCase();
    for (const arg of n.arguments.slice(1)) {
      const name = handlerName(arg);
      const inline = ts.isArrowFunction(arg) || ts.isFunctionExpression(arg);
      const why = name !== undefined && PLACEHOLDER_NAME.test(name) ? `${verb} ${s} is wired to ${sf.text.slice(arg.getStart(sf), arg.end)}` : inline && onlyAnswers501(arg) ? `${verb} ${s} answers 501 Not Implemented` : undefined;
      if (why === undefined) continue;
      const item = add(facts.stubs, n, 'placeholder-route', 'INCOMPLETE_CODE', why);
      item.rule = 'placeholder-route';
      item.confidence = PLACEHOLDER_ROUTE_CONFIDENCE;
      return;
    }
  },
} satisfies ExtractPlugin;
