import path from 'node:path';
import type * as TS from 'typescript';
import ts from './ts.js';

/** The script kind TypeScript parses a file as, from its extension. */
export function scriptKind(file: string): TS.ScriptKind {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.tsx') return ts.ScriptKind.TSX;
  if (ext === '.jsx') return ts.ScriptKind.JSX;
  if (ext === '.js' || ext === '.mjs' || ext === '.cjs') return ts.ScriptKind.JS;
  return ts.ScriptKind.TS;
}

/** Counts lines the way editors do: a trailing newline does not start a new line. */
export function countLines(text: string): number {
  if (text.length === 0) return 0;
  let n = 1;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) n++;
  return text.charCodeAt(text.length - 1) === 10 ? n - 1 : n;
}

let parsedFiles = 0;
let fileWalks = 0;

/**
 * How many whole files this thread walked with {@link walkTree} (evidence-scan's own walks; the
 * detectors' walk, which the extractors share, is not one of them). Tests count walks with it.
 */
export function fileWalkCount(): number {
  return fileWalks;
}

/** How many files this thread parsed (the bin's TypeScript code cache uses it). */
export function parsedFileCount(): number {
  return parsedFiles;
}

/** Parses one JS/TS file once; `parseDiagnostics` holds its syntax errors. */
export function parseSource(text: string, file: string): TS.SourceFile {
  parsedFiles++;
  return ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, scriptKind(file));
}

/**
 * The parse extraction uses: JSDoc is not parsed into nodes (comments are read as text), and
 * parent pointers are set by the extractor's own walk as it descends (as the detectors' walk
 * does, see {@link walkTree}), instead of by a separate pass over the whole tree.
 */
export function parseForExtraction(text: string, file: string, kind: TS.ScriptKind = scriptKind(file)): TS.SourceFile {
  parsedFiles++;
  return ts.createSourceFile(file, text, { languageVersion: ts.ScriptTarget.Latest, jsDocParsingMode: ts.JSDocParsingMode.ParseNone }, false, kind);
}

/**
 * Walks a tree in document order (pre-order) with an explicit stack, so no nesting depth can
 * overflow the call stack: `visit` runs on each node after its ancestors and before its
 * children, whose `parent` pointers are set on the way down; returning `false` skips a node's
 * children.
 */
export function walkTree(root: TS.Node, visit: (node: TS.Node) => boolean | void): void {
  if (root.kind === ts.SyntaxKind.SourceFile) fileWalks++;
  const stack: TS.Node[] = [root];
  const children: TS.Node[] = [];
  let parent: TS.Node = root;
  const collect = (child: TS.Node): undefined => {
    if (!child.parent) (child as { parent: TS.Node }).parent = parent;
    children.push(child);
    return undefined;
  };
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (visit(node) === false) continue;
    parent = node;
    children.length = 0;
    ts.forEachChild(node, collect);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as TS.Node);
  }
}

/** A syntax error of a parsed file: 1-based line and column, one-line message. */
export interface SyntaxErrorInfo {
  line: number;
  column: number;
  message: string;
}

/** The first syntax error of a parsed file, if any. */
export function firstSyntaxError(sf: TS.SourceFile): SyntaxErrorInfo | undefined {
  // parseDiagnostics is not in the public typings, but it is how tsc itself reports syntax errors
  // without building a Program.
  const diags = (sf as unknown as { parseDiagnostics?: readonly TS.DiagnosticWithLocation[] }).parseDiagnostics;
  const d = diags?.[0];
  if (!d) return undefined;
  const pos = sf.getLineAndCharacterOfPosition(d.start);
  return { line: pos.line + 1, column: pos.character + 1, message: ts.flattenDiagnosticMessageText(d.messageText, ' ') };
}
