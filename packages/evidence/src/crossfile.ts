import path from 'node:path';
import type { ClassDeclaration, Node as MorphNode, SourceFile, ts } from 'ts-morph';

type TsMorph = typeof import('ts-morph');

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

// Members every object or function has; with no lib loaded the checker cannot see them.
const BUILTIN_MEMBERS = new Set(['toString', 'valueOf', 'toLocaleString', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable', 'constructor', 'call', 'apply', 'bind', 'name', 'length', 'prototype', 'then', 'catch', 'finally']);

const SERVICE_LIKE = /(services?\/|Service|Client|Repository|Manager|\.service)/;

/**
 * Answers the cross-file questions with ts-morph, over only the entry files and the files they
 * import: which services each command or route imports and calls, and which of those calls
 * reach a module, export or method that does not exist.
 *
 * @example
 * const links = await linkEntries({ entries: ['src/commands/ping.ts'], texts, serviceFiles });
 * links.get('src/commands/ping.ts')?.calls; // ['PingService (src/services/PingService.ts)']
 */
export async function linkEntries(input: CrossFileInput): Promise<Map<string, EntryLinks>> {
  const out = new Map<string, EntryLinks>();
  if (input.entries.length === 0) return out;
  // Loaded only when there is cross-file work: a cached run never pays for it.
  const tsm = await import('ts-morph');
  const morphTs = tsm.ts;
  const project = new tsm.Project({
    useInMemoryFileSystem: true,
    skipAddingFilesFromTsConfig: true,
    skipFileDependencyResolution: true,
    compilerOptions: {
      allowJs: true,
      checkJs: false,
      noLib: true,
      types: [],
      skipLibCheck: true,
      module: morphTs.ModuleKind.ESNext,
      moduleResolution: morphTs.ModuleResolutionKind.Bundler,
      allowImportingTsExtensions: true,
      noEmit: true,
    },
  });
  for (const [rel, text] of [...input.texts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) project.createSourceFile(`/${rel}`, text, { overwrite: true });
  for (const entry of [...input.entries].sort()) {
    const sf = project.getSourceFile(`/${entry}`);
    if (sf) out.set(entry, linkOne(sf, input.serviceFiles, tsm, (spec) => {
      const target = (input.resolve ?? defaultResolve(input.texts))(entry, spec);
      return target ? (project.getSourceFile(`/${target}`) ?? null) : null;
    }));
  }
  return out;
}

function defaultResolve(texts: ReadonlyMap<string, string>): (from: string, spec: string) => string | null {
  return (from, spec) => {
    const base = path.posix.normalize(path.posix.join(path.posix.dirname(from), spec));
    const stem = base.replace(/\.(m|c)?(j|t)sx?$/, '');
    for (const t of [base, `${stem}.ts`, `${stem}.tsx`, `${stem}.js`, `${stem}.mjs`, `${base}/index.ts`, `${base}/index.js`]) if (texts.has(t)) return t;
    return null;
  };
}

/** Names a module exports, read from its statements (no type checker); `null` when it cannot tell (export *, CommonJS). */
function exportsOf(sf: SourceFile, tsm: TsMorph, memo: Map<SourceFile, Map<string, MorphNode> | null>): Map<string, MorphNode> | null {
  if (memo.has(sf)) return memo.get(sf) ?? null;
  const { Node } = tsm;
  const out = new Map<string, MorphNode>();
  let unknown = false;
  const locals = new Map<string, MorphNode>();
  for (const st of sf.getStatements()) {
    // hasExportKeyword, not isExported: the latter asks the type checker.
    const exported = Node.isExportable(st) && st.hasExportKeyword();
    const isDefault = Node.isExportable(st) && st.hasDefaultKeyword();
    const names: Array<[string, MorphNode]> = [];
    if (Node.isClassDeclaration(st) || Node.isFunctionDeclaration(st) || Node.isInterfaceDeclaration(st) || Node.isTypeAliasDeclaration(st) || Node.isEnumDeclaration(st)) {
      const n = st.getName();
      if (n) names.push([n, st]);
    } else if (Node.isVariableStatement(st)) {
      for (const d of st.getDeclarations()) names.push([d.getName(), d]);
    } else if (Node.isExportAssignment(st)) {
      out.set('default', st.getExpression());
    } else if (Node.isExportDeclaration(st)) {
      if (st.isNamespaceExport() || st.getNamedExports().length === 0) unknown = true;
      for (const ne of st.getNamedExports()) out.set(ne.getAliasNode()?.getText() ?? ne.getName(), ne);
    } else if (Node.isExpressionStatement(st) && /^(module\.)?exports\b/.test(st.getText())) {
      unknown = true;
    }
    for (const [n, node] of names) {
      locals.set(n, node);
      if (exported) out.set(isDefault ? 'default' : n, node);
      if (isDefault) out.set('default', node);
    }
  }
  // export { DiscordService } — point the export at the local declaration.
  for (const [name, node] of out) {
    if (Node.isExportSpecifier(node) && !node.getExportDeclaration().getModuleSpecifier()) {
      const local = locals.get(node.getName());
      if (local) out.set(name, local);
    }
  }
  const result = unknown ? null : out;
  memo.set(sf, result);
  return result;
}

function rel(sf: SourceFile): string {
  return sf.getFilePath().replace(/^\//, '');
}

interface Binding {
  target: SourceFile;
  targetRel: string;
  /** Export the local name stands for; `*` for a namespace import. */
  exportName: string;
  spec: string;
  /** The exported declaration, when it could be read. */
  decl: MorphNode | undefined;
  /** Everything the module exports, or null when that cannot be told. */
  exports: Map<string, MorphNode> | null;
}

function linkOne(sf: SourceFile, serviceFiles: ReadonlySet<string>, tsm: TsMorph, resolve: (spec: string) => SourceFile | null): EntryLinks {
  const memo = new Map<SourceFile, Map<string, MorphNode> | null>();
  const calls = new Set<string>();
  const files = new Set<string>();
  const missing: EntryLinks['missing'] = [];
  const sites: EntryLinks['sites'] = [];
  const called = calledNames(sf, tsm);
  const use = (call: string, file: string, lines: number[]): void => {
    calls.add(call);
    files.add(file);
    for (const line of lines) sites.push({ call, file, line });
  };
  const bindings = new Map<string, Binding>();
  for (const decl of sf.getImportDeclarations()) {
    const spec = decl.getModuleSpecifierValue();
    const target = resolve(spec);
    // A package import is not ours to check; an alias (`@/services/x`) is once it resolves.
    if (!spec.startsWith('.') && !target) continue;
    const names = decl.getNamedImports().map((n) => ({ name: n.getName(), local: n.getAliasNode()?.getText() ?? n.getName() }));
    const def = decl.getDefaultImport()?.getText();
    const ns = decl.getNamespaceImport()?.getText();
    const serviceLike = SERVICE_LIKE.test(spec) || names.some((n) => SERVICE_LIKE.test(n.name));
    if (!target) {
      if (serviceLike) missing.push({ line: decl.getStartLineNumber(), problem: `imports ${spec}, which does not exist` });
      continue;
    }
    const targetRel = rel(target);
    if (!(serviceFiles.has(targetRel) || serviceLike)) continue;
    const exported = exportsOf(target, tsm, memo);
    for (const { name, local } of names) {
      if (exported && !exported.has(name)) {
        missing.push({ line: decl.getStartLineNumber(), problem: `imports ${name} from ${spec}, which ${targetRel} does not export` });
        continue;
      }
      bindings.set(local, { target, targetRel, exportName: name, spec, decl: exported?.get(name), exports: exported });
      const at = called.get(local);
      if (at) use(`${name} (${targetRel})`, targetRel, at);
    }
    if (def) bindings.set(def, { target, targetRel, exportName: 'default', spec, decl: exported?.get('default'), exports: exported });
    if (ns) bindings.set(ns, { target, targetRel, exportName: '*', spec, decl: undefined, exports: exported });
    for (const local of [def, ns]) {
      const at = local ? called.get(local) : undefined;
      if (local && at) use(`${local} (${targetRel})`, targetRel, at);
    }
  }
  // CommonJS at the top level: const X = require('./x'), const { a, b: c } = require('./x').
  const { Node } = tsm;
  for (const st of sf.getStatements()) {
    if (!Node.isVariableStatement(st)) continue;
    for (const d of st.getDeclarations()) {
      const init = d.getInitializer();
      if (!init || !Node.isCallExpression(init) || init.getExpression().getText() !== 'require') continue;
      const arg = init.getArguments()[0];
      if (!arg || !Node.isStringLiteral(arg)) continue;
      const spec = arg.getLiteralValue();
      const target = resolve(spec);
      if (!spec.startsWith('.') && !target) continue;
      const nameNode = d.getNameNode();
      const locals = Node.isIdentifier(nameNode)
        ? [{ name: 'module.exports', local: nameNode.getText() }]
        : Node.isObjectBindingPattern(nameNode)
          ? nameNode.getElements().map((e) => ({ name: e.getPropertyNameNode()?.getText() ?? e.getName(), local: e.getName() }))
          : [];
      const serviceLike = SERVICE_LIKE.test(spec) || locals.some((n) => SERVICE_LIKE.test(n.name));
      if (!target) {
        if (serviceLike) missing.push({ line: d.getStartLineNumber(), problem: `requires ${spec}, which does not exist` });
        continue;
      }
      const targetRel = rel(target);
      if (!(serviceFiles.has(targetRel) || serviceLike)) continue;
      for (const { name, local } of locals) {
        // Only `module.exports = LocalClass` is read for members; anything else gets the benefit of the doubt.
        const decl = name === 'module.exports' ? moduleExportsDecl(target, tsm) : undefined;
        bindings.set(local, { target, targetRel, exportName: name, spec, decl, exports: null });
        const at = called.get(local);
        if (at) use(`${name === 'module.exports' ? local : name} (${targetRel})`, targetRel, at);
      }
    }
  }
  if (bindings.size > 0) missing.push(...missingMembers(sf, bindings, tsm));
  missing.sort((a, b) => a.line - b.line || (a.problem < b.problem ? -1 : 1));
  sites.sort((a, b) => a.line - b.line || (a.call < b.call ? -1 : a.call > b.call ? 1 : 0));
  return { calls: [...calls].sort(), serviceFiles: [...files].sort(), sites, missing };
}

// The declaration a CommonJS module exports as a whole: `module.exports = WeatherService` → the class.
function moduleExportsDecl(sf: SourceFile, { Node }: TsMorph): MorphNode | undefined {
  for (const st of sf.getStatements()) {
    if (!Node.isExpressionStatement(st)) continue;
    const e = st.getExpression();
    if (!Node.isBinaryExpression(e) || e.getOperatorToken().getText() !== '=' || e.getLeft().getText() !== 'module.exports') continue;
    const right = e.getRight();
    if (!Node.isIdentifier(right)) return undefined;
    const name = right.getText();
    return sf.getClass(name) ?? sf.getVariableDeclaration(name) ?? sf.getFunction(name);
  }
  return undefined;
}

// The body walks below use the raw compiler nodes of ts-morph's source files: wrapping every
// node in a ts-morph object costs more than the whole extraction on large projects.
function walk(node: ts.Node, ts_: typeof ts, visit: (n: ts.Node) => void): void {
  visit(node);
  ts_.forEachChild(node, (child) => walk(child, ts_, visit));
}

// Identifiers used as `x()`, `new x()`, `x.y()` or `x.y.z()`, or injected through a constructor
// parameter type, with the lines of those uses.
function calledNames(sf: SourceFile, { ts: t }: TsMorph): Map<string, number[]> {
  const out = new Map<string, number[]>();
  const root = sf.compilerNode;
  const note = (e: ts.Identifier): void => {
    const line = root.getLineAndCharacterOfPosition(e.getStart(root)).line + 1;
    const lines = out.get(e.text);
    if (!lines) out.set(e.text, [line]);
    else if (!lines.includes(line)) lines.push(line);
  };
  walk(root, t, (node) => {
    if (t.isCallExpression(node) || t.isNewExpression(node)) {
      let e: ts.Expression = node.expression;
      while (t.isPropertyAccessExpression(e) || t.isCallExpression(e) || t.isNewExpression(e)) e = e.expression;
      if (t.isIdentifier(e)) note(e);
    }
    // Dependency injection (NestJS, Angular): `constructor(private readonly users: UsersService)`.
    if (t.isParameter(node) && t.isConstructorDeclaration(node.parent) && node.type && t.isTypeReferenceNode(node.type) && t.isIdentifier(node.type.typeName)) note(node.type.typeName);
  });
  return out;
}

// `Service.method()`, `new Service().method()` and `const s = new Service(); s.method()` where the
// service (a class or an object exported by a service module) has no such member. Answered from
// the declarations, without the type checker, so it stays fast on large projects.
function missingMembers(sf: SourceFile, bindings: Map<string, Binding>, tsm: TsMorph): EntryLinks['missing'] {
  const t = tsm.ts;
  const root = sf.compilerNode;
  const out: EntryLinks['missing'] = [];
  const instances = new Map<string, Binding>();
  walk(root, t, (node) => {
    if (t.isVariableDeclaration(node) && t.isIdentifier(node.name) && node.initializer && t.isNewExpression(node.initializer) && t.isIdentifier(node.initializer.expression)) {
      const b = bindings.get(node.initializer.expression.text);
      if (b) instances.set(node.name.text, b);
    }
  });
  walk(root, t, (node) => {
    if (!t.isCallExpression(node) || !t.isPropertyAccessExpression(node.expression)) return;
    const receiver = node.expression.expression;
    let binding: Binding | undefined;
    if (t.isIdentifier(receiver)) binding = bindings.get(receiver.text) ?? instances.get(receiver.text);
    else if (t.isNewExpression(receiver) && t.isIdentifier(receiver.expression)) binding = bindings.get(receiver.expression.text);
    if (!binding) return;
    const member = node.expression.name.text;
    if (BUILTIN_MEMBERS.has(member) || hasMember(binding, member, tsm)) return;
    const line = root.getLineAndCharacterOfPosition(node.getStart(root)).line + 1;
    out.push({ line, problem: `calls ${receiver.getText(root)}.${member}(), which ${binding.targetRel} does not define` });
  });
  return out;
}

function hasMember(binding: Binding, member: string, { Node }: TsMorph): boolean {
  if (binding.exportName === '*') return binding.exports ? binding.exports.has(member) : true;
  const decl = binding.decl;
  if (!decl) return true;
  if (Node.isClassDeclaration(decl)) {
    for (let cls: ClassDeclaration | undefined = decl; cls; cls = cls.getBaseClass()) {
      if (cls.getStaticMember(member) || cls.getInstanceMember(member)) return true;
      // A base class from a package cannot be seen from here: give it the benefit of the doubt.
      if (cls.getExtends() && !cls.getBaseClass()) return true;
    }
    return false;
  }
  if (Node.isVariableDeclaration(decl)) {
    const init = decl.getInitializer();
    if (init && Node.isObjectLiteralExpression(init)) return init.getProperty(member) !== undefined || init.getProperties().some((p) => Node.isSpreadAssignment(p));
  }
  // A function, a re-export or anything computed: not knowable without types.
  return true;
}
