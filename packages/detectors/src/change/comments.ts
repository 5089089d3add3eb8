import type * as TS from 'typescript';
import ts, { kindSet } from '../ts.js';

/** A comment in a source text. Lines and columns are 1-based; `endColumn` is exclusive. */
export interface SourceComment {
  /** The comment as written, delimiters included (`// …`, `/* … *\/`). */
  text: string;
  start: number;
  end: number;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** Tokens after which a `/` starts a division, not a regular expression. */
const endsExpressionKinds = kindSet(() => [
  ts.SyntaxKind.Identifier,
  ts.SyntaxKind.PrivateIdentifier,
  ts.SyntaxKind.NumericLiteral,
  ts.SyntaxKind.BigIntLiteral,
  ts.SyntaxKind.StringLiteral,
  ts.SyntaxKind.RegularExpressionLiteral,
  ts.SyntaxKind.NoSubstitutionTemplateLiteral,
  ts.SyntaxKind.TemplateTail,
  ts.SyntaxKind.CloseParenToken,
  ts.SyntaxKind.CloseBracketToken,
  ts.SyntaxKind.CloseBraceToken,
  ts.SyntaxKind.PlusPlusToken,
  ts.SyntaxKind.MinusMinusToken,
  ts.SyntaxKind.ThisKeyword,
  ts.SyntaxKind.SuperKeyword,
  ts.SyntaxKind.TrueKeyword,
  ts.SyntaxKind.FalseKeyword,
  ts.SyntaxKind.NullKeyword,
  ts.SyntaxKind.ExclamationToken,
]);

/** The language variant for a file name: JSX for .tsx/.jsx, so `{/* … *\/}` scans as in React code. */
function variantOf(fileName: string): TS.LanguageVariant {
  return /\.[jt]sx$/i.test(fileName) ? ts.LanguageVariant.JSX : ts.LanguageVariant.Standard;
}

/**
 * Every comment of a source text, found with TypeScript's scanner (so `//` inside strings,
 * templates and regular expressions is not a comment). The scanner runs without the parser: a
 * `/` after an expression-ending token is a division, otherwise a regular expression; a `}` that
 * closes a template substitution continues the template.
 *
 * @example
 * extractComments('const url = "http://x"; // real comment\n', 'a.ts').map((c) => c.text);
 * // ['// real comment']
 */
export function extractComments(text: string, fileName: string): SourceComment[] {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, variantOf(fileName), text);
  const comments: SourceComment[] = [];
  const lineStarts = computeLineStarts(text);
  // Open braces and template substitutions, innermost last: true for a template `${`.
  const braces: boolean[] = [];
  let previous: TS.SyntaxKind = ts.SyntaxKind.Unknown;
  for (let guard = 0; guard <= text.length + 1; guard++) {
    let kind = scanner.scan();
    if (kind === ts.SyntaxKind.EndOfFileToken) break;
    if (kind === ts.SyntaxKind.SingleLineCommentTrivia || kind === ts.SyntaxKind.MultiLineCommentTrivia) {
      const start = scanner.getTokenStart();
      const end = scanner.getTokenEnd();
      const a = position(lineStarts, start);
      const b = position(lineStarts, end);
      comments.push({ text: text.slice(start, end), start, end, line: a.line, column: a.column, endLine: b.line, endColumn: b.column });
      continue;
    }
    if (kind === ts.SyntaxKind.WhitespaceTrivia || kind === ts.SyntaxKind.NewLineTrivia || kind === ts.SyntaxKind.ShebangTrivia || kind === ts.SyntaxKind.ConflictMarkerTrivia) continue;
    if ((kind === ts.SyntaxKind.SlashToken || kind === ts.SyntaxKind.SlashEqualsToken) && !endsExpressionKinds().has(previous)) {
      kind = scanner.reScanSlashToken();
    } else if (kind === ts.SyntaxKind.OpenBraceToken) {
      braces.push(false);
    } else if (kind === ts.SyntaxKind.TemplateHead) {
      braces.push(true);
    } else if (kind === ts.SyntaxKind.CloseBraceToken) {
      if (braces.pop() === true) {
        kind = scanner.reScanTemplateToken(false);
        if (kind === ts.SyntaxKind.TemplateMiddle) braces.push(true);
      }
    }
    previous = kind;
  }
  return comments;
}

/** Offsets where each line starts. */
export function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** 1-based line and column of an offset. */
export function position(lineStarts: readonly number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((lineStarts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - (lineStarts[lo] as number) + 1 };
}
