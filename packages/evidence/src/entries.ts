import type * as TS from 'typescript';
import ts from './ts.js';

// What marks a command or route definition in code, and how far one reaches.

/** Methods that define a route when called with a path and a handler (`app.get('/x', h)`). */
export const HTTP_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'del', 'all', 'options', 'head']);
// Methods that start another entry: a chain is not extended through them (`yargs.command('a', …).command('b', …)`).
const ENTRY_METHODS = new Set([...HTTP_METHODS, 'command', 'route', 'setName']);

// The whole definition an entry call heads: `program.command('x').description(…).action(handler)`
// extends through the chain hanging off it, up to the next entry-starting method.
export function entryExtent(node: TS.Node): TS.Node {
  let top = node;
  for (;;) {
    const access = top.parent;
    if (!access || !ts.isPropertyAccessExpression(access) || access.expression !== top) break;
    const call = access.parent;
    if (!call || !ts.isCallExpression(call) || call.expression !== access || ENTRY_METHODS.has(access.name.text)) break;
    top = call;
  }
  return top;
}

const HTTP_CLIENT = /^(axios|ky|got|http|https|fetch|fetcher|request|superagent|\$http|httpClient|apiClient|api|client|instance|agent|supertest|mock|nock|server)$/;

// A route definition passes a handler after the path: `app.get('/x', handler)`. A client call
// (`axios.get('/x')`, `api.post('/x', { body })`) passes nothing or data.
export function isRouteDefinition(n: TS.CallExpression, recv: TS.Expression, recvText: string): boolean {
  if (/^(Map|headers|searchParams|params|cache|map|store|kv|KV|storage|localStorage|sessionStorage)$/.test(recvText)) return false;
  if (ts.isCallExpression(recv) && ts.isIdentifier(recv.expression) && /^(request|supertest|fetch)$/.test(recv.expression.text)) return false;
  if (n.arguments.length < 2) return false;
  const last = n.arguments[n.arguments.length - 1] as TS.Expression;
  const handlerLike = ts.isArrowFunction(last) || ts.isFunctionExpression(last) || ts.isIdentifier(last) || ts.isPropertyAccessExpression(last) || ts.isCallExpression(last) || ts.isArrayLiteralExpression(last);
  if (!handlerLike) return false;
  // A known HTTP client with a non-function last argument is sending data, not routing.
  return !(HTTP_CLIENT.test(recvText) && !(ts.isArrowFunction(last) || ts.isFunctionExpression(last)));
}

const NEST_VERBS: ReadonlyArray<readonly [string, string]> = [
  ['Get', 'GET'],
  ['Post', 'POST'],
  ['Put', 'PUT'],
  ['Patch', 'PATCH'],
  ['Delete', 'DELETE'],
  ['Options', 'OPTIONS'],
  ['Head', 'HEAD'],
  ['All', 'ALL'],
];

/**
 * NestJS routes: the methods of a `@Controller('users')` class decorated `@Get(':id')`, `@Post()`…
 * become `GET /users/:id`, `POST /users`, each with the method that defines it. routing-controllers
 * has the same shape (`@Controller`, and `@JsonController` passed as `controllerDecorator`).
 */
export function nestRoutes(cls: TS.ClassDeclaration, controllerDecorator = 'Controller'): Array<{ node: TS.MethodDeclaration; path: string; verb: string }> {
  const controller = decoratorCall(cls, controllerDecorator);
  const prefix = controller ? pathArg(controller) : null;
  if (prefix === null) return [];
  const out: Array<{ node: TS.MethodDeclaration; path: string; verb: string }> = [];
  for (const m of cls.members) {
    if (!ts.isMethodDeclaration(m)) continue;
    for (const [name, verb] of NEST_VERBS) {
      const d = decoratorCall(m, name);
      const sub = d ? pathArg(d) : null;
      if (sub === null) continue;
      const segments = [prefix, sub].map((s) => s.replace(/^\/+|\/+$/g, '')).filter(Boolean);
      out.push({ node: m, path: `/${segments.join('/')}`, verb });
    }
  }
  return out;
}

function decoratorCall(node: TS.HasDecorators, name: string): TS.CallExpression | undefined {
  for (const d of ts.getDecorators(node) ?? []) {
    const e = d.expression;
    if (ts.isCallExpression(e) && ts.isIdentifier(e.expression) && e.expression.text === name) return e;
  }
  return undefined;
}

// The path of `@Controller('users')`, `@Controller({ path: 'users' })`, `@Get()` (``); null when computed.
function pathArg(call: TS.CallExpression): string | null {
  const a = call.arguments[0];
  if (!a) return '';
  if (ts.isStringLiteral(a) || ts.isNoSubstitutionTemplateLiteral(a)) return a.text;
  if (ts.isArrayLiteralExpression(a)) {
    const first = a.elements[0];
    return first && (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first)) ? first.text : null;
  }
  if (ts.isObjectLiteralExpression(a)) {
    for (const p of a.properties) {
      if (ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && p.name.text === 'path') {
        return ts.isStringLiteral(p.initializer) || ts.isNoSubstitutionTemplateLiteral(p.initializer) ? p.initializer.text : null;
      }
    }
    return '';
  }
  return null;
}

/** Local names an import binds: `import a, { b as c } from 'x'` → a, c; `import * as ns` → ns. */
export function importedLocals(clause: TS.ImportClause | undefined): string[] {
  if (!clause) return [];
  const out: string[] = [];
  if (clause.name) out.push(clause.name.text);
  const b = clause.namedBindings;
  if (b && ts.isNamespaceImport(b)) out.push(b.name.text);
  if (b && ts.isNamedImports(b)) for (const el of b.elements) out.push(el.name.text);
  return out;
}

/** A mounted route's full path: `/api/billing` + `/invoices` → `/api/billing/invoices`; `/users` + `/` → `/users`. */
export function joinRoute(prefix: string, route: string): string {
  const segments = [prefix, route].flatMap((s) => s.split('/')).filter(Boolean);
  return `/${segments.join('/')}`;
}
