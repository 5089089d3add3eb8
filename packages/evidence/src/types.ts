import type { EvidenceReportTypes } from '@readycheck/core';
import type { LinkFacts } from './link/crossfile.js';

/** One piece of evidence: what was found, and where (file relative to the root, 1-based line). */
export type Item = EvidenceReportTypes.Item;

/** How a file takes part in the project, as far as one file can tell. */
export type FileRole = 'source' | 'test' | 'candidate' | 'sql' | 'prisma' | 'package-json' | 'env-example' | 'wrangler';

/** A reference from code to a module, as written (`./services/x`) with its line. */
export interface ImportRef {
  specifier: string;
  line: number;
  /** Names imported (`default` for a default import, `*` for a namespace import). */
  names: string[];
}

/** A table referenced through a Drizzle table variable, resolved to a table name across files. */
export interface TableVarRef {
  variable: string;
  line: number;
  /** What made the reference (`sequelize`, `mongoose`); Drizzle when absent. */
  kind?: string;
}

/**
 * Everything one file says, extracted from one parse. Plain JSON so it can be cached by content
 * hash and passed between worker threads.
 */
export interface FileFacts {
  file: string;
  role: FileRole;
  lines: number;
  hash: string;
  commands: Item[];
  routes: Item[];
  services: Item[];
  /** Tables this file creates. */
  tables: Item[];
  /** Tables this file reads or writes by name. */
  tableRefs: Item[];
  /** Drizzle table variables this file uses (`db.select().from(users)`), resolved later. */
  tableVarRefs: TableVarRef[];
  /** Drizzle table variables this file declares: variable → table name. */
  tableVars: Record<string, string>;
  events: Item[];
  jobs: Item[];
  /** Env keys read. */
  envKeys: Item[];
  /** Env keys documented (env example, wrangler vars and bindings). */
  envDocs: Item[];
  markers: Item[];
  stubs: Item[];
  /** Detector findings that are neither markers nor stubs. */
  findings: Item[];
  imports: ImportRef[];
  /**
   * Last line of each command or route definition (`program.command('x')…action(…)`,
   * `app.get('/x', handler)`), keyed `line:name`: a service call inside it belongs to that entry
   * alone when one file defines several.
   */
  entryEnds: Record<string, number>;
  /**
   * The imported name each route's handler comes from, keyed `line:name` as {@link entryEnds}:
   * `login` for `app.post('/rest/user/login', login())`, `utils.asyncHandler(search())` → `search`.
   */
  routeHandlers?: Record<string, string>;
  /** Signals that this file registers commands (reads the commands folder, `commands.set`, `addCommand`...). */
  registersCommands: number;
  /** Routers this file mounts under a path: `app.route('/api/billing', billing)`, `app.use('/users', usersRouter)`. */
  mounts: Array<{ prefix: string; local: string }>;
  /** Module each imported local name comes from: `billing` → `./routes/billing.js`. */
  importLocals: Record<string, string>;
  /** Signals that this file mounts routes (`app.route('/x', r)`, `app.use('/x', router)`). */
  mountsRoutes: number;
  /** The file has a Workers-style `scheduled` handler. */
  scheduledHandler: boolean;
  /**
   * Queries a database without naming a table the scan can check (a MongoDB collection:
   * `db.collection('allocations')`, `db.reviewsCollection.find(…)`): real work (extract/mongoose.ts).
   */
  queriesDatabase?: boolean;
  /** Test-runner evidence (extract/tests.ts): the runner imported, and the suites and cases called. */
  test?: { runner?: string; suites: number; cases: number };
  /** The file calls an HTTP API (`fetch`, `axios.get`, `useSWR`…): real work for a page or a client. */
  httpCalls?: boolean;
  /** Runs other programs (child_process, execa, tinyexec, cross-spawn): a CLI's real work (extract/processes.ts). */
  spawnsProcesses?: boolean;
  /** vue-router pages this file declares whose component is a module: moved to that module's file (link.ts). */
  routeComponents?: Array<{ name: string; line: number; specifier: string }>;
  /**
   * Lines of empty functions handed over as a callback (a JSX prop, a call's argument, not an
   * entry's handler): intended no-ops, never a stub on an entry's path (extract/callbacks.ts).
   */
  noOpCallbacks?: number[];
  /** Top-level named functions that hold a stub (a helper: `notImplemented()`), with their lines. */
  stubHelpers?: Array<{ name: string; line: number; end: number }>;
  /** Names the file calls from its imports or its own helpers (and passes to its entries' registrations). */
  uses?: string[];
  /** What the cross-file pass needs from this file (JS/TS sources only), read from the same parse. */
  links?: LinkFacts;
  /**
   * Why the file's facts are not used: a syntax error, or (`code` {@link UNSCANNABLE}-style
   * `RC_FILE_UNSCANNABLE`) a file nested too deeply to be scanned to the end.
   */
  error?: { line: number; column: number; message: string; code?: string };
}

/** Makes an empty {@link FileFacts} for a file. */
export function emptyFacts(file: string, role: FileRole, lines: number, hash: string): FileFacts {
  return {
    file,
    role,
    lines,
    hash,
    commands: [],
    routes: [],
    services: [],
    tables: [],
    tableRefs: [],
    tableVarRefs: [],
    tableVars: {},
    events: [],
    jobs: [],
    envKeys: [],
    envDocs: [],
    markers: [],
    stubs: [],
    findings: [],
    imports: [],
    entryEnds: {},
    mounts: [],
    importLocals: {},
    registersCommands: 0,
    mountsRoutes: 0,
    scheduledHandler: false,
  };
}
