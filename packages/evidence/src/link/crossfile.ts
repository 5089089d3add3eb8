import path from 'node:path';
import type * as TS from 'typescript';
import { parseSource, walkTree } from '../parse.js';
import ts from '../ts.js';

/** What the cross-file pass learned about one entry file (a command or route file). */
export interface EntryLinks {
  /** Services the entry imports and calls, as `Name (path)`, sorted. */
  calls: string[];
  /** Service files the entry imports and calls. */
  serviceFiles: string[];
  /** Where each service is called (`call` as in {@link calls}), so a file of several entries can tell them apart. */
  sites: Array<{ call: string; file: string; line: number }>;
  /** Calls to services that do not exist: a missing module, export or method. */
  missing: Array<{ line: number; problem: string }>;
}

/** Where a class's base class is declared: a class of the same file, an import, or somewhere it cannot be told. */
export type BaseRef = { local: string } | { spec: string; name: string } | { unknown: true };

/** A declaration a module exports, as much of it as the cross-file pass reads. */
export type DeclFacts =
  | { kind: 'class'; members: string[]; base?: BaseRef }
  | { kind: 'object'; props: string[]; spread: boolean }
  | { kind: 'other' };

/** A name an entry imports or requires from a module: `name` as exported, `local` as used. */
export interface ImportedName {
  name: string;
  local: string;
}

/** What an entry file says about its own imports and calls (the cross-file pass joins them). */
export interface EntrySide {
  imports: Array<{ spec: string; line: number; names: ImportedName[]; def?: string; ns?: string }>;
  /** Top-level CommonJS requires: `const X = require('./x')` (name `module.exports`), `const { a } = require('./x')`. */
  requires: Array<{ spec: string; line: number; locals: ImportedName[] }>;
  /** Imported names used as `x()`, `new x()`, `x.y()` or injected through a constructor parameter type, with their lines. */
  called: Array<[string, number[]]>;
  /** `const s = new X()` where X is imported: variable → X, in source order. */
  instances: Array<[string, string]>;
  /** `x.m()` and `new X().m()` where x or X is imported (or an instance of an import). */
  memberCalls: Array<{ receiver: string; viaNew: boolean; text: string; member: string; line: number }>;
  /** Every use of an imported name outside the imports (called, passed, read), with its lines. */
  used?: Array<[string, number[]]>;
}

/**
 * What one JS/TS file tells the cross-file pass, read from the file's own parse. Plain JSON, so
 * it is cached with the file's facts and passed between worker threads: the cross-file pass never
 * parses a file again.
 */
export interface LinkFacts {
  /** Exports by name; `null` when they cannot be told (`export *`, CommonJS `exports.x =`). */
  exports: Array<[string, DeclFacts]> | null;
  /** Top-level classes by name, where a base class of the same file is looked up. */
  classes: Array<[string, DeclFacts]>;
  /** What `module.exports = X` exports, when X is a class, variable or function of the file. */
  moduleExports?: DeclFacts;
  /** Entry files only: their imports and calls. */
  entry?: EntrySide;
}

/** Input of {@link linkEntries}. */
export interface CrossFileInput {
  /** Entry files (relative paths) to analyse. */
  entries: readonly string[];
  /** Text of every file the pass may need: the entries and the files they import. */
  texts: ReadonlyMap<string, string>;
  /** Files that are services. */
  serviceFiles: ReadonlySet<string>;
  /** Resolves a relative import of a file to a file of the scan (default: exact paths with TS extensions). */
  resolve?: (from: string, specifier: string) => string | null;
}

/** Input of {@link joinLinks}: the link facts of every file, already extracted. */
export interface JoinInput {
  entries: readonly string[];
  /** The link facts of a file of the scan (`undefined` for a file that has none: not JS/TS source). */
  factsOf: (file: string) => LinkFacts | undefined;
  serviceFiles: ReadonlySet<string>;
  /** Resolves an import of a file to a file of the scan, or `null`. */
  resolve: (from: string, specifier: string) => string | null;
}

// Members every object or function has; with no lib loaded the checker cannot see them.
const BUILTIN_MEMBERS = new Set(['toString', 'valueOf', 'toLocaleString', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable', 'constructor', 'call', 'apply', 'bind', 'name', 'length', 'prototype', 'then', 'catch', 'finally']);

const SERVICE_LIKE = /(services?\/|Service|Client|Repository|Manager|\.service)/;

/**
 * Answers the cross-file questions over the entry files and the files they import: which
 * services each command or route imports and calls, and which of those calls reach a module,
 * export or method that does not exist. Parses the given texts once; a scan uses
 * {@link joinLinks} on the facts it already extracted instead.
 *
 * @example
 * const links = await linkEntries({ entries: ['src/commands/ping.ts'], texts, serviceFiles });
 * links.get('src/commands/ping.ts')?.calls; // ['PingService (src/services/PingService.ts)']
 */
export async function linkEntries(input: CrossFileInput): Promise<Map<string, EntryLinks>> {
  const entries = new Set(input.entries);
  const facts = new Map<string, LinkFacts>();
  if (entries.size === 0) return new Map();
  for (const [rel, text] of input.texts) facts.set(rel, linkFactsOf(parseSource(text, rel), entries.has(rel)));
  const resolve = input.resolve ?? defaultResolve(input.texts);
  return joinLinks({ entries: input.entries, factsOf: (f) => facts.get(f), serviceFiles: input.serviceFiles, resolve: (from, spec) => {
    const target = resolve(from, spec);
    return target !== null && facts.has(target) ? target : null;
  } });
}

function defaultResolve(texts: ReadonlyMap<string, string>): (from: string, spec: string) => string | null {
  return (from, spec) => {
    const base = path.posix.normalize(path.posix.join(path.posix.dirname(from), spec));
    const stem = base.replace(/\.(m|c)?(j|t)sx?$/, '');
    for (const t of [base, `${stem}.ts`, `${stem}.tsx`, `${stem}.js`, `${stem}.mjs`, `${base}/index.ts`, `${base}/index.js`]) if (texts.has(t)) return t;
    return null;
  };
}

const text = (n: TS.Node, sf: TS.SourceFile): string => n.getText(sf);
const lineAt = (n: TS.Node, sf: TS.SourceFile): number => sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
const hasModifier = (n: TS.Node, kind: TS.SyntaxKind): boolean => ts.canHaveModifiers(n) && (ts.getModifiers(n)?.some((m) => m.kind === kind) ?? false);

/**
 * Reads what the cross-file pass needs from one parsed file: its exports (classes with their
 * members and base class, object literals with their properties), and for an entry file its
 * imports, requires and the calls made through them.
 */
export function linkFactsOf(sf: TS.SourceFile, isEntry: boolean, side?: EntrySide): LinkFacts {
  const imports = new Map<string, { spec: string; name: string }>();
  for (const st of sf.statements) {
    if (!ts.isImportDeclaration(st) || !ts.isStringLiteral(st.moduleSpecifier)) continue;
    const clause = st.importClause;
    const spec = st.moduleSpecifier.text;
    if (clause?.name) imports.set(clause.name.text, { spec, name: 'default' });
    const nb = clause?.namedBindings;
    if (nb && ts.isNamedImports(nb)) for (const el of nb.elements) imports.set(text(el.name, sf), { spec, name: text(el.propertyName ?? el.name, sf) });
  }
  const classDecls = new Map<string, TS.ClassDeclaration>();
  for (const st of sf.statements) if (ts.isClassDeclaration(st) && st.name) classDecls.set(st.name.text, st);

  const classFacts = (c: TS.ClassDeclaration): DeclFacts => {
    const members: string[] = [];
    for (const m of c.members) {
      if (ts.isConstructorDeclaration(m)) {
        // Parameter properties (`constructor(private db: Db)`) are instance members.
        if (m.body) for (const p of m.parameters) if (ts.isParameterPropertyDeclaration(p, m)) members.push(...bindingNames(p.name, sf));
        continue;
      }
      if (m.name) members.push(text(m.name, sf));
    }
    const out: DeclFacts = { kind: 'class', members };
    const ext = c.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0];
    if (ext) {
      const e = ext.expression;
      const name = ts.isIdentifier(e) ? e.text : null;
      const imported = name === null ? undefined : imports.get(name);
      // A base class from a package cannot be seen from here: it gets the benefit of the doubt.
      out.base = name !== null && classDecls.has(name) ? { local: name } : imported?.spec.startsWith('.') ? { spec: imported.spec, name: imported.name } : { unknown: true };
    }
    return out;
  };
  const declFacts = (n: TS.Node): DeclFacts => {
    if (ts.isClassDeclaration(n)) return classFacts(n);
    if (ts.isVariableDeclaration(n) && n.initializer && ts.isObjectLiteralExpression(n.initializer)) {
      const props: string[] = [];
      let spread = false;
      for (const p of n.initializer.properties) {
        if (ts.isSpreadAssignment(p)) spread = true;
        else if (p.name) props.push(text(p.name, sf));
      }
      return { kind: 'object', props, spread };
    }
    return { kind: 'other' };
  };

  // Exports, read from the statements (no type checker).
  const out = new Map<string, TS.Node>();
  // Export specifiers of `export { X }` (no module specifier): they point at a local declaration.
  const localSpecifiers = new Set<TS.ExportSpecifier>();
  const locals = new Map<string, TS.Node>();
  let unknown = false;
  let moduleExports: DeclFacts | undefined;
  let moduleExportsSeen = false;
  for (const st of sf.statements) {
    const exported = hasModifier(st, ts.SyntaxKind.ExportKeyword);
    const isDefault = hasModifier(st, ts.SyntaxKind.DefaultKeyword);
    const names: Array<[string, TS.Node]> = [];
    if (ts.isClassDeclaration(st) || ts.isFunctionDeclaration(st) || ts.isInterfaceDeclaration(st) || ts.isTypeAliasDeclaration(st) || ts.isEnumDeclaration(st)) {
      if (st.name) names.push([st.name.text, st]);
    } else if (ts.isVariableStatement(st)) {
      for (const d of st.declarationList.declarations) names.push([text(d.name, sf), d]);
    } else if (ts.isExportAssignment(st)) {
      out.set('default', st.expression);
    } else if (ts.isExportDeclaration(st)) {
      const clause = st.exportClause;
      if (!clause || ts.isNamespaceExport(clause) || clause.elements.length === 0) unknown = true;
      if (clause && ts.isNamedExports(clause)) {
        for (const ne of clause.elements) {
          out.set(text(ne.name, sf), ne);
          if (!st.moduleSpecifier) localSpecifiers.add(ne);
        }
      }
    } else if (ts.isExpressionStatement(st)) {
      if (/^(module\.)?exports\b/.test(text(st, sf))) unknown = true;
      const e = st.expression;
      if (!moduleExportsSeen && ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.EqualsToken && text(e.left, sf) === 'module.exports') {
        moduleExportsSeen = true;
        if (ts.isIdentifier(e.right)) moduleExports = topLevelDecl(sf, e.right.text, declFacts);
      }
    }
    for (const [n, node] of names) {
      locals.set(n, node);
      if (exported) out.set(isDefault ? 'default' : n, node);
      if (isDefault) out.set('default', node);
    }
  }
  // export { DiscordService } — point the export at the local declaration.
  for (const [name, node] of out) {
    if (ts.isExportSpecifier(node) && localSpecifiers.has(node)) {
      const local = locals.get(text(node.propertyName ?? node.name, sf));
      if (local) out.set(name, local);
    }
  }
  const facts: LinkFacts = {
    exports: unknown ? null : [...out].map(([n, node]) => [n, declFacts(node)]),
    classes: [...classDecls].map(([n, c]) => [n, classFacts(c)]),
  };
  if (moduleExports) facts.moduleExports = moduleExports;
  if (isEntry) facts.entry = side ?? entrySide(sf);
  return facts;
}

// `module.exports = X`: the class, variable or function X of the file, looked up in that order.
function topLevelDecl(sf: TS.SourceFile, name: string, declFacts: (n: TS.Node) => DeclFacts): DeclFacts | undefined {
  for (const st of sf.statements) if (ts.isClassDeclaration(st) && st.name?.text === name) return declFacts(st);
  for (const st of sf.statements) {
    if (!ts.isVariableStatement(st)) continue;
    for (const d of st.declarationList.declarations) if (bindingNames(d.name, sf).includes(name)) return declFacts(d);
  }
  for (const st of sf.statements) if (ts.isFunctionDeclaration(st) && st.name?.text === name) return { kind: 'other' };
  return undefined;
}

function bindingNames(name: TS.BindingName, sf: TS.SourceFile): string[] {
  if (ts.isIdentifier(name)) return [name.text];
  const out: string[] = [];
  for (const el of name.elements) if (!ts.isOmittedExpression(el)) out.push(...bindingNames(el.name, sf));
  return out;
}

function entrySide(sf: TS.SourceFile): EntrySide {
  const reader = createEntrySide(sf);
  walkTree(sf, reader.visit);
  return reader.finish();
}

/**
 * The reader of what an entry file says about its imports and calls, to run in any walk: `visit`
 * each node (in the detectors' walk or {@link walkTree}), then `finish`. Import declarations are
 * read from the top-level statements first.
 */
export function createEntrySide(sf: TS.SourceFile): { visit: (node: TS.Node) => boolean; kinds: Record<string, (node: TS.Node) => void>; finish: () => EntrySide } {
  const side: EntrySide = { imports: [], requires: [], called: [], instances: [], memberCalls: [] };
  const bound = new Set<string>();
  for (const st of sf.statements) {
    if (ts.isImportDeclaration(st) && ts.isStringLiteral(st.moduleSpecifier)) {
      const clause = st.importClause;
      const nb = clause?.namedBindings;
      const row: EntrySide['imports'][number] = { spec: st.moduleSpecifier.text, line: lineAt(st, sf), names: [] };
      if (nb && ts.isNamedImports(nb)) for (const el of nb.elements) row.names.push({ name: text(el.propertyName ?? el.name, sf), local: text(el.name, sf) });
      if (clause?.name) row.def = text(clause.name, sf);
      if (nb && ts.isNamespaceImport(nb)) row.ns = text(nb.name, sf);
      for (const n of row.names) bound.add(n.local);
      if (row.def) bound.add(row.def);
      if (row.ns) bound.add(row.ns);
      side.imports.push(row);
    } else if (ts.isVariableStatement(st)) {
      // CommonJS at the top level: const X = require('./x'), const { a, b: c } = require('./x').
      for (const d of st.declarationList.declarations) {
        const init = d.initializer;
        if (!init || !ts.isCallExpression(init) || text(init.expression, sf) !== 'require') continue;
        const arg = init.arguments[0];
        if (!arg || !ts.isStringLiteral(arg)) continue;
        const nameNode = d.name;
        const locals: ImportedName[] = ts.isIdentifier(nameNode)
          ? [{ name: 'module.exports', local: nameNode.text }]
          : ts.isObjectBindingPattern(nameNode)
            ? nameNode.elements.map((e) => ({ name: e.propertyName ? text(e.propertyName, sf) : text(e.name, sf), local: text(e.name, sf) }))
            : [];
        for (const l of locals) bound.add(l.local);
        side.requires.push({ spec: arg.text, line: lineAt(d, sf), locals });
      }
    }
  }
  if (bound.size === 0) return { visit: () => false, kinds: {}, finish: () => side };
  // Only an entry file's side is kept (most files are not entries, which is known only after the
  // walk): the walk collects the nodes, and lines are looked up in `finish`, for entries alone.
  const calledNodes: TS.Identifier[] = [];
  const note = (e: TS.Identifier): void => {
    if (bound.has(e.text)) calledNodes.push(e);
  };
  const instanceNames = new Set<string>();
  const calls: TS.CallExpression[] = [];
  const usedNodes: TS.Identifier[] = [];
  const visit = (node: TS.Node): boolean => {
    if (ts.isImportDeclaration(node)) return false;
    // Instances count as their class (`const proxy = new ImageProxy()` … `proxy.getImage()`).
    // (In a walk that does not skip imports, the names an import binds are not uses.)
    const parent = node.parent as TS.Node | undefined;
    if (ts.isIdentifier(node) && (bound.has(node.text) || instanceNames.has(node.text)) && !(parent && (ts.isImportSpecifier(parent) || ts.isImportClause(parent) || ts.isNamespaceImport(parent)))) usedNodes.push(node);
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      let e: TS.Expression = node.expression;
      while (ts.isPropertyAccessExpression(e) || ts.isCallExpression(e) || ts.isNewExpression(e)) e = e.expression;
      if (ts.isIdentifier(e)) note(e);
      if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) calls.push(node);
    }
    // Dependency injection (NestJS, Angular): `constructor(private readonly users: UsersService)`.
    if (ts.isParameter(node) && ts.isConstructorDeclaration(node.parent) && node.type && ts.isTypeReferenceNode(node.type) && ts.isIdentifier(node.type.typeName)) note(node.type.typeName);
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer && ts.isNewExpression(node.initializer) && ts.isIdentifier(node.initializer.expression) && bound.has(node.initializer.expression.text)) {
      side.instances.push([node.name.text, node.initializer.expression.text]);
      instanceNames.add(node.name.text);
    }
    return true;
  };
  // Each name's lines in document order, each line once.
  const linesOf = (nodes: readonly TS.Identifier[]): Array<[string, number[]]> => {
    const byName = new Map<string, number[]>();
    for (const e of nodes) {
      const line = lineAt(e, sf);
      const lines = byName.get(e.text);
      if (!lines) byName.set(e.text, [line]);
      else if (!lines.includes(line)) lines.push(line);
    }
    return [...byName];
  };
  const finish = (): EntrySide => {
    side.called = linesOf(calledNodes);
    side.used = linesOf(usedNodes);
    for (const node of calls) {
      const access = node.expression as TS.PropertyAccessExpression;
      const receiver = access.expression;
      const viaNew = ts.isNewExpression(receiver) && ts.isIdentifier(receiver.expression);
      const name = ts.isIdentifier(receiver) ? receiver.text : viaNew ? (receiver.expression as TS.Identifier).text : null;
      if (name === null || !(bound.has(name) || (!viaNew && instanceNames.has(name)))) continue;
      side.memberCalls.push({ receiver: name, viaNew, text: text(receiver, sf), member: access.name.text, line: lineAt(node, sf) });
    }
    return side;
  };
  const handler = (node: TS.Node): void => void visit(node);
  const kinds: Record<string, (node: TS.Node) => void> = { Identifier: handler, CallExpression: handler, NewExpression: handler, Parameter: handler, VariableDeclaration: handler };
  return { visit, kinds, finish };
}

interface Binding {
  targetRel: string;
  /** Export the local name stands for; `*` for a namespace import. */
  exportName: string;
  /** The exported declaration, when it could be read. */
  decl: DeclFacts | undefined;
  /** Everything the module exports, or null when that cannot be told. */
  exports: Map<string, DeclFacts> | null;
}

/**
 * Joins the {@link LinkFacts} of the files of a scan into {@link EntryLinks} per entry file: no
 * file is parsed again.
 */
export function joinLinks(input: JoinInput): Map<string, EntryLinks> {
  const out = new Map<string, EntryLinks>();
  const exportMaps = new Map<string, Map<string, DeclFacts> | null>();
  const exportsOf = (file: string): Map<string, DeclFacts> | null => {
    if (exportMaps.has(file)) return exportMaps.get(file) ?? null;
    const ex = input.factsOf(file)?.exports;
    const m = ex ? new Map(ex) : null;
    exportMaps.set(file, m);
    return m;
  };
  for (const entry of [...input.entries].sort()) {
    const side = input.factsOf(entry)?.entry;
    if (side) out.set(entry, linkOne(entry, side, input, exportsOf));
  }
  return out;
}

function linkOne(entry: string, side: EntrySide, input: JoinInput, exportsOf: (file: string) => Map<string, DeclFacts> | null): EntryLinks {
  const calls = new Set<string>();
  const files = new Set<string>();
  const missing: EntryLinks['missing'] = [];
  const sites: EntryLinks['sites'] = [];
  const called = new Map(side.called);
  const use = (call: string, file: string, lines: number[]): void => {
    calls.add(call);
    files.add(file);
    for (const line of lines) sites.push({ call, file, line });
  };
  const bindings = new Map<string, Binding>();
  for (const imp of side.imports) {
    const { spec } = imp;
    const target = input.resolve(entry, spec);
    // A package import is not ours to check; an alias (`@/services/x`) is once it resolves.
    if (!spec.startsWith('.') && !target) continue;
    const serviceLike = SERVICE_LIKE.test(spec) || imp.names.some((n) => SERVICE_LIKE.test(n.name));
    if (!target) {
      if (serviceLike) missing.push({ line: imp.line, problem: `imports ${spec}, which does not exist` });
      continue;
    }
    if (!(input.serviceFiles.has(target) || serviceLike)) continue;
    const exported = exportsOf(target);
    for (const { name, local } of imp.names) {
      if (exported && !exported.has(name)) {
        missing.push({ line: imp.line, problem: `imports ${name} from ${spec}, which ${target} does not export` });
        continue;
      }
      bindings.set(local, { targetRel: target, exportName: name, decl: exported?.get(name), exports: exported });
      const at = called.get(local);
      if (at) use(`${name} (${target})`, target, at);
    }
    if (imp.def) bindings.set(imp.def, { targetRel: target, exportName: 'default', decl: exported?.get('default'), exports: exported });
    if (imp.ns) bindings.set(imp.ns, { targetRel: target, exportName: '*', decl: undefined, exports: exported });
    for (const local of [imp.def, imp.ns]) {
      const at = local ? called.get(local) : undefined;
      if (local && at) use(`${local} (${target})`, target, at);
    }
  }
  for (const req of side.requires) {
    const { spec } = req;
    const target = input.resolve(entry, spec);
    if (!spec.startsWith('.') && !target) continue;
    const serviceLike = SERVICE_LIKE.test(spec) || req.locals.some((n) => SERVICE_LIKE.test(n.name));
    if (!target) {
      if (serviceLike) missing.push({ line: req.line, problem: `requires ${spec}, which does not exist` });
      continue;
    }
    if (!(input.serviceFiles.has(target) || serviceLike)) continue;
    for (const { name, local } of req.locals) {
      // Only `module.exports = LocalClass` is read for members; anything else gets the benefit of the doubt.
      const decl = name === 'module.exports' ? input.factsOf(target)?.moduleExports : undefined;
      bindings.set(local, { targetRel: target, exportName: name, decl, exports: null });
      const at = called.get(local);
      if (at) use(`${name === 'module.exports' ? local : name} (${target})`, target, at);
    }
  }
  if (bindings.size > 0) {
    const instances = new Map<string, Binding>();
    for (const [v, cls] of side.instances) {
      const b = bindings.get(cls);
      if (b) instances.set(v, b);
    }
    for (const c of side.memberCalls) {
      const binding = c.viaNew ? bindings.get(c.receiver) : (bindings.get(c.receiver) ?? instances.get(c.receiver));
      if (!binding) continue;
      if (BUILTIN_MEMBERS.has(c.member) || hasMember(binding, c.member, input, exportsOf)) continue;
      missing.push({ line: c.line, problem: `calls ${c.text}.${c.member}(), which ${binding.targetRel} does not define` });
    }
  }
  missing.sort((a, b) => a.line - b.line || (a.problem < b.problem ? -1 : 1));
  sites.sort((a, b) => a.line - b.line || (a.call < b.call ? -1 : a.call > b.call ? 1 : 0));
  return { calls: [...calls].sort(), serviceFiles: [...files].sort(), sites, missing };
}

function hasMember(binding: Binding, member: string, input: JoinInput, exportsOf: (file: string) => Map<string, DeclFacts> | null): boolean {
  if (binding.exportName === '*') return binding.exports ? binding.exports.has(member) : true;
  const decl = binding.decl;
  if (!decl) return true;
  if (decl.kind === 'class') {
    let cls: DeclFacts = decl;
    let file = binding.targetRel;
    const seen = new Set<DeclFacts>();
    while (cls.kind === 'class') {
      if (cls.members.includes(member)) return true;
      if (!cls.base) return false;
      seen.add(cls);
      const base = baseClass(cls.base, file, input, exportsOf);
      // A base class that cannot be seen (a package, a computed base) gets the benefit of the doubt.
      if (!base || seen.has(base.decl)) return true;
      cls = base.decl;
      file = base.file;
    }
    return true;
  }
  if (decl.kind === 'object') return decl.props.includes(member) || decl.spread;
  // A function, a re-export or anything computed: not knowable without types.
  return true;
}

function baseClass(ref: BaseRef, file: string, input: JoinInput, exportsOf: (file: string) => Map<string, DeclFacts> | null): { decl: DeclFacts; file: string } | null {
  if ('local' in ref) {
    const decl = new Map(input.factsOf(file)?.classes ?? []).get(ref.local);
    return decl?.kind === 'class' ? { decl, file } : null;
  }
  if ('unknown' in ref) return null;
  const target = input.resolve(file, ref.spec);
  const decl = target ? exportsOf(target)?.get(ref.name) : undefined;
  return target && decl?.kind === 'class' ? { decl, file: target } : null;
}
