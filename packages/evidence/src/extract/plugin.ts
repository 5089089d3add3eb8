import type * as TS from 'typescript';
import type { FileFacts, Item } from '../types.js';

/** What every extractor gets: the file, its facts, and the helpers that add evidence to them. */
export interface ExtractContext {
  sf: TS.SourceFile;
  file: string;
  facts: FileFacts;
  /** 1-based line of a node. */
  lineOf: (node: TS.Node) => number;
  /** Adds an item to one of the facts' lists (commands and routes also record where their definition ends). */
  add: (list: Item[], node: TS.Node, name: string, kind: string, detail?: string) => Item;
  /** Adds a job with its cron expression validated, and the names its branch calls. */
  addJob: (node: TS.Node, expr: string, kind: string, calls?: string[]) => void;
  /** Reads SQL in code; true when it parsed and named a table. */
  addSql: (sql: string, node: TS.Node) => boolean;
  /** Adds an env key read (not `hasOwnProperty` and the like). */
  addEnv: (node: TS.Node, key: string, kind: string) => void;
  /** Records a router mounted under a path (`app.use('/users', usersRouter)`). */
  mount: (n: TS.CallExpression, prefix: string) => void;
}

/** A call, read once for every extractor: `fn(s, …)` or `recv.method(s, …)`. */
export interface CallInfo {
  n: TS.CallExpression;
  /** The first argument when it is a string. */
  s: string | undefined;
  /** The callee when it is a plain identifier (`require`, `knex`, `fetch`). */
  fn?: string;
  /** The method of a property-access callee (`get` in `app.get`). */
  method?: string;
  recv?: TS.Expression;
  /** The receiver's last name (`app` in `app.get`, `commands` in `client.commands.set`). */
  recvText: string;
}

/**
 * One framework or convention, as knip's plugins: handlers keyed by syntax kind name, and one for
 * calls. Adding a framework is one new file in `extract/` and one line in `extract/index.ts`.
 */
export interface ExtractPlugin {
  name: string;
  visitor?: Partial<Record<string, (node: TS.Node, ctx: ExtractContext) => void>>;
  call?: (call: CallInfo, ctx: ExtractContext) => void;
  /** Runs once the walk is over, for what only the whole file tells (e.g. that it is a test). */
  finish?: (ctx: ExtractContext) => void;
}
