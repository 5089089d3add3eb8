import type { QualityReportTypes } from '@readycheck/core';
import { parseSuppression, suppresses, type SuppressionDirective } from '../suppressions.js';
import { commentValue } from '../walk.js';
import { extractComments, type SourceComment } from './comments.js';
import { mapUnchangedLines, type LineDiff } from './line-diff.js';

type Violation = QualityReportTypes.Violation;

/** A suppression directive in a change's new text. */
export interface ChangeDirective extends SuppressionDirective {
  /** The comment, with its 1-based lines and columns. */
  comment: SourceComment;
  /** Its first line, without delimiters (what messages quote). */
  value: string;
  /** 1-based line it silences (for `next-line` and `line`). */
  targetLine: number;
}

/** How a change's new suppressions are judged: the rule that reports them, or null to let them silence. */
export interface SuppressionRule {
  ruleId: string;
  severity: Violation['severity'];
  category: string;
  /** The finding for one added directive (the engine fills in message, fingerprint and snippet). */
  report: (input: { file: string; directive: ChangeDirective; silenced: readonly Violation[] }) => Violation;
}

/** One side of a file change as {@link reviewNewSuppressions} needs it. */
export interface SuppressionReviewInput {
  file: string;
  /** The new text. */
  after: string;
  /** The line diff against the old text; null for an added file (every line is new). */
  diff: LineDiff | null;
  /** Findings new in the change (not matched to the old side). */
  fresh: Violation[];
  /** Findings of the new side that were already there before. */
  unchanged: readonly Violation[];
}

/**
 * Suppression comments the change added do not silence the change: every new finding that only
 * a directive on an added or edited line silences loses its `suppression` (so it counts, and the
 * gate judges it), and each such directive that silences something, new or old, is reported as a
 * finding of `rule`. Directives on unchanged lines keep working as before. Returns the findings
 * to report: `fresh` with the un-silenced ones replaced, plus one per added directive.
 */
export function reviewNewSuppressions(input: SuppressionReviewInput, rule: SuppressionRule): Violation[] {
  const { fresh, unchanged } = input;
  if (!fresh.some((v) => v.suppression) && !unchanged.some((v) => v.suppression)) return fresh;
  const directives = placedDirectives(input.after, input.file);
  if (directives.length === 0) return fresh;
  const kept = input.diff ? mapUnchangedLines(input.diff.blocks, input.diff.newLines.length) : new Map<number, number>();
  const isOld = (d: ChangeDirective): boolean => {
    for (let line = d.comment.line; line <= d.comment.endLine; line++) if (!kept.has(line)) return false;
    return true;
  };
  const old = directives.filter(isOld);
  const added = directives.filter((d) => !isOld(d));
  if (added.length === 0) return fresh;
  const silencedBy = new Map<ChangeDirective, Violation[]>();
  const note = (d: ChangeDirective, v: Violation): void => {
    const list = silencedBy.get(d) ?? [];
    list.push(v);
    silencedBy.set(d, list);
  };
  const covering = (v: Violation, among: readonly ChangeDirective[]) => among.filter((d) => suppresses(d, v.ruleId, v.line));
  const out: Violation[] = [];
  for (const v of fresh) {
    if (!v.suppression || covering(v, old).length) {
      out.push(v);
      continue;
    }
    const by = covering(v, added);
    if (by.length === 0) {
      out.push(v);
      continue;
    }
    for (const d of by) note(d, v);
    const { suppression: _dropped, ...counted } = v;
    out.push(counted);
  }
  for (const v of unchanged) {
    if (!v.suppression || covering(v, old).length) continue;
    for (const d of covering(v, added)) note(d, v);
  }
  for (const [directive, silenced] of silencedBy) out.push(rule.report({ file: input.file, directive, silenced }));
  return out;
}

/** Every suppression directive in a text (comments found by the scanner alone: no parse, no depth limit). */
function placedDirectives(text: string, file: string): ChangeDirective[] {
  const out: ChangeDirective[] = [];
  for (const comment of extractComments(text, file)) {
    const value = commentValue(comment.text, comment.text.startsWith('//'));
    const parsed = parseSuppression(value);
    if (!parsed) continue;
    out.push({ ...parsed, comment, value: value.split('\n')[0] ?? '', targetLine: parsed.scope === 'next-line' ? comment.endLine + 1 : comment.line });
  }
  return out;
}
