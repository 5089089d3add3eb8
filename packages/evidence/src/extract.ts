import path from 'node:path';
import type * as TS from 'typescript';
import ts from './ts.js';
import { validateCron } from './cron.js';
import { looksLikeSql, normalizeTable, sqlItems } from './sql.js';
import { fileConventions, inCommandsDir } from './conventions.js';
import { emptyFacts, type FileFacts, type FileRole, type Item } from './types.js';
import { HTTP_METHODS, entryExtent, importedLocals, isRouteDefinition, nestRoutes } from './entries.js';
import { countLines, firstSyntaxError, parseForExtraction, walkTree } from './parse.js';
import { ENV_NAME, OBJECT_METHODS, calledIdentifiers, chainRoot, isCronAccess, isDefaultExport, isEntityArg, isEnvContainer, isEnvIdentifier, isEnvIdentifierOrContainer, isQueryReceiver, propString, snakeCase, stringArg, templateTexts } from './extract/ast.js';

export { inCommandsDir, inRoutesDir, isServicePath } from './conventions.js';
export { countLines, parseSource } from './parse.js';

/** Extensions evidence-scan parses as JavaScript or TypeScript. */
export const CODE_EXTENSIONS: readonly string[] = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];

const LISTEN = new Set(['on', 'once', 'addListener', 'prependListener', 'prependOnceListener', 'subscribe', 'handle']);
const EMIT = new Set(['emit', 'publish', 'dispatch', 'dispatchEvent']);
// Query-builder methods whose names say "table" on their own (Kysely): taken on any receiver.
const TABLE_CALLS = new Set([
  'selectFrom', 'insertInto', 'updateTable', 'deleteFrom', 'replaceInto', 'mergeInto', 'innerJoin', 'leftJoin', 'rightJoin',
  'fullJoin', 'crossJoin', 'leftOuterJoin', 'rightOuterJoin',
]);
// Generic names (`from`, `into`, `table`, `join`) count only on a query chain or a database handle:
// `path.join('src')`, `Array.from('ab')` and `console.table('x')` are not queries.
const GENERIC_TABLE_CALLS = new Set(['from', 'into', 'table', 'join']);
const DRIZZLE_TABLE_CALLS = new Set(['from', 'insert', 'update', 'delete', 'join', 'innerJoin', 'leftJoin', 'rightJoin', 'fullJoin']);
const DRIZZLE_TABLE_FNS = new Set(['sqliteTable', 'pgTable', 'mysqlTable', 'singlestoreTable', 'sqliteTableCreator', 'pgTableCreator']);
const PRISMA_METHODS = new Set([
  'findMany', 'findUnique', 'findFirst', 'findUniqueOrThrow', 'findFirstOrThrow', 'create', 'createMany', 'update',
  'updateMany', 'upsert', 'delete', 'deleteMany', 'count', 'aggregate', 'groupBy',
]);
const NOT_TABLE_RECEIVERS = /^(Array|Buffer|Uint8Array|Object|Promise|Set|Map|Observable|rxjs|Readable|stream)$/;
const SERVICE_CLASS = /(Service|Client|Repository|Manager)$/;
const KYSELY_DB = /^(Database|DB|Tables|Schema|DatabaseSchema)$/;
const TABLE_NAME = /^[A-Za-z_][\w.]*(\s+(as\s+)?\w+)?$/;
// Names a Knex instance goes by when it is called with a table name: `knex('users')`, `trx('orders')`.
const KNEX_HANDLE = /^(knex|db|trx|tx|database)$/;

/** Tells a test or candidate file from plain source by its path. */
export function roleOf(relPath: string): FileRole {
  const base = path.posix.basename(relPath);
  if (/\.candidate\.[^.]+$/.test(base) || /\.candidate$/.test(base)) return 'candidate';
  if (/\.(test|spec)\.[cm]?[jt]sx?$/.test(base) || /(^|\/)(__tests__|tests?|e2e)\//.test(relPath)) return 'test';
  return 'source';
}

let handled: Uint8Array | undefined;
// The node kinds extractSource's visit has a case for.
function handledKinds(): Uint8Array {
  if (handled) return handled;
  const k = ts.SyntaxKind;
  handled = new Uint8Array(k.Count);
  for (const kind of [k.ImportDeclaration, k.ExportDeclaration, k.CallExpression, k.NewExpression, k.PropertyAccessExpression, k.ElementAccessExpression, k.VariableDeclaration, k.Parameter, k.ClassDeclaration, k.InterfaceDeclaration, k.TypeAliasDeclaration, k.MethodDeclaration, k.PropertyAssignment, k.BinaryExpression, k.CaseClause, k.StringLiteral, k.NoSubstitutionTemplateLiteral, k.TemplateExpression]) handled[kind] = 1;
  return handled;
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

  // Returns false where the node's children hold nothing more (an import declaration).
  const visit = (node: TS.Node): boolean => {
    // Most nodes (identifiers, keywords, blocks) have no case below: one table load skips them.
    // A new case needs its kind added to handledKinds().
    if (handledKinds()[node.kind] !== 1) return true;
    switch (node.kind) {
      case ts.SyntaxKind.ImportDeclaration: {
        const n = node as TS.ImportDeclaration;
        const spec = stringArg(n.moduleSpecifier);
        // Types are no runtime dependency: `import type`, or named imports that are all types.
        const clause0 = n.importClause;
        const typesOnly = clause0 !== undefined && (clause0.isTypeOnly || (!clause0.name && clause0.namedBindings !== undefined && ts.isNamedImports(clause0.namedBindings) && clause0.namedBindings.elements.length > 0 && clause0.namedBindings.elements.every((el) => el.isTypeOnly)));
        if (spec !== undefined && !typesOnly) {
          const names: string[] = [];
          const clause = n.importClause;
          if (clause?.name) names.push('default');
          const bindings = clause?.namedBindings;
          if (bindings && ts.isNamespaceImport(bindings)) names.push('*');
          if (bindings && ts.isNamedImports(bindings)) for (const el of bindings.elements) names.push((el.propertyName ?? el.name).text);
          facts.imports.push({ specifier: spec, line: lineOf(n), names });
          for (const local of importedLocals(clause)) facts.importLocals[local] = spec;
        }
        return false;
      }
      case ts.SyntaxKind.ExportDeclaration: {
        const n = node as TS.ExportDeclaration;
        const spec = stringArg(n.moduleSpecifier);
        if (spec !== undefined && !n.isTypeOnly) facts.imports.push({ specifier: spec, line: lineOf(n), names: [] });
        break;
      }
      case ts.SyntaxKind.CallExpression:
        visitCall(node as TS.CallExpression);
        break;
      case ts.SyntaxKind.NewExpression:
        visitNew(node as TS.NewExpression);
        break;
      case ts.SyntaxKind.PropertyAccessExpression: {
        const n = node as TS.PropertyAccessExpression;
        const key = n.name.text;
        if (isEnvContainer(n.expression)) {
          const container = n.expression as TS.PropertyAccessExpression;
          const open = ts.isIdentifier(container.expression) && container.expression.text === 'process';
          const meta = ts.isMetaProperty(container.expression);
          if (open || meta || ENV_NAME.test(key)) {
            // Deno.env.get('X') is a call, handled there.
            if (!(ts.isIdentifier(container.expression) && container.expression.text === 'Deno')) {
              addEnv(n, key, open ? 'process.env' : meta ? 'import.meta.env' : 'env-binding');
            }
          }
        } else if (isEnvIdentifier(n.expression) && ENV_NAME.test(key)) {
          addEnv(n, key, 'env-binding');
        }
        break;
      }
      case ts.SyntaxKind.ElementAccessExpression: {
        const n = node as TS.ElementAccessExpression;
        const key = stringArg(n.argumentExpression);
        if (key !== undefined && (isEnvContainer(n.expression) || isEnvIdentifier(n.expression))) addEnv(n, key, 'env-index');
        break;
      }
      case ts.SyntaxKind.VariableDeclaration: {
        const n = node as TS.VariableDeclaration;
        if (n.initializer && ts.isObjectBindingPattern(n.name) && (isEnvContainer(n.initializer) || isEnvIdentifier(n.initializer))) {
          for (const el of n.name.elements) {
            const prop = el.propertyName ?? el.name;
            if (ts.isIdentifier(prop) || ts.isStringLiteral(prop)) addEnv(el, prop.text, 'env-destructure');
          }
        }
        break;
      }
      case ts.SyntaxKind.Parameter: {
        const n = node as TS.ParameterDeclaration;
        // ({ DB, API_KEY }: Env) => … — a Workers handler destructuring its bindings.
        if (ts.isObjectBindingPattern(n.name) && n.type && ts.isTypeReferenceNode(n.type) && /^(Env|Bindings)$/.test(n.type.typeName.getText(sf))) {
          for (const el of n.name.elements) {
            const prop = el.propertyName ?? el.name;
            if (ts.isIdentifier(prop)) addEnv(el, prop.text, 'env-destructure');
          }
        }
        break;
      }
      case ts.SyntaxKind.ClassDeclaration: {
        const n = node as TS.ClassDeclaration;
        const exported = n.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword) ?? false;
        const abstract = n.modifiers?.some((m) => m.kind === ts.SyntaxKind.AbstractKeyword) ?? false;
        // An abstract or Base… class is a framework for services, not one.
        if (n.name && exported && !abstract && !/^(Base|Abstract)[A-Z]/.test(n.name.text) && SERVICE_CLASS.test(n.name.text)) add(facts.services, n.name, n.name.text, 'class');
        // TypeORM: `@Entity()` names its table after the class in snake_case, `@Entity('name')` explicitly.
        const entity = n.name ? ts.getDecorators(n)?.find((d) => ts.isCallExpression(d.expression) && ts.isIdentifier(d.expression.expression) && d.expression.expression.text === 'Entity') : undefined;
        if (entity && n.name) {
          const arg = (entity.expression as TS.CallExpression).arguments[0];
          const named = stringArg(arg) ?? (arg && ts.isObjectLiteralExpression(arg) ? propString(arg, 'name') : undefined);
          add(facts.tables, n.name, normalizeTable(named ?? snakeCase(n.name.text)), 'typeorm-entity');
        }
        for (const r of nestRoutes(n)) add(facts.routes, r.node, r.path, 'route', r.verb);
        break;
      }
      case ts.SyntaxKind.InterfaceDeclaration: {
        const n = node as TS.InterfaceDeclaration;
        if (KYSELY_DB.test(n.name.text)) kyselyTables(n.members);
        break;
      }
      case ts.SyntaxKind.TypeAliasDeclaration: {
        const n = node as TS.TypeAliasDeclaration;
        if (KYSELY_DB.test(n.name.text) && ts.isTypeLiteralNode(n.type)) kyselyTables(n.type.members);
        break;
      }
      case ts.SyntaxKind.MethodDeclaration:
      case ts.SyntaxKind.PropertyAssignment: {
        const n = node as TS.MethodDeclaration | TS.PropertyAssignment;
        const name = ts.isIdentifier(n.name) || ts.isStringLiteral(n.name) ? n.name.text : '';
        if (ts.isObjectLiteralExpression(n.parent) && isDefaultExport(n.parent)) {
          if (name === 'scheduled') {
            facts.scheduledHandler = true;
            add(facts.jobs, n.name, 'scheduled', 'scheduled-handler');
          } else if (name === 'queue') {
            add(facts.events, n.name, 'queue', 'queue-consumer');
          }
        }
        if (ts.isPropertyAssignment(n) && name === 'name' && ts.isObjectLiteralExpression(n.parent) && inCommandsDir(file)) {
          const value = stringArg(n.initializer);
          const hasDescription = n.parent.properties.some((p) => p.name !== undefined && ts.isIdentifier(p.name) && p.name.text === 'description');
          if (value !== undefined && hasDescription) add(facts.commands, n, value, 'slash-command');
        }
        break;
      }
      case ts.SyntaxKind.BinaryExpression: {
        const n = node as TS.BinaryExpression;
        const op = n.operatorToken.kind;
        if (op === ts.SyntaxKind.EqualsEqualsEqualsToken || op === ts.SyntaxKind.EqualsEqualsToken) {
          const cronSide = isCronAccess(n.left) ? n.right : isCronAccess(n.right) ? n.left : undefined;
          const expr = stringArg(cronSide);
          if (expr !== undefined) {
            const branch = ts.isIfStatement(n.parent) && n.parent.expression === n ? n.parent.thenStatement : undefined;
            addJob(cronSide as TS.Node, expr, 'scheduled-cron', branch ? calledIdentifiers([branch]) : []);
          }
        }
        break;
      }
      case ts.SyntaxKind.CaseClause: {
        const n = node as TS.CaseClause;
        const sw = n.parent.parent;
        const expr = stringArg(n.expression);
        if (expr !== undefined && isCronAccess(sw.expression)) addJob(n.expression, expr, 'scheduled-cron', calledIdentifiers(n.statements));
        break;
      }
      case ts.SyntaxKind.StringLiteral:
      case ts.SyntaxKind.NoSubstitutionTemplateLiteral: {
        const t = (node as TS.StringLiteral).text;
        if (t.length > 12 && looksLikeSql(t)) addSql(t, node);
        break;
      }
      case ts.SyntaxKind.TemplateExpression: {
        const [asValue, asName] = templateTexts(node as TS.TemplateExpression);
        if (looksLikeSql(asValue) && !addSql(asValue, node)) addSql(asName, node);
        break;
      }
      default:
        break;
    }
    return true;
  };

  const kyselyTables = (members: TS.NodeArray<TS.TypeElement>): void => {
    for (const m of members) {
      if (ts.isPropertySignature(m) && m.name && (ts.isIdentifier(m.name) || ts.isStringLiteral(m.name))) {
        add(facts.tables, m.name, normalizeTable(m.name.text), 'kysely-table');
      }
    }
  };

  const visitNew = (n: TS.NewExpression): void => {
    const callee = n.expression.getText(sf);
    const s = stringArg(n.arguments?.[0]);
    if (s === undefined) return;
    if (/(^|\.)CronJob$/.test(callee) || /(^|\.)Cron$/.test(callee)) addJob(n, s, 'cron');
    else if (/(^|\.)Queue$/.test(callee) && /^[\w:.-]+$/.test(s)) add(facts.events, n, s, 'queue-producer');
    else if (/(^|\.)Worker$/.test(callee) && /^[\w:-]+$/.test(s) && !/\.[cm]?[jt]s$/.test(s)) add(facts.events, n, s, 'queue-consumer');
  };

  const visitCall = (n: TS.CallExpression): void => {
    const callee = n.expression;
    const s = stringArg(n.arguments[0]);
    if (ts.isIdentifier(callee)) {
      const fn = callee.text;
      if (fn === 'fetch' || fn === 'useSWR' || fn === 'useSWRInfinite' || fn === 'useQuery' || fn === 'useMutation' || fn === '$fetch') facts.httpCalls = true;
      if (fn === 'require' && s !== undefined) facts.imports.push({ specifier: s, line: lineOf(n), names: ['*'] });
      else if (DRIZZLE_TABLE_FNS.has(fn) && s !== undefined) drizzleTable(n, s);
      else if (fn === 'addEventListener' && s !== undefined) eventOrScheduled(n, s);
      else if (fn === 'Cron' && s !== undefined) addJob(n, s, 'cron');
      else if (fn === 'getRepository' && isEntityArg(n)) add(facts.tableRefs, n, snakeCase((n.arguments[0] as TS.Identifier).text), 'typeorm');
      else if (KNEX_HANDLE.test(fn) && s !== undefined && n.arguments.length === 1 && TABLE_NAME.test(s.trim())) {
        // Knex's own form: knex('users').where(…), trx('orders').insert(…)
        const name = normalizeTable((s.trim().split(/\s+/)[0] ?? s).trim());
        if (name) add(facts.tableRefs, n, name, 'query');
      }
      else if ((fn === 'readdirSync' || fn === 'readdir' || fn === 'globSync' || fn === 'glob') && /commands/.test(n.arguments.map((a) => a.getText(sf)).join(' '))) {
        facts.registersCommands += 2;
      }
      return;
    }
    if (callee.kind === ts.SyntaxKind.ImportKeyword) {
      if (s !== undefined) facts.imports.push({ specifier: s, line: lineOf(n), names: ['*'] });
      return;
    }
    if (!ts.isPropertyAccessExpression(callee)) return;
    const method = callee.name.text;
    const recv = callee.expression;
    const recvText = ts.isIdentifier(recv) ? recv.text : ts.isPropertyAccessExpression(recv) ? recv.name.text : '';
    if (/^(axios|ky|got|superagent|ofetch)$/.test(recvText) && /^(get|post|put|patch|delete|head|request)$/.test(method)) facts.httpCalls = true;

    if (method === 'command' && s !== undefined) {
      const name = s.trim().split(/\s+/)[0] ?? '';
      if (name && name !== '$0' && name !== '*') add(facts.commands, n, name, 'cli-command');
      facts.registersCommands += 1;
    } else if (method === 'setName' && s !== undefined) {
      const root = chainRoot(recv);
      if (ts.isNewExpression(root) && /CommandBuilder$/.test(root.expression.getText(sf))) add(facts.commands, n, s, 'slash-command');
    } else if (HTTP_METHODS.has(method) && s !== undefined && s.startsWith('/') && isRouteDefinition(n, recv, recvText)) {
      add(facts.routes, n, s, 'route', method === 'del' ? 'DELETE' : method.toUpperCase());
    } else if (method === 'route' && s !== undefined && s.startsWith('/')) {
      if (n.arguments.length >= 2) mount(n, s);
      else add(facts.routes, n, s, 'route', 'ALL');
    } else if (method === 'route' && n.arguments[0] && ts.isObjectLiteralExpression(n.arguments[0])) {
      const obj = n.arguments[0];
      const url = propString(obj, 'url') ?? propString(obj, 'path');
      const verb = propString(obj, 'method');
      if (url !== undefined) add(facts.routes, n, url, 'route', (verb ?? 'ALL').toUpperCase());
    } else if ((method === 'use' || method === 'register' || method === 'mount') && s !== undefined && s.startsWith('/') && n.arguments.length >= 2) {
      mount(n, s);
    } else if (method === 'register' && n.arguments.length >= 1 && !s) {
      facts.mountsRoutes += 0.5;
    } else if (LISTEN.has(method) && s !== undefined && /^[\w:./@-]+$/.test(s) && !s.startsWith('/')) {
      add(facts.events, n, s, 'listener');
    } else if (EMIT.has(method) && s !== undefined && /^[\w:./@-]+$/.test(s) && !s.startsWith('/')) {
      add(facts.events, n, s, 'emitter');
    } else if (method === 'addEventListener' && s !== undefined) {
      eventOrScheduled(n, s);
    } else if ((method === 'schedule' || method === 'scheduleJob') && n.arguments.length >= 1) {
      const cronArg = n.arguments.map(stringArg).find((a) => a !== undefined && (/\s/.test(a.trim()) || a.startsWith('@')));
      if (cronArg !== undefined) addJob(n, cronArg, method === 'schedule' ? 'node-cron' : 'node-schedule', calledIdentifiers(n.arguments.filter((a) => !ts.isStringLiteralLike(a))));
    } else if (method === 'from' && ts.isIdentifier(recv) && recv.text === 'CronJob') {
      const obj = n.arguments[0];
      const cronTime = obj && ts.isObjectLiteralExpression(obj) ? propString(obj, 'cronTime') : undefined;
      if (cronTime !== undefined) addJob(n, cronTime, 'cron');
    } else if (method === 'get' && s !== undefined && recv.getText(sf) === 'Deno.env') {
      addEnv(n, s, 'deno-env');
    } else if ((method === 'send' || method === 'sendBatch') && ts.isPropertyAccessExpression(recv) && isEnvIdentifierOrContainer(recv.expression) && ENV_NAME.test(recv.name.text)) {
      add(facts.events, n, recv.name.text, 'queue-producer');
    } else if (method === 'set' && recvText === 'commands') {
      facts.registersCommands += 2;
    } else if (method === 'addCommand' || method === 'applicationCommands' || method === 'applicationGuildCommands') {
      facts.registersCommands += 2;
    } else if ((method === 'getRepository' || method === 'getCustomRepository') && isEntityArg(n)) {
      // TypeORM: dataSource.getRepository(User) reads the table of the User entity.
      add(facts.tableRefs, n, snakeCase((n.arguments[0] as TS.Identifier).text), 'typeorm');
    } else if (method === 'table' && s !== undefined && ts.isCallExpression(recv) && /Schema$/.test(recv.expression.getText(sf))) {
      drizzleTable(n, s);
    }

    // Tables referenced by name (Kysely, Knex, Supabase) or through a Drizzle table variable.
    const tableCall = TABLE_CALLS.has(method) || (GENERIC_TABLE_CALLS.has(method) && isQueryReceiver(recv, recvText) && (method !== 'join' || n.arguments.length >= 2));
    // TypeORM joins a relation by its path, `leftJoin('request.seasons', 'seasons')`: not a table.
    const relationPath = s !== undefined && /join/i.test(method) && s.includes('.') && n.arguments.length === 2 && stringArg(n.arguments[1]) !== undefined;
    if (tableCall && s !== undefined && !relationPath && TABLE_NAME.test(s.trim()) && !NOT_TABLE_RECEIVERS.test(recvText)) {
      const name = normalizeTable((s.trim().split(/\s+/)[0] ?? s).trim());
      if (name && name !== 'dual') add(facts.tableRefs, n, name, 'query');
    } else if (DRIZZLE_TABLE_CALLS.has(method) && n.arguments[0] && !NOT_TABLE_RECEIVERS.test(recvText)) {
      const a = n.arguments[0];
      const variable = ts.isIdentifier(a) ? a.text : ts.isPropertyAccessExpression(a) ? a.name.text : undefined;
      if (variable !== undefined) facts.tableVarRefs.push({ variable, line: lineOf(n) });
    }
    // db.query.users.findMany() (Drizzle) and prisma.user.findMany() (Prisma).
    if (ts.isPropertyAccessExpression(recv)) {
      const owner = recv.expression;
      if (ts.isPropertyAccessExpression(owner) && owner.name.text === 'query' && /^find(Many|First)$/.test(method)) {
        facts.tableVarRefs.push({ variable: recv.name.text, line: lineOf(n) });
      } else if (PRISMA_METHODS.has(method) && /prisma/i.test(owner.getText(sf)) && !recv.name.text.startsWith('$')) {
        add(facts.tableRefs, n, recv.name.text.toLowerCase(), 'prisma');
      }
    }
  };

  const drizzleTable = (n: TS.CallExpression, name: string): void => {
    add(facts.tables, n, normalizeTable(name), 'drizzle-table');
    const parent = n.parent;
    if (ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) facts.tableVars[parent.name.text] = normalizeTable(name);
  };

  const eventOrScheduled = (n: TS.CallExpression, s: string): void => {
    if (s === 'scheduled') {
      facts.scheduledHandler = true;
      add(facts.jobs, n, 'scheduled', 'scheduled-handler');
    } else {
      add(facts.events, n, s, 'listener');
    }
  };

  walkTree(sf, visit);

  if (facts.role === 'source' || facts.role === 'candidate') fileConventions(facts, file, sf, lineOf);
  return { facts, sourceFile: sf };
}
