import ts from './ts.js';
import type * as TS from 'typescript';
import { fingerprint } from './fingerprint.js';
import { typescriptParser } from './parser.js';
import { parseSuppression, suppresses, type PlacedSuppression } from './suppressions.js';
import { detectors as builtinDetectors } from './detectors/index.js';
import { walk } from './walk.js';
import unscannableDetector from './detectors/unscannable.js';
import type {
  CommentInfo,
  Detector,
  DetectorContext,
  DetectorsConfig,
  ReportExtra,
  ScanOptions,
  Severity,
  Confidence,
  TextRange,
  Violation,
  Visitor,
} from './types.js';
import { SEVERITIES } from './types.js';

/** A detector that is on for a run, with the severity and options the config gives it. */
export interface EnabledDetector {
  detector: Detector;
  severity: Severity;
  /** True when the config set the severity (for the rule or its category): it then beats a per-finding one. */
  configured?: boolean;
  options: Record<string, unknown>;
}

/**
 * Decides which detectors run and at what severity: the detector's default, then the category
 * setting, then the rule setting (`"off"` turns it off); `rules`/`categories` filters narrow the
 * set, and naming a default-off rule in `rules` turns it on.
 */
export function resolveDetectors(options: Pick<ScanOptions, 'rules' | 'categories' | 'config' | 'detectors'> = {}): EnabledDetector[] {
  const all = options.detectors ?? Object.values(builtinDetectors);
  const config: DetectorsConfig = options.config ?? {};
  const out: EnabledDetector[] = [];
  for (const detector of all) {
    if (options.rules && !options.rules.includes(detector.id)) continue;
    if (options.categories && !options.categories.includes(detector.category)) continue;
    let on = detector.enabledByDefault || Boolean(options.rules?.includes(detector.id));
    if (detector.id === 'file-header' && config.requireFileHeader !== undefined) on = config.requireFileHeader;
    let severity: Severity | 'off' = on ? detector.severity : 'off';
    let configured = false;
    const bycategory = config.categories?.[detector.category];
    if (bycategory && severity !== 'off') [severity, configured] = [bycategory, true];
    const rule = config.rules?.[detector.id];
    let ruleOptions: Record<string, unknown> = {};
    if (typeof rule === 'string') [severity, configured] = [rule, true];
    else if (rule) {
      if (rule.severity) [severity, configured] = [rule.severity, true];
      else if (severity === 'off') severity = detector.severity;
      ruleOptions = rule.options ?? {};
    }
    if (severity === 'off') continue;
    out.push({ detector, severity, ...(configured ? { configured } : {}), options: ruleOptions });
  }
  return out;
}

interface RawFinding {
  ruleId: string;
  messageId: string;
  category: string;
  severity: Severity;
  message: string;
  pos: number;
  end: number;
  key: string | undefined;
  suggestion: string | undefined;
  redact: boolean;
  confidence?: Confidence;
}

type Handler = { run: (node: TS.Node) => void; owner: DetectorState };
interface DetectorState {
  id: string;
  failed: boolean;
}

// A handler key's SyntaxKind, from a map filled on first use (a plain Map lookup instead of a
// property read on the enum object, which is in dictionary mode).
const kindsByName = new Map<string, number | undefined>();
function kindOfName(name: string): number | undefined {
  if (kindsByName.has(name)) return kindsByName.get(name);
  const kind = (ts.SyntaxKind as unknown as Record<string, unknown>)[name];
  const value = typeof kind === 'number' ? kind : undefined;
  kindsByName.set(name, value);
  return value;
}

/**
 * Scans one file's text with every enabled detector in a single walk over one parse, applies
 * inline suppressions (suppressed findings stay in the result, marked
 * `suppression: { kind: 'inSource', justification }`), and returns the findings sorted by line,
 * column and rule id. Synchronous and never throws on any text: a detector that throws is dropped
 * for that file and reported through `options.onDetectorError`.
 *
 * @example
 * import { scanSource } from '@readycheck/detectors';
 * const found = scanSource('const x = data as any;', 'src/a.ts');
 * // → [{ ruleId: 'explicit-any', severity: 'medium', line: 1, column: 11, ... }]
 */
export function scanSource(text: string, fileName: string, options: ScanOptions = {}): Violation[] {
  const file = fileName.split('\\').join('/');
  const enabled = resolveDetectors(options);
  // Every failure is both passed on (`onDetectorError`) and reported as an `unscannable` finding:
  // a file that could not be fully judged is never clean.
  const failures: Array<{ ruleId: string; message: string }> = [];
  const onError = (failure: { ruleId: string; message: string }): void => {
    failures.push(failure);
    options.onDetectorError?.(failure);
  };
  let sourceFile: TS.SourceFile;
  try {
    sourceFile = options.sourceFile ?? typescriptParser.parse(text, file);
  } catch (err) {
    onError({ ruleId: '(parser)', message: errorText(err) });
    return [unparsedFinding(text, file, options.config, `the parser failed: ${failureText(err)}`)];
  }
  const fileText = sourceFile.text;
  const findings: RawFinding[] = [];
  const comments: CommentInfo[] = [];
  const dispatch: Handler[][] = [];
  const commentHandlers: Handler[] = [];
  const endHandlers: Handler[] = [];
  const config = options.config ?? {};

  const register = (visitor: Visitor, state: DetectorState): void => {
    const record = visitor as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      const fn = record[key];
      if (typeof fn !== 'function') continue;
      const handler: Handler = { run: fn as (node: TS.Node) => void, owner: state };
      if (key === 'onComment') commentHandlers.push(handler);
      else if (key === 'onEnd') endHandlers.push(handler);
      else {
        const kind = kindOfName(key);
        if (kind !== undefined) (dispatch[kind] ??= []).push(handler);
      }
    }
  };

  for (const { detector, severity, configured, options: ruleOptions } of enabled) {
    const state: DetectorState = { id: detector.id, failed: false };
    const ctx: DetectorContext = {
      sourceFile,
      text: fileText,
      fileName: file,
      options: ruleOptions,
      config,
      comments,
      report(target: TS.Node | TextRange, messageId: string, data?: Readonly<Record<string, string | number>>, extra?: ReportExtra) {
        const template = (detector.messages as Record<string, string>)[messageId] ?? messageId;
        const isNode = typeof (target as TS.Node).kind === 'number';
        // Clamped, so a custom detector's out-of-range report cannot produce line 0 or throw later.
        const clamp = (n: number): number => Math.min(Math.max(0, Number.isFinite(n) ? n : 0), fileText.length);
        const pos = clamp(isNode ? (target as TS.Node).getStart(sourceFile) : target.pos);
        findings.push({
          ruleId: detector.id,
          messageId,
          category: detector.category,
          severity: configured ? severity : (extra?.severity ?? severity),
          confidence: extra?.confidence ?? detector.confidence ?? 'high',
          message: format(template, data),
          pos,
          end: Math.max(pos, clamp(target.end)),
          key: extra?.key,
          redact: extra?.redact === true,
          suggestion: extra?.suggestion ?? (detector.suggestions as Record<string, string> | undefined)?.[messageId],
        });
      },
      getText: (node) => fileText.slice(node.getStart(sourceFile), node.end),
      getStart: (node) => node.getStart(sourceFile),
      commentsIn: (range) => commentsWithin(comments, range),
    };
    let visitor: Visitor;
    try {
      visitor = detector.check(ctx);
    } catch (err) {
      onError({ ruleId: detector.id, message: errorText(err) });
      continue;
    }
    // Object.keys, not Object.entries: no [key, value] array per handler per detector per file
    // (that was most of scanSource's own time on small files).
    register(visitor, state);
  }
  // Visitors of other tools (evidence-scan's extractors) ride the same walk: one parse, one walk.
  for (const extra of options.visitors ?? []) register(extra.visitor, { id: extra.id, failed: false });

  const call = (handler: Handler, arg: unknown): void => {
    if (handler.owner.failed) return;
    try {
      handler.run(arg as TS.Node);
    } catch (err) {
      handler.owner.failed = true;
      onError({ ruleId: handler.owner.id, message: errorText(err) });
    }
  };

  try {
    walk({ sourceFile, text: fileText, dispatch, commentHandlers, comments, call });
  } catch (err) {
    // The walk itself is iterative; this is a failure nobody foresaw. Keep what was found, say why the rest is missing.
    onError({ ruleId: '(walk)', message: errorText(err) });
  }
  for (const handler of endHandlers) call(handler, undefined);
  for (const failure of failures) findings.push(unscannableFinding(failure, config));

  reportUnusedSuppressions(findings, comments, sourceFile, enabled);
  return finish(findings, comments, sourceFile, file);
}

// Comments are collected in document order, so a binary search finds the first one in range.
function commentsWithin(comments: readonly CommentInfo[], range: TextRange): CommentInfo[] {
  let lo = 0;
  let hi = comments.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((comments[mid] as CommentInfo).pos < range.pos) lo = mid + 1;
    else hi = mid;
  }
  const out: CommentInfo[] = [];
  for (let i = lo; i < comments.length; i++) {
    const c = comments[i] as CommentInfo;
    if (c.pos >= range.end) break;
    if (c.end <= range.end) out.push(c);
  }
  return out;
}


/** Id of the finding the engine makes for a file it could not fully judge. */
export const UNSCANNABLE = unscannableDetector.id;
const UNSCANNABLE_SUGGESTION = unscannableDetector.suggestions?.unscannable ?? '';

/** The severity of `unscannable` findings: the configured one, else the default; never off. */
function unscannableSeverity(config: DetectorsConfig | undefined): Severity {
  const rule = config?.rules?.[UNSCANNABLE];
  const set = typeof rule === 'string' ? rule : rule?.severity;
  return set === undefined || set === 'off' ? unscannableDetector.severity : set;
}

function unscannableMessage(reason: string): string {
  return format(unscannableDetector.messages.unscannable, { reason });
}

function failureText(err: unknown): string {
  // V8's stack overflow: say what it means for a source file.
  if (err instanceof RangeError && /call stack/i.test(err.message)) return 'nesting too deep (RangeError: Maximum call stack size exceeded)';
  return errorText(err);
}

function unscannableFinding(failure: { ruleId: string; message: string }, config: DetectorsConfig): RawFinding {
  const what = failure.ruleId === '(walk)' ? 'the walk over the syntax tree failed' : `rule ${failure.ruleId} failed`;
  const reason = /Maximum call stack/.test(failure.message) ? `${what}: nesting too deep (${failure.message})` : `${what}: ${failure.message}`;
  return {
    ruleId: UNSCANNABLE,
    messageId: 'unscannable',
    category: unscannableDetector.category,
    severity: unscannableSeverity(config),
    message: unscannableMessage(reason.slice(0, 300)),
    pos: 0,
    end: 0,
    key: `unscannable ${failure.ruleId}`,
    suggestion: UNSCANNABLE_SUGGESTION,
    redact: false,
  };
}

/**
 * The `unscannable` finding for a file that has no syntax tree to report on: it did not parse, or
 * (in a change) its new side was too large, binary or unreadable. At 1:1, with the file's first
 * line as its snippet.
 */
export function unparsedFinding(text: string, file: string, config: DetectorsConfig | undefined, reason: string): Violation {
  const firstLine = (text.split(/\r?\n/, 1)[0] ?? '').trim();
  const violation: Violation = {
    ruleId: UNSCANNABLE,
    category: unscannableDetector.category,
    severity: unscannableSeverity(config),
    confidence: 'high',
    message: unscannableMessage(reason),
    file,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    snippet: firstLine.length > MAX_SNIPPET_LINE_LENGTH ? `${firstLine.slice(0, MAX_SNIPPET_LINE_LENGTH - 1)}…` : firstLine,
    fingerprint: fingerprint({ ruleId: UNSCANNABLE, file, content: 'unscannable (parser)', occurrence: 0 }),
    suggestion: UNSCANNABLE_SUGGESTION,
  };
  messageIds.set(violation, 'unscannable');
  return violation;
}

/** Id of the detector whose findings the engine makes: suppressions that silence nothing. */
const UNUSED_SUPPRESSION = 'unused-suppression';

function placeSuppressions(comments: readonly CommentInfo[], sourceFile: TS.SourceFile): PlacedSuppression[] {
  const directives: PlacedSuppression[] = [];
  for (const comment of comments) {
    const parsed = parseSuppression(comment.value);
    if (!parsed) continue;
    const endLine = sourceFile.getLineAndCharacterOfPosition(comment.end).line + 1;
    const startLine = sourceFile.getLineAndCharacterOfPosition(comment.pos).line + 1;
    directives.push({ ...parsed, comment, targetLine: parsed.scope === 'next-line' ? endLine + 1 : startLine });
  }
  return directives;
}

// A directive is judged only when every rule it names ran (a rule that did not run cannot have
// produced the finding it silences); one naming no rule is judged against all that ran.
function reportUnusedSuppressions(findings: RawFinding[], comments: readonly CommentInfo[], sourceFile: TS.SourceFile, enabled: readonly EnabledDetector[]): void {
  const rule = enabled.find((e) => e.detector.id === UNUSED_SUPPRESSION);
  if (!rule) return;
  const directives = placeSuppressions(comments, sourceFile);
  if (!directives.length) return;
  const ran = new Set(enabled.map((e) => e.detector.id));
  const used = new Set<PlacedSuppression>();
  for (const f of findings) {
    const line = sourceFile.getLineAndCharacterOfPosition(f.pos).line + 1;
    for (const d of directives) if (suppresses(d, f.ruleId, line)) used.add(d);
  }
  const template = (rule.detector.messages as Record<string, string>).unused ?? 'unused';
  for (const d of directives) {
    if (used.has(d) || d.rules.some((id) => !ran.has(id) || id === UNUSED_SUPPRESSION)) continue;
    const directive = d.comment.value.split('\n')[0] ?? '';
    findings.push({
      ruleId: UNUSED_SUPPRESSION,
      messageId: 'unused',
      category: rule.detector.category,
      severity: rule.severity,
      message: format(template, { directive }),
      pos: d.comment.pos,
      end: d.comment.end,
      key: `unused ${directive}`,
      suggestion: (rule.detector.suggestions as Record<string, string> | undefined)?.unused,
      redact: false,
    });
  }
}

function finish(findings: RawFinding[], comments: CommentInfo[], sourceFile: TS.SourceFile, file: string): Violation[] {
  const text = sourceFile.text;
  const lineStarts = sourceFile.getLineStarts();
  const directives = placeSuppressions(comments, sourceFile);
  findings.sort((a, b) => a.pos - b.pos || a.end - b.end || cmp(a.ruleId, b.ruleId) || cmp(a.message, b.message));
  const seen = new Map<string, number>();
  const out: Violation[] = [];
  for (const f of findings) {
    const start = sourceFile.getLineAndCharacterOfPosition(f.pos);
    const end = sourceFile.getLineAndCharacterOfPosition(f.end);
    const content = f.key ?? (f.end > f.pos ? text.slice(f.pos, f.end) : lineText(text, lineStarts, start.line));
    const occurrenceKey = `${f.ruleId}\0${content.replace(/\s+/g, ' ').trim()}`;
    const occurrence = seen.get(occurrenceKey) ?? 0;
    seen.set(occurrenceKey, occurrence + 1);
    const violation: Violation = {
      ruleId: f.ruleId,
      category: f.category,
      severity: f.severity,
      confidence: f.confidence ?? 'high',
      message: f.message,
      file,
      line: start.line + 1,
      column: start.character + 1,
      endLine: end.line + 1,
      endColumn: end.character + 1,
      snippet: f.redact ? redactSnippet(snippetOf(text, lineStarts, start.line, end.line), text.slice(f.pos, f.end)) : snippetOf(text, lineStarts, start.line, end.line),
      fingerprint: fingerprint({ ruleId: f.ruleId, file, content, occurrence }),
    };
    if (f.suggestion) violation.suggestion = f.suggestion;
    messageIds.set(violation, f.messageId);
    // A file that could not be fully judged cannot be declared fine by a comment in it.
    const directive = f.ruleId === UNSCANNABLE ? undefined : directives.find(
      (d) =>
        suppresses(d, f.ruleId, start.line + 1) &&
        // A directive cannot silence the report about itself.
        !(f.ruleId === 'unjustified-suppression' && d.reason === undefined) &&
        !(f.ruleId === UNUSED_SUPPRESSION && f.pos === d.comment.pos),
    );
    if (directive) violation.suppression = directive.reason === undefined ? { kind: 'inSource' } : { kind: 'inSource', justification: directive.reason };
    out.push(violation);
  }
  return out.sort(compareViolations);
}

const messageIds = new WeakMap<Violation, string>();

/** Records the message id of a finding made outside `scanSource` (the change engine's), for {@link messageIdOf}. */
export function withMessageId(violation: Violation, messageId: string): Violation {
  messageIds.set(violation, messageId);
  return violation;
}

/** The message id a violation was reported with (for rule tests); undefined for other objects. */
export function messageIdOf(violation: Violation): string | undefined {
  return messageIds.get(violation);
}

/** Orders violations by file, line, column, rule id, then message (the report's order). */
export function compareViolations(a: Violation, b: Violation): number {
  return cmp(a.file, b.file) || a.line - b.line || a.column - b.column || cmp(a.ruleId, b.ruleId) || cmp(a.message, b.message);
}

/** Compares severities: negative when `a` is more severe than `b`. */
export function compareSeverity(a: Severity, b: Severity): number {
  return SEVERITIES.indexOf(a) - SEVERITIES.indexOf(b);
}

/** True when `severity` is at or above `threshold` (`critical` is the top). */
export function atOrAbove(severity: Severity, threshold: Severity): boolean {
  return compareSeverity(severity, threshold) <= 0;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function lineText(text: string, lineStarts: readonly number[], line: number): string {
  const from = lineStarts[line] ?? 0;
  const to = lineStarts[line + 1] ?? text.length;
  return text.slice(from, to).replace(/\r?\n$/, '');
}

const MAX_SNIPPET_LINES = 3;
const MAX_SNIPPET_LINE_LENGTH = 200;

function snippetOf(text: string, lineStarts: readonly number[], startLine: number, endLine: number): string {
  const lines: string[] = [];
  for (let l = startLine; l <= Math.min(endLine, startLine + MAX_SNIPPET_LINES - 1); l++) {
    const t = lineText(text, lineStarts, l).trim();
    lines.push(t.length > MAX_SNIPPET_LINE_LENGTH ? `${t.slice(0, MAX_SNIPPET_LINE_LENGTH - 1)}…` : t);
  }
  return lines.join('\n');
}

// Replaces each line of the secret in the snippet by its first 4 characters and an ellipsis.
function redactSnippet(snippet: string, secret: string): string {
  let out = snippet;
  for (const part of secret.split(/\r?\n/).map((p) => p.trim()).filter((p) => p.length > 4)) {
    const shown = part.slice(0, 4);
    out = out.split(part).join(`${shown}…`);
    const cut = part.slice(0, MAX_SNIPPET_LINE_LENGTH - 1);
    if (cut !== part) out = out.split(cut).join(`${shown}…`);
  }
  return out;
}

/** Fills `{name}` placeholders of a message template. */
export function format(template: string, data: Readonly<Record<string, string | number>> | undefined): string {
  if (!data) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in data ? String(data[name]) : whole));
}

function errorText(err: unknown): string {
  return err instanceof Error ? `${err.name}: ${err.message}` : String(err);
}

export { commentValue } from './walk.js';
