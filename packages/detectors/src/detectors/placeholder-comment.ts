import ts, { kindSet } from '../ts.js';
import type * as TS from 'typescript';
import { defineDetector } from '../define.js';
import type { CommentInfo } from '../types.js';
import { isElisionWording, normalizeCommentText } from '../elision.js';

// Strips comment delimiters (`//`, `/* */`, `{/* */}`, `#`, JSDoc gutters) from raw comment text.
function stripDelimiters(text: string): string {
  let t = text.trim();
  if (t.startsWith('{') && t.endsWith('}')) t = t.slice(1, -1).trim();
  if (t.startsWith('//')) t = t.slice(2);
  else if (t.startsWith('/*')) t = t.slice(2, t.endsWith('*/') ? -2 : undefined);
  else if (t.startsWith('#')) t = t.slice(1);
  return t
    .split(/\r?\n/)
    .map((l) => l.replace(/^\s*(\*|\/\/)\s?/, '').trim())
    .join(' ')
    .trim();
}

const ELLIPSIS = /^(?:\.{2,}|…)/;
// A necessary condition of isPlaceholderComment, tested on the lower-cased raw comment.
const MAY_BE_PLACEHOLDER =
  /\.\.|…|\b(?:rest|unchanged|changes?|same|before|above|keep|kept|previous|existing|original|other|remaining|old|remains?|stays?|left|intact|omitted|elided|removed|skipped|etc|here)\b/;
const TRAILING_ELLIPSIS = /(?:\.{2,}|…)$/;
// Words that make "... <words>" a stand-in for code rather than prose continuing a sentence.
const STAND_IN_WORD =
  /\b(?:existing|unchanged|remains?|remaining|same|rest|previous|other|others|omitted|more|etc|code|methods?|implementation|as before|here|elided|similar|original|handlers?|cases|properties|fields|members|logic|functions?|imports|tests|routes)\b/;
// Modal and checking verbs: "should remain unchanged" says what a test expects.
const EXPECTATION = /\b(?:should|must|shall|will|would|expected?|ensures?|verify|verifies|asserts?|checks?)\b/;
const PHRASES: readonly RegExp[] = [
  /^(?:the )?rest of (?:the |this |your )?(?:implementation|code|file|class|function|method|methods|logic|component|module|body|properties|fields|cases|handlers?|members|tests|routes|config|object|file contents)(?: (?:is |remains? |stays? )?(?:unchanged|the same|as before|as is|omitted|here|goes here|follows))?$/,
  /^(?:unchanged|no changes?|same as before|as before|same as above|similar to above|as above|keep as is|kept as is)$/,
  /^(?:all )?(?:the )?(?:previous|existing|original|other|remaining|old|unchanged) (?:\w+ )?(?:code|implementation|methods|logic|content|contents|functions|handlers|properties|cases|members|fields|imports|routes|tests|config|setup|stuff)(?: (?:remains?|stays?|is|are|goes|go)(?: the same| unchanged| as (?:is|before)| here)?| unchanged| omitted| here| as before| kept)?$/,
  /^(?:[\w-]+ ){0,6}(?:remains?|stays?|is kept|are kept|kept|left) (?:the same|unchanged|as is|as before|intact)$/,
  /^(?:code|implementation|details?|body|contents?|logic) (?:omitted|elided|removed|skipped)(?: for brevity)?$/,
  /^omitted for brevity$/,
  /^etc\.?$/,
  /^(?:your|add|insert|put|more|other) (?:code|implementation|logic|methods|cases|handlers) (?:goes )?here$/,
  /^keep (?:the )?(?:existing|previous|original|current|other) (?:code|implementation|logic|methods|handlers|content)(?: as is| unchanged| here)?$/,
];

/**
 * True when a comment is a placeholder standing in for code: `// ... existing code ...`,
 * `// ... (other agent methods)`, `/* rest of implementation *\/`, `// (unchanged)`,
 * `// [previous code remains]`, `{/* ... *\/}`. Accepts the comment with or without its
 * delimiters. Prose that merely starts with `...` (`// ...and then we retry`) is not one, and
 * neither is `...args` (a spread mentioned in prose). The text is read through
 * {@link normalizeCommentText} first, so `// ．．． exi\u200bsting code ．．．` is `// ... existing code ...`.
 *
 * @example
 * isPlaceholderComment('// ... existing code ...'); // → true
 * isPlaceholderComment('// retries the request'); // → false
 */
export function isPlaceholderComment(raw: string): boolean {
  // A placeholder is short; long comments (JSDoc, prose) are skipped before any string work.
  if (raw.length > 200) return false;
  // Read as a person does: full-width or spaced dots, zero-width characters and look-alike letters undone.
  const text = normalizeCommentText(raw);
  // Every way below to answer true needs an ellipsis or one of these words (each PHRASES pattern
  // holds at least one): most comments have none and are rejected with one regex test, without
  // the string work (vibesdk's profile showed this detector at 5% of the scan's main-thread time).
  if (!MAY_BE_PLACEHOLDER.test(text.toLowerCase())) return false;
  let v = stripDelimiters(text).toLowerCase().replace(/\s+/g, ' ').trim();
  if (v === '') return false;
  if (v.length > 120) return false;
  const startsWithEllipsis = ELLIPSIS.test(v);
  // Peel surrounding ellipses, brackets and trailing punctuation: "... (other methods) ..." → "other methods".
  for (let i = 0; i < 4; i++) {
    const before = v;
    v = v.replace(ELLIPSIS, '').replace(TRAILING_ELLIPSIS, '').trim();
    v = v.replace(/^[([<]\s*(.*?)\s*[)\]>]$/, '$1').trim();
    v = v.replace(/[.:;,!]+$/, '').trim();
    if (v === before) break;
  }
  if (startsWithEllipsis) {
    if (v === '') return true;
    if (EXPECTATION.test(v)) return false;
    const raw = stripDelimiters(text).trim();
    const words = v.split(' ').length;
    // "...existing code..." (ellipses on both sides) stands in for code whatever it says.
    if (words <= 12 && TRAILING_ELLIPSIS.test(raw) && raw.length > 3) return true;
    // "...args are forwarded" / "...rest is passed on" in prose mention a spread, not an
    // ellipsis; "...existing code" does not.
    const glued = /^(?:\.{3}|…)([a-z_$][\w$]*)/i.exec(raw);
    if (glued && (glued[1] === 'rest' || !STAND_IN_WORD.test(glued[1] ?? ''))) return false;
    if (words <= 12 && STAND_IN_WORD.test(v)) return true;
  }
  if (v === '') return /^(?:\.{2,}|…)+$/.test(stripDelimiters(text).replace(/\s+/g, ''));
  // "Content should remain unchanged", "it must stay the same": a statement of what is expected
  // (tests say this above an assertion), not a stand-in for code.
  if (EXPECTATION.test(v)) return false;
  return PHRASES.some((re) => re.test(v));
}

// Node kinds whose child slots hold code: a comment there stands where statements, members,
// properties or JSX children belong.
const codeSlotKinds = kindSet(() => [
  ts.SyntaxKind.Block,
  ts.SyntaxKind.SourceFile,
  ts.SyntaxKind.ModuleBlock,
  ts.SyntaxKind.CaseBlock,
  ts.SyntaxKind.CaseClause,
  ts.SyntaxKind.DefaultClause,
  ts.SyntaxKind.ClassDeclaration,
  ts.SyntaxKind.ClassExpression,
  ts.SyntaxKind.InterfaceDeclaration,
  ts.SyntaxKind.TypeLiteral,
  ts.SyntaxKind.EnumDeclaration,
  ts.SyntaxKind.ObjectLiteralExpression,
  ts.SyntaxKind.ArrayLiteralExpression,
  ts.SyntaxKind.JsxExpression,
  ts.SyntaxKind.JsxElement,
  ts.SyntaxKind.JsxFragment,
  ts.SyntaxKind.NamedImports,
  ts.SyntaxKind.NamedExports,
]);

// Start and end offsets of the line holding `pos`.
function lineAround(text: string, pos: number): { start: number; end: number } {
  const start = text.lastIndexOf('\n', pos - 1) + 1;
  const nl = text.indexOf('\n', pos);
  return { start, end: nl === -1 ? text.length : nl };
}

/**
 * A comment stands in place of code only where code would start: on a line of its own, right
 * after the bracket that opens its slot (`{ // ...`) or the `case x:` whose statements it
 * replaces, or as a whole JSX child (`{/* ... *\/}`).
 * After a statement on the same line (`return content; // No changes`,
 * `expect(x).toBe(y); // Unchanged`) it annotates that statement.
 */
function standsInPlaceOfCode(text: string, comment: CommentInfo): boolean {
  if (comment.owner.kind === ts.SyntaxKind.JsxExpression) return true;
  const { start } = lineAround(text, comment.pos);
  const before = text.slice(start, comment.pos).trim();
  if (before === '' || /[{[(]$/.test(before)) return true;
  // `case 'a': // ... existing cases`: the comment stands for the clause's statements.
  // (The comment then lies in the case block, after a clause that has no statements.)
  const prev = comment.prev;
  return prev !== undefined && (ts.isCaseClause(prev) || ts.isDefaultClause(prev)) && prev.statements.length === 0 && before.endsWith(':');
}

// The `//` comment lines right above and below a comment's line (trimmed; undefined where that line
// is not a line comment or there is none).
function neighbourLineComments(text: string, comment: CommentInfo): { above?: string; below?: string } {
  const { start, end } = lineAround(text, comment.pos);
  const commentAt = (pos: number): string | undefined => {
    const n = lineAround(text, pos);
    const line = text.slice(n.start, n.end).trim();
    return line.startsWith('//') ? line : undefined;
  };
  const above = start > 0 ? commentAt(start - 1) : undefined;
  const below = end < text.length ? commentAt(end + 1) : undefined;
  return { ...(above !== undefined ? { above } : {}), ...(below !== undefined ? { below } : {}) };
}

// A `//` comment line's words, delimiter and leading space removed.
const wordsOf = (line: string): string => line.replace(/^\/\/+\s*/, '');

/**
 * `// ...` alone on a line inside a run of prose line comments (a list that trails off:
 * `// - It does not have media attachments.` / `// ...` / `// Delete message!`) continues the
 * prose; it does not stand for code.
 */
function isEllipsisInProse(text: string, comment: CommentInfo): boolean {
  if (comment.kind !== 'line' || !/^(?:\.{2,}|…)$/.test(comment.value.replace(/\s+/g, ''))) return false;
  const { above, below } = neighbourLineComments(text, comment);
  return [above, below].some((line) => line !== undefined && !isPlaceholderComment(line) && wordsOf(line) !== '');
}

/**
 * `// proper gap between them. Non-data parts pass through to renderPart` / `// unchanged.`: a line
 * comment that finishes the sentence the comment line above left open (that line is prose, not a
 * placeholder, and does not end with `.`, `!`, `?`, `:` or `;`). Only a comment of one or two words
 * without dots of elision (`...`, `…`): `// existing code unchanged` or `// ... rest` stand for code
 * wherever they are. A drop in a change is judged from the change itself (change/drops.ts).
 */
function continuesProse(text: string, comment: CommentInfo): boolean {
  if (comment.kind !== 'line' || /\.{2,}|…/.test(comment.value) || comment.value.trim().split(/\s+/).length > 2) return false;
  const { above } = neighbourLineComments(text, comment);
  if (above === undefined || isPlaceholderComment(above)) return false;
  const words = wordsOf(above);
  return /\p{L}/u.test(words) && !/[.!?:;]$/.test(words);
}

const LEADING_DOTS = /^(?:\.{3}|…)/;
const TRAILING_DOTS = /(?:\.{3}|…)$/;

/**
 * `// remittanceInformationUnstructured is limited to 140 chars thus ...` /
 * `// ... missing information form remittanceInformationUnstructuredArray ...` / `// ... so we recreate it.`
 * (actualbudget/actual-server): prose whose lines an ellipsis joins — this line starts with dots
 * and the comment line above ends with them, or it ends with dots and the line below starts with
 * them. Only a line of three words or more that, without its dots, says nothing of code left out
 * (`// ... rest of the handlers ...` or `// ... existing code ...` there is still reported).
 */
function isEllipsisJoinedProse(text: string, comment: CommentInfo): boolean {
  if (comment.kind !== 'line') return false;
  const own = comment.value.trim();
  const words = own.replace(/\.{3}|…/g, ' ').trim();
  if (words.split(/\s+/).length < 3 || isElisionWording(`// ${words}`)) return false;
  const { above, below } = neighbourLineComments(text, comment);
  return (LEADING_DOTS.test(own) && above !== undefined && TRAILING_DOTS.test(wordsOf(above))) || (TRAILING_DOTS.test(own) && below !== undefined && LEADING_DOTS.test(wordsOf(below)));
}

export default defineDetector({
  id: 'placeholder-comment',
  category: 'PLACEHOLDER_DROPPED',
  severity: 'critical',
  docs: {
    description: 'A comment such as `// ... existing code ...` standing where code belongs: the code it stands for was dropped.',
    why:
      'Coding agents that rewrite a file often elide the parts they did not change with a placeholder comment. Saved as is, the placeholder silently deletes those methods, handlers or properties, and the file still compiles.',
    bad: 'class AgentService {\n  start() { run(); }\n  // ... (other agent methods)\n}',
    good: 'class AgentService {\n  start() { run(); }\n  stop() { halt(); }\n}',
    precision: 'No findings on the nine labelled corpora (2,083 files; bench/accuracy). Before a comment had to stand in place of code it reported 11 there, all false: trailing comments such as `return content; // No changes` and a `// ...` ending a prose list (precision 0/11). Held-out rounds (bench/accuracy): 3/7 critical findings true; of the four false, a one-word `// unchanged.` finishing a sentence the comment line above left open is no longer reported (continuesProse). Fourth held-out round: actual-server\'s three prose comments whose lines an ellipsis joins (`thus ...` / `... missing information ...`) were critical at high confidence, all false; such lines are now prose (isEllipsisJoinedProse) unless they say code is left out.',
  },
  messages: {
    placeholder: 'Placeholder comment "{text}" stands where code belongs: the code it stands for is missing.',
  },
  suggestions: {
    placeholder: 'Restore the code the comment stands for (see the previous version of the file), or delete the comment if nothing is missing.',
  },
  check: (ctx) => ({
    onComment(comment) {
      if (!codeSlotKinds().has(comment.owner.kind)) return;
      if (!standsInPlaceOfCode(ctx.text, comment)) return;
      if (!isPlaceholderComment(comment.text)) return;
      if (isEllipsisInProse(ctx.text, comment) || continuesProse(ctx.text, comment) || isEllipsisJoinedProse(ctx.text, comment)) return;
      const shown = comment.text.replace(/\s+/g, ' ').trim();
      ctx.report(comment, 'placeholder', { text: shown.length > 60 ? `${shown.slice(0, 59)}…` : shown });
    },
  }),
});
