import type { ClassDeclaration, Node as MorphNode, SourceFile } from 'ts-morph';

type TsMorph = typeof import('ts-morph');

/** What the cross-file pass learned about one entry file (a command or route file). */
export interface EntryLinks {
  /** Services the entry imports and calls, as `Name (path)`, sorted. */
  calls: string[];
  /** Service files the entry imports and calls. */
  serviceFiles: string[];
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
    if (sf) out.set(entry, linkOne(sf, input.serviceFiles, tsm));
  }
  return out;
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
}

function linkOne(sf: SourceFile, serviceFiles: ReadonlySet<string>, tsm: TsMorph): EntryLinks {
  const calls = new Set<string>();
  const files = new Set<string>();
  const missing: EntryLinks['missing'] = [];
  const called = calledNames(sf, tsm);
  const bindings = new Map<string, Binding>();
  for (const decl of sf.getImportDeclarations()) {
    const spec = decl.getModuleSpecifierValue();
    if (!spec.startsWith('.')) continue;
    const target = decl.getModuleSpecifierSourceFile();
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
    const exported = target.getExportedDeclarations();
    for (const { name, local } of names) {
      if (!exported.has(name)) {
        missing.push({ line: decl.getStartLineNumber(), problem: `imports ${name} from ${spec}, which ${targetRel} does not export` });
        continue;
      }
      bindings.set(local, { target, targetRel, exportName: name, spec });
      if (called.has(local)) {
        calls.add(`${name} (${targetRel})`);
        files.add(targetRel);
      }
    }
    if (def) bindings.set(def, { target, targetRel, exportName: 'default', spec });
    if (ns) bindings.set(ns, { target, targetRel, exportName: '*', spec });
    for (const local of [def, ns]) {
      if (local && called.has(local)) {
        calls.add(`${local} (${targetRel})`);
        files.add(targetRel);
      }
    }
  }
  if (bindings.size > 0) missing.push(...missingMembers(sf, bindings, tsm));
  missing.sort((a, b) => a.line - b.line || (a.problem < b.problem ? -1 : 1));
  return { calls: [...calls].sort(), serviceFiles: [...files].sort(), missing };
}

// Identifiers used as `x()`, `new x()`, `x.y()` or `x.y.z()`.
function calledNames(sf: SourceFile, { Node }: TsMorph): Set<string> {
  const out = new Set<string>();
  sf.forEachDescendant((node) => {
    if (Node.isCallExpression(node) || Node.isNewExpression(node)) {
      let e: MorphNode | undefined = node.getExpression();
      while (e && (Node.isPropertyAccessExpression(e) || Node.isCallExpression(e) || Node.isNewExpression(e))) e = e.getExpression();
      if (e && Node.isIdentifier(e)) out.add(e.getText());
    }
  });
  return out;
}

// `Service.method()`, `new Service().method()` and `const s = new Service(); s.method()` where the
// service (a class or an object exported by a service module) has no such member. Answered from
// the declarations, without the type checker, so it stays fast on large projects.
function missingMembers(sf: SourceFile, bindings: Map<string, Binding>, tsm: TsMorph): EntryLinks['missing'] {
  const { Node } = tsm;
  const out: EntryLinks['missing'] = [];
  const instances = new Map<string, Binding>();
  sf.forEachDescendant((node) => {
    if (!Node.isVariableDeclaration(node)) return;
    const init = node.getInitializer();
    if (init && Node.isNewExpression(init)) {
      const callee = init.getExpression();
      const b = Node.isIdentifier(callee) ? bindings.get(callee.getText()) : undefined;
      if (b && Node.isIdentifier(node.getNameNode())) instances.set(node.getName(), b);
    }
  });
  sf.forEachDescendant((node) => {
    if (!Node.isCallExpression(node)) return;
    const callee = node.getExpression();
    if (!Node.isPropertyAccessExpression(callee)) return;
    const receiver = callee.getExpression();
    let binding: Binding | undefined;
    if (Node.isIdentifier(receiver)) binding = bindings.get(receiver.getText()) ?? instances.get(receiver.getText());
    else if (Node.isNewExpression(receiver) && Node.isIdentifier(receiver.getExpression())) binding = bindings.get(receiver.getExpression().getText());
    if (!binding) return;
    const member = callee.getName();
    if (BUILTIN_MEMBERS.has(member) || hasMember(binding, member, tsm)) return;
    out.push({ line: node.getStartLineNumber(), problem: `calls ${receiver.getText()}.${member}(), which ${binding.targetRel} does not define` });
  });
  return out;
}

function hasMember(binding: Binding, member: string, { Node }: TsMorph): boolean {
  const exported = binding.target.getExportedDeclarations();
  if (binding.exportName === '*') return exported.has(member);
  const decl = exported.get(binding.exportName)?.[0];
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
