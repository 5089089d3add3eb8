import type * as TS from 'typescript';
import ts from '../ts.js';
import { HTTP_METHODS, isRouteDefinition } from '../entries.js';
import type { CallInfo, ExtractContext, ExtractPlugin } from './plugin.js';

// What a stub's surroundings say about whether a user can hit it, read in the one walk
// (stub-confidence.ts and classify.ts use it; the detectors' grades are left as they are):
//
//  - An empty function handed to something else as a callback is an intended no-op, not a stub
//    on an entry's path: umami's admin pages declare `const handleSave = () => {}` and pass it as
//    `<TeamsAddButton onSave={handleSave} />` (the button's own save does the work; the page has
//    nothing to refresh), and `onSave={() => {}}` says the same inline. Lines of such functions go
//    to `facts.noOpCallbacks`. Not when the callback is itself an entry's handler
//    (`app.get('/x', (req, res) => {})`, `program.command('x').action(() => {})`): an empty
//    handler there is the breakage. A variable that is also called (`handleSave()`) is not a
//    callback only.
//  - A stub inside a named function (`export function notImplemented() { throw … }`, umami's
//    lib/db.ts) is a helper: it breaks an entry only where something on the entry's path calls it.
//    `facts.stubHelpers` records each top-level named function's lines; `facts.uses` the names the
//    file calls (and, in a file that defines entries, passes to them: `router.post('/x', create)`).
//    A reference kept as a value elsewhere (`{ [PRISMA]: notImplemented }` in a query no entry
//    uses) is not a call on the path.

type Fn = TS.ArrowFunction | TS.FunctionExpression;

interface CallbackState {
  /** Variables bound to an empty function: name → line. */
  emptyVars: Map<string, number>;
  /** Names passed as a value to a call or a JSX prop. */
  passed: Set<string>;
  /** Names called (`name()`), or passed to an entry's registration. */
  called: Set<string>;
  /** Methods called on an imported namespace or object (`db.notImplemented()`). */
  viaImport: Set<string>;
  /** Lines of empty inline functions passed as a callback. */
  inline: Set<number>;
}

const states = new WeakMap<ExtractContext, CallbackState>();

function stateOf(ctx: ExtractContext): CallbackState {
  let st = states.get(ctx);
  if (!st) states.set(ctx, (st = { emptyVars: new Map(), passed: new Set(), called: new Set(), viaImport: new Set(), inline: new Set() }));
  return st;
}

function isFn(n: TS.Node | undefined): n is Fn {
  return n !== undefined && (ts.isArrowFunction(n) || ts.isFunctionExpression(n));
}

/** An empty function: `() => {}`, `function () {}` (no statement; comments inside do not count). */
function isEmptyFn(n: TS.Node | undefined): n is Fn {
  return isFn(n) && ts.isBlock(n.body) && n.body.statements.length === 0;
}

/** The call registers an entry whose handler is among its arguments: a route, a command's action. */
function registersEntry({ n, s, method, recv, recvText }: CallInfo): boolean {
  if (method === undefined || recv === undefined) return false;
  if (HTTP_METHODS.has(method) && s !== undefined && s.startsWith('/') && isRouteDefinition(n, recv, recvText)) return true;
  return method === 'action' || method === 'command' || method === 'handler';
}

function noteValue(e: TS.Expression, st: CallbackState, lineOf: (n: TS.Node) => number, entry: boolean): void {
  if (ts.isIdentifier(e)) {
    if (entry) st.called.add(e.text);
    else st.passed.add(e.text);
  } else if (isEmptyFn(e) && !entry) {
    st.inline.add(lineOf(e));
  }
}

export default {
  name: 'callbacks',
  visitor: {
    VariableDeclaration: (node, ctx) => {
      const d = node as TS.VariableDeclaration;
      if (ts.isIdentifier(d.name) && isEmptyFn(d.initializer)) stateOf(ctx).emptyVars.set(d.name.text, ctx.lineOf(d.initializer));
    },
    JsxAttribute: (node, ctx) => {
      const init = (node as TS.JsxAttribute).initializer;
      if (init && ts.isJsxExpression(init) && init.expression) noteValue(init.expression, stateOf(ctx), ctx.lineOf, false);
    },
    FunctionDeclaration: (node, ctx) => {
      const fn = node as TS.FunctionDeclaration;
      if (fn.name && fn.body && fn.parent === ctx.sf) addHelper(fn.name.text, fn, ctx);
    },
    VariableStatement: (node, ctx) => {
      const st = node as TS.VariableStatement;
      if (st.parent !== ctx.sf) return;
      for (const d of st.declarationList.declarations) if (ts.isIdentifier(d.name) && isFn(d.initializer)) addHelper(d.name.text, d, ctx);
    },
  },
  call: (info, ctx) => {
    const st = stateOf(ctx);
    const { n, fn } = info;
    if (fn !== undefined) st.called.add(fn);
    // `db.notImplemented()` through a namespace or default import: the method is the helper.
    if (ts.isPropertyAccessExpression(n.expression) && ts.isIdentifier(n.expression.expression) && ctx.facts.importLocals[n.expression.expression.text] !== undefined) st.viaImport.add(n.expression.name.text);
    const entry = registersEntry(info);
    for (const a of n.arguments) noteValue(a, st, ctx.lineOf, entry);
  },
  finish: (ctx) => {
    const st = states.get(ctx);
    if (!st) return;
    const lines = new Set(st.inline);
    for (const [name, line] of st.emptyVars) if (st.passed.has(name) && !st.called.has(name)) lines.add(line);
    if (lines.size) ctx.facts.noOpCallbacks = [...lines].sort((a, b) => a - b);
    const helpers = ctx.facts.stubHelpers;
    // Calls of imported names and of the file's own helpers: what this file can run of another's (or its own) helpers.
    const uses = [...new Set([...[...st.called].filter((name) => ctx.facts.importLocals[name] !== undefined || helpers?.some((h) => h.name === name)), ...st.viaImport])].sort();
    if (uses.length) ctx.facts.uses = uses;
  },
} satisfies ExtractPlugin;

function addHelper(name: string, node: TS.Node, ctx: ExtractContext): void {
  const end = ctx.sf.getLineAndCharacterOfPosition(node.end).line + 1;
  (ctx.facts.stubHelpers ??= []).push({ name, line: ctx.lineOf(node), end });
}
