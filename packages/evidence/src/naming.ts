import path from 'node:path';

/** Folder and file names that never name a feature on their own. */
export const GENERIC_NAMES: ReadonlySet<string> = new Set([
  'src', 'lib', 'app', 'apps', 'source', 'commands', 'command', 'cmds', 'cmd', 'services', 'service', 'routes', 'route',
  'router', 'routers', 'handlers', 'handler', 'controllers', 'controller', 'models', 'model', 'db', 'database', 'schema',
  'schemas', 'drizzle', 'prisma', 'jobs', 'job', 'cron', 'crons', 'tasks', 'task', 'workers',
  'worker', 'events', 'event', 'listeners', 'listener', 'subscribers', 'api', 'test', 'tests', '__tests__', 'spec',
  'specs', 'e2e', 'components', 'pages', 'server', 'client', 'index', 'main', 'features', 'feature', 'modules',
  'module', 'packages', 'bin', 'scripts', 'repositories', 'repository', 'repos', 'queues', 'queue', 'slash-commands',
  'slash', 'interactions', 'bot', 'v1', 'v2', 'v3', 'internal', 'public', 'sql', 'functions', 'entry', 'app-router',
  'store', 'stores', 'domain', 'domains', 'infra', 'infrastructure', 'candidate', 'mod', 'cli', 'http', 'web', 'www',
  'entity', 'entities', 'subscriber', 'listeners', 'controllers',
  // Layer folders, like models/ and controllers/: `app/data/allocations-dao.js` is the allocation
  // feature's data access (NodeGoat), `src/api/resolvers/PetResolver.ts` the pet feature's GraphQL entry.
  'data', 'dao', 'daos', 'resolvers', 'resolver',
  // skyra's `lib/moderation/managers/` holds the moderation feature's managers, as services/ would.
  'managers',
]);

/** Folders (and file names) whose files are infrastructure: they form a feature of that name, always SKIP. */
export const INFRA_NAMES: ReadonlySet<string> = new Set([
  'utils', 'util', 'helpers', 'helper', 'config', 'configs', 'types', 'typings', 'middleware', 'middlewares', 'constants',
  'shared', 'common', 'core', 'logger', 'logging', 'env', 'setup', 'bootstrap', 'errors', 'vendor', 'polyfills', 'app',
  'jobs', 'events', 'scripts', 'migrations', 'migration', 'structures', 'guards', 'guard', 'interceptors', 'interceptor', 'pipes',
  // An error handler (`routes/error.js`) is plumbing, as `errors/` is.
  'error',
]);

// Words that never name a feature: English stop words, SQL keywords, and one-letter names.
const NOT_NAMES = new Set([
  'a', 'an', 'the', 'and', 'or', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'as', 'is', 'it', 'no', 'not', 'yes', 'this', 'that',
  'we', 'you', 'they', 'he', 'she', 'me', 'us', 'them', 'may', 'can', 'will', 'also', 'so', 'be', 'are', 'was',
  'your', 'my', 'our', 'new', 'old', 'now', 'all', 'any', 'some', 'each', 'other', 'type', 'types', 'default', 'null', 'true', 'false',
  'select', 'insert', 'update', 'delete', 'where', 'set', 'values', 'into', 'join', 'cascade', 'restrict', 'action', 'table', 'index', 'key',
  'primary', 'foreign', 'references', 'constraint', 'unique', 'check', 'create', 'alter', 'drop', 'exists', 'if', 'then', 'else', 'case', 'when',
]);

/** Whether a name may name a feature: not a stop word, an SQL keyword, a number or a single character. */
export function isFeatureName(name: string): boolean {
  return name.length > 1 && !/^\d+$/.test(name) && !NOT_NAMES.has(name) && !NOT_NAMES.has(name.replace(/-/g, ''));
}

/** Names that differ only in case, separators or plural share this key: `web-server-setting`, `webServerSettings`. */
export function mergeKey(name: string): string {
  return words(name).map(singular).join('');
}

const ROLE_SUFFIX = /\.(candidate|test|spec|service|controller|routes|route|router|command|cmd|job|schema|model|repository|repo|handler|listener|client|resolver|dao|d)$/;
const CLASS_SUFFIX = /(Service|Client|Repository|Repo|Manager|Controller|Command|Router|Routes|Handler|Job|Worker|Listener|Subscriber|Schema|Model|Table|Store|Provider|Module|Resolver|DAO|Dao)$/;
// The same role written as a kebab- or snake-case word at the end of a file name: `allocations-dao.js`.
const ROLE_WORD = /[-_](dao|resolver|repository|repo|service|controller|handler)$/i;

/** Splits `DiscordGuildService`, `discord_guilds`, `discord-guild` or `discord:ready` into lower-case words. */
export function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
}

/** English plural to singular for the common cases: guilds → guild, entries → entry, classes → class. */
export function singular(word: string): string {
  if (word.length <= 3) return word;
  if (/ies$/.test(word)) return `${word.slice(0, -3)}y`;
  // `addresss`: a plural made by appending s to a word in -ss (generated REST resources, `${model}s`).
  if (/sss$/.test(word)) return word.slice(0, -1);
  // `news` keeps its s; `chatflows`, `windows`, `reviews` do not (Flowise's routes/chatflows
  // beside its ChatFlow entity: one feature).
  if (/(ss|us|is)$/.test(word) || word === 'news') return word;
  if (/(ches|shes|sses|xes)$/.test(word)) return word.slice(0, -2);
  if (/s$/.test(word)) return word.slice(0, -1);
  return word;
}

/** A feature name from a free-form name: singular kebab-case words, e.g. `discord_guilds` → `discord-guild`. */
export function featureName(name: string): string {
  return words(name).map(singular).join('-');
}

/** The part of a feature name that other names are merged into: its first word. */
export function headWord(name: string): string {
  return name.split('-')[0] ?? name;
}

/** How a file's path names a feature. */
export type PathName = { kind: 'feature'; name: string } | { kind: 'infra'; name: string } | { kind: 'none' };

/**
 * Derives a feature name from a file path: the first folder below the generic ones
 * (`src/commands/discord/link.ts` → `discord`), else the file name without role suffixes
 * (`src/services/DiscordService.ts` → `discord`). Files in utility folders name an
 * infrastructure feature (`src/utils/format.ts` → `utils`); entry files name none.
 */
export function nameFromPath(relPath: string, extraGeneric: ReadonlySet<string> = new Set()): PathName {
  const isGeneric = (s: string): boolean => GENERIC_NAMES.has(s) || extraGeneric.has(s);
  const segments = relPath.split('/');
  const fileName = segments.pop() ?? '';
  for (let i = 0; i < segments.length; i++) {
    const dir = segments[i] as string;
    const lower = dir.toLowerCase();
    if (INFRA_NAMES.has(lower) && !GENERIC_NAMES.has(lower)) return { kind: 'infra', name: lower };
    // Event handlers in a generic subfolder (`listeners/commands/*`: command lifecycle logging and
    // errors) are one infrastructure group, not a feature per file.
    if (/^(listeners|events|subscribers)$/.test(lower)) {
      const next = segments[i + 1]?.toLowerCase();
      if (next === undefined || isGeneric(next)) return { kind: 'infra', name: 'listeners' };
    }
    if (isGeneric(lower) || dir.startsWith('.') || dir.startsWith('(') || dir.startsWith('[')) continue;
    const name = featureName(dir);
    if (name && !isGeneric(name) && isFeatureName(name)) return { kind: 'feature', name };
  }
  let base = fileName.replace(/\.[^.]+$/, '');
  while (ROLE_SUFFIX.test(base)) base = base.replace(ROLE_SUFFIX, '');
  const routesFile = /(Routes|Router)$|\.(routes|router)$/.test(base) || /\.(routes|router)\.[^.]+$/.test(fileName);
  // A numeric prefix with its separator is an ordering (`001_init`, `1511105183653-CreateUserTable`);
  // digits that are part of the word stay (`2fa`, `3d-viewer`).
  base = base.replace(/^\d+[_-]/, '').replace(CLASS_SUFFIX, '').replace(ROLE_WORD, '') || base;
  // `appRoutes.ts` serves the apps resource: `app` (or `apps`, the same name once merged) is the entry files' group.
  if (routesFile && base.toLowerCase() === 'app') return { kind: 'feature', name: 'apps-api' };
  const lowerBase = base.toLowerCase();
  if (INFRA_NAMES.has(lowerBase) && !GENERIC_NAMES.has(lowerBase)) return { kind: 'infra', name: lowerBase };
  const name = featureName(base);
  if (!name || isGeneric(name) || isGeneric(lowerBase) || /^[[($+_]/.test(base) || !isFeatureName(name)) return { kind: 'none' };
  return { kind: 'feature', name };
}

/** A feature name from an item name: a table, an event (`discord:ready`), a route path or a command. */
export function nameFromItem(kind: 'table' | 'event' | 'route' | 'command' | 'service', name: string, extraGeneric: ReadonlySet<string> = new Set()): string | null {
  const n = rawNameFromItem(kind, name, extraGeneric);
  return n !== null && isFeatureName(n) ? n : null;
}

function rawNameFromItem(kind: 'table' | 'event' | 'route' | 'command' | 'service', name: string, extraGeneric: ReadonlySet<string>): string | null {
  const isGeneric = (s: string): boolean => GENERIC_NAMES.has(s) || extraGeneric.has(s);
  if (kind === 'route') {
    for (const seg of name.split('/')) {
      if (!seg || seg.startsWith(':') || seg.startsWith('*') || seg.startsWith('{') || isGeneric(seg.toLowerCase())) continue;
      const n = featureName(seg);
      if (n && !isGeneric(n)) return headWord(n);
    }
    return null;
  }
  if (kind === 'event') {
    const first = name.split(/[:./]/)[0] ?? '';
    const n = featureName(first);
    return n && !isGeneric(n) ? headWord(n) : null;
  }
  if (kind === 'service') {
    const n = featureName(name.replace(CLASS_SUFFIX, ''));
    return n && !isGeneric(n) ? n : null;
  }
  const n = featureName(kind === 'command' ? (name.split(/[:\s]/)[0] ?? name) : name);
  return n && !isGeneric(n) ? n : null;
}

/** The path a candidate file would have once promoted: `x.candidate.ts` → `x.ts`. */
export function promotedPath(candidate: string): string {
  const dir = path.posix.dirname(candidate);
  const base = path.posix.basename(candidate).replace(/\.candidate(?=\.|$)/, '');
  return dir === '.' ? base : `${dir}/${base}`;
}

/** PascalCase of a feature name: `discord-guild` → `DiscordGuild`. */
export function pascal(name: string): string {
  return name
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]?.toUpperCase() + w.slice(1))
    .join('');
}

/** camelCase of a feature name: `discord-guild` → `discordGuild`. */
export function camel(name: string): string {
  const p = pascal(name);
  return p ? (p[0] as string).toLowerCase() + p.slice(1) : p;
}
