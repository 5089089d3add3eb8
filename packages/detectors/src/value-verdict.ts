// A classified value, how two are combined and how a finding about one is graded: shared by
// value-source.ts and value-strict.ts.

import type { Confidence, Severity } from './types.js';

/**
 * Where a value spliced into SQL or a shell command comes from, judged by reading the one file:
 *
 * - `constant`: literals, `const`s bound to them, unions of literal types, arrays of literals and
 *   their `.join()`, numbers, local paths (`__dirname`, `path.join` of constants), escaped values.
 * - `unknown`: nothing in the file says (an import, a property of `this`, a call's result).
 * - `environment`: `process.env`.
 * - `parameter`: a parameter of an exported function, or of one whose callers pass such values.
 * - `external`: `process.argv`, stdin, and request data (`req.body`, `c.req.param()`, `request.json()`...).
 *
 * Listed from least to most dangerous; a value built from several parts takes its worst part.
 */
export type ValueSource = 'constant' | 'unknown' | 'environment' | 'parameter' | 'external';

/** A classified value: its source and the expression that decided it (for messages). */
export interface SourceVerdict {
  source: ValueSource;
  /** Source text of the deciding expression, e.g. `req.body.id` or `id`. */
  text: string;
}

const RANK: Record<ValueSource, number> = { constant: 0, unknown: 1, environment: 2, parameter: 3, external: 4 };

/** The verdict for a value built only from constants. */
export const CONSTANT: SourceVerdict = { source: 'constant', text: '' };

/** The more dangerous of two verdicts (the first on a tie). */
export function worst(a: SourceVerdict, b: SourceVerdict): SourceVerdict {
  return RANK[b.source] > RANK[a.source] ? b : a;
}

/**
 * How a finding about a value of this source is graded: critical only when the value can come from
 * outside the process; `undefined` for a constant (nothing to report).
 */
export function gradeOf(source: ValueSource): { severity: Severity; confidence: Confidence } | undefined {
  switch (source) {
    case 'external':
      return { severity: 'critical', confidence: 'high' };
    case 'parameter':
      return { severity: 'high', confidence: 'medium' };
    case 'environment':
      // Set by whoever runs the process: a command or query it breaks is a bug, rarely an attack.
      return { severity: 'medium', confidence: 'low' };
    case 'unknown':
      return { severity: 'medium', confidence: 'low' };
    default:
      return undefined;
  }
}

/** The source in words, for a message: "request data (`req.body.id`)". */
export function describeSource(v: SourceVerdict): string {
  const what = v.text ? ` (\`${v.text}\`)` : '';
  switch (v.source) {
    case 'external':
      return `input from outside the process${what}`;
    case 'parameter':
      return `a function parameter${what}`;
    case 'environment':
      return `the environment${what}`;
    case 'unknown':
      return `a value of unknown origin${what}`;
    default:
      return 'constants';
  }
}
