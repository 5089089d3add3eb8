// Benchmark corpora.
//
// 1. `generateCorpus({ files, seed })`: a deterministic corpus of realistic TypeScript (services,
//    repositories, route handlers, utilities, types) with planted violations of known kind, file
//    and line. Same seed and size → same bytes, on every machine.
// 2. `fetchRealCorpus({ spec })`: the TypeScript sources of a real published npm package,
//    downloaded with `npm pack` at bench time into `bench/.corpus/` (gitignored).
//
// `ensureGeneratedCorpus` writes a generated corpus to `bench/.corpus/generated-<seed>-<files>/`
// (reused when its manifest matches) so every suite of one run reads the same files from disk.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, renameSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** bench/ */
export const BENCH_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** bench/.corpus/: where corpora live during a run (gitignored). */
export const CORPUS_ROOT = path.join(BENCH_DIR, '.corpus');
/** The real package benchmarked by default; its tarball ships its TypeScript sources under src/. */
export const DEFAULT_REAL_PACKAGE = 'rxjs@7.8.2';
/** Bump when the generator's output changes, so cached corpora are regenerated. */
export const GENERATOR_VERSION = 5;

/**
 * Kinds of planted violation, each with the peer rule that reports the same thing (ESLint /
 * oxlint name; `null` when no listed peer rule covers it).
 */
export const PLANTED_KINDS = {
  'explicit-any': { eslint: '@typescript-eslint/no-explicit-any' },
  'ts-comment': { eslint: '@typescript-eslint/ban-ts-comment' },
  'empty-function': { eslint: '@typescript-eslint/no-empty-function' },
  'warning-comment': { eslint: 'no-warning-comments' },
  eval: { eslint: 'no-eval' },
  'self-compare': { eslint: 'no-self-compare' },
  'cond-assign': { eslint: 'no-cond-assign' },
  'constant-condition': { eslint: 'no-constant-condition' },
  unreachable: { eslint: 'no-unreachable' },
  'dupe-else-if': { eslint: 'no-dupe-else-if' },
  'empty-catch': { eslint: null },
  'placeholder-comment': { eslint: null },
  'not-implemented-stub': { eslint: null },
};

/** mulberry32: a tiny, fast, well-distributed seeded PRNG. */
export function createRandom(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)],
    chance: (p) => next() < p,
  };
}

const NOUNS = ['user', 'order', 'invoice', 'payment', 'account', 'session', 'product', 'cart', 'shipment', 'report', 'tenant', 'webhook', 'subscription', 'coupon', 'review', 'notification', 'audit', 'export', 'import', 'job'];
const VERBS = ['load', 'save', 'update', 'remove', 'sync', 'resolve', 'validate', 'compute', 'normalize', 'publish', 'schedule', 'refresh', 'archive', 'merge', 'render'];
const FIELDS = ['id', 'name', 'email', 'status', 'createdAt', 'updatedAt', 'amount', 'currency', 'ownerId', 'tags', 'version', 'region', 'priority', 'notes', 'total'];
const FIELD_TYPES = { id: 'string', name: 'string', email: 'string', status: "'active' | 'pending' | 'closed'", createdAt: 'Date', updatedAt: 'Date', amount: 'number', currency: 'string', ownerId: 'string', tags: 'string[]', version: 'number', region: 'string', priority: 'number', notes: 'string | undefined', total: 'number' };
const KINDS = ['types', 'service', 'repository', 'routes', 'utils'];

const cap = (s) => s[0].toUpperCase() + s.slice(1);

/** Builds one file line by line, recording the 1-based line of each planted violation. */
class FileWriter {
  constructor(relPath) {
    this.relPath = relPath;
    this.lines = [];
    this.planted = [];
  }
  line(text = '') {
    this.lines.push(text);
  }
  plant(kind, text) {
    this.planted.push({ file: this.relPath, line: this.lines.length + 1, kind });
    this.lines.push(text);
  }
  toString() {
    return `${this.lines.join('\n')}\n`;
  }
}

function entityInterface(w, rnd, entity) {
  const fields = ['id', ...FIELDS.slice(1).filter(() => rnd.chance(0.45))];
  w.line(`export interface ${cap(entity)} {`);
  for (const f of fields) w.line(`  ${f}${f === 'notes' ? '?' : ''}: ${FIELD_TYPES[f]};`);
  w.line('}');
  w.line();
  return fields;
}

/** Emits one function body of 8–30 lines, maybe with a planted violation (probability `rate`). */
function functionBody(w, rnd, entity, verb, rate, indent) {
  const i = indent;
  const E = cap(entity);
  const plantHere = rnd.chance(rate) ? rnd.pick(Object.keys(PLANTED_KINDS)) : null;
  w.line(`${i}const started = Date.now();`);
  w.line(`${i}const key = \`${entity}:\${input.id}\`;`);
  w.line(`${i}if (!input.id) {`);
  w.line(`${i}  throw new ${E}Error('missing id for ${verb}');`);
  w.line(`${i}}`);
  const loops = rnd.int(0, 2);
  for (let n = 0; n < loops; n++) {
    w.line(`${i}for (const tag of input.tags ?? []) {`);
    w.line(`${i}  if (tag.length > ${rnd.int(8, 64)}) continue;`);
    w.line(`${i}  this.metrics.increment(\`${entity}.${verb}.tag.\${tag}\`);`);
    w.line(`${i}}`);
  }
  switch (plantHere) {
    case 'explicit-any':
      w.plant(plantHere, `${i}const raw = (await this.store.get(key)) as any;`);
      w.line(`${i}if (raw?.version !== undefined) this.metrics.gauge('${entity}.version', Number(raw.version));`);
      break;
    case 'ts-comment':
      w.plant(plantHere, `${i}// @ts-ignore legacy field kept for old clients`);
      w.line(`${i}input.legacy = true;`);
      break;
    case 'empty-function':
      w.plant(plantHere, `${i}const onDone = function () {};`);
      w.line(`${i}this.events.once('${entity}.${verb}', onDone);`);
      break;
    case 'warning-comment':
      w.plant(plantHere, `${i}// TODO: handle ${rnd.pick(NOUNS)} retries once the queue is back`);
      break;
    case 'eval':
      w.plant(plantHere, `${i}const rule = eval(this.config.${entity}Rule ?? 'true');`);
      w.line(`${i}if (!rule) return undefined;`);
      break;
    case 'self-compare':
      w.plant(plantHere, `${i}if (${rnd.pick(['key', 'String(input.tags)', 'input.id.trim()'])} === input.id && started !== started) return undefined;`);
      break;
    case 'cond-assign': {
      w.line(`${i}let match: RegExpExecArray | null = null;`);
      w.plant(plantHere, `${i}if (match = /^(\\w+)-(\\d+)$/.exec(String(input.id))) this.metrics.increment('${entity}.id.' + match[1]);`);
      break;
    }
    case 'constant-condition':
      w.plant(plantHere, `${i}if (${rnd.pick(['true', '1', "'always'"])}) {`);
      w.line(`${i}  this.metrics.increment('${entity}.${verb}.flag');`);
      w.line(`${i}}`);
      break;
    case 'dupe-else-if':
      w.line(`${i}if (input.id.startsWith('a')) {`);
      w.line(`${i}  this.metrics.increment('${entity}.a');`);
      w.plant(plantHere, `${i}} else if (input.id.startsWith('a')) {`);
      w.line(`${i}  this.metrics.increment('${entity}.b');`);
      w.line(`${i}}`);
      break;
    case 'empty-catch':
      w.line(`${i}try {`);
      w.line(`${i}  await this.cache.delete(key);`);
      w.plant(plantHere, `${i}} catch (err) {}`);
      break;
    case 'placeholder-comment':
      w.plant(plantHere, `${i}// ... rest of the ${verb} logic unchanged`);
      break;
    case 'not-implemented-stub':
      w.plant(plantHere, `${i}if (input.id === '*') throw new Error('Not implemented');`);
      break;
    default:
      break;
  }
  w.line(`${i}const existing = (await this.store.get(key)) as Partial<${E}> | undefined;`);
  w.line(`${i}const next = { ...(existing ?? {}), ...input, updatedAt: new Date() };`);
  w.line(`${i}await this.store.set(key, next);`);
  w.line(`${i}this.metrics.timing('${entity}.${verb}', Date.now() - started);`);
  if (plantHere === 'unreachable') {
    w.line(`${i}return next as ${E};`);
    w.plant(plantHere, `${i}this.metrics.increment('${entity}.${verb}.after');`);
  } else {
    w.line(`${i}return next as ${E};`);
  }
}

function serviceFile(w, rnd, entity, rate, verbs) {
  const E = cap(entity);
  w.line(`import type { ${E} } from './${entity}.types.js';`);
  w.line(`import { ${E}Error } from './${entity}.types.js';`);
  w.line(`import type { Metrics, Store, EventBus, Cache } from '../../shared/infra.types.js';`);
  w.line();
  w.line(`/** Application service for ${entity} records. */`);
  w.line(`export class ${E}Service {`);
  w.line('  constructor(');
  w.line('    private readonly store: Store,');
  w.line('    private readonly cache: Cache,');
  w.line('    private readonly metrics: Metrics,');
  w.line('    private readonly events: EventBus,');
  w.line('    private readonly config: Record<string, string | undefined> = {},');
  w.line('  ) {}');
  for (const verb of verbs) {
    w.line();
    w.line(`  /** ${cap(verb)}s one ${entity}. */`);
    w.line(`  async ${verb}${E}(input: Partial<${E}> & { id: string; tags?: string[]; legacy?: boolean }): Promise<${E} | undefined> {`);
    functionBody(w, rnd, entity, verb, rate, '    ');
    w.line('  }');
  }
  w.line('}');
}

function repositoryFile(w, rnd, entity, rate) {
  const E = cap(entity);
  w.line(`import type { ${E} } from './${entity}.types.js';`);
  w.line(`import { ${E}Error } from './${entity}.types.js';`);
  w.line(`import type { Metrics, Store, EventBus, Cache } from '../../shared/infra.types.js';`);
  w.line();
  w.line(`const TABLE = '${entity}s';`);
  w.line();
  w.line(`export class ${E}Repository {`);
  w.line('  private readonly config: Record<string, string | undefined> = {};');
  w.line('  constructor(private readonly store: Store, private readonly cache: Cache, private readonly metrics: Metrics, private readonly events: EventBus) {}');
  w.line();
  w.line(`  async findMany(filter: { status?: string; limit?: number } = {}): Promise<${E}[]> {`);
  w.line(`    const rows = (await this.store.query(TABLE, filter)) as ${E}[];`);
  w.line('    const limit = Math.min(filter.limit ?? 50, 500);');
  w.line('    return rows.slice(0, limit).sort((a, b) => a.id.localeCompare(b.id));');
  w.line('  }');
  for (const verb of ['save', 'remove'].filter(() => rnd.chance(0.8))) {
    w.line();
    w.line(`  async ${verb}(input: Partial<${E}> & { id: string; tags?: string[]; legacy?: boolean }): Promise<${E} | undefined> {`);
    functionBody(w, rnd, entity, verb, rate, '    ');
    w.line('  }');
  }
  w.line('}');
}

function routesFile(w, rnd, entity, rate, verbs) {
  const E = cap(entity);
  w.line(`import type { ${E}Service } from './${entity}.service.js';`);
  w.line(`import type { Router, Request, Response } from '../../shared/http.types.js';`);
  w.line();
  w.line(`export function register${E}Routes(router: Router, service: ${E}Service): void {`);
  const routes = rnd.int(2, 5);
  for (let r = 0; r < routes; r++) {
    const method = rnd.pick(['get', 'post', 'put', 'delete']);
    const verb = rnd.pick(VERBS);
    w.line(`  router.${method}('/${entity}s/:id/${verb}', async (req: Request, res: Response) => {`);
    w.line('    const id = String(req.params.id ?? \'\');');
    w.line('    if (id.length === 0) {');
    w.line("      res.status(400).json({ error: 'id is required' });");
    w.line('      return;');
    w.line('    }');
    if (rnd.chance(rate)) {
      const kind = rnd.pick(['explicit-any', 'warning-comment', 'empty-catch', 'placeholder-comment']);
      if (kind === 'explicit-any') w.plant(kind, '    const body: any = req.body;');
      else if (kind === 'warning-comment') w.plant(kind, '    // FIXME: validate the body against the schema');
      else if (kind === 'placeholder-comment') w.plant(kind, '    // ... existing validation code');
      else {
        w.line('    try {');
        w.line("      res.setHeader('x-request-id', String(req.headers['x-request-id']));");
        w.plant(kind, '    } catch {}');
      }
    }
    w.line(`    const result = await service.${rnd.pick(verbs)}${E}({ id, ...(req.body as object) });`);
    w.line('    if (!result) {');
    w.line("      res.status(404).json({ error: 'not found' });");
    w.line('      return;');
    w.line('    }');
    w.line('    res.status(200).json(result);');
    w.line('  });');
  }
  w.line('}');
}

function utilsFile(w, rnd, entity, rate) {
  const n = rnd.int(3, 7);
  for (let k = 0; k < n; k++) {
    const fn = `${rnd.pick(VERBS)}${cap(rnd.pick(NOUNS))}${k}`;
    w.line(`/** ${cap(fn)}: a pure helper over ${entity} values. */`);
    w.line(`export function ${fn}(values: readonly number[], weight = ${rnd.int(1, 9)}): number {`);
    w.line('  let total = 0;');
    w.line('  for (let i = 0; i < values.length; i++) {');
    w.line('    const v = values[i] ?? 0;');
    w.line(`    total += v * weight - (i % ${rnd.int(2, 5)});`);
    w.line('  }');
    if (rnd.chance(rate)) {
      const kind = rnd.pick(['self-compare', 'constant-condition', 'warning-comment', 'explicit-any', 'not-implemented-stub']);
      if (kind === 'self-compare') w.plant(kind, '  if (total !== total) return 0;');
      else if (kind === 'constant-condition') w.plant(kind, `  if (${rnd.pick(['1', 'true', "'strict'"])}) total = Math.abs(total);`);
      else if (kind === 'warning-comment') w.plant(kind, '  // XXX: overflow is not handled here');
      else if (kind === 'explicit-any') w.plant(kind, '  const scale = (globalThis as any).__scale ?? 1;');
      else w.plant(kind, "  if (weight < 0) throw new Error('Not implemented');");
    }
    w.line(`  return Math.round(total * 100) / 100;`);
    w.line('}');
    w.line();
  }
}

function typesFile(w, rnd, entity) {
  const E = cap(entity);
  entityInterface(w, rnd, entity);
  w.line(`export type ${E}Event =`);
  w.line(`  | { type: '${entity}.created'; id: string }`);
  w.line(`  | { type: '${entity}.updated'; id: string; fields: (keyof ${E})[] }`);
  w.line(`  | { type: '${entity}.removed'; id: string };`);
  w.line();
  w.line(`export class ${E}Error extends Error {`);
  w.line('  constructor(message: string, readonly code = \'E_' + entity.toUpperCase() + '\') {');
  w.line('    super(message);');
  w.line(`    this.name = '${E}Error';`);
  w.line('  }');
  w.line('}');
}

const SHARED_FILES = {
  'src/shared/infra.types.ts': [
    'export interface Store {',
    '  get(key: string): Promise<unknown>;',
    '  set(key: string, value: unknown): Promise<void>;',
    '  query(table: string, filter: object): Promise<unknown[]>;',
    '}',
    'export interface Cache {',
    '  delete(key: string): Promise<void>;',
    '}',
    'export interface Metrics {',
    '  increment(name: string): void;',
    '  gauge(name: string, value: number): void;',
    '  timing(name: string, ms: number): void;',
    '}',
    'export interface EventBus {',
    '  once(name: string, fn: () => void): void;',
    '}',
  ],
  'src/shared/http.types.ts': [
    'export interface Request {',
    '  params: Record<string, string | undefined>;',
    '  headers: Record<string, string | string[] | undefined>;',
    '  body: unknown;',
    '}',
    'export interface Response {',
    '  status(code: number): Response;',
    '  json(body: unknown): void;',
    '  setHeader(name: string, value: string): void;',
    '}',
    'export interface Router {',
    '  get(path: string, handler: (req: Request, res: Response) => Promise<void>): void;',
    '  post(path: string, handler: (req: Request, res: Response) => Promise<void>): void;',
    '  put(path: string, handler: (req: Request, res: Response) => Promise<void>): void;',
    '  delete(path: string, handler: (req: Request, res: Response) => Promise<void>): void;',
    '}',
  ],
};

/**
 * Generates a corpus in memory.
 *
 * @param {{ files?: number, seed?: number, rate?: number }} [options]
 *   `files`: how many TypeScript files (≥ 3); `seed`: PRNG seed; `rate`: chance that a function
 *   body gets a planted violation (default 0.35).
 * @returns {{ files: { path: string, text: string }[], planted: { file: string, line: number, kind: string }[],
 *   plantedByKind: Record<string, number>, bytes: number, lines: number }}
 */
export function createCorpusFiles({ files = 200, seed = 1, rate = 0.35 } = {}) {
  if (!Number.isInteger(files) || files < 3) throw new Error(`corpus: files must be an integer >= 3, got ${files}`);
  const rnd = createRandom(seed);
  const out = [];
  const planted = [];
  for (const [p, lines] of Object.entries(SHARED_FILES)) out.push({ path: p, text: `${lines.join('\n')}\n` });
  const exportsForIndex = [];
  let module = 0;
  // One slot is left for src/index.ts.
  while (out.length < files - 1) {
    // user, order, …, then user2, order2, …: every exported name stays unique.
    const round = Math.floor(module / NOUNS.length);
    const entity = `${NOUNS[module % NOUNS.length]}${round ? round + 1 : ''}`;
    const dir = `src/modules/${entity}`;
    // The service's methods, known up front so the routes only call methods that exist.
    const verbs = ['load', ...VERBS.filter((v) => v !== 'load' && rnd.chance(0.3)).slice(0, 5)];
    for (const kind of KINDS) {
      if (out.length >= files - 1) break;
      const rel = `${dir}/${entity}.${kind}.ts`;
      const w = new FileWriter(rel);
      if (kind === 'service') serviceFile(w, rnd, entity, rate, verbs);
      else if (kind === 'repository') repositoryFile(w, rnd, entity, rate);
      else if (kind === 'routes') routesFile(w, rnd, entity, rate, verbs);
      else if (kind === 'utils') utilsFile(w, rnd, entity, rate);
      else typesFile(w, rnd, entity);
      out.push({ path: rel, text: w.toString() });
      planted.push(...w.planted);
      if (kind === 'service' || kind === 'routes') exportsForIndex.push(rel);
    }
    module++;
  }
  // Entry point: re-exports services and routes; repositories and utils stay unreferenced on
  // purpose (dead-code tools such as knip report them).
  const index = exportsForIndex.map((rel) => `export * from './${rel.slice('src/'.length).replace(/\.ts$/, '.js')}';`);
  out.push({ path: 'src/index.ts', text: `${index.join('\n')}\n` });
  out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  planted.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  const plantedByKind = Object.fromEntries(Object.keys(PLANTED_KINDS).map((k) => [k, 0]));
  for (const p of planted) plantedByKind[p.kind]++;
  let bytes = 0;
  let lines = 0;
  for (const f of out) {
    bytes += Buffer.byteLength(f.text);
    lines += f.text.split('\n').length - 1;
  }
  return { files: out, planted, plantedByKind, bytes, lines };
}

const PROJECT_FILES = (name) => ({
  'package.json': `${JSON.stringify({ name, version: '1.0.0', private: true, type: 'module', main: 'src/index.ts', exports: { '.': './src/index.ts' } }, null, 2)}\n`,
  'tsconfig.json': `${JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, skipLibCheck: true }, include: ['src'] }, null, 2)}\n`,
});

/**
 * Writes a generated corpus to `bench/.corpus/generated-<seed>-<files>/` (or `dir`), reusing it
 * when a manifest with the same parameters is already there. The directory is a tiny project
 * (package.json, tsconfig.json, src/) so whole-project tools (knip, evidence-scan) run on it too.
 *
 * @param {{ files?: number, seed?: number, rate?: number, dir?: string }} [options]
 * @returns {Promise<{ kind: 'generated', dir: string, files: number, bytes: number, lines: number, seed: number,
 *   plantedByKind: Record<string, number>, planted: { file: string, line: number, kind: string }[] }>}
 */
export async function ensureGeneratedCorpus({ files = 200, seed = 1, rate = 0.35, dir } = {}) {
  const target = dir ?? path.join(CORPUS_ROOT, `generated-${seed}-${files}`);
  const manifestPath = path.join(target, 'corpus-manifest.json');
  const params = { generator: GENERATOR_VERSION, files, seed, rate };
  if (existsSync(manifestPath)) {
    try {
      const m = JSON.parse(readFileSync(manifestPath, 'utf8'));
      if (JSON.stringify(m.params) === JSON.stringify(params)) return { kind: 'generated', dir: target, ...m.summary, planted: m.planted };
    } catch {
      // A corrupt manifest only means the corpus is rebuilt below.
    }
  }
  const corpus = createCorpusFiles({ files, seed, rate });
  const tmp = `${target}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  for (const [rel, text] of Object.entries(PROJECT_FILES(`bench-corpus-${seed}-${files}`))) writeFile(tmp, rel, text);
  for (const f of corpus.files) writeFile(tmp, f.path, f.text);
  const summary = { files: corpus.files.length, bytes: corpus.bytes, lines: corpus.lines, seed, plantedByKind: corpus.plantedByKind };
  writeFile(tmp, 'corpus-manifest.json', `${JSON.stringify({ params, summary, planted: corpus.planted }, null, 2)}\n`);
  rmSync(target, { recursive: true, force: true });
  renameSync(tmp, target);
  return { kind: 'generated', dir: target, ...summary, planted: corpus.planted };
}

function writeFile(root, rel, text) {
  const p = path.join(root, rel);
  mkdirSync(path.dirname(p), { recursive: true });
  writeFileSync(p, text);
}

/** Counts `.ts`/`.tsx`/`.mts`/`.cts` files (not `.d.ts`) and their bytes and lines under `dir`. */
export function corpusStats(dir) {
  let files = 0;
  let bytes = 0;
  let lines = 0;
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(c|m)?tsx?$/.test(e.name) && !/\.d\.(c|m)?ts$/.test(e.name)) {
        const text = readFileSync(p, 'utf8');
        files++;
        bytes += Buffer.byteLength(text);
        lines += text.split('\n').length;
      }
    }
  };
  walk(dir);
  return { files, bytes, lines };
}

/**
 * Downloads a published package with `npm pack` into `bench/.corpus/<name>@<version>/` and keeps
 * only its TypeScript sources (`src/**` `.ts`, no `.d.ts`), wrapped as a tiny project. Reused
 * when already present. Needs the npm registry (or npm's cache).
 *
 * @param {{ spec?: string, root?: string }} [options] `spec`: `name@version` (default {@link DEFAULT_REAL_PACKAGE}).
 * @returns {Promise<{ kind: 'real', spec: string, name: string, version: string, dir: string, files: number, bytes: number, lines: number }>}
 */
export async function fetchRealCorpus({ spec = DEFAULT_REAL_PACKAGE, root = CORPUS_ROOT } = {}) {
  const safe = spec.replace(/[/@]/g, (c) => (c === '/' ? '__' : '@'));
  const target = path.join(root, `real-${safe}`);
  const manifestPath = path.join(target, 'corpus-manifest.json');
  if (existsSync(manifestPath)) {
    const m = JSON.parse(readFileSync(manifestPath, 'utf8'));
    return { kind: 'real', dir: target, ...m };
  }
  mkdirSync(root, { recursive: true });
  const tmp = `${target}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  const packed = JSON.parse(execFileSync('npm', ['pack', spec, '--json', '--pack-destination', tmp], { cwd: tmp, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }));
  const tarball = path.join(tmp, packed[0].filename);
  const extract = path.join(tmp, 'extract');
  mkdirSync(extract);
  execFileSync('tar', ['-xzf', tarball, '-C', extract], { stdio: 'ignore' });
  const pkgDir = path.join(extract, 'package');
  const srcDir = path.join(pkgDir, 'src');
  if (!existsSync(srcDir) || !statSync(srcDir).isDirectory()) throw new Error(`corpus: ${spec} ships no src/ folder; pick a package that publishes its TypeScript sources`);
  const keep = path.join(tmp, 'project');
  const copy = (from, to) => {
    for (const e of readdirSync(from, { withFileTypes: true })) {
      const a = path.join(from, e.name);
      const b = path.join(to, e.name);
      if (e.isDirectory()) copy(a, b);
      else if (/\.(c|m)?tsx?$/.test(e.name) && !/\.d\.(c|m)?ts$/.test(e.name)) writeFile(keep, path.relative(keep, b), readFileSync(a, 'utf8'));
    }
  };
  copy(srcDir, path.join(keep, 'src'));
  const name = packed[0].name;
  const version = packed[0].version;
  for (const [rel, text] of Object.entries(PROJECT_FILES(`bench-real-${name.replace(/[@/]/g, '-')}`))) writeFile(keep, rel, text);
  const stats = corpusStats(keep);
  const manifest = { spec, name, version, ...stats };
  writeFile(keep, 'corpus-manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
  rmSync(target, { recursive: true, force: true });
  renameSync(keep, target);
  rmSync(tmp, { recursive: true, force: true });
  return { kind: 'real', dir: target, ...manifest };
}
