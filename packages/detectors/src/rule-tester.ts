import { parseDiagnosticsOf, typescriptParser } from './parser.js';
import { messageIdOf, scanSource } from './scan.js';
import { scanChange } from './change/scan-change.js';
import type { Detector, DetectorsConfig, Violation } from './types.js';

/** A case that must produce no finding. A string is `{ code }`. */
export interface ValidCase {
  code: string;
  /** File name (extension decides TS/TSX/JS). Default `case.ts`, or `case.tsx` when the code has a closing JSX tag (`</`, `/>`, `<>`). */
  filename?: string;
  /** Detector options (`detectors.rules[id].options`). */
  options?: Record<string, unknown>;
  /** Extra detectors config (`maxFileLines`, `requireFileHeader`). */
  config?: DetectorsConfig;
  /** Allow parse errors in the case (only sensible for `parse-error`). */
  allowParseErrors?: boolean;
  /** Other detectors to run alongside (their findings are not compared), e.g. for suppression rules. */
  alongside?: readonly Detector[];
  /**
   * Judge the case as a change (as `--diff` does): `code` is the new text, this the old one (null:
   * the change adds the file). Only findings new in the change count.
   */
  before?: string | null;
  name?: string;
}

/** An expected finding of an invalid case. */
export interface ExpectedError {
  messageId: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  /** A substring the message must contain. */
  message?: string;
  /** A substring the suggestion must contain. */
  suggestion?: string;
}

/** A case that must produce exactly the listed findings. */
export interface InvalidCase extends ValidCase {
  errors: readonly ExpectedError[];
}

/** The test-framework functions the tester registers its tests with. */
export interface TestFramework {
  describe: (name: string, body: () => void) => void;
  it: (name: string, body: () => void) => void;
}

/** Options of {@link RuleTester}. */
export interface RuleTesterOptions extends TestFramework {
  /** Fail unless a detector has at least this many valid cases. Default 0. */
  minValid?: number;
  /** Fail unless a detector has at least this many invalid cases. Default 0. */
  minInvalid?: number;
}

/** Thrown by the tester when a case fails; the message says which case and why. */
export class RuleTesterError extends Error {
  override name = 'RuleTesterError';
}

function normalise(c: string | ValidCase): ValidCase {
  return typeof c === 'string' ? { code: c } : c;
}

/** The file name a case is parsed as: its `filename`, else `case.tsx` for JSX-looking code, else `case.ts`. */
export function fileNameOf(c: ValidCase): string {
  return c.filename ?? (/<\/[A-Za-z>]|\/>|<>/.test(c.code) ? 'case.tsx' : 'case.ts');
}

// A case too deep for the parser has no diagnostics to check: scanSource reports it as `unscannable`.
function parseOrUndefined(code: string, filename: string): ReturnType<typeof typescriptParser.parse> | undefined {
  try {
    return typescriptParser.parse(code, filename);
  } catch (err) {
    if (err instanceof RangeError) return undefined;
    throw err;
  }
}

/** Runs a detector alone on a case, exactly as scanSource would inside a real scan. */
export function runCase(detector: Detector, c: ValidCase): Violation[] {
  const filename = fileNameOf(c);
  if (!c.allowParseErrors) {
    const parsed = parseOrUndefined(c.code, filename);
    const diagnostics = parsed ? parseDiagnosticsOf(parsed) : [];
    const first = diagnostics[0];
    if (first) {
      const msg = typeof first.messageText === 'string' ? first.messageText : first.messageText.messageText;
      throw new RuleTesterError(`case does not parse (${msg} at offset ${first.start}); fix it or set allowParseErrors:\n${c.code}`);
    }
  }
  const config: DetectorsConfig = { ...(c.config ?? {}), ...(c.options ? { rules: { [detector.id]: { options: c.options } } } : {}) };
  const alongside = c.alongside ?? [];
  const options = { detectors: [detector, ...alongside], rules: [detector.id, ...alongside.map((d) => d.id)], config };
  const found = c.before !== undefined ? scanChange({ path: filename, before: c.before, after: c.code }, options).violations : scanSource(c.code, filename, options);
  return found.filter((v) => !v.suppression && v.ruleId === detector.id);
}

function describeFindings(found: readonly Violation[]): string {
  return found.map((v) => `  ${v.line}:${v.column}-${v.endLine}:${v.endColumn} ${messageIdOf(v) ?? '?'}: ${v.message}`).join('\n') || '  (none)';
}

/**
 * Table tests for a detector, in the manner of ESLint's RuleTester: `valid` cases must produce no
 * finding, `invalid` cases exactly the listed ones (message id, and line/column where given).
 * Rejects invalid cases that list no errors, duplicate cases, cases that do not parse, and a
 * declared message id that no invalid case triggers. Works with any framework that has
 * `describe`/`it` (Vitest, Jest, node:test).
 *
 * @example
 * import { describe, it } from 'vitest';
 * const tester = new RuleTester({ describe, it });
 * tester.run(myDetector, {
 *   valid: ['try { a() } catch (e) { log(e) }'],
 *   invalid: [{ code: 'try { a() } catch (e) {}', errors: [{ messageId: 'empty', line: 1 }] }],
 * });
 */
export class RuleTester {
  /**
   * When set, `run` hands each detector's table to this function instead of registering tests.
   * Lets another harness replay the very same tables, e.g. `@readycheck/eslint-plugin` runs them
   * through ESLint's own RuleTester.
   */
  static collector: ((detector: Detector, cases: { valid: readonly ValidCase[]; invalid: readonly InvalidCase[] }) => void) | undefined;

  constructor(private readonly options: RuleTesterOptions) {}

  run(detector: Detector, cases: { valid: readonly (string | ValidCase)[]; invalid: readonly InvalidCase[] }): void {
    const { describe, it } = this.options;
    const valid = cases.valid.map(normalise);
    const invalid = cases.invalid;
    if (RuleTester.collector) {
      RuleTester.collector(detector, { valid, invalid });
      return;
    }
    describe(detector.id, () => {
      it('has well-formed cases', () => checkCases(detector, valid, invalid, this.options));
      describe('valid', () => {
        valid.forEach((c, i) => {
          it(c.name ?? `#${i} ${oneLine(c.code)}`, () => {
            const found = runCase(detector, c);
            if (found.length) throw new RuleTesterError(`valid case produced ${found.length} finding(s):\n${describeFindings(found)}\n--- code:\n${c.code}`);
          });
        });
      });
      describe('invalid', () => {
        invalid.forEach((c, i) => {
          it(c.name ?? `#${i} ${oneLine(c.code)}`, () => checkInvalid(detector, c));
        });
      });
    });
  }
}

function oneLine(code: string): string {
  const t = code.replace(/\s+/g, ' ').trim();
  return t.length > 70 ? `${t.slice(0, 69)}…` : t;
}

/** Checks the case table itself: counts, duplicates, empty error lists, unused message ids. */
export function checkCases(detector: Detector, valid: readonly ValidCase[], invalid: readonly InvalidCase[], options: Partial<RuleTesterOptions> = {}): void {
  if (valid.length < (options.minValid ?? 0)) throw new RuleTesterError(`${detector.id}: ${valid.length} valid cases, at least ${options.minValid} required`);
  if (invalid.length < (options.minInvalid ?? 0)) throw new RuleTesterError(`${detector.id}: ${invalid.length} invalid cases, at least ${options.minInvalid} required`);
  const seen = new Set<string>();
  for (const c of [...valid, ...invalid]) {
    const key = JSON.stringify([c.code, c.filename ?? '', c.options ?? null, c.config ?? null, (c.alongside ?? []).map((d) => d.id), c.before === undefined ? 'snapshot' : { before: c.before }]);
    if (seen.has(key)) throw new RuleTesterError(`${detector.id}: duplicate case:\n${c.code}`);
    seen.add(key);
  }
  const declared = Object.keys(detector.messages);
  const used = new Set<string>();
  for (const c of invalid) {
    if (!c.errors.length) throw new RuleTesterError(`${detector.id}: invalid case lists no errors (an invalid case must expect at least one):\n${c.code}`);
    for (const e of c.errors) {
      if (!declared.includes(e.messageId)) throw new RuleTesterError(`${detector.id}: unknown messageId "${e.messageId}" (declared: ${declared.join(', ')})`);
      used.add(e.messageId);
    }
  }
  const unused = declared.filter((m) => !used.has(m));
  if (unused.length) throw new RuleTesterError(`${detector.id}: messageId${unused.length > 1 ? 's' : ''} never triggered by an invalid case: ${unused.join(', ')}`);
}

/** Runs one invalid case and compares the findings with the expected errors. */
export function checkInvalid(detector: Detector, c: InvalidCase): void {
  if (!c.errors.length) throw new RuleTesterError('invalid case lists no errors');
  const found = runCase(detector, c);
  if (found.length === 0) throw new RuleTesterError(`invalid case produced no finding; expected ${c.errors.length}\n--- code:\n${c.code}`);
  if (found.length !== c.errors.length) {
    throw new RuleTesterError(`expected ${c.errors.length} finding(s), got ${found.length}:\n${describeFindings(found)}\n--- code:\n${c.code}`);
  }
  c.errors.forEach((e, i) => {
    const v = found[i] as Violation;
    const problems: string[] = [];
    const id = messageIdOf(v);
    if (id !== e.messageId) problems.push(`messageId ${id} ≠ ${e.messageId}`);
    for (const k of ['line', 'column', 'endLine', 'endColumn'] as const) {
      if (e[k] !== undefined && v[k] !== e[k]) problems.push(`${k} ${v[k]} ≠ ${e[k]}`);
    }
    if (e.message !== undefined && !v.message.includes(e.message)) problems.push(`message "${v.message}" lacks "${e.message}"`);
    if (e.suggestion !== undefined && !(v.suggestion ?? '').includes(e.suggestion)) problems.push(`suggestion "${v.suggestion ?? ''}" lacks "${e.suggestion}"`);
    if (problems.length) throw new RuleTesterError(`finding #${i}: ${problems.join('; ')}\n${describeFindings(found)}\n--- code:\n${c.code}`);
  });
}
