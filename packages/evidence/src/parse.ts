import path from 'node:path';
import type * as TS from 'typescript';
import ts from './ts.js';
import type { FileFacts } from './types.js';

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
 * does, see {@link childWalker}), instead of by a separate pass over the whole tree.
 */
export function parseForExtraction(text: string, file: string): TS.SourceFile {
  parsedFiles++;
  return ts.createSourceFile(file, text, { languageVersion: ts.ScriptTarget.Latest, jsDocParsingMode: ts.JSDocParsingMode.ParseNone }, false, scriptKind(file));
}

/**
 * Makes a `descend(node)` that calls `visit` on each child of `node`, after pointing the child's
 * `parent` at `node`. One callback serves every level (the parent is saved and restored around
 * each), so a walk allocates no closure per node.
 */
export function childWalker(visit: (child: TS.Node) => void): (node: TS.Node) => void {
  let parent: TS.Node | undefined;
  const onChild = (child: TS.Node): undefined => {
    if (!child.parent) (child as { parent: TS.Node }).parent = parent as TS.Node;
    visit(child);
    return undefined;
  };
  return (node) => {
    const saved = parent;
    parent = node;
    ts.forEachChild(node, onChild);
    parent = saved;
  };
}

/** The first syntax error of a parsed file, if any. */
export function firstSyntaxError(sf: TS.SourceFile): FileFacts['error'] {
  // parseDiagnostics is not in the public typings, but it is how tsc itself reports syntax errors
  // without building a Program.
  const diags = (sf as unknown as { parseDiagnostics?: readonly TS.DiagnosticWithLocation[] }).parseDiagnostics;
  const d = diags?.[0];
  if (!d) return undefined;
  const pos = sf.getLineAndCharacterOfPosition(d.start);
  return { line: pos.line + 1, column: pos.character + 1, message: ts.flattenDiagnosticMessageText(d.messageText, ' ') };
}
