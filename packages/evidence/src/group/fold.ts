import { INFRA_NAMES } from '../naming.js';
import { EVIDENCE_KEYS, emptyFeature, type FeatureEvidence } from './feature.js';

// Folds applied once features are grown: a table-only feature into the feature that queries its
// tables, and infrastructure-only groups into their bucket.

/** Names of the groups entry files and unowned jobs fall into: never a feature to fold into. */
export function isInfraOnlyName(name: string): boolean {
  return name === 'app' || name === 'jobs';
}

/**
 * A feature that is only tables (an ORM entity or model file and its migrations: no entry,
 * service, job or candidate) is the data of the feature whose code queries those tables most:
 * Flowise's `database/entities/CustomTemplate.ts` is the marketplace routes' table, not a
 * feature of its own. Tables no other feature queries stay where they are.
 */
export function foldTablesIntoUsers(features: Map<string, FeatureEvidence>, featureOfFile: Map<string, string>, configured: ReadonlySet<string>): void {
  const usersOf = new Map<string, Map<string, number>>();
  for (const f of features.values()) {
    for (const t of f.tableRefs) {
      let users = usersOf.get(t.name);
      if (!users) usersOf.set(t.name, (users = new Map()));
      users.set(f.name, (users.get(f.name) ?? 0) + 1);
    }
  }
  for (const f of [...features.values()].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (configured.has(f.name) || INFRA_NAMES.has(f.name) || f.name === 'schema' || f.tables.length === 0) continue;
    if (f.commands.length + f.routes.length + f.services.length + f.jobs.length + f.candidates.length > 0) continue;
    const own = new Set(f.tables.map((t) => t.name));
    const votes = new Map<string, number>();
    for (const table of own) {
      for (const [user, n] of usersOf.get(table) ?? []) {
        if (user !== f.name && features.has(user) && !INFRA_NAMES.has(user) && !isInfraOnlyName(user)) votes.set(user, (votes.get(user) ?? 0) + n);
      }
    }
    const top = [...votes].sort(([an, ac], [bn, bc]) => bc - ac || (an < bn ? -1 : 1))[0]?.[0];
    const into = top ? features.get(top) : undefined;
    if (!into) continue;
    for (const file of f.files) {
      into.files.add(file);
      if (featureOfFile.get(file) === f.name) featureOfFile.set(file, into.name);
    }
    for (const key of EVIDENCE_KEYS) into[key].push(...f[key]);
    features.delete(f.name);
    for (const users of usersOf.values()) {
      const n = users.get(f.name);
      if (n !== undefined) {
        users.delete(f.name);
        users.set(into.name, (users.get(into.name) ?? 0) + n);
      }
    }
  }
}

// Where an infrastructure-only group of files belongs instead of a feature of its own: shared UI
// pieces no single entry owns (`src/components/theme-toggle.tsx`), and tool config files.
function infraBucket(files: readonly string[]): string | null {
  if (files.every((f) => /(^|\/)(components|hooks|contexts?|providers|layouts?|icons|styles)\//.test(f))) return 'components';
  if (files.every((f) => /(^|\/)([\w.-]+\.config\.[cm]?[jt]s|\.?[\w-]+rc(\.[cm]?js)?|[\w-]+\.config\.(local|remote|dev|prod)\.[cm]?[jt]s)$/.test(f))) return 'config';
  return null;
}

/**
 * Folds features that hold nothing of a feature (no entry, service, table, job or candidate)
 * into the infrastructure group their files belong to, so a shared component or a tool's
 * config file is not a "feature" of its own. Features declared in the config stay.
 */
export function foldInfrastructure(features: Map<string, FeatureEvidence>, featureOfFile: Map<string, string>, configured: ReadonlySet<string>): void {
  for (const f of [...features.values()]) {
    if (configured.has(f.name) || f.name === 'components' || f.name === 'config') continue;
    const empty = f.commands.length + f.routes.length + f.services.length + f.tables.length + f.tableRefs.length + f.candidates.length + f.jobs.length === 0;
    const bucket = empty ? infraBucket([...f.files]) : null;
    if (!bucket) continue;
    let into = features.get(bucket);
    if (!into) {
      into = emptyFeature(bucket);
      features.set(bucket, into);
    }
    for (const file of f.files) {
      into.files.add(file);
      if (featureOfFile.get(file) === f.name) featureOfFile.set(file, bucket);
    }
    for (const key of EVIDENCE_KEYS) into[key].push(...f[key]);
    features.delete(f.name);
  }
}
