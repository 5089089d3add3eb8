import type * as TS from 'typescript';
import ts from '../ts.js';
import { joinRoute } from '../entries.js';
import { propString, stringArg } from './ast.js';
import type { ExtractContext, ExtractPlugin } from './plugin.js';

// vue-router: `createRouter({ routes: [{ path: '/settings', component: Settings, children: […] }] })`.
// Each route record with a component is a page a user opens: recorded here, in the router file,
// at the line of its `path`, with the full path (a child's relative path joined to its parents').
// Its component (`component: Settings` imported from './pages/Settings.vue', or
// `() => import('./pages/Settings.vue')`, directly or through a local `const Settings = () => import(…)`)
// goes to `facts.routeComponents`; link.ts `withVueRoutes` then moves the page to the component's
// file, so the feature grows from the view as a Next.js page grows from its file.

const lazyImports = new WeakMap<ExtractContext, Map<string, string>>();

/** The module a lazy component loads: `() => import('./x.vue')`. */
function lazySpecifier(e: TS.Expression): string | undefined {
  if (!ts.isArrowFunction(e) && !ts.isFunctionExpression(e)) return undefined;
  let body: TS.Node = e.body;
  if (ts.isBlock(body)) {
    const ret = body.statements.find(ts.isReturnStatement);
    if (!ret?.expression) return undefined;
    body = ret.expression;
  }
  return ts.isCallExpression(body) && body.expression.kind === ts.SyntaxKind.ImportKeyword ? stringArg(body.arguments[0]) : undefined;
}

const routerFiles = new WeakMap<TS.SourceFile, boolean>();

/** The file imports vue-router (type-only imports too: `RouteRecordRaw[]`); read once per file. */
function usesVueRouter(sf: TS.SourceFile): boolean {
  let yes = routerFiles.get(sf);
  if (yes === undefined) routerFiles.set(sf, (yes = sf.statements.some((s) => ts.isImportDeclaration(s) && stringArg(s.moduleSpecifier) === 'vue-router')));
  return yes;
}

function property(obj: TS.ObjectLiteralExpression, name: string): TS.Expression | undefined {
  for (const p of obj.properties) if (ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) && p.name.text === name) return p.initializer;
  return undefined;
}

/** The parent route record of a child (`children: [ … ]` of an object with a path). */
function parentRecord(obj: TS.ObjectLiteralExpression): TS.ObjectLiteralExpression | undefined {
  const arr = obj.parent;
  const prop = arr && ts.isArrayLiteralExpression(arr) ? arr.parent : undefined;
  if (!prop || !ts.isPropertyAssignment(prop) || !ts.isIdentifier(prop.name) || prop.name.text !== 'children') return undefined;
  return ts.isObjectLiteralExpression(prop.parent) ? prop.parent : undefined;
}

function fullPath(obj: TS.ObjectLiteralExpression, own: string): string {
  let path = own;
  for (let p = parentRecord(obj); p && !path.startsWith('/'); p = parentRecord(p)) {
    const up = propString(p, 'path');
    if (up === undefined) break;
    path = path === '' ? up : joinRoute(up, path);
  }
  return path.startsWith('/') ? path : `/${path}`;
}

export default {
  name: 'vue-router',
  visitor: {
    VariableDeclaration: (node, ctx) => {
      const d = node as TS.VariableDeclaration;
      const spec = d.initializer && ts.isIdentifier(d.name) ? lazySpecifier(d.initializer) : undefined;
      if (spec === undefined || !ts.isIdentifier(d.name)) return;
      let m = lazyImports.get(ctx);
      if (!m) lazyImports.set(ctx, (m = new Map()));
      m.set(d.name.text, spec);
    },
    ObjectLiteralExpression: (node, ctx) => {
      const obj = node as TS.ObjectLiteralExpression;
      const component = property(obj, 'component') ?? property(obj, 'components');
      const pathExpr = property(obj, 'path');
      const own = pathExpr ? stringArg(pathExpr) : undefined;
      if (component === undefined || own === undefined || !pathExpr || !usesVueRouter(ctx.sf)) return;
      const path = fullPath(obj, own);
      const item = ctx.add(ctx.facts.routes, pathExpr, path, 'page', 'vue-router');
      const target = ts.isIdentifier(component) ? (ctx.facts.importLocals[component.text] ?? lazyImports.get(ctx)?.get(component.text)) : lazySpecifier(component);
      if (target !== undefined) (ctx.facts.routeComponents ??= []).push({ name: path, line: item.line, specifier: target });
    },
  },
} satisfies ExtractPlugin;
