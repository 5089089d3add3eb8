import ts from './ts.js';
import type * as TS from 'typescript';

/**
 * The parser behind `scanSource`, kept behind this small interface so a faster one can be swapped
 * in when a benchmark shows it faster. It must produce a TypeScript `SourceFile`, since detectors
 * visit TypeScript nodes; parent pointers are optional (the walk sets any that are missing).
 */
export interface SourceParser {
  readonly name: string;
  parse(text: string, fileName: string): TS.SourceFile;
}

/** The script kind TypeScript should use for a file name (TSX and JSX by extension). */
export function scriptKindOf(fileName: string): TS.ScriptKind {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.tsx')) return ts.ScriptKind.TSX;
  if (lower.endsWith('.jsx')) return ts.ScriptKind.JSX;
  if (lower.endsWith('.js') || lower.endsWith('.mjs') || lower.endsWith('.cjs')) return ts.ScriptKind.JS;
  return ts.ScriptKind.TS;
}

let parsedFiles = 0;

/** How many files {@link typescriptParser} parsed in this process (the bin's code cache uses it). */
export function parsedFileCount(): number {
  return parsedFiles;
}

/** The TypeScript compiler API's `createSourceFile`: one parse, no program, no type checker. */
export const typescriptParser: SourceParser = {
  get name() {
    return `typescript@${ts.version}`;
  },
  parse(text, fileName) {
    // JSDoc is never parsed into nodes (detectors read comments as text), and parent pointers are
    // set by scanSource's walk as it descends: both save a pass over the tree.
    // (`JSDocParsingMode` is TypeScript 5.3+; older ones, still in the peer range, parse JSDoc.)
    parsedFiles++;
    const jsDoc = ts.JSDocParsingMode ? { jsDocParsingMode: ts.JSDocParsingMode.ParseNone } : {};
    return ts.createSourceFile(fileName, text, { languageVersion: ts.ScriptTarget.Latest, ...jsDoc }, false, scriptKindOf(fileName));
  },
};

/** The diagnostics the parser produced for a file (a `SourceFile` keeps them without a program). */
export function parseDiagnosticsOf(sourceFile: TS.SourceFile): readonly TS.DiagnosticWithLocation[] {
  const diagnostics = (sourceFile as unknown as { parseDiagnostics?: readonly TS.DiagnosticWithLocation[] }).parseDiagnostics;
  return Array.isArray(diagnostics) ? diagnostics : [];
}
