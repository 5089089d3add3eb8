import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type * as Yaml from 'yaml';
import { ReadycheckError } from './errors.js';
import { requireOptional } from './optional.js';

// `yaml` is loaded on first use, with `require` (its Node entry is CommonJS): most runs read no
// YAML, and importing it costs ~30 ms of every CLI's start-up.
let yamlModule: typeof Yaml | undefined;
function yaml(): typeof Yaml {
  yamlModule ??= requireOptional<typeof Yaml>('yaml', 'reading YAML files');
  return yamlModule;
}

/** A parsed JSON or YAML file, with its text kept for line numbers in later errors. */
export interface DataFile<T = unknown> {
  file: string;
  text: string;
  data: T;
}

/**
 * Reads a JSON (`.json`), JSONC (`.jsonc`, comments and trailing commas) or YAML (`.yaml`, `.yml`) file. Syntax errors
 * become `RC_JSON_SYNTAX` / `RC_YAML_SYNTAX` with `file:line:column`; a missing file is
 * `RC_FILE_NOT_FOUND`.
 */
export async function readDataFile<T = unknown>(file: string): Promise<DataFile<T>> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new ReadycheckError('RC_FILE_NOT_FOUND', `${file}: file not found`, { cause, file });
    throw new ReadycheckError('RC_FILE_UNREADABLE', `${file}: cannot read (${code ?? (cause as Error).message})`, { cause, file });
  }
  return { file, text, data: parseDataText<T>(text, file) };
}

/** Parses JSON or YAML text (chosen by the file extension) with located syntax errors. */
export function parseDataText<T = unknown>(text: string, file: string): T {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.yaml' || ext === '.yml') return parseYaml<T>(text, file);
  if (ext === '.jsonc') return parseJsonc<T>(text, file);
  return parseJson<T>(text, file);
}

/** JSON with comments and trailing commas (`tsconfig.json` style), through Microsoft's jsonc-parser. */
export function parseJsonc<T = unknown>(text: string, file: string): T {
  const { parse, printParseErrorCode } = requireOptional<typeof import('jsonc-parser')>('jsonc-parser', 'reading .jsonc files');
  const errors: import('jsonc-parser').ParseError[] = [];
  const data = parse(text, errors, { allowTrailingComma: true, disallowComments: false }) as T;
  const first = errors[0];
  if (first) {
    const { line, column } = lineColumnAt(text, first.offset);
    throw new ReadycheckError('RC_JSON_SYNTAX', `${file}:${line}:${column}: invalid JSONC: ${printParseErrorCode(first.error)}`, { file });
  }
  return data;
}

/** `JSON.parse` with an error that names the file, line and column. */
export function parseJson<T = unknown>(text: string, file: string): T {
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as T;
  } catch (cause) {
    const msg = (cause as Error).message;
    const pos = /position (\d+)/.exec(msg);
    const lc = /line (\d+) column (\d+)/.exec(msg);
    let where = '';
    if (lc) where = `:${lc[1]}:${lc[2]}`;
    else if (pos) {
      const { line, column } = lineColumnAt(text, Number(pos[1]));
      where = `:${line}:${column}`;
    } else {
      // Some V8 messages carry no position; the YAML parser (a JSON superset) usually finds it.
      const located = yamlErrorPosition(text);
      if (located) where = `:${located.line}:${located.col}`;
    }
    const reason = msg
      .replace(/^JSON\.parse: /, '')
      .replace(/ in JSON at position \d+.*$/, '')
      .replace(/ \(line \d+ column \d+\)$/, '')
      .replace(/, ".*" is not valid JSON$/s, '');
    throw new ReadycheckError('RC_JSON_SYNTAX', `${file}${where}: invalid JSON: ${reason}`, { cause, file });
  }
}

function yamlErrorPosition(text: string): { line: number; col: number } | undefined {
  const { LineCounter, parseDocument } = yaml();
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const err = doc.errors[0];
  return err ? lineCounter.linePos(err.pos[0]) : undefined;
}

function parseYaml<T>(text: string, file: string): T {
  const { LineCounter, parseDocument } = yaml();
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const err = doc.errors[0];
  if (err) {
    const { line, col } = lineCounter.linePos(err.pos[0]);
    const reason = err.message.split('\n')[0] ?? err.code;
    throw new ReadycheckError('RC_YAML_SYNTAX', `${file}:${line}:${col}: invalid YAML: ${reason}`, { file, line });
  }
  return doc.toJS() as T;
}

/** 1-based line and column of a character offset. */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      last = i;
    }
  }
  return { line, column: offset - last };
}

/**
 * The 1-based line where the value at JSON `pointer` starts in a JSON or YAML text, or the line of
 * the nearest existing parent when the pointer goes past the data. `undefined` if the text does
 * not parse.
 */
export function lineOfPointer(text: string, pointer: string): number | undefined {
  const { LineCounter, isMap, isSeq, parseDocument } = yaml();
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, keepSourceTokens: false });
  if (doc.errors.length) return undefined;
  const segments = pointer === '' ? [] : pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  let node: unknown = doc.contents;
  let offset = (doc.contents as Yaml.Node | null)?.range?.[0];
  for (const seg of segments) {
    if (isMap(node)) {
      const pair = node.items.find((p) => String((p.key as { value?: unknown } | null)?.value ?? p.key) === seg);
      if (!pair) break;
      offset = (pair.key as Yaml.Node | null)?.range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node)) {
      const item = node.items[Number(seg)] as Yaml.Node | undefined;
      if (!item) break;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else break;
  }
  return offset === undefined ? undefined : lineCounter.linePos(offset).line;
}
