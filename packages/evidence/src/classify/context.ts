import type { EntryLinks } from '../link/crossfile.js';
import type { EnvDocs } from '../env-docs.js';
import type { ProjectLayout } from '../project.js';
import type { Framework } from '../frameworks.js';
import type { FileFacts, Item } from '../types.js';

/** What classification needs to know beyond the feature itself. */
export interface ClassifyContext {
  /** Every table created anywhere (normalised names, Prisma `@@map` names too). */
  createdTables: ReadonlySet<string>;
  /** Env keys documented in an env example or wrangler config. */
  documentedEnv: ReadonlySet<string>;
  /**
   * Where env keys are documented per example file: a key is compared with the example nearest
   * the file that reads it. Without it, {@link documentedEnv} answers for every file.
   */
  envDocs?: EnvDocs;
  /** Cross-file links of entry files. */
  links: ReadonlyMap<string, EntryLinks>;
  /**
   * Last line of each command or route definition by file, keyed `line:name`
   * ({@link FileFacts.entryEnds}); absent means one entry per file is assumed.
   */
  entryEnds?: ReadonlyMap<string, Readonly<Record<string, number>>>;
  /** Tables each file references (for entry → service → table flows). */
  tablesOfFile: ReadonlyMap<string, string[]>;
  /**
   * Files each file imports (resolved). With it, a stub counts as breakage only in a file an
   * entry reaches, and queries in files an entry imports count as its data access; without it
   * every file is taken as reached.
   */
  importsOf?: ReadonlyMap<string, readonly string[]>;
  /** Entry files of the whole project (commands, routes, jobs, listeners): where reachability starts. */
  entryFiles?: readonly string[];
  /**
   * Files that do real work, with what they hold: a service, a query, an ORM entity
   * (`SearchService`, `table feeds`). An entry that reaches one within a few imports does real work.
   */
  workFiles?: ReadonlyMap<string, string>;
  /**
   * For each entry file, the project modules its imported names come from and the lines that
   * use them: an entry reaches real work through the modules its own handler uses. Without it,
   * everything the file imports counts for each of its entries.
   */
  usedModules?: ReadonlyMap<string, ReadonlyArray<{ target: string; lines: readonly number[] }>>;
  /** Names each file calls from its imports or its own helpers (FileFacts.uses). */
  usesOf?: ReadonlyMap<string, readonly string[]>;
  /** Top-level named functions that hold a stub, by file (FileFacts.stubHelpers): their stubs count only where an entry's path calls them. */
  stubHelpers?: ReadonlyMap<string, ReadonlyArray<{ name: string; line: number; end: number }>>;
  /** The entry items of each entry file (for "used by" lines of shared services). */
  entriesOf?: ReadonlyMap<string, readonly Item[]>;
  /** The framework of an entry (frameworks.ts): fix tasks speak its language. */
  frameworkOf?: (e: Item) => Framework;
  layout: ProjectLayout;
  /** Features whose confidence is below this are SKIP. */
  confidenceFloor: number;
  /** Detector severities that keep a feature from PASS. */
  criticalSeverities: ReadonlySet<string>;
  /** Feature names declared infrastructure in the config. */
  infrastructure: ReadonlySet<string>;
  /** `evidence.requireTests`: a feature without tests is WARN. */
  requireTests?: boolean;
}
