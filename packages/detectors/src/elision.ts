// How a comment that stands for dropped code is written, once the obfuscation is taken off: the
// text normalisation the placeholder rule reads comments through, and the wider elision vocabulary
// (any language) the change engine grades a structurally proven drop with.

// Zero-width and other invisible format characters: `exi\u200bsting` reads as `existing`.
const INVISIBLE = /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g;
// Ellipses written with other dots: `⋯`, `⋮`, `···`, `• • •`, `. . .` (NFKC already makes `．` and `…` plain dots).
const DOT_RUNS = /[\u22ee\u22ef\u2026]|(?:[.\u00b7\u2022\u2219\u30fb](?:[ \t\u00a0]?(?=[.\u00b7\u2022\u2219\u30fb]))){2,}[.\u00b7\u2022\u2219\u30fb]/g;
const SPACED_DOTS = /\.(?:[ \t]\.){2,}/g;
// Latin look-alikes from Cyrillic and Greek, for a comment that is otherwise Latin (`\u0435xisting` → `existing`).
const HOMOGLYPHS: Record<string, string> = {
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', ѕ: 's', ј: 'j', ԁ: 'd', ԛ: 'q', ԝ: 'w', һ: 'h', ӏ: 'l',
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', І: 'I',
  ο: 'o', α: 'a', ε: 'e', ι: 'i', κ: 'k', ν: 'v', ρ: 'p', τ: 't', υ: 'u', χ: 'x', Ο: 'O', Α: 'A', Ε: 'E', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ρ: 'P', Τ: 'T', Χ: 'X',
};
const MIXED_SCRIPT_WORD = /[A-Za-z]*[\u0370-\u03ff\u0400-\u04ff][\u0370-\u03ff\u0400-\u04ffA-Za-z]*/g;

/**
 * A comment's text as a reader sees it: NFKC (full-width `．．．` are dots), invisible characters
 * removed, dots in any form (`…`, `⋯`, `···`, `. . .`) written `...`, non-breaking spaces as spaces,
 * and Cyrillic or Greek look-alikes inside a word that also has Latin letters read as the Latin
 * letters they imitate. Plain ASCII comes back as is.
 *
 * @example
 * normalizeCommentText('// ．．． exi\u200bsting code ．．．'); // → '// ... existing code ...'
 */
export function normalizeCommentText(text: string): string {
  if (!/[\u0080-\uffff]/.test(text)) return text.includes('. .') ? text.replace(SPACED_DOTS, '...') : text;
  let t = text.normalize('NFKC').replace(INVISIBLE, '').replace(/\u00a0/g, ' ');
  t = t.replace(DOT_RUNS, '...');
  // A word mixing Latin with Cyrillic or Greek letters is a Latin word in disguise; a Russian or Greek word keeps its letters.
  return t.replace(MIXED_SCRIPT_WORD, (w) => (/[A-Za-z]/.test(w) ? [...w].map((c) => HOMOGLYPHS[c] ?? c).join('') : w));
}

// Words that say the code that was here is still there, elsewhere or unchanged ("unchanged",
// "same", "existing", "omitted"), in the languages agents write comments in; and words that only
// say there was more ("rest", "remaining"). Matched on the normalised, lower-cased comment.
const CLAIM_WORDS = new RegExp(
  [
    // English
    String.raw`\b(?:unchanged|same|as before|as is|as-is|existing|previous|previously|original|omitted|elided|brevity|snip|snipped|untouched|intact|truncated|abbreviated|etc)\b`,
    // Spanish, Portuguese, Italian
    String.raw`\b(?:sin cambios|sem altera[çc][õo]es|igual|iguales|existente|anterior|omitid[oa]s?|invariat[oa]|come prima|esistente|omess[oa])\b`,
    // French
    String.raw`(?:inchang|\bidentique|\bexistant|\bomis\b|comme avant|comme pr[ée]c[ée]demment)`,
    // German
    String.raw`(?:unver[äa]ndert|wie (?:zuvor|bisher|vorher|gehabt)|\bbestehende|ausgelassen|\bgleich\b)`,
    // Russian
    String.raw`(?:без изменени|как раньше|как было|прежн|существующ|пропущен|опущен|то же сам)`,
    // Chinese, Japanese, Korean
    String.raw`(?:省略|不变|同上|保持|原有|现有|既存|そのまま|同じ|以下略|変更なし|기존|생략|동일|변경 없음)`,
  ].join('|'),
  'i',
);
const REST_WORDS = /\b(?:rest|remaining|resto|restante|reste)\b|остальн|其余|其他代码|残り|나머지/i;

/**
 * True when a comment is worded as an elision in any common way: an ellipsis (however written),
 * no words at all (`//`, `// ###`, `// ---`; not commented-out code such as `// {`), a word such as "rest", "unchanged", "existing", "omitted",
 * "[snip]" or the same in Spanish, Portuguese, Italian, French, German, Russian, Chinese, Japanese
 * or Korean, or a two-word "other …" (`// other tools`). Wider than the placeholder phrase list, and
 * meant only for a comment already proven to stand where code was removed (a drop the change
 * engine found by structure): there it tells an elision from a comment that explains the removal
 * ("handled by the default case now").
 *
 * @example
 * isElisionWording('// Rest des Codes unverändert'); // → true
 * isElisionWording('// errors are handled by the caller'); // → false
 */
export function isElisionWording(comment: string): boolean {
  const text = bareText(comment);
  // Commented-out code, or a paragraph of prose, is not a stand-in's note.
  if (looksLikeCode(text) || text.split(/\s+/).length > 10) return false;
  // No words at all: empty, or a row of marks (`//`, `// ###`, `// ---`). Brackets are not marks:
  // `// {` is a line of commented-out code, which says nothing about what was elided.
  if (/^[\s.#*\-_=~+]*$/.test(text)) return true;
  if (/\.\.\./.test(text)) return true;
  return saysElision(text);
}

/**
 * The stricter test for a comment that is not alone in its place (it trails a statement, or code
 * follows it): a short note (8 words at most) that claims the code is still there ("unchanged",
 * "as before", "omitted", "existing handling", "same logic", in any of the languages), or nothing
 * but dots (`// ...`). Prose is not ("retry once... then give up", "previous frame can't bleed
 * through", both from real code), nor a note that code went away ("the rest is gone").
 *
 * @example
 * saysElisionInWords('// ... rest of the function unchanged'); // → true
 * saysElisionInWords('// retry once... then give up'); // → false
 */
export function saysElisionInWords(comment: string): boolean {
  const text = bareText(comment);
  if (looksLikeCode(text)) return false;
  // A short note, not a sentence of prose ("previous frame can't bleed through" is about pixels).
  if (text.split(/\s+/).length > 8) return false;
  return /^[.\s]*\.\.\.[.\s]*$/.test(text) || STRICT_CLAIM.test(text);
}

// What a stand-in says about the code it replaces: "unchanged", "as before", "omitted", or an
// adjective such as "existing" on a word for code ("existing chunk handling", "same logic"), or the
// same in the other languages. "the existing pending nodes", "in the same tick" are not.
const CODE_NOUN = String.raw`(?:[\p{L}-]+\s+){0,2}(?:code|logic|implementation|handling|methods?|functions?|members?|fields?|properties|cases|handlers?|body|bodies|contents?|stuff|setup|config|conditions|steps|routes|tests|imports|lines|part|parts|section|rest)\b`;
const STRICT_CLAIM = new RegExp(
  [
    String.raw`\b(?:unchanged|as before|as is|as-is|untouched|intact|omitted|elided|brevity|snip|snipped|etc)\b`,
    String.raw`\b(?:existing|previous|original|same|old|other|remaining)\s+${CODE_NOUN}`,
    String.raw`\b(?:sin cambios|sem altera[çc][õo]es|invariat[oa]|come prima|omitid[oa]s?|omess[oa])\b`,
    String.raw`(?:inchang|comme avant|comme pr[ée]c[ée]demment|\bomis\b)`,
    String.raw`(?:unver[äa]ndert|wie (?:zuvor|bisher|vorher|gehabt)|\bbestehende[nrs]?\s+\p{L}|ausgelassen)`,
    String.raw`(?:без изменени|как раньше|как было|пропущен|опущен)`,
    String.raw`(?:省略|不变|同上|保持不变|そのまま|以下略|変更なし|생략|변경 없음)`,
  ].join('|'),
  'iu',
);

/**
 * Commented-out code rather than words about code: a `;`, `=`, a brace, an arrow, a call
 * (`name(`) or a property access (`a.b`). Its identifiers (`rest`, `existing`, `previous`) say
 * nothing about what was elided.
 */
function looksLikeCode(text: string): boolean {
  return /[;={}]|=>|[\w$]\(|[a-z_$][\w$]*\.[a-z_$]/i.test(text);
}

function saysElision(text: string): boolean {
  if (CLAIM_WORDS.test(text) || REST_WORDS.test(text)) return true;
  return /^(?:\W*)(?:the\s+)?others?\b(?:\s+[\p{L}_-]+)?\W*$/u.test(text);
}

/** The comment's words: normalised, delimiters and JSDoc gutters removed, lower case. */
function bareText(comment: string): string {
  return normalizeCommentText(comment)
    .replace(/^\s*(?:\{\s*)?(?:\/\/+|\/\*+|<!--)/, '')
    .replace(/(?:\*+\/|-->)(?:\s*\})?\s*$/, '')
    .replace(/^\s*\*\s?/gm, '')
    .trim()
    .toLowerCase();
}
