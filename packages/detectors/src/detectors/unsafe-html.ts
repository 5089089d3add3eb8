import ts from '../ts.js';
import type * as TS from 'typescript';
import { defineDetector, NOT_FIRED } from '../define.js';
import { calleeName, calleeObject, isStaticString, unwrap } from '../ast-util.js';

const HTML_PROPS = new Set(['innerHTML', 'outerHTML']);

function isSafeValue(node: TS.Expression): boolean {
  const e = unwrap(node);
  return isStaticString(e) || e.kind === ts.SyntaxKind.NullKeyword || (ts.isIdentifier(e) && e.text === 'undefined');
}

export default defineDetector({
  id: 'unsafe-html',
  category: 'SECURITY_RISK',
  severity: 'critical',
  docs: {
    description: '`innerHTML`/`outerHTML` assignments, `insertAdjacentHTML`, `document.write` and React `dangerouslySetInnerHTML` with a value that is not a string literal.',
    why: 'HTML built from data is how user input becomes script (XSS). A literal is safe; anything else needs escaping or sanitising, which agents rarely add.',
    bad: 'el.innerHTML = `<b>${user.name}</b>`;\ndocument.write(location.hash);',
    good: 'el.textContent = user.name;\nel.innerHTML = DOMPurify.sanitize(html);',
    precision: NOT_FIRED,
  },
  messages: {
    assign: '`{prop}` is set from a non-literal value: injected HTML can run script.',
    call: '`{name}()` writes non-literal HTML into the page.',
    react: '`dangerouslySetInnerHTML` gets a non-literal `__html`.',
  },
  suggestions: {
    assign: 'Use textContent, build DOM nodes, or sanitise the HTML (DOMPurify) first.',
    call: 'Build DOM nodes, or sanitise the HTML first.',
    react: 'Render the content as React children, or sanitise the HTML first.',
  },
  check: (ctx) => ({
    BinaryExpression(node) {
      const op = node.operatorToken.kind;
      if (op !== ts.SyntaxKind.EqualsToken && op !== ts.SyntaxKind.PlusEqualsToken) return;
      const left = unwrap(node.left);
      const prop = ts.isPropertyAccessExpression(left)
        ? left.name.text
        : ts.isElementAccessExpression(left) && ts.isStringLiteralLike(left.argumentExpression)
          ? left.argumentExpression.text
          : '';
      if (HTML_PROPS.has(prop) && !isSafeValue(node.right)) ctx.report(node, 'assign', { prop });
    },
    CallExpression(node) {
      const name = calleeName(node);
      if (name === 'insertAdjacentHTML') {
        const html = node.arguments[1];
        if (html && !isSafeValue(html)) ctx.report(node, 'call', { name });
        return;
      }
      if (name === 'write' || name === 'writeln') {
        const obj = calleeObject(node);
        const isDocument = obj !== undefined && ((ts.isIdentifier(unwrap(obj)) && (unwrap(obj) as TS.Identifier).text === 'document') || /\.document$/.test(ctx.getText(obj)));
        if (!isDocument) return;
        if (node.arguments.some((a) => !isSafeValue(a))) ctx.report(node, 'call', { name: `document.${name}` });
      }
    },
    PropertyAssignment(node) {
      if (!ts.isIdentifier(node.name) || node.name.text !== '__html') return;
      if (isSafeValue(node.initializer)) return;
      // Only inside dangerouslySetInnerHTML={{ __html: ... }} or an object named for it.
      const outer = node.parent?.parent;
      const inJsx = outer !== undefined && ts.isJsxExpression(outer) && outer.parent !== undefined && ts.isJsxAttribute(outer.parent);
      if (inJsx || (outer && ts.isPropertyAssignment(outer) && ts.isIdentifier(outer.name) && outer.name.text === 'dangerouslySetInnerHTML')) {
        ctx.report(node, 'react');
      }
    },
  }),
});
