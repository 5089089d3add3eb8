/**
 * Characters that must never reach a terminal or a CI log raw from data (file names, ids,
 * messages, service output): C0 controls (newline, carriage return, tab, ESC, BEL, ...), DEL, C1
 * controls (0x80-0x9F, which some terminals treat as CSI/OSC), the Unicode line and paragraph
 * separators, and the bidirectional overrides and isolates that reorder what a reader sees
 * ("Trojan Source").
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const UNSAFE_BUT_NEWLINE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escapeOne(ch: string): string {
  const named = NAMED[ch];
  if (named) return named;
  const code = ch.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Options of {@link escapeControl}. */
export interface EscapeControlOptions {
  /** Leave `\n` as is (for text that is ours and multi-line, such as a stack trace). Default false. */
  keepNewlines?: boolean;
}

/**
 * Makes untrusted text safe to print on one line of a terminal or CI log: newlines become `\n`,
 * other control characters `\x1B`-style escapes, bidi controls `\u202E`-style escapes. A file
 * named `x.ts\n::warning file=INJECTED::pwned` prints as `x.ts\n::warning …` on one line, so no
 * workflow command starts at column 0; ESC, OSC and BEL bytes never reach the terminal.
 * Printable text, backslashes included, is unchanged.
 *
 * @example
 * escapeControl('x.ts\n::warning::pwned\u001b]0;title\u0007'); // 'x.ts\\n::warning::pwned\\x1B]0;title\\x07'
 */
export function escapeControl(text: string, options: EscapeControlOptions = {}): string {
  return text.replace(options.keepNewlines ? UNSAFE_BUT_NEWLINE : UNSAFE, escapeOne);
}
