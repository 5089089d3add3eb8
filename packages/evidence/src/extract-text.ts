import path from 'node:path';
import { validateCron } from './cron.js';
import { countLines, CODE_EXTENSIONS } from './extract.js';
import { scanCommentMarkers } from './markers.js';
import { sqlItems } from './sql.js';
import { lineIndex } from './sql.js';
import { emptyFacts, type FileFacts, type FileRole, type Item } from './types.js';

/** The env example files evidence-scan reads, in order of preference. */
export const ENV_EXAMPLE_FILES: readonly string[] = ['.env.example', '.env.sample', '.env.template', '.env.dist', '.dev.vars.example'];

/** What kind of input a path is for evidence-scan, or `null` when it is not read at all. */
export function inputKind(relPath: string, envExample?: string): 'code' | FileRole | null {
  const base = path.posix.basename(relPath);
  const ext = path.posix.extname(base).toLowerCase();
  if (CODE_EXTENSIONS.includes(ext) && !base.endsWith('.d.ts') && !/\.d\.[cm]ts$/.test(base)) return 'code';
  // Vue single-file components: their script blocks are code (vue.ts).
  if (ext === '.vue') return 'code';
  if (ext === '.sql') return 'sql';
  if (ext === '.prisma') return 'prisma';
  if (base === 'package.json') return 'package-json';
  if (ENV_EXAMPLE_FILES.includes(base) || (envExample !== undefined && relPath === envExample)) return 'env-example';
  if (base === 'wrangler.toml' || base === 'wrangler.json' || base === 'wrangler.jsonc') return 'wrangler';
  return null;
}

/** A problem reading a data file: the run goes on without it. */
export class TextParseError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
  }
}

/**
 * Extracts the evidence of a non-code input: SQL migrations (tables), Prisma schemas (models),
 * package.json (scripts), env examples (documented keys) and wrangler config (cron triggers,
 * vars and bindings). A malformed JSON file comes back with `error` set.
 */
export function extractText(text: string, file: string, role: FileRole, hash = ''): FileFacts {
  const facts = emptyFacts(file, role, countLines(text), hash);
  try {
    if (role === 'sql') extractSql(text, facts);
    else if (role === 'prisma') extractPrisma(text, facts);
    else if (role === 'package-json') extractPackageJson(text, facts);
    else if (role === 'env-example') extractEnvExample(text, facts);
    else if (role === 'wrangler') extractWrangler(text, facts);
  } catch (err) {
    if (!(err instanceof TextParseError)) throw err;
    facts.error = { line: err.line, column: err.column, message: err.message };
  }
  return facts;
}

function extractSql(text: string, facts: FileFacts): void {
  const { created, refs } = sqlItems(text, facts.file, 1, 'sql-table', { migration: true });
  facts.tables.push(...created);
  facts.tableRefs.push(...refs);
  facts.markers.push(...scanCommentMarkers(text, facts.file, 'sql'));
}

function extractPrisma(text: string, facts: FileFacts): void {
  const lineAt = lineIndex(text);
  for (const m of text.matchAll(/^\s*model\s+(\w+)\s*\{([\s\S]*?)^\s*\}/gm)) {
    const mapped = /@@map\(\s*"([^"]+)"\s*\)/.exec(m[2] as string);
    const item: Item = { name: (m[1] as string).toLowerCase(), file: facts.file, line: lineAt(m.index + m[0].indexOf('model')), kind: 'prisma-model' };
    if (mapped) item.detail = (mapped[1] as string).toLowerCase();
    facts.tables.push(item);
  }
  facts.markers.push(...scanCommentMarkers(text, facts.file, 'slash'));
}

function parseJsonText(text: string, file: string, jsonc = false): unknown {
  const clean = jsonc ? stripJsonComments(text) : text;
  try {
    return JSON.parse(clean);
  } catch (err) {
    const msg = (err as Error).message;
    const pos = /position (\d+)/.exec(msg);
    const offset = pos ? Number(pos[1]) : /end of JSON input/.test(msg) ? clean.length : 0;
    const line = lineIndex(clean)(offset);
    const lineStart = clean.lastIndexOf('\n', offset - 1) + 1;
    throw new TextParseError(`${path.posix.basename(file)} is not valid JSON: ${msg.replace(/ in JSON at position \d+.*$/, '')}`, line, offset - lineStart + 1);
  }
}

/** Removes `//` and `/* *\/` comments and trailing commas from JSONC, keeping offsets. */
export function stripJsonComments(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    if (c === '"') {
      const start = i;
      i++;
      while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
      i++;
      out += text.slice(start, i);
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') {
        out += ' ';
        i++;
      }
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end < 0 ? text.length : end + 2;
      out += text.slice(i, stop).replace(/[^\n]/g, ' ');
      i = stop;
    } else {
      out += c;
      i++;
    }
  }
  return out.replace(/,(\s*[}\]])/g, ' $1');
}

function findLine(text: string, needle: string, from = 0): number {
  const at = text.indexOf(needle, from);
  return at < 0 ? 1 : lineIndex(text)(at);
}

function extractPackageJson(text: string, facts: FileFacts): void {
  const data = parseJsonText(text, facts.file);
  if (typeof data !== 'object' || data === null) return;
  const scripts = (data as { scripts?: unknown }).scripts;
  if (typeof scripts !== 'object' || scripts === null) return;
  const scriptsAt = text.indexOf('"scripts"');
  for (const [name, cmd] of Object.entries(scripts as Record<string, unknown>)) {
    if (typeof cmd !== 'string') continue;
    facts.commands.push({ name, file: facts.file, line: findLine(text, JSON.stringify(name), Math.max(0, scriptsAt)), kind: 'npm-script', detail: cmd });
  }
}

function extractEnvExample(text: string, facts: FileFacts): void {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    // A key commented out in an example (`# STRIPE_KEY=""`) is documented all the same: optional.
    const m = /^\s*(?:#\s*)?(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=/.exec(lines[i] as string);
    if (m) facts.envDocs.push({ name: m[1] as string, file: facts.file, line: i + 1, kind: 'env-example' });
  }
  facts.markers.push(...scanCommentMarkers(text, facts.file, 'hash'));
}

function extractWrangler(text: string, facts: FileFacts): void {
  if (facts.file.endsWith('.toml')) extractWranglerToml(text, facts);
  else extractWranglerJson(text, facts);
}

function addCron(facts: FileFacts, expr: string, line: number): void {
  const check = validateCron(expr);
  const item: Item = { name: expr, file: facts.file, line, kind: 'wrangler-cron', detail: expr, valid: check.valid };
  if (!check.valid) item.problem = check.problem;
  facts.jobs.push(item);
}

// A small reader for the TOML wrangler uses: [sections], [[arrays]], key = "value",
// key = [ "a", "b" ] (over several lines), inline tables. Enough for crons, vars and bindings.
function extractWranglerToml(text: string, facts: FileFacts): void {
  const lines = text.split('\n');
  let section = '';
  for (let i = 0; i < lines.length; i++) {
    const raw = (lines[i] as string).replace(/\s+#.*$/, '').trim();
    if (!raw || raw.startsWith('#')) continue;
    const header = /^\[\[?\s*([\w.-]+)\s*\]\]?$/.exec(raw);
    if (header) {
      section = header[1] as string;
      continue;
    }
    const kv = /^([\w.-]+|"[^"]+")\s*=\s*(.*)$/.exec(raw);
    if (!kv) {
      if (!/^[\]"',}]/.test(raw)) throw new TextParseError(`wrangler.toml: cannot read "${raw.slice(0, 40)}"`, i + 1, 1);
      continue;
    }
    const key = (kv[1] as string).replace(/"/g, '');
    let value = kv[2] as string;
    const startLine = i + 1;
    if (value.startsWith('[') && !balanced(value)) {
      while (i + 1 < lines.length && !balanced(value)) value += `\n${(lines[++i] as string).replace(/\s+#.*$/, '')}`;
    }
    const fullKey = section ? `${section}.${key}` : key;
    if (fullKey === 'triggers.crons' || (section === 'triggers' && key === 'crons')) {
      const vlines = value.split('\n');
      for (let j = 0; j < vlines.length; j++) for (const m of (vlines[j] as string).matchAll(/"([^"]*)"|'([^']*)'/g)) addCron(facts, m[1] ?? m[2] ?? '', startLine + j);
    } else if (section === 'vars' || /^env\.[\w-]+\.vars$/.test(section)) {
      facts.envDocs.push({ name: key, file: facts.file, line: startLine, kind: 'wrangler-var' });
    } else if (key === 'binding' || key === 'name' && /^(durable_objects\.bindings|services)$/.test(section)) {
      const name = /^"([^"]+)"/.exec(value)?.[1];
      if (name) facts.envDocs.push({ name, file: facts.file, line: startLine, kind: `wrangler-binding:${section}` });
    } else if (key === 'queue' && section.startsWith('queues.')) {
      const name = /^"([^"]+)"/.exec(value)?.[1];
      if (name) facts.events.push({ name, file: facts.file, line: startLine, kind: section.endsWith('consumers') ? 'queue-consumer' : 'queue-producer' });
    } else if (value.startsWith('{')) {
      // [[kv_namespaces]] written inline: kv_namespaces = [{ binding = "KV", id = "…" }]
      for (const m of value.matchAll(/binding\s*=\s*"([^"]+)"/g)) facts.envDocs.push({ name: m[1] as string, file: facts.file, line: startLine, kind: `wrangler-binding:${key}` });
    } else if (value.startsWith('[')) {
      for (const m of value.matchAll(/binding\s*=\s*"([^"]+)"/g)) facts.envDocs.push({ name: m[1] as string, file: facts.file, line: startLine, kind: `wrangler-binding:${key}` });
    }
  }
  facts.markers.push(...scanCommentMarkers(text, facts.file, 'hash'));
}

function balanced(value: string): boolean {
  let depth = 0;
  for (const c of value.replace(/"[^"]*"|'[^']*'/g, '')) {
    if (c === '[') depth++;
    else if (c === ']') depth--;
  }
  return depth <= 0;
}

function extractWranglerJson(text: string, facts: FileFacts): void {
  const data = parseJsonText(text, facts.file, true) as Record<string, unknown> | null;
  if (typeof data !== 'object' || data === null) return;
  const triggers = data.triggers as { crons?: unknown } | undefined;
  const crons = Array.isArray(triggers?.crons) ? triggers.crons : [];
  const cronsAt = text.indexOf('"crons"');
  for (const c of crons) if (typeof c === 'string') addCron(facts, c, findLine(text, JSON.stringify(c), Math.max(0, cronsAt)));
  const vars = data.vars;
  if (typeof vars === 'object' && vars !== null) {
    const varsAt = text.indexOf('"vars"');
    for (const k of Object.keys(vars)) facts.envDocs.push({ name: k, file: facts.file, line: findLine(text, JSON.stringify(k), Math.max(0, varsAt)), kind: 'wrangler-var' });
  }
  for (const [key, value] of Object.entries(data)) {
    // `"ai": { "binding": "AI" }` is one binding; `"kv_namespaces": [{ "binding": "KV" }]` a list.
    const list = Array.isArray(value) ? value : value && typeof value === 'object' && key !== 'vars' ? [value] : [];
    for (const entry of list) {
      const binding = (entry as { binding?: unknown } | null)?.binding;
      if (typeof binding === 'string') facts.envDocs.push({ name: binding, file: facts.file, line: findLine(text, JSON.stringify(binding)), kind: `wrangler-binding:${key}` });
    }
  }
  const queues = data.queues as { producers?: unknown; consumers?: unknown } | undefined;
  for (const [kind, list] of [['queue-producer', queues?.producers], ['queue-consumer', queues?.consumers]] as const) {
    if (!Array.isArray(list)) continue;
    for (const q of list) {
      const { queue, binding } = (q ?? {}) as { queue?: unknown; binding?: unknown };
      if (typeof queue === 'string') facts.events.push({ name: queue, file: facts.file, line: findLine(text, JSON.stringify(queue)), kind });
      if (typeof binding === 'string') facts.envDocs.push({ name: binding, file: facts.file, line: findLine(text, JSON.stringify(binding)), kind: 'wrangler-binding:queues' });
    }
  }
}
