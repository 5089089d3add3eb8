import type { CommentInfo } from './types.js';

/** An inline suppression comment: `// readycheck-disable-next-line <ruleId...> -- reason`. */
export interface SuppressionDirective {
  /** `next-line` silences the line after the comment, `line` its own line, `file` the whole file. */
  scope: 'next-line' | 'line' | 'file';
  /** Rule ids it silences; empty means every rule. */
  rules: string[];
  /** The text after ` -- `, trimmed; undefined when none was given. */
  reason: string | undefined;
}

const DIRECTIVE = /^readycheck-disable(-next-line|-line)?(?=\s|$)/;

/**
 * Parses a comment's text (without delimiters) as a suppression directive, or returns null.
 * Forms: `readycheck-disable-next-line id1, id2 -- reason`, `readycheck-disable-line id -- reason`
 * (same line), `readycheck-disable id -- reason` (whole file). Without ids it silences every rule.
 *
 * @example
 * parseSuppression('readycheck-disable-next-line explicit-any -- legacy API');
 * // → { scope: 'next-line', rules: ['explicit-any'], reason: 'legacy API' }
 */
export function parseSuppression(value: string): SuppressionDirective | null {
  const match = DIRECTIVE.exec(value);
  if (!match) return null;
  const scope = match[1] === '-next-line' ? 'next-line' : match[1] === '-line' ? 'line' : 'file';
  const rest = value.slice(match[0].length);
  const sep = rest.search(/(^|\s)--(\s|$)/);
  const head = sep === -1 ? rest : rest.slice(0, sep);
  const reasonText = sep === -1 ? '' : rest.slice(sep).replace(/^\s*--/, '').trim();
  const rules = head.split(/[\s,]+/).filter(Boolean);
  return { scope, rules, reason: reasonText === '' ? undefined : reasonText };
}

/** A directive placed in a file, with the lines it covers. */
export interface PlacedSuppression extends SuppressionDirective {
  comment: CommentInfo;
  /** 1-based line it silences (for `next-line` and `line`). */
  targetLine: number;
}

/** Whether a placed directive silences a finding of `ruleId` starting on `line`. */
export function suppresses(directive: Pick<PlacedSuppression, 'rules' | 'scope' | 'targetLine'>, ruleId: string, line: number): boolean {
  if (directive.rules.length && !directive.rules.includes(ruleId)) return false;
  return directive.scope === 'file' || directive.targetLine === line;
}
