import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { joinRoute } from '../entries.js';
import { resolveImport, type PathAlias } from '../group/group.js';
import ts from '../ts.js';
import { stripJsonComments } from '../extract-text.js';
import { PROCESS_WORK } from '../extract/processes.js';
import { DATABASE_WORK } from '../extract/mongoose.js';
import type { FileFacts, Item } from '../types.js';

// The link stage: facts of one file joined with facts of others (Drizzle table variables,
// mounted routers, the modules an entry's handler uses, path aliases).

// For each entry file: the project modules its imported names come from, with the lines where
// those names are used, so each entry of a file reaches only what its own handler uses.
export function usedModules(facts: readonly FileFacts[], resolve: (from: string, spec: string) => string | null): Map<string, Array<{ target: string; lines: number[] }>> {
  const out = new Map<string, Array<{ target: string; lines: number[] }>>();
  for (const f of facts) {
    const side = f.links?.entry;
    if (!side?.used) continue;
    const specOf = new Map<string, string>();
    for (const imp of side.imports) {
      for (const n of imp.names) specOf.set(n.local, imp.spec);
      if (imp.def) specOf.set(imp.def, imp.spec);
      if (imp.ns) specOf.set(imp.ns, imp.spec);
    }
    for (const req of side.requires) for (const l of req.locals) specOf.set(l.local, req.spec);
    for (const [variable, cls] of side.instances) {
      const spec = specOf.get(cls);
      if (spec !== undefined && !specOf.has(variable)) specOf.set(variable, spec);
    }
    const byTarget = new Map<string, number[]>();
    for (const [local, lines] of side.used) {
      const spec = specOf.get(local);
      const target = spec ? resolve(f.file, spec) : null;
      if (!target) continue;
      byTarget.set(target, [...(byTarget.get(target) ?? []), ...lines]);
    }
    out.set(f.file, [...byTarget].map(([target, lines]) => ({ target, lines })));
  }
  return out;
}

// Files that do real work: a service, a query, an ORM entity. Schema declarations alone are not work.
export function workFiles(facts: readonly FileFacts[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of facts) {
    if (f.role !== 'source') continue;
    const query = f.tableRefs.find((t) => t.kind !== 'sql-ddl');
    const entity = f.tables.find((t) => t.kind === 'typeorm-entity');
    // An API client or library class (`server/api/themoviedb`, `lib/settings.ts`) does work too.
    const libClass = /(^|\/)(api|apis|clients?|integrations|lib)\//.test(f.file) ? f.links?.exports?.find(([, d]) => d.kind === 'class')?.[0] : undefined;
    const what = f.services[0]?.name ?? (query ? `table ${query.name}` : entity ? `entity ${entity.name}` : libClass ? `class ${libClass}` : f.queriesDatabase ? DATABASE_WORK : f.httpCalls ? 'HTTP calls' : f.spawnsProcesses ? PROCESS_WORK : undefined);
    if (what) out.set(f.file, what);
  }
  return out;
}

// Drizzle queries name a table through its variable (`db.select().from(users)`), Sequelize and
// Mongoose through their model (`AddressModel.findAll()`, `Todo.find()`); the variable is
// declared in a schema or model file, so the name is resolved across files here.
export function withDrizzleRefs(facts: FileFacts[]): FileFacts[] {
  const vars = new Map<string, string>();
  for (const f of facts) for (const [v, t] of Object.entries(f.tableVars)) if (!vars.has(v)) vars.set(v, t);
  if (vars.size === 0) return facts;
  return facts.map((f) => {
    const extra: Item[] = [];
    for (const r of f.tableVarRefs) {
      const table = vars.get(r.variable);
      if (table && f.tableVars[r.variable] === undefined) extra.push({ name: table, file: f.file, line: r.line, kind: r.kind ?? 'drizzle' });
    }
    return extra.length ? { ...f, tableRefs: [...f.tableRefs, ...extra] } : f;
  });
}

/**
 * Resolves TypeORM `getRepository(Class)` reads (extract/typeorm.ts: the ref keeps the class as its
 * detail, read as the snake_case of the class) to the table of the `@Entity` class, wherever it is
 * declared (`@Entity('article') class ArticleEntity` → `article`, its `tableVars` entry); a class
 * no file declares as an entity keeps TypeORM's default, the snake_case of its name.
 */
export function withEntityRefs(facts: FileFacts[]): FileFacts[] {
  const entities = new Map<string, string>();
  for (const f of facts) {
    const tables = new Set(f.tables.filter((t) => t.kind === 'typeorm-entity').map((t) => t.name));
    for (const [cls, table] of Object.entries(f.tableVars)) if (tables.has(table) && !entities.has(cls)) entities.set(cls, table);
  }
  if (entities.size === 0) return facts;
  return facts.map((f) => {
    const renamed = f.tableRefs.some((t) => t.kind === 'typeorm' && t.detail !== undefined && entities.has(t.detail) && entities.get(t.detail) !== t.name);
    return renamed ? { ...f, tableRefs: f.tableRefs.map((t) => (t.kind === 'typeorm' && t.detail !== undefined && entities.has(t.detail) ? { ...t, name: entities.get(t.detail) as string } : t)) } : f;
  });
}

/**
 * Moves each vue-router page from the router file to its component's file (`/settings` declared in
 * src/router.js with `component: Settings` from './pages/Settings.vue' becomes a page of
 * src/pages/Settings.vue, line 1, its detail naming where the router declares it), so features
 * grow from views as they grow from Next.js pages. A component outside the scan stays where it is.
 */
export function withVueRoutes(facts: FileFacts[], resolve: (from: string, specifier: string) => string | null): FileFacts[] {
  if (!facts.some((f) => f.routeComponents?.length)) return facts;
  const moved = new Map<string, Item[]>();
  const left = new Map<string, Set<string>>();
  for (const f of facts) {
    for (const rc of f.routeComponents ?? []) {
      const target = resolve(f.file, rc.specifier);
      if (target === null || target === f.file) continue;
      moved.set(target, [...(moved.get(target) ?? []), { name: rc.name, file: target, line: 1, kind: 'page', detail: `vue-router ${f.file}:${rc.line}` }]);
      let gone = left.get(f.file);
      if (!gone) left.set(f.file, (gone = new Set()));
      gone.add(`${rc.line}:${rc.name}`);
    }
  }
  return facts.map((f) => {
    const gone = left.get(f.file);
    const add = moved.get(f.file);
    if (!gone && !add) return f;
    const routes = [...f.routes.filter((r) => !gone?.has(`${r.line}:${r.name}`)), ...(add ?? []).filter((a, i, all) => all.findIndex((b) => b.name === a.name) === i)];
    return { ...f, routes };
  });
}

// Plain JSONC first (no TypeScript needed: a cached rerun never loads it); what JSON.parse
// rejects goes to TypeScript's own error-tolerant reader, as before.
function readJsonc(name: string, text: string): unknown {
  try {
    return JSON.parse(stripJsonComments(text)) as unknown;
  } catch {
    return ts.parseConfigFileTextToJson(name, text).config as unknown;
  }
}

/**
 * The `paths` of the root tsconfig.json (or jsconfig.json) with root-relative targets, most
 * specific first. `extends` is not followed; a missing or unreadable config gives none.
 */
export async function readPathAliases(root: string, packageDirs: readonly string[] = []): Promise<PathAlias[]> {
  const own = await readImportsField(root);
  const fromTsconfig = await readTsconfigPaths(root);
  // A monorepo package's own tsconfig serves its own files (`packages/backend`: `src/x` imports).
  const nested = (await Promise.all(packageDirs.filter((d) => d !== '' && d !== '.').map((d) => readTsconfigPaths(path.join(root, d), d)))).flat();
  return [...fromTsconfig, ...nested, ...own].sort((a, b) => b.pattern.length - a.pattern.length || (a.pattern < b.pattern ? -1 : 1) || (a.scope ?? '').length - (b.scope ?? '').length);
}

/**
 * Subpath imports of the root package.json (`"imports": { "#lib/*": "./dist/lib/*.js" }`), as
 * aliases. A target in the build output (`./dist/`, `./build/`, `./out/`) is mapped back to
 * `src/`, where the sources the scan reads live.
 */
async function readImportsField(root: string): Promise<PathAlias[]> {
  const text = await readFile(path.join(root, 'package.json'), 'utf8').catch(() => null);
  if (text === null) return [];
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return [];
  }
  const imports = (data as { imports?: unknown } | null)?.imports;
  if (!imports || typeof imports !== 'object') return [];
  const out: PathAlias[] = [];
  for (const [pattern, target] of Object.entries(imports as Record<string, unknown>)) {
    const t = typeof target === 'string' ? target : typeof (target as { default?: unknown } | null)?.default === 'string' ? (target as { default: string }).default : null;
    if (!t) continue;
    const rel = path.posix.normalize(t.replace(/^\.\/(dist|build|out)\//, 'src/'));
    out.push({ pattern, targets: [rel] });
  }
  return out;
}

// `dir`: the package folder the config sits in (root-relative), for a package's own tsconfig: its
// targets are made root-relative and it serves that folder's files only.
async function readTsconfigPaths(root: string, dir?: string): Promise<PathAlias[]> {
  for (const name of ['tsconfig.json', 'jsconfig.json']) {
    const text = await readFile(path.join(root, name), 'utf8').catch(() => null);
    if (text === null) continue;
    const config = readJsonc(name, text) as { compilerOptions?: { baseUrl?: unknown; paths?: unknown } } | undefined;
    const options = config?.compilerOptions;
    const paths = options?.paths;
    const scoped = (a: PathAlias): PathAlias => (dir === undefined ? a : { pattern: a.pattern, targets: a.targets.map((t) => path.posix.join(dir, t)), scope: dir });
    // A package's `baseUrl` alone (NestJS's `import … from 'src/prisma/prisma.service'`) resolves
    // bare specifiers from it; at the root it is left as it was.
    if ((!paths || typeof paths !== 'object') && dir !== undefined && typeof options?.baseUrl === 'string') return [scoped({ pattern: '*', targets: [path.posix.normalize(path.posix.join(options.baseUrl, '*'))] })];
    if (!paths || typeof paths !== 'object') return [];
    const baseUrl = typeof options?.baseUrl === 'string' ? options.baseUrl : '.';
    const out: PathAlias[] = [];
    for (const [pattern, targets] of Object.entries(paths as Record<string, unknown>)) {
      if (!Array.isArray(targets)) continue;
      const rel = targets.filter((t): t is string => typeof t === 'string').map((t) => path.posix.normalize(path.posix.join(baseUrl, t)));
      if (rel.length) out.push(scoped({ pattern, targets: rel }));
    }
    return out;
  }
  return [];
}

// Routes of a router file mounted under a path get that path: `app.route('/api/billing', billing)`
// turns billing's `GET /invoices` into `GET /api/billing/invoices`. One level, the first mount wins;
// facts are copied, never changed, since the cache holds them.
export function withMountPrefixes(facts: FileFacts[]): FileFacts[] {
  const known = new Set(facts.map((f) => f.file));
  const prefixOf = new Map<string, string>();
  for (const f of facts) {
    for (const m of f.mounts) {
      const spec = f.importLocals[m.local];
      const target = spec ? resolveImport(f.file, spec, known) : null;
      if (target && target !== f.file && !prefixOf.has(target)) prefixOf.set(target, m.prefix);
    }
  }
  if (prefixOf.size === 0) return facts;
  return facts.map((f) => {
    const prefix = prefixOf.get(f.file);
    if (prefix === undefined || !f.routes.some((r) => r.kind === 'route')) return f;
    const entryEnds = { ...f.entryEnds };
    const routes = f.routes.map((r) => {
      if (r.kind !== 'route') return r;
      const name = joinRoute(prefix, r.name);
      const end = f.entryEnds[`${r.line}:${r.name}`];
      if (end !== undefined) {
        delete entryEnds[`${r.line}:${r.name}`];
        entryEnds[`${r.line}:${name}`] = end;
      }
      return { ...r, name };
    });
    return { ...f, routes, entryEnds };
  });
}
