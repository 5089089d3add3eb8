import ts from './ts.js';
import type * as TS from 'typescript';
import type { DetectorContext } from './types.js';

/** True for function-like nodes that can have a body. */
export function isFunctionLike(node: TS.Node): node is TS.FunctionLikeDeclaration {
  return (
    ts.isFunctionDeclaration(node) ||
    ts.isFunctionExpression(node) ||
    ts.isArrowFunction(node) ||
    ts.isMethodDeclaration(node) ||
    ts.isConstructorDeclaration(node) ||
    ts.isGetAccessorDeclaration(node) ||
    ts.isSetAccessorDeclaration(node)
  );
}

/** True when a block has no statements and no comment inside its braces. */
export function isEmptyUncommented(ctx: DetectorContext, block: TS.Block): boolean {
  return block.statements.length === 0 && ctx.commentsIn({ pos: ctx.getStart(block), end: block.end }).length === 0;
}

/** True when a block has no statements, ignoring comments. */
export function hasNoStatements(block: TS.Block): boolean {
  return block.statements.length === 0;
}

/** Strips parentheses, `as`, `!` and `satisfies` around an expression. */
export function unwrap(node: TS.Expression): TS.Expression {
  let n = node;
  for (;;) {
    if (ts.isParenthesizedExpression(n) || ts.isAsExpression(n) || ts.isNonNullExpression(n) || ts.isSatisfiesExpression(n) || ts.isTypeAssertionExpression(n)) n = n.expression;
    else return n;
  }
}

/** The name a call calls: `foo` for `foo()`, `bar` for `a.b.bar()`, `''` otherwise. */
export function calleeName(call: TS.CallExpression | TS.NewExpression): string {
  const e = unwrap(call.expression);
  if (ts.isIdentifier(e)) return e.text;
  if (ts.isPropertyAccessExpression(e)) return e.name.text;
  if (ts.isElementAccessExpression(e) && ts.isStringLiteralLike(e.argumentExpression)) return e.argumentExpression.text;
  return '';
}

/** The object a method is called on: `a.b` for `a.b.c()`; undefined for a plain call. */
export function calleeObject(call: TS.CallExpression | TS.NewExpression): TS.Expression | undefined {
  const e = unwrap(call.expression);
  if (ts.isPropertyAccessExpression(e) || ts.isElementAccessExpression(e)) return e.expression;
  return undefined;
}

/** True for a string literal or a template without substitutions. */
export function isStaticString(node: TS.Node): node is TS.StringLiteral | TS.NoSubstitutionTemplateLiteral {
  return ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node);
}

/** True for a string built at run time: a template with substitutions, or `+` with a string side. */
export function isBuiltString(node: TS.Expression): boolean {
  const n = unwrap(node);
  if (ts.isTemplateExpression(n)) return true;
  // Not recursive: a `+` whose sides are both static strings is one constant, any other `+` is built
  // (so a chain of thousands of terms costs one look, not a descent through each).
  if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.PlusToken) return !(isStaticString(unwrap(n.left)) && isStaticString(unwrap(n.right)));
  return false;
}

/** The text of the name of a declaration or property, or `''`. */
export function nameText(name: TS.Node | undefined): string {
  if (!name) return '';
  if (ts.isIdentifier(name) || ts.isPrivateIdentifier(name) || ts.isStringLiteralLike(name) || ts.isNumericLiteral(name)) return name.text;
  return '';
}
