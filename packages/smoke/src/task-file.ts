import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { findNodeAtLocation, parseTree, type Node as JsonNode } from 'jsonc-parser';
import { escapeControl } from './escape.js';
import { ReadycheckError, discoverFiles, formatIssue, isReadycheckError, lineColumnAt, lineOfPointer, readDataFile, validate, type FixTask, type FixTaskTypes } from '@readycheck/core';

type Fix = FixTaskTypes.Fix;

/**
 * The rules of the orchestration contract that the schema cannot say. Errors make `tasks check`
 * exit 1; warnings do too with `--strict`.
 */
export type TaskRule =
  | 'duplicate-id'
  | 'duplicate-key'
  | 'missing-field'
  | 'result-rule'
  | 'multiline-command'
  | 'file-name'
  | 'review-id-mismatch'
  | 'previous-missing'
  | 'fix-dropped';

/** Rules that are errors even without `--strict`: the file cannot be judged as its author meant. */
const ERROR_RULES: ReadonlySet<TaskRule> = new Set(['duplicate-id', 'duplicate-key', 'review-id-mismatch', 'fix-dropped']);

/** One contract problem, located by file, line and JSON pointer. */
export interface TaskDiagnostic {
  file: string;
  line?: number;
  pointer: string;
  rule: TaskRule;
  severity: 'error' | 'warning';
  message: string;
}

/** `{SEQUENCE}_{FOCUS_AREA}_{TYPE}.json`, e.g. `006_stress_test_system_fixes.json`. */
export interface TaskFileName {
  sequence: number;
  /** The three digits as written. */
  sequenceText: string;
  focus: string;
  type: string;
}

/** A task file, parsed and schema-valid, that can say where a JSON pointer is. */
export interface TaskFile {
  /** As the user gave it (relative to the working directory, or absolute). */
  file: string;
  abs: string;
  text: string;
  task: FixTask;
  /** Parsed file name, or undefined when it breaks the naming convention. */
  name: TaskFileName | undefined;
  /** 1-based line of the value at `pointer` (or of its nearest existing parent). */
  lineOf: (pointer: string) => number | undefined;
  /** Problems found while reading (duplicate keys), before the contract checks. */
  readProblems: TaskDiagnostic[];
}

const NAME_RE = /^(\d{3})_([a-z0-9]+(?:_[a-z0-9]+)*)_([a-z0-9]+)\.json$/;

/** Parses a task file name; undefined when it does not follow `{SEQ}_{focus_area}_{type}.json`. */
export function parseTaskFileName(file: string): TaskFileName | undefined {
  const m = NAME_RE.exec(path.basename(file));
  if (!m) return undefined;
  return { sequenceText: m[1]!, sequence: Number(m[1]), focus: m[2]!, type: m[3]! };
}

/** Statuses that say the code was changed: the result must list `changes_made`. */
const CHANGED = new Set(['FIXED', 'PARTIALLY_FIXED']);

/** The contract's required fields of each fix (besides `id`, which the schema requires). */
const FIX_FIELDS = ['severity', 'file', 'line', 'issue', 'fix', 'verification'] as const;
/** Commands of a result. */
export const COMMAND_FIELDS = ['verification_command', 'hallucination_check'] as const;

/**
 * Reads and schema-validates one task file. A file that cannot be read, parsed or validated is
 * `RC_TASK_INVALID` (exit 2) naming file, line and JSON pointer.
 *
 * @example
 * const t = await readTaskFile('orchestrator/incoming/005_api_fixes.json', process.cwd());
 * console.log(t.task.fixes.length, t.lineOf('/fixes/0/result'));
 */
export async function readTaskFile(file: string, cwd: string): Promise<TaskFile> {
  try {
    return await readTaskFileUnguarded(file, cwd);
  } catch (err) {
    // A hostile file nested deeper than a parser or validator can recurse is malformed, not a crash.
    if (err instanceof RangeError) {
      throw new ReadycheckError('RC_TASK_INVALID', `${file}: nested too deeply to read (${err.message})`, { cause: err, file });
    }
    throw err;
  }
}

async function readTaskFileUnguarded(file: string, cwd: string): Promise<TaskFile> {
  const abs = path.resolve(cwd, file);
  let data: unknown;
  let text: string;
  try {
    ({ data, text } = await readDataFile(abs));
  } catch (err) {
    if (isReadycheckError(err)) throw new ReadycheckError('RC_TASK_INVALID', err.message.split(abs).join(file), { cause: err, file });
    throw err;
  }
  const isJson = !/\.ya?ml$/i.test(file);
  const tree = isJson ? parseTree(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) : undefined;
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const lineOf = (pointer: string): number | undefined => {
    if (!tree) return lineOfPointer(text, pointer);
    const node = nearestNode(tree, pointer);
    return node ? lineColumnAt(text, node.offset + bom).line : undefined;
  };
  const result = validate<FixTask>('fix-task', data, { file, text });
  if (!result.valid) {
    const first = result.issues[0]!;
    const line = lineOf(first.pointer);
    throw new ReadycheckError('RC_TASK_INVALID', formatIssue({ ...first, ...(line === undefined ? {} : { line }) }), {
      file,
      pointer: first.pointer,
      ...(line === undefined ? {} : { line }),
    });
  }
  const readProblems: TaskDiagnostic[] = [];
  if (tree) {
    for (const d of duplicateKeys(tree)) {
      const line = lineColumnAt(text, d.offset + bom).line;
      readProblems.push({
        file,
        line,
        pointer: d.pointer,
        rule: 'duplicate-key',
        severity: 'error',
        message: `key "${d.key}" appears twice in one object; JSON readers keep only the last value`,
      });
    }
  }
  return { file, abs, text, task: result.data, name: parseTaskFileName(file), lineOf, readProblems };
}

function nearestNode(tree: JsonNode, pointer: string): JsonNode | undefined {
  const segments = pointer === '' ? [] : pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  // Walk down as far as the pointer exists: a missing field is reported at its parent.
  for (let n = segments.length; n >= 0; n--) {
    const at = segments.slice(0, n).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
    const node = n === 0 ? tree : findNodeAtLocation(tree, at);
    if (node) return node.parent?.type === 'property' ? node.parent : node;
  }
  return undefined;
}

// JSON.parse keeps the last of two equal keys: `"status": "FAILED", …, "status": "FIXED"` would
// read as FIXED. An explicit stack: nesting depth is the file author's choice.
function duplicateKeys(tree: JsonNode): { key: string; pointer: string; offset: number }[] {
  const out: { key: string; pointer: string; offset: number }[] = [];
  const stack: { node: JsonNode; pointer: string }[] = [{ node: tree, pointer: '' }];
  while (stack.length) {
    const { node, pointer } = stack.pop()!;
    if (node.type === 'object') {
      const seen = new Set<string>();
      for (const prop of node.children ?? []) {
        const [keyNode, value] = prop.children ?? [];
        if (!keyNode) continue;
        const key = String(keyNode.value);
        const p = `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
        if (seen.has(key)) out.push({ key, pointer: p, offset: keyNode.offset });
        seen.add(key);
        if (value) stack.push({ node: value, pointer: p });
      }
    } else if (node.type === 'array') {
      (node.children ?? []).forEach((child, i) => stack.push({ node: child, pointer: `${pointer}/${i}` }));
    }
  }
  return out.sort((a, b) => a.offset - b.offset);
}

const blank = (v: unknown): boolean => v === undefined || (typeof v === 'string' && !v.trim()) || (Array.isArray(v) && v.length === 0);

/**
 * The contract rules of one file: unique fix ids, required fields of each fix and result, the
 * fixed/finding rule, one-line commands and the file name.
 */
export function checkTaskContract(t: TaskFile, o: { strict?: boolean } = {}): TaskDiagnostic[] {
  const out: TaskDiagnostic[] = [...t.readProblems];
  const add = (pointer: string, rule: TaskRule, message: string) => out.push(diagnostic(t, pointer, rule, message, o.strict));
  if (!t.name) {
    add('', 'file-name', `file name "${path.basename(t.file)}" does not follow {SEQUENCE}_{FOCUS_AREA}_{TYPE}.json (e.g. 006_stress_test_system_fixes.json)`);
  }
  if (blank(t.task.component)) add('', 'missing-field', 'missing "component"');
  const firstById = new Map<string, number>();
  t.task.fixes.forEach((fix, i) => {
    const at = `/fixes/${i}`;
    const key = fixKey(fix.id);
    const first = firstById.get(key);
    if (first !== undefined) {
      const line = t.lineOf(`/fixes/${first}/id`);
      add(`${at}/id`, 'duplicate-id', `duplicate fix id ${JSON.stringify(fix.id)} (first at /fixes/${first}/id${line === undefined ? '' : `, line ${line}`})`);
    } else firstById.set(key, i);
    for (const f of FIX_FIELDS) if (blank(fix[f])) add(at, 'missing-field', `fix ${JSON.stringify(fix.id)} has no "${f}"`);
    checkResult(fix, at, add);
  });
  return out;
}

function checkResult(fix: Fix, at: string, add: (pointer: string, rule: TaskRule, message: string) => void): void {
  const r = fix.result;
  if (!r) return;
  const where = `${at}/result`;
  for (const f of COMMAND_FIELDS) {
    const cmd = r[f];
    if (blank(cmd)) add(where, 'missing-field', `result of fix ${JSON.stringify(fix.id)} has no "${f}"`);
    else if (/[\r\n]/.test(cmd!.trim())) add(`${where}/${f}`, 'multiline-command', `"${f}" spans several lines; the contract wants one line that runs from any directory`);
  }
  if (CHANGED.has(r.status)) {
    if (blank(r.changes_made)) add(where, 'result-rule', `status ${r.status} needs "changes_made" (what was changed)`);
  } else if (blank(r.finding)) {
    add(where, 'result-rule', `status ${r.status} needs "finding" (why nothing was changed)`);
  }
}

function diagnostic(t: TaskFile, pointer: string, rule: TaskRule, message: string, strict?: boolean): TaskDiagnostic {
  const line = t.lineOf(pointer);
  return { file: t.file, ...(line === undefined ? {} : { line }), pointer, rule, severity: strict || ERROR_RULES.has(rule) ? 'error' : 'warning', message };
}

/** The id of a fix as a string (`1` and `"1"` are the same fix). */
export function fixKey(id: Fix['id']): string {
  return String(id);
}

/** Reads a task file for a cross-file rule; undefined when it cannot be read or is invalid. */
export type TaskLookup = (abs: string) => Promise<TaskFile | undefined>;

/**
 * The rules across files: a follow-up (`previous`) keeps its predecessor's `review_id`, and a
 * completed file in `incoming/` keeps every fix of the file handed out in `outgoing/`.
 */
export async function checkTaskLinks(t: TaskFile, lookup: TaskLookup, o: { strict?: boolean } = {}): Promise<TaskDiagnostic[]> {
  const out: TaskDiagnostic[] = [];
  const add = (pointer: string, rule: TaskRule, message: string) => out.push(diagnostic(t, pointer, rule, message, o.strict));
  if (t.task.previous !== undefined) {
    const prevAbs = findPrevious(t.abs, t.task.previous);
    const prev = prevAbs ? await lookup(prevAbs) : undefined;
    if (!prev) add('/previous', 'previous-missing', `previous task file "${t.task.previous}" not found beside this file or in ../outgoing, ../incoming`);
    else if (prev.task.review_id !== t.task.review_id) {
      add('/review_id', 'review-id-mismatch', `review_id "${t.task.review_id}" differs from "${prev.task.review_id}" of its predecessor ${t.task.previous}`);
    }
  }
  const dir = path.dirname(t.abs);
  if (path.basename(dir) === 'incoming') {
    const handedOut = await lookup(path.join(dir, '..', 'outgoing', path.basename(t.abs)));
    if (handedOut) {
      if (handedOut.task.review_id !== t.task.review_id) {
        add('/review_id', 'review-id-mismatch', `review_id "${t.task.review_id}" differs from "${handedOut.task.review_id}" of outgoing/${path.basename(t.abs)}`);
      }
      const ids = new Set(t.task.fixes.map((f) => fixKey(f.id)));
      for (const f of handedOut.task.fixes) {
        if (!ids.has(fixKey(f.id))) add('/fixes', 'fix-dropped', `fix ${JSON.stringify(f.id)} of outgoing/${path.basename(t.abs)} is missing from the completed file`);
      }
    }
  }
  return out;
}

function findPrevious(abs: string, previous: string): string | undefined {
  const dir = path.dirname(abs);
  const base = path.basename(previous);
  const candidates = [path.resolve(dir, previous), path.join(dir, '..', 'incoming', base), path.join(dir, '..', 'outgoing', base)];
  return candidates.find((c) => c !== abs && existsSync(c));
}

/** Sorts task files by their sequence number (unnamed files last), then by path. */
export function bySequence(files: readonly string[]): string[] {
  const seq = (f: string) => parseTaskFileName(f)?.sequence ?? Number.POSITIVE_INFINITY;
  return [...files].sort((a, b) => seq(a) - seq(b) || (a < b ? -1 : a > b ? 1 : 0));
}

/** `file:line: severity /pointer: message (rule)`, one line whatever the file name holds. */
export function formatTaskDiagnostic(d: TaskDiagnostic): string {
  const where = d.line === undefined ? d.file : `${d.file}:${d.line}`;
  return escapeControl(`${where}: ${d.severity} ${d.pointer || '/'}: ${d.message} (${d.rule})`);
}


/**
 * Task files named on the command line: files as given (also outside the working directory),
 * directories and globs expanded, in sequence order (`005_…` before `006_…`).
 */
export async function findTaskFiles(inputs: readonly string[], cwd: string): Promise<string[]> {
  const direct: string[] = [];
  const patterns: string[] = [];
  for (const input of inputs) {
    const st = await stat(path.resolve(cwd, input)).catch(() => null);
    if (st?.isFile()) direct.push(input);
    else if (st?.isDirectory() && path.relative(cwd, path.resolve(cwd, input)).startsWith('..')) {
      const inDir = await discoverFiles({ root: path.resolve(cwd, input), inputs: ['.'], extensions: TASK_EXTENSIONS });
      direct.push(...inDir.files.map((f) => path.join(input, f.relPath)));
    } else patterns.push(input);
  }
  const found = patterns.length ? (await discoverFiles({ root: cwd, inputs: patterns, extensions: TASK_EXTENSIONS })).files.map((f) => f.relPath) : [];
  const files = [...new Set([...direct, ...found])];
  if (!files.length) throw new ReadycheckError('RC_FILE_NOT_FOUND', `no task files found in ${inputs.join(' ')}`);
  return bySequence(files);
}

const TASK_EXTENSIONS = ['.json', '.yaml', '.yml'];

export { escapeControl };
