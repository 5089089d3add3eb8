import path from 'node:path';
import type * as TS from 'typescript';
import ts from './ts.js';
import { validateCron } from './cron.js';
import { sqlItems } from './sql.js';
import { fileConventions } from './conventions.js';
import { emptyFacts, type FileFacts, type FileRole, type Item } from './types.js';
import { entryExtent } from './entries.js';
import { countLines, firstSyntaxError, parseForExtraction, walkTree } from './parse.js';
import { OBJECT_METHODS, stringArg } from './extract/ast.js';
import { PLUGINS } from './extract/index.js';
import { isTestPath } from './extract/tests.js';
import type { CallInfo, ExtractContext } from './extract/plugin.js';

export { inCommandsDir, inRoutesDir, isServicePath } from './conventions.js';
export { countLines, parseSource } from './parse.js';

/** Extensions evidence-scan parses as JavaScript or TypeScript. */
export const CODE_EXTENSIONS: readonly string[] = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];

/** Tells a test or candidate file from plain source by its path (tests: extract/tests.ts, which also finds them by content during the walk). */
export function roleOf(relPath: string): FileRole {
  const base = path.posix.basename(relPath);
  if (/\.candidate\.[^.]+$/.test(base) || /\.candidate$/.test(base)) return 'candidate';
  if (isTestPath(relPath)) return 'test';
  return 'source';
}

type KindHandler = (node: TS.Node, ctx: ExtractContext) => void;
type CallHandler = (call: CallInfo, ctx: ExtractContext) => void;
type FinishHandler = (ctx: ExtractContext) => void;
type PluginTable = { byKind: Array<KindHandler[] | undefined>; callers: CallHandler[]; finishers: FinishHandler[] };
let table: PluginTable | undefined;

// The plugins' handlers by syntax kind, built once (TypeScript is loaded by then).
function pluginTable(): PluginTable {
  if (table) return table;
  const byKind: Array<KindHandler[] | undefined> = [];
  const callers: CallHandler[] = [];
  const finishers: FinishHandler[] = [];
  for (const p of PLUGINS) {
    for (const [name, handler] of Object.entries(p.visitor ?? {})) {
      const kind = (ts.SyntaxKind as unknown as Record<string, number>)[name];
      if (kind !== undefined && handler) (byKind[kind] ??= []).push(handler);
    }
    if (p.call) callers.push(p.call);
    if (p.finish) finishers.push(p.finish);
  }
  table = { byKind, callers, finishers };
  return table;
}

function callInfo(n: TS.CallExpression): CallInfo {
  const callee = n.expression;
  const s = stringArg(n.arguments[0]);
  if (ts.isIdentifier(callee)) return { n, s, fn: callee.text, recvText: '' };
  if (!ts.isPropertyAccessExpression(callee)) return { n, s, recvText: '' };
  const recv = callee.expression;
  const recvText = ts.isIdentifier(recv) ? recv.text : ts.isPropertyAccessExpression(recv) ? recv.name.text : '';
  return { n, s, method: callee.name.text, recv, recvText };
}

/** Options of {@link extractSource}. */
export interface ExtractOptions {
  /** Content hash of `text`, stored in the facts (for the cache). */
  hash?: string;
  /** An already-parsed source file to reuse. */
  sourceFile?: TS.SourceFile;
}

/**
 * Extracts the evidence of one JS/TS file from one parse: commands, routes, services, tables
 * created and referenced, events, jobs (cron validated), env keys, imports and registration
 * signals. Markers, stubs and detector findings are added by the caller from the same parse.
 *
 * @example
 * const { facts } = extractSource("program.command('sync').action(run)", 'src/cli.ts');
 * facts.commands; // [{ name: 'sync', file: 'src/cli.ts', line: 1, kind: 'cli-command' }]
 */
export function extractSource(text: string, file: string, options: ExtractOptions = {}): { facts: FileFacts; sourceFile: TS.SourceFile } {
  const sf = options.sourceFile ?? parseForExtraction(text, file);
  const facts = emptyFacts(file, roleOf(file), countLines(text), options.hash ?? '');
  const error = firstSyntaxError(sf);
  if (error) {
    facts.error = error;
    return { facts, sourceFile: sf };
  }
  const extractor = createExtractor(sf, facts);
  walkTree(sf, extractor.visit);
  extractor.finish();
  return { facts, sourceFile: sf };
}

/** The extractor of one parsed file, to run in any walk: `visit` each node, then `finish`. */
export interface Extractor {
  /** Handles one node (parents of it and its ancestors set); false: its children hold nothing more. */
  visit: (node: TS.Node) => boolean;
  /** Adds what only the whole file tells (command, route and service files by convention). */
  finish: () => void;
  /** The same handler keyed by the syntax kind names it handles, for the detectors' walk. */
  kinds: Record<string, (node: TS.Node) => void>;
}

/**
 * Builds the extractor of one parsed file, filling `facts` as it visits: the single walk is the
 * caller's (evidence-scan runs it inside the detectors' walk; {@link extractSource} walks alone).
 */
export function createExtractor(sf: TS.SourceFile, facts: FileFacts): Extractor {
  const file = facts.file;
  const lineOf = (node: TS.Node): number => sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
  const add = (list: Item[], node: TS.Node, name: string, kind: string, detail?: string): Item => {
    const item: Item = detail === undefined ? { name, file, line: lineOf(node), kind } : { name, file, line: lineOf(node), kind, detail };
    list.push(item);
    if (list === facts.commands || list === facts.routes) {
      const end = sf.getLineAndCharacterOfPosition(entryExtent(node).getEnd()).line + 1;
      const key = `${item.line}:${name}`;
      facts.entryEnds[key] = Math.max(facts.entryEnds[key] ?? 0, end);
    }
    return item;
  };
  const addJob = (node: TS.Node, expr: string, kind: string, calls: string[] = []): void => {
    const check = validateCron(expr);
    const item = add(facts.jobs, node, expr, kind, expr);
    if (calls.length) item.calls = calls;
    item.valid = check.valid;
    if (!check.valid) item.problem = check.problem;
  };
  // True when the text parsed as SQL and named a table.
  const addSql = (sql: string, node: TS.Node): boolean => {
    const { created, refs } = sqlItems(sql, file, lineOf(node), 'sql-in-code');
    facts.tables.push(...created);
    facts.tableRefs.push(...refs);
    return created.length + refs.length > 0;
  };
  // `app.route('/api/billing', billing)`, `app.use('/users', auth, usersRouter)`: the router is the last argument.
  const mount = (n: TS.CallExpression, prefix: string): void => {
    facts.mountsRoutes += 1;
    const router = n.arguments[n.arguments.length - 1];
    if (router && ts.isIdentifier(router)) facts.mounts.push({ prefix, local: router.text });
  };
  const addEnv = (node: TS.Node, key: string, kind: string): void => {
    if (!OBJECT_METHODS.has(key)) add(facts.envKeys, node, key, kind);
  };

  const ctx: ExtractContext = { sf, file, facts, lineOf, add, addJob, addSql, addEnv, mount };
  const { byKind, callers, finishers } = pluginTable();
  // Returns false where the node's children hold nothing more (an import declaration).
  const visit = (node: TS.Node): boolean => {
    // Most nodes (identifiers, keywords, blocks) have no handler: one table load skips them.
    const handlers = byKind[node.kind];
    if (handlers) for (const h of handlers) h(node, ctx);
    if (node.kind === ts.SyntaxKind.CallExpression) {
      const call = callInfo(node as TS.CallExpression);
      for (const c of callers) c(call, ctx);
    }
    return node.kind !== ts.SyntaxKind.ImportDeclaration;
  };

  const kinds: Record<string, (node: TS.Node) => void> = {};
  for (let k = 0; k < byKind.length; k++) if (byKind[k] || k === ts.SyntaxKind.CallExpression) kinds[ts.SyntaxKind[k] as string] = visit;
  return {
    visit,
    kinds,
    finish: () => {
      for (const f of finishers) f(ctx);
      if (facts.role === 'source' || facts.role === 'candidate') fileConventions(facts, file, sf, lineOf);
    },
  };
}
