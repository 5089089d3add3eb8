// Generates placeholder drops and edits that must stay silent from real source files, with the
// expected answer of each computed from where the edit cut (issue #13 point 3).
import type * as TS from 'typescript';
import ts from '../../ts.js';
import { scriptKindOf } from '../../parser.js';
import type { FileChange } from '../compare.js';

/** An edit that replaces a slot of code by a comment: it must be reported, at `commentLine`, covering `startLine..endLine` of the old file. */
export interface DropEdit {
  kind: 'drop';
  shape: string;
  file: string;
  wording: string;
  before: string;
  after: string;
  commentLine: number;
  startLine: number;
  endLine: number;
}

/** An edit that must give no placeholder finding; `extra` are further files of the same change. */
export interface SilentEdit {
  kind: 'silent';
  shape: string;
  file: string;
  before: string;
  after: string;
  extra?: FileChange[];
}

type Style = 'line' | 'block';

interface Source {
  file: string;
  text: string;
  lines: string[];
  sf: TS.SourceFile;
}

function load(file: string, text: string): Source {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, scriptKindOf(file));
  return { file, text, lines: text.split('\n'), sf };
}

const lineOf = (s: Source, pos: number): number => s.sf.getLineAndCharacterOfPosition(pos).line + 1;
const indentOf = (line: string): string => /^\s*/.exec(line)?.[0] ?? '';

/** The node starts its line and ends it (but for a `,` or `;`): whole lines can be cut. */
function ownsLines(s: Source, node: TS.Node): boolean {
  const start = node.getStart(s.sf);
  const first = s.lines[lineOf(s, start) - 1] ?? '';
  const last = s.lines[lineOf(s, node.end) - 1] ?? '';
  const col = s.sf.getLineAndCharacterOfPosition(node.end).character;
  return first.slice(0, s.sf.getLineAndCharacterOfPosition(start).character).trim() === '' && /^[\s,;]*(?:\/\/.*)?$/.test(last.slice(col));
}

/** Lines `from..to` (1-based, inclusive) replaced by `insert`. */
function replaceLines(s: Source, from: number, to: number, insert: readonly string[]): string {
  return [...s.lines.slice(0, from - 1), ...insert, ...s.lines.slice(to)].join('\n');
}

function commentText(wording: string, style: Style, jsx: boolean): string {
  if (jsx) return `{/* ${wording} */}`;
  return style === 'line' ? `// ${wording}` : `/* ${wording} */`;
}

function walk(sf: TS.SourceFile, visit: (node: TS.Node) => void): void {
  const stack: TS.Node[] = [sf];
  while (stack.length) {
    const node = stack.pop() as TS.Node;
    visit(node);
    ts.forEachChild(node, (c) => {
      stack.push(c);
    });
  }
}

/** A list of children whose first and last own their lines, inside brackets on other lines. */
function cuttable(s: Source, open: number, close: number, children: readonly TS.Node[]): boolean {
  if (children.length === 0) return false;
  const first = children[0] as TS.Node;
  const last = children[children.length - 1] as TS.Node;
  return ownsLines(s, first) && ownsLines(s, last) && lineOf(s, open) < lineOf(s, first.getStart(s.sf)) && lineOf(s, close) > lineOf(s, last.end);
}

const isFunctionBody = (node: TS.Node): node is TS.Block => ts.isBlock(node) && node.parent !== undefined && ts.isFunctionLike(node.parent);

/**
 * Every drop the generator can make in a file: a function body (whole, on its lines or on its
 * header line), a body's tail, class members (tail or a gap), object properties, array elements,
 * JSX children and a switch case. Wordings and comment styles are dealt round-robin from `next`.
 */
export function dropEdits(file: string, text: string, next: () => { wording: string; style: Style }): DropEdit[] {
  const s = load(file, text);
  const out: DropEdit[] = [];
  const cut = (shape: string, from: number, to: number, jsx = false): void => {
    const { wording, style } = next();
    const indent = indentOf(s.lines[from - 1] ?? '');
    out.push({ kind: 'drop', shape, file, wording, before: text, after: replaceLines(s, from, to, [indent + commentText(wording, style, jsx)]), commentLine: from, startLine: from, endLine: to });
  };
  const span = (nodes: readonly TS.Node[]): [number, number] => [lineOf(s, (nodes[0] as TS.Node).getStart(s.sf)), lineOf(s, (nodes[nodes.length - 1] as TS.Node).end)];
  walk(s.sf, (node) => {
    if (isFunctionBody(node) && node.statements.length >= 2 && cuttable(s, node.getStart(s.sf), node.end - 1, node.statements)) {
      const [from, to] = span(node.statements);
      cut('body', from, to);
      const openLine = lineOf(s, node.getStart(s.sf));
      const closeLine = lineOf(s, node.end - 1);
      const header = s.lines[openLine - 1] ?? '';
      const closing = s.lines[closeLine - 1] ?? '';
      if (header.trimEnd().endsWith('{') && closing.trim().startsWith('}')) {
        const { wording } = next();
        const line = `${header.trimEnd()} /* ${wording} */ ${closing.trim()}`;
        out.push({ kind: 'drop', shape: 'body-one-line', file, wording, before: text, after: replaceLines(s, openLine, closeLine, [line]), commentLine: openLine, startLine: openLine, endLine: closeLine });
      }
      if (node.statements.length >= 3) cut('body-tail', ...span(node.statements.slice(1)));
      // The body elided while the signature changes in the same edit (a parameter added).
      const fn = node.parent as TS.FunctionLikeDeclaration;
      const at = fn.parameters.end;
      if (lineOf(s, at) === openLine && /\.tsx?$/.test(file)) {
        const { wording, style } = next();
        const col = s.sf.getLineAndCharacterOfPosition(at).character;
        const param = fn.parameters.length ? ', extra?: unknown' : 'extra?: unknown';
        const signature = `${header.slice(0, col)}${param}${header.slice(col)}`;
        const indent = indentOf(s.lines[from - 1] ?? '');
        const after = [...s.lines.slice(0, openLine - 1), signature, indent + commentText(wording, style, false), ...s.lines.slice(to)].join('\n');
        out.push({ kind: 'drop', shape: 'body-new-signature', file, wording, before: text, after, commentLine: openLine + 1, startLine: from, endLine: to });
      }
    }
    if (ts.isClassLike(node) && node.members.length >= 3 && cuttable(s, node.members.pos - 1, node.end - 1, node.members)) {
      const members = node.members.filter((m) => ownsLines(s, m));
      if (members.length === node.members.length) {
        cut('class-tail', ...span(node.members.slice(1)));
        cut('class-gap', ...span(node.members.slice(1, 2)));
      }
    }
    if (ts.isObjectLiteralExpression(node) && node.properties.length >= 2 && cuttable(s, node.getStart(s.sf), node.end - 1, node.properties)) {
      cut('object', ...span(node.properties));
    }
    if (ts.isArrayLiteralExpression(node) && node.elements.length >= 2 && cuttable(s, node.getStart(s.sf), node.end - 1, node.elements)) {
      cut('array', ...span(node.elements));
    }
    if (ts.isJsxElement(node)) {
      const kids = node.children.filter((c) => !(ts.isJsxText(c) && c.containsOnlyTriviaWhiteSpaces));
      if (kids.length >= 2 && kids.every((k) => ownsLines(s, k)) && cuttable(s, node.openingElement.end - 1, node.closingElement.getStart(s.sf), kids)) {
        cut('jsx-tail', ...span(kids.slice(1)), true);
      }
    }
    if (ts.isCaseBlock(node) && node.clauses.length >= 3 && node.clauses.every((c) => ownsLines(s, c))) {
      cut('switch-case', ...span(node.clauses.slice(1, 2)));
    }
  });
  return out;
}

const PROSE = [
  'retry once... then give up',
  'the header comes first... the body is read lazily',
  'slow path... only taken when the cache misses',
  'wait for the lock... another writer may hold it',
];
const STRINGS = ['// ... existing code ...', '/* rest of implementation */', '... (other methods) ...', '// implementation omitted for brevity'];
const CALLBACKS = [
  (indent: string) => [`${indent}process.once('exit', () => {`, `${indent}  // nothing to flush: every write above is synchronous`, `${indent}});`],
  (indent: string) => [`${indent}void Promise.resolve().then(() => { /* best effort: the cache is optional */ });`],
];

/**
 * Edits that must stay silent: renames, moved code (in the file, with or without a note where it
 * was, and to another file), prose comments with "...", strings holding placeholder text, deletions
 * without a comment, and a new empty callback with a comment saying why.
 */
export function silentEdits(file: string, text: string): SilentEdit[] {
  const s = load(file, text);
  const out: SilentEdit[] = [];
  const add = (shape: string, after: string, extra?: FileChange[]): void => {
    if (after !== text) out.push({ kind: 'silent', shape, file, before: text, after, ...(extra ? { extra } : {}) });
  };
  let n = 0;
  walk(s.sf, (node) => {
    if (isFunctionBody(node) && cuttable(s, node.getStart(s.sf), node.end - 1, node.statements)) {
      const k = n++;
      const fn = node.parent as TS.FunctionLikeDeclaration;
      const param = fn.parameters.find((p) => ts.isIdentifier(p.name) && p.name.text.length >= 2);
      if (param && ts.isIdentifier(param.name)) {
        const name = param.name.text;
        const from = lineOf(s, fn.getStart(s.sf));
        const to = lineOf(s, fn.end);
        const renamed = s.lines.slice(from - 1, to).map((l) => l.replace(new RegExp(`\\b${name}\\b`, 'g'), `${name}Value`));
        add('rename', replaceLines(s, from, to, renamed));
      }
      const stmts = node.statements;
      const first = stmts[0] as TS.Statement;
      const indent = indentOf(s.lines[lineOf(s, first.getStart(s.sf)) - 1] ?? '');
      const firstLine = lineOf(s, first.getStart(s.sf));
      add('prose-comment', replaceLines(s, firstLine, firstLine - 1, [`${indent}// ${PROSE[k % PROSE.length]}`]));
      add('new-callback', replaceLines(s, firstLine, firstLine - 1, (CALLBACKS[k % CALLBACKS.length] as (i: string) => string[])(indent)));
      if (stmts.length >= 2) {
        const [from, to] = [lineOf(s, (stmts[1] as TS.Node).getStart(s.sf)), lineOf(s, (stmts[stmts.length - 1] as TS.Node).end)];
        add('deletion', replaceLines(s, from, to, []));
        add('string-placeholder', replaceLines(s, from, to, [`${indent}return ${JSON.stringify(STRINGS[k % STRINGS.length])};`]));
      }
      if (stmts.length >= 3) {
        const mid = stmts[1] as TS.Node;
        add('prose-between-statements', replaceLines(s, lineOf(s, mid.getStart(s.sf)), lineOf(s, mid.end), [`${indent}// ${PROSE[(k + 1) % PROSE.length]}`]));
      }
    }
    if ((ts.isFunctionDeclaration(node) || ts.isClassDeclaration(node)) && node.parent === s.sf && ownsLines(s, node)) {
      const from = lineOf(s, node.getStart(s.sf));
      const to = lineOf(s, node.end);
      if (to - from < 2) return;
      const body = s.lines.slice(from - 1, to);
      const k = n++;
      const note = k % 2 === 0 ? [`// moved to the end of this file`] : [];
      add('moved-in-file', [...s.lines.slice(0, from - 1), ...note, ...s.lines.slice(to), ...body].join('\n'));
      const helper = file.replace(/[^/]+$/, 'moved-helpers.ts');
      add('moved-to-file', replaceLines(s, from, to, ['// moved to moved-helpers.ts']), [{ path: helper, before: null, after: `${body.join('\n')}\n` }]);
    }
    if (ts.isStringLiteral(node) && node.text.length >= 3 && lineOf(s, node.getStart(s.sf)) === lineOf(s, node.end)) {
      const k = n++;
      if (k % 3 !== 0) return;
      const line = lineOf(s, node.end);
      const src = s.lines[line - 1] ?? '';
      const col = s.sf.getLineAndCharacterOfPosition(node.getStart(s.sf)).character;
      const replaced = `${src.slice(0, col)}${JSON.stringify(STRINGS[k % STRINGS.length])}${src.slice(col + node.getWidth(s.sf))}`;
      add('string-literal', replaceLines(s, line, line, [replaced]));
    }
  });
  return out;
}
