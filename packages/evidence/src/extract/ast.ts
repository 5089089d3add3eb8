import type * as TS from 'typescript';
import ts from '../ts.js';
import { walkTree } from '../parse.js';

// Small readers of TypeScript nodes that the extractors share.

/** Names a query builder or database handle goes by: `db.from('x')` is a query, `path.join('x')` is not. */
export const QUERY_HANDLE = /^(db|knex|supabase|sql|qb|query|queryBuilder|trx|tx|pool|conn|connection|database|kysely|drizzle|orm|builder|em|dataSource|DB|client)$/;

/** The text of a string literal or a template without substitutions, else undefined. */
export function stringArg(node: TS.Node | undefined): string | undefined {
  if (!node) return undefined;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  return undefined;
}

// A template's SQL with each `${…}` as a placeholder the grammars accept where a value goes;
// `FROM ${table}` then does not parse as SQL, so the second form puts an identifier there.
export function templateTexts(node: TS.TemplateExpression): [string, string] {
  return [node.head.text + node.templateSpans.map((s) => `?${s.literal.text}`).join(''), node.head.text + node.templateSpans.map((s) => `__rc_param__${s.literal.text}`).join('')];
}

// The expression a call chain starts from: `new X().a().b()` → `new X()`.
export function chainRoot(expr: TS.Expression): TS.Expression {
  let e = expr;
  for (;;) {
    if (ts.isCallExpression(e)) e = e.expression;
    else if (ts.isPropertyAccessExpression(e)) e = e.expression;
    else if (ts.isParenthesizedExpression(e)) e = e.expression;
    else return e;
  }
}

export function isEnvContainer(expr: TS.Expression): boolean {
  // process.env, import.meta.env, Bun.env, c.env, this.env, ctx.env
  return ts.isPropertyAccessExpression(expr) && expr.name.text === 'env';
}

export function isEnvIdentifier(expr: TS.Expression): boolean {
  return ts.isIdentifier(expr) && (expr.text === 'env' || expr.text === 'ENV');
}

export const ENV_NAME = /^[A-Z_][A-Z0-9_]*$/;
export const OBJECT_METHODS = new Set(['hasOwnProperty', 'toString', 'valueOf', 'constructor']);

// Root identifiers of the calls in some code: `refreshFeeds(env)`, `new FeedService(db).run()` →
// refreshFeeds, FeedService. Used to tell which module a scheduled branch runs.
export function calledIdentifiers(nodes: readonly TS.Node[]): string[] {
  const out = new Set<string>();
  const walk = (node: TS.Node): void => {
    // A node given (an argument, a branch) has no parent pointer yet: none of them is a property name.
    if (ts.isIdentifier(node) && !(node.parent && ts.isPropertyAccessExpression(node.parent))) out.add(node.text);
    else if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      const root = chainRoot(node.expression);
      if (ts.isIdentifier(root)) out.add(root.text);
      else if (ts.isNewExpression(root) && ts.isIdentifier(root.expression)) out.add(root.expression.text);
    }
  };
  for (const n of nodes) walkTree(n, walk);
  return [...out].sort();
}

// TypeORM's `getRepository(User)`: one argument, an entity class (PascalCase), not `cache.getRepository(appId, …)`.
export function isEntityArg(n: TS.CallExpression): boolean {
  const a = n.arguments[0];
  return n.arguments.length === 1 && a !== undefined && ts.isIdentifier(a) && /^[A-Z][A-Za-z0-9]*$/.test(a.text);
}

export function snakeCase(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2').toLowerCase();
}

export function isQueryReceiver(recv: TS.Expression, recvText: string): boolean {
  if (QUERY_HANDLE.test(recvText)) return true;
  if (!ts.isCallExpression(recv)) return false;
  // A chain: db.select('*').from('users'), knex('users').join('pets', …)
  const root = chainRoot(recv);
  const rootName = ts.isIdentifier(root) ? root.text : ts.isPropertyAccessExpression(root) ? root.name.text : ts.isCallExpression(root) && ts.isIdentifier(root.expression) ? root.expression.text : '';
  const inner = ts.isPropertyAccessExpression(recv.expression) ? recv.expression.name.text : '';
  return QUERY_HANDLE.test(rootName) || /^(select|selectAll|insert|update|delete|del|with|distinct|count|where|returning|columns|column)$/.test(inner);
}

export function propString(obj: TS.ObjectLiteralExpression, key: string): string | undefined {
  for (const p of obj.properties) {
    if (ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) && p.name.text === key) return stringArg(p.initializer);
  }
  return undefined;
}

export function isEnvIdentifierOrContainer(expr: TS.Expression): boolean {
  return isEnvIdentifier(expr) || isEnvContainer(expr);
}

export function isCronAccess(expr: TS.Expression): boolean {
  return ts.isPropertyAccessExpression(expr) && expr.name.text === 'cron';
}

export function isDefaultExport(obj: TS.ObjectLiteralExpression): boolean {
  let p: TS.Node = obj.parent;
  while (ts.isParenthesizedExpression(p) || ts.isAsExpression(p) || ts.isSatisfiesExpression(p)) p = p.parent;
  if (ts.isExportAssignment(p)) return true;
  // const worker = { … }; export default worker;  and  export default { … } satisfies ExportedHandler
  if (ts.isVariableDeclaration(p) && ts.isIdentifier(p.name)) return /^(worker|handler|handlers|app|default)$/i.test(p.name.text);
  return false;
}

/** The call of a decorator named `name` on a node: `@Resolver(() => Team)`, `@Cron('0 * * * *')`; a bare `@Process` too. */
export function decoratorNamed(node: TS.Node, name: string): TS.Decorator | undefined {
  if (!ts.canHaveDecorators(node)) return undefined;
  for (const d of ts.getDecorators(node) ?? []) {
    const e = d.expression;
    const callee = ts.isCallExpression(e) ? e.expression : e;
    if (ts.isIdentifier(callee) && callee.text === name) return d;
  }
  return undefined;
}

/** The arguments of a decorator (none for a bare `@Process`). */
export function decoratorArgs(d: TS.Decorator): readonly TS.Expression[] {
  return ts.isCallExpression(d.expression) ? d.expression.arguments : [];
}

/**
 * The name a decorator gives: its first string argument, else the `name` (or `key`) option of an
 * object argument (`@Query(() => User, { name: 'me' })`, `@Processor({ name: 'mail' })`), else
 * undefined (the caller falls back to the method name).
 */
export function decoratorName(d: TS.Decorator, keys: readonly string[] = ['name']): string | undefined {
  for (const a of decoratorArgs(d)) {
    const s = stringArg(a);
    if (s !== undefined) return s;
    if (ts.isObjectLiteralExpression(a)) {
      for (const k of keys) {
        const v = propString(a, k);
        if (v !== undefined) return v;
      }
    }
  }
  return undefined;
}

/** The text of a method's name (`googleAuth`, `'quoted'`), else undefined (computed names). */
export function methodName(m: TS.MethodDeclaration): string | undefined {
  return ts.isIdentifier(m.name) || ts.isStringLiteral(m.name) ? m.name.text : undefined;
}
