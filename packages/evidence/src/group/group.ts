import path from 'node:path';
import picomatch from 'picomatch';
import { featureName, GENERIC_NAMES, headWord, INFRA_NAMES, isFeatureName, mergeKey, nameFromItem, nameFromPath, promotedPath } from '../naming.js';
import type { FileFacts, Item } from '../types.js';
import { entryItems } from '../entry-kinds.js';
import { EVIDENCE_KEYS, emptyFeature, type EvidenceKey, type FeatureEvidence } from './feature.js';
import { foldInfrastructure, foldTablesIntoUsers, isInfraOnlyName } from './fold.js';

export { EVIDENCE_KEYS, type EvidenceLists, type FeatureEvidence } from './feature.js';

/** The `evidence` section of readycheck.config.json that grouping uses. */
export interface GroupingConfig {
  features?: Record<string, { globs?: string[]; aliases?: string[] }>;
  aliases?: Record<string, string>;
  genericNames?: string[];
  /** tsconfig/jsconfig `paths`, so `@/services/x` imports resolve. */
  pathAliases?: PathAlias[];
}

const CODE_EXT = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];

/**
 * Resolves import specifiers to files of the scan: `./x`, `./x.js` (→ `x.ts`), `./dir`
 * (→ `dir/index.ts`), and aliases of the project's tsconfig `paths` (`@/services/x` → `src/services/x.ts`).
 * Bare package imports resolve to nothing.
 */
export function resolveImport(from: string, specifier: string, known: ReadonlySet<string>, aliases: readonly PathAlias[] = []): string | null {
  if (specifier.startsWith('.')) return resolveFile(path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier)), known);
  for (const a of aliases) {
    if (a.scope && !from.startsWith(`${a.scope}/`)) continue;
    const star = a.pattern.indexOf('*');
    let rest: string | null = null;
    if (star < 0) rest = specifier === a.pattern ? '' : null;
    else {
      const [pre, post] = [a.pattern.slice(0, star), a.pattern.slice(star + 1)];
      if (specifier.length >= pre.length + post.length && specifier.startsWith(pre) && specifier.endsWith(post)) rest = specifier.slice(pre.length, specifier.length - post.length);
    }
    if (rest === null) continue;
    for (const t of a.targets) {
      const hit = resolveFile(path.posix.normalize(t.replace('*', rest)), known);
      if (hit) return hit;
    }
  }
  return null;
}

/**
 * {@link resolveImport} over one scan's files, remembering each answer: the same specifier from
 * the same folder (`../db/client` from every route of a folder) resolves once. `known` and
 * `aliases` must not change while the resolver is in use.
 *
 * @example
 * const resolve = importResolver(new Set(['src/db.ts']));
 * resolve('src/routes/a.ts', '../db.js'); // 'src/db.ts'
 */
export function importResolver(known: ReadonlySet<string>, aliases: readonly PathAlias[] = []): (from: string, specifier: string) => string | null {
  const seen = new Map<string, string | null>();
  return (from, specifier) => {
    // A relative specifier depends on the importing file's folder; any other, on itself alone.
    const key = specifier.startsWith('.') ? `${path.posix.dirname(from)}\0${specifier}` : `\0${specifier}`;
    let hit = seen.get(key);
    if (hit === undefined) {
      hit = resolveImport(from, specifier, known, aliases);
      seen.set(key, hit);
    }
    return hit;
  };
}

/** A tsconfig/jsconfig `paths` entry with root-relative targets: `@/*` → `['src/*']`. */
export interface PathAlias {
  pattern: string;
  targets: string[];
  /** The folder whose files the alias serves (a package's own tsconfig); none: every file. */
  scope?: string;
}

function resolveFile(base: string, known: ReadonlySet<string>): string | null {
  const stem = base.replace(/\.(m|c)?(j|t)sx?$/, '');
  const tries = [base, ...CODE_EXT.map((e) => stem + e), ...CODE_EXT.map((e) => `${base}/index${e}`)];
  for (const t of tries) if (known.has(t)) return t;
  return null;
}

/** Result of {@link groupFeatures}: features sorted by name, and the file → feature map. */
export interface Grouping {
  features: FeatureEvidence[];
  featureOfFile: Map<string, string>;
  /** Resolved relative imports of every file. */
  importsOf: Map<string, string[]>;
}

/**
 * Groups per-file facts into features. A file belongs to the feature its path names
 * (`src/commands/discord/*`, `src/services/DiscordService.ts` → `discord`) or the one the config
 * declares for it; tables, events and routes found in entry files are named by themselves
 * (`discord_guilds`, `discord:ready` → `discord`); `discord-guild` merges into `discord` when both
 * exist; aliases rename; test files join the features they import.
 */
export function groupFeatures(all: readonly FileFacts[], config: GroupingConfig = {}): Grouping {
  const facts = all.filter((f) => !f.error);
  const known = new Set(facts.map((f) => f.file));
  const generic = new Set((config.genericNames ?? []).map((n) => n.toLowerCase()));
  const aliases = new Map<string, string>(Object.entries(config.aliases ?? {}));
  const matchers: Array<{ name: string; match: (p: string) => boolean }> = [];
  for (const [name, def] of Object.entries(config.features ?? {}).sort(([a], [b]) => (a < b ? -1 : 1))) {
    for (const alias of def.aliases ?? []) aliases.set(alias, name);
    if (def.globs?.length) matchers.push({ name, match: picomatch(def.globs, { dot: true }) });
  }
  const configured = new Set(Object.keys(config.features ?? {}));
  const resolve = importResolver(known, config.pathAliases);

  const importsOf = new Map<string, string[]>();
  for (const f of facts) {
    const resolved = new Set<string>();
    for (const imp of f.imports) {
      const r = resolve(f.file, imp.specifier);
      if (r) resolved.add(r);
    }
    importsOf.set(f.file, [...resolved].sort());
  }

  // Pass 1: raw names, before merging and aliases.
  type Raw = { name: string; infra: boolean; config: boolean };
  const pathRawOf = new Map<string, Raw | null>();
  const pathRaw = (file: string): Raw | null => {
    if (pathRawOf.has(file)) return pathRawOf.get(file) ?? null;
    let raw: Raw | null = null;
    const hit = matchers.find((m) => m.match(file));
    if (hit) raw = { name: hit.name, infra: false, config: true };
    else {
      const p = nameFromPath(file, generic);
      if (p.kind === 'feature') raw = { name: p.name, infra: false, config: false };
      else if (p.kind === 'infra') raw = { name: p.name, infra: true, config: false };
    }
    pathRawOf.set(file, raw);
    return raw;
  };
  // Features grow from their entries: a file that only one feature's entries reach (through
  // imports, a few hops, not through infrastructure or other entries) belongs to that feature,
  // whatever its own path says (`server/lib/scanners/plex.ts`, imported only by the settings
  // routes, is the settings feature's).
  for (const f of facts) if (f.role === 'source' || f.role === 'candidate') pathRaw(f.file);
  splitGrabBags(pathRawOf, generic);
  const grown = growFromEntries(facts, importsOf, pathRaw);
  const fileRaw = (file: string): Raw | null => {
    const own = pathRaw(file);
    if (own?.config) return own;
    const g = grown.get(file);
    return g ? { name: g, infra: false, config: false } : own;
  };
  const assignments: Array<{ raw: string; key: EvidenceKey; item: Item; config: boolean }> = [];
  const memberships: Array<{ raw: string; file: string; config: boolean }> = [];
  const names = new Set<string>();
  const assign = (raw: string, key: EvidenceKey, item: Item, config = false): void => {
    assignments.push({ raw, key, item, config });
    names.add(raw);
  };
  const scripts: Item[] = [];
  const wranglerCrons: Item[] = [];
  const tests: FileFacts[] = [];
  const scheduledFiles: string[] = [];
  const deferredTables: Item[] = [];
  // Queries in a file no feature owns (a shared service): they join the feature their table names
  // when that feature exists; a table name alone never makes a feature.
  const deferredRefs: Array<{ item: Item; fallback: string }> = [];
  // The feature a scheduled job in an entry file runs: the module that exports what its branch calls.
  const jobTarget = (f: FileFacts, job: Item): string | null => {
    for (const name of job.calls ?? []) {
      const imp = f.imports.find((i) => i.names.includes(name));
      const target = imp ? resolve(f.file, imp.specifier) : null;
      const raw = target ? fileRaw(target) : null;
      if (raw && !raw.infra) return raw.name;
    }
    return null;
  };

  // A route registered in a file that names no feature (`server.ts`: `app.post('/rest/user/login',
  // login())`) belongs to the feature of the module its handler is imported from (`routes/login.ts`),
  // not to its URL prefix (`rest`).
  const handlerFeature = (f: FileFacts, r: Item): string | null => {
    const local = f.routeHandlers?.[`${r.line}:${r.name}`];
    const spec = local !== undefined && Object.hasOwn(f.importLocals, local) ? f.importLocals[local] : undefined;
    const target = spec !== undefined ? resolve(f.file, spec) : null;
    const raw = target && target !== f.file ? fileRaw(target) : null;
    return raw && !raw.infra ? raw.name : null;
  };
  // A URL prefix whose routes are handled by modules of many features is a grab-bag (juice-shop's
  // 55 `/rest/…` routes over 40 handler modules): its routes go to their handlers' features. A
  // prefix served by a few modules (`/profile`, `/profile/image/file`, `/profile/image/url`) stays one feature.
  const prefixHandlers = new Map<string, Set<string>>();
  for (const f of facts) {
    if (f.role !== 'source' || f.routes.length === 0 || !f.routeHandlers) continue;
    const own = fileRaw(f.file);
    if (own && !own.infra) continue;
    for (const r of f.routes) {
      const byUrl = nameFromItem('route', r.name, generic) ?? '';
      const hf = handlerFeature(f, r);
      if (!hf) continue;
      let set = prefixHandlers.get(byUrl);
      if (!set) prefixHandlers.set(byUrl, (set = new Set()));
      set.add(hf);
    }
  }
  const routeFeature = (f: FileFacts, r: Item, byUrl: string): string => {
    const hf = handlerFeature(f, r);
    const url = nameFromItem('route', r.name, generic);
    if (hf && (url === null || (prefixHandlers.get(url)?.size ?? 0) >= GRAB_BAG_PREFIX_MODULES)) return hf;
    return byUrl;
  };
  for (const f of facts) {
    if (f.role === 'test') {
      tests.push(f);
      continue;
    }
    if (f.role === 'package-json') {
      scripts.push(...f.commands);
      continue;
    }
    const own = f.role === 'source' || f.role === 'candidate' ? fileRaw(f.role === 'candidate' ? promotedPath(f.file) : f.file) : f.role === 'sql' || f.role === 'prisma' ? fileRawIfConfigured(f.file) : null;
    const specific = own && !own.infra ? own : null;
    // Markers in a migration belong to the feature of the first table it creates.
    const firstTable = (f.role === 'sql' || f.role === 'prisma') && f.tables[0] ? nameFromItem('table', f.tables[0].name, generic) : null;
    const fallback = own?.name ?? firstTable ?? commandName(f) ?? 'app';
    if (f.role === 'candidate') {
      const target = promotedPath(f.file);
      assign(specific?.name ?? fallback, 'candidates', { name: target, file: f.file, line: 1, kind: 'candidate', detail: known.has(target) ? 'replaces an existing file' : 'new file' }, Boolean(own?.config));
      continue;
    }
    if (own) {
      memberships.push({ raw: own.name, file: f.file, config: own.config });
      names.add(own.name);
    }
    if (f.scheduledHandler && specific) scheduledFiles.push(f.file);
    const byItem = (kind: 'table' | 'event' | 'route' | 'command' | 'service', item: Item): string => {
      if (specific) return specific.name;
      // A command is named by what the user types, even a word no folder could name a feature by
      // (oclif's `commands/worker.ts` is the `worker` command, not the app).
      return nameFromItem(kind, item.name, generic) ?? (kind === 'command' ? spokenName(item) : null) ?? fallback;
    };
    for (const c of f.commands) assign(byItem('command', c), 'commands', c, Boolean(specific?.config));
    for (const r of f.routes) assign(specific ? specific.name : routeFeature(f, r, byItem('route', r)), 'routes', r, Boolean(specific?.config));
    for (const s of f.services) assign(byItem('service', s), 'services', s, Boolean(specific?.config));
    for (const t of f.tables) {
      if (own?.config) assign(own.name, 'tables', t, true);
      else deferredTables.push(t);
    }
    // Queries inside migrations (copying rows between tables) are schema work, no feature's use.
    const migration = f.role === 'sql' || f.role === 'prisma' || own?.name === 'migrations' || own?.name === 'migration' || /(^|\/)migrations?\//.test(f.file);
    for (const t of f.tableRefs) {
      if (t.kind === 'sql-ddl' || migration) continue;
      if (specific) assign(specific.name, 'tableRefs', t, Boolean(specific.config));
      else deferredRefs.push({ item: t, fallback });
    }
    // Only a namespaced event (`discord:ready`) names a feature; `ready` in an entry file is the app's.
    for (const e of f.events) assign(specific ? specific.name : /[:./]/.test(e.name) ? (nameFromItem('event', e.name, generic) ?? fallback) : fallback, 'events', e, Boolean(specific?.config));
    for (const j of f.jobs) {
      if (j.kind === 'wrangler-cron') wranglerCrons.push(j);
      // The `scheduled` handler itself is plumbing; the crons it dispatches carry the feature.
      else if (j.kind === 'scheduled-handler' && !specific) assign(fallback, 'jobs', j);
      else assign(specific?.name ?? jobTarget(f, j) ?? (own?.infra ? own.name : 'jobs'), 'jobs', j, Boolean(specific?.config));
    }
    for (const k of f.envKeys) assign(fallback, 'envKeys', k);
    for (const m of f.markers) assign(fallback, 'markers', m);
    for (const s of f.stubs) assign(fallback, 'stubs', s);
    for (const x of f.findings) assign(fallback, 'findings', x);
  }
  const nonTableNames = new Set(names);
  for (const { item, fallback } of deferredRefs) {
    const raw = nameFromItem('table', item.name, generic);
    const head = raw ? headWord(raw) : null;
    assign(raw && nonTableNames.has(raw) ? raw : head && nonTableNames.has(head) ? head : fallback, 'tableRefs', item);
  }
  // A created table belongs to the feature its name gives when that feature exists, else to the
  // feature whose code queries it most, else to the schema. Who queries each table: counted once
  // (the loop below adds tables, never queries), not by a pass over every assignment per table.
  const usersOf = new Map<string, Map<string, number>>();
  if (deferredTables.length > 0) {
    for (const a of assignments) {
      if (a.key !== 'tableRefs') continue;
      let users = usersOf.get(a.item.name);
      if (!users) usersOf.set(a.item.name, (users = new Map()));
      users.set(a.raw, (users.get(a.raw) ?? 0) + 1);
    }
  }
  for (const t of deferredTables) {
    // Scratch tables of a migration (`temporary_user`, `__new_users`), renamed or dropped in it.
    if (/^(temporary|temp|tmp)_|^_+new_/.test(t.name)) continue;
    const raw = nameFromItem('table', t.name, generic);
    const head = raw ? headWord(raw) : null;
    if (raw && (nonTableNames.has(raw) || configured.has(raw) || aliases.has(raw))) assign(raw, 'tables', t);
    else if (head && (nonTableNames.has(head) || configured.has(head) || aliases.has(head))) assign(head, 'tables', t);
    else {
      const top = [...(usersOf.get(t.name) ?? [])].sort(([an, ac], [bn, bc]) => bc - ac || (an < bn ? -1 : 1))[0];
      // A table no code queries is part of the schema, not a feature of its own.
      assign(top?.[0] ?? 'schema', 'tables', t);
    }
  }
  for (const cron of wranglerCrons) {
    const inCode = assignments.find((a) => a.key === 'jobs' && a.item.kind === 'scheduled-cron' && a.item.name === cron.name);
    const handler = scheduledFiles[0] ? fileRaw(scheduledFiles[0]) : null;
    assign(inCode?.raw ?? handler?.name ?? 'jobs', 'jobs', cron);
  }

  // Pass 2: names that differ only in case, separators or plural are one (`webserversetting`,
  // `web-server-setting`: the one with more words shown); then `discord-guild` merges into
  // `discord` when `discord` exists; then aliases.
  const spelled = new Map<string, string>();
  for (const n of [...names, ...configured].sort()) {
    const key = mergeKey(n);
    const seen = spelled.get(key);
    if (configured.has(n) || seen === undefined || (!configured.has(seen) && n.split('-').length > seen.split('-').length)) spelled.set(key, n);
  }
  const spelling = (raw: string): string => spelled.get(mergeKey(raw)) ?? raw;
  // A folder that holds a NestJS module (`team-collection/team-collection.module.ts`) is a module
  // boundary its authors drew: `team-collection` stays beside `team`, not merged into it.
  const modules = new Set(facts.filter((f) => /\.module\.[cm]?[jt]s$/.test(f.file)).map((f) => featureName(path.posix.basename(path.posix.dirname(f.file)))));
  const canonical = (rawName: string): string => {
    const direct = aliases.get(rawName);
    if (direct) return direct;
    const raw = spelling(rawName);
    if (configured.has(raw)) return raw;
    const head = headWord(raw);
    // The head as the merged spelling shows it: `chatflows-streaming` joins `chat-flow` when
    // `chatflow` and `chat-flow` are one name.
    if (head !== raw && !modules.has(raw) && (names.has(head) || configured.has(head))) return aliases.get(head) ?? spelling(head);
    return aliases.get(raw) ?? raw;
  };
  const features = new Map<string, FeatureEvidence>();
  const feature = (name: string): FeatureEvidence => {
    let f = features.get(name);
    if (!f) {
      f = emptyFeature(name, configured.has(name) ? 'config' : 'derived');
      features.set(name, f);
    }
    return f;
  };
  const featureOfFile = new Map<string, string>();
  for (const m of memberships) {
    const name = canonical(m.raw);
    feature(name).files.add(m.file);
    featureOfFile.set(m.file, name);
  }
  for (const a of assignments) {
    const f = feature(canonical(a.raw));
    f[a.key].push(a.item);
    f.files.add(a.item.file);
  }
  // npm scripts count as commands only for a feature that exists already (`feeds:sync` → feed).
  for (const s of scripts) {
    const raw = nameFromItem('command', s.name, generic);
    const name = raw ? canonical(raw) : null;
    if (name && features.has(name) && !isInfraOnlyName(name)) {
      const f = feature(name);
      f.commands.push(s);
      f.files.add(s.file);
    }
  }
  // Tests join every feature they import (directly, or through one level of barrel files).
  for (const t of tests) {
    const joined = new Set<string>();
    for (const imp of importsOf.get(t.file) ?? []) {
      const name = featureOfFile.get(imp);
      if (name && !isInfraOnlyName(name)) joined.add(name);
    }
    if (joined.size === 0) {
      const p = nameFromPath(t.file, generic);
      if (p.kind === 'feature' && features.has(canonical(p.name))) joined.add(canonical(p.name));
    }
    for (const name of joined) {
      const f = feature(name);
      f.tests.push({ name: path.posix.basename(t.file), file: t.file, line: 1, kind: 'test' });
    }
  }
  foldTablesIntoUsers(features, featureOfFile, configured);
  foldInfrastructure(features, featureOfFile, configured);
  renameLoneApp(features, featureOfFile, configured);
  const sorted = [...features.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const f of sorted) for (const key of EVIDENCE_KEYS) f[key].sort(byLocation);
  return { features: sorted, featureOfFile, importsOf };

  function fileRawIfConfigured(file: string): Raw | null {
    const hit = matchers.find((m) => m.match(file));
    return hit ? { name: hit.name, infra: false, config: true } : null;
  }
}

/** Folders a package keeps its sources under, passed through when a grab-bag is split. */
const SOURCE_ROOTS: ReadonlySet<string> = new Set(['src', 'lib', 'source']);

/** A folder-named feature with more files than this is split by its next folder level. */
const GRAB_BAG_FILES = 100;

// `worker/agents/**` (125 files) is not one feature: its files are named by the next folder
// below the one that named them (`worker/agents/output-formats/x.ts` → `output-format`), a source
// root passed through (`packages/backend/src/team/x.ts` → `team`); files directly in it, or in a
// generic or infrastructure subfolder, keep the folder's name.
function splitGrabBags(rawOf: Map<string, { name: string; infra: boolean; config: boolean } | null>, generic: ReadonlySet<string>): void {
  const count = new Map<string, number>();
  for (const raw of rawOf.values()) if (raw && !raw.infra && !raw.config) count.set(raw.name, (count.get(raw.name) ?? 0) + 1);
  for (const [file, raw] of rawOf) {
    if (!raw || raw.infra || raw.config || (count.get(raw.name) ?? 0) <= GRAB_BAG_FILES) continue;
    const segments = file.split('/');
    const at = segments.findIndex((seg) => featureName(seg) === raw.name);
    if (at < 0) continue;
    // Through the package's source root: `packages/backend/src/team/team.service.ts` (a
    // monorepo package named by its folder) → `team`, as `src/team/…` would be scanned alone.
    let i = at + 1;
    while (i + 2 < segments.length && SOURCE_ROOTS.has(segments[i] as string)) i++;
    const sub = i + 1 < segments.length ? (segments[i] as string) : undefined;
    const name = sub ? featureName(sub) : '';
    // `pages/` is generic as written, though its singular (`page`) is not in the list.
    const genericDir = sub !== undefined && GENERIC_NAMES.has(sub.toLowerCase());
    if (name && !genericDir && isFeatureName(name) && !GENERIC_NAMES.has(name) && !INFRA_NAMES.has(name) && !generic.has(name)) rawOf.set(file, { name, infra: false, config: false });
  }
}

// A command by what the user types, even a word no folder could name a feature by.
function spokenName(c: Item): string | null {
  const name = featureName(c.name.split(/[:\s]/)[0] ?? '');
  return name && isFeatureName(name) && !INFRA_NAMES.has(name) ? name : null;
}

// A file that defines one command and no route is that command's (its events and env keys too).
function commandName(f: FileFacts): string | null {
  const c = f.commands[0];
  return f.commands.length === 1 && f.routes.length === 0 && c ? spokenName(c) : null;
}

// Stems of the files that start an app: what they hold is the app's own (`app`).
const ENTRY_STEMS = /^(index|main|server|app|cli|bin|mod|entry|start|bootstrap|program)$/;

/**
 * The `app` group is where an app's entry files and what no folder names go. When it holds one
 * file that is no entry file (taxonomy's `lib/db.ts`: every folder generic, a generic stem), it is
 * named by that file's stem (`db`): `app` says nothing of it.
 */
function renameLoneApp(features: Map<string, FeatureEvidence>, featureOfFile: Map<string, string>, configured: ReadonlySet<string>): void {
  const app = features.get('app');
  const file = app && app.files.size === 1 ? [...app.files][0] : undefined;
  if (!app || !file || configured.has('app')) return;
  const stem = path.posix.basename(file).replace(/\.[^.]+$/, '');
  const name = featureName(stem);
  if (ENTRY_STEMS.test(stem) || !name || !isFeatureName(name) || features.has(name)) return;
  features.delete('app');
  app.name = name;
  features.set(name, app);
  if (featureOfFile.get(file) === 'app') featureOfFile.set(file, name);
}

/** A URL prefix whose routes' handlers come from this many features' modules is split by handler. */
const GRAB_BAG_PREFIX_MODULES = 5;

/** How many import hops a feature grows from its entry files. */
const GROW_DEPTH = 3;

function growFromEntries(facts: readonly FileFacts[], importsOf: ReadonlyMap<string, string[]>, pathRaw: (file: string) => { name: string; infra: boolean; config: boolean } | null): Map<string, string> {
  const seeds = new Map<string, string>();
  for (const f of facts) {
    // Jobs, consumers and registered listeners grow a feature as commands and routes do (entry-kinds.ts).
    if (f.role !== 'source' || entryItems(f).length === 0) continue;
    const raw = pathRaw(f.file);
    if (raw && !raw.infra) seeds.set(f.file, raw.name);
  }
  const reachers = new Map<string, Set<string>>();
  for (const [file, name] of seeds) {
    let frontier = [file];
    const seen = new Set(frontier);
    for (let depth = 0; depth < GROW_DEPTH && frontier.length > 0; depth++) {
      const next: string[] = [];
      for (const from of frontier) {
        for (const to of importsOf.get(from) ?? []) {
          if (seen.has(to) || seeds.has(to)) continue;
          seen.add(to);
          const raw = pathRaw(to);
          if (raw?.infra || raw?.config) continue;
          let set = reachers.get(to);
          if (!set) reachers.set(to, (set = new Set()));
          set.add(name);
          next.push(to);
        }
      }
      frontier = next;
    }
  }
  const out = new Map<string, string>();
  for (const [file, by] of reachers) if (by.size === 1) out.set(file, [...by][0] as string);
  return out;
}

/** Orders items by file, line, name and kind, so reports are stable. */
export function byLocation(a: Item, b: Item): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  if (a.line !== b.line) return a.line - b.line;
  if (a.name !== b.name) return a.name < b.name ? -1 : 1;
  const ak = a.kind ?? '';
  const bk = b.kind ?? '';
  return ak < bk ? -1 : ak > bk ? 1 : 0;
}
