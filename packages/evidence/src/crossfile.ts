import { Node, Project, ts as morphTs, type SourceFile } from 'ts-morph';

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
 * const links = linkEntries({ entries: ['src/commands/ping.ts'], texts, serviceFiles });
 * links.get('src/commands/ping.ts')?.calls; // ['PingService (src/services/PingService.ts)']
 */
export function linkEntries(input: CrossFileInput): Map<string, EntryLinks> {
  const out = new Map<string, EntryLinks>();
  if (input.entries.length === 0) return out;
  const project = new Project({
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
    if (sf) out.set(entry, linkOne(sf, input.serviceFiles));
  }
  return out;
}

function rel(sf: SourceFile): string {
  return sf.getFilePath().replace(/^\//, '');
}

function linkOne(sf: SourceFile, serviceFiles: ReadonlySet<string>): EntryLinks {
  const calls = new Set<string>();
  const files = new Set<string>();
  const missing: EntryLinks['missing'] = [];
  const called = calledNames(sf);
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
    const isService = serviceFiles.has(targetRel) || serviceLike;
    if (!isService) continue;
    const exported = target.getExportedDeclarations();
    for (const { name, local } of names) {
      if (!exported.has(name)) {
        missing.push({ line: decl.getStartLineNumber(), problem: `imports ${name} from ${spec}, which ${targetRel} does not export` });
      } else if (called.has(local)) {
        calls.add(`${name} (${targetRel})`);
        files.add(targetRel);
      }
    }
    for (const local of [def, ns]) {
      if (local && called.has(local)) {
        calls.add(`${local} (${targetRel})`);
        files.add(targetRel);
      }
    }
  }
  missing.push(...missingMembers(sf, serviceFiles));
  missing.sort((a, b) => a.line - b.line || (a.problem < b.problem ? -1 : 1));
  return { calls: [...calls].sort(), serviceFiles: [...files].sort(), missing };
}

// Identifiers used as `x()`, `new x()`, `x.y()` or `x.y.z()`, and through `const s = new x()`.
function calledNames(sf: SourceFile): Set<string> {
  const out = new Set<string>();
  sf.forEachDescendant((node) => {
    if (Node.isCallExpression(node) || Node.isNewExpression(node)) {
      let e: Node | undefined = node.getExpression();
      while (e && Node.isPropertyAccessExpression(e)) e = e.getExpression();
      if (e && Node.isIdentifier(e)) out.add(e.getText());
    }
  });
  return out;
}

// `service.method()` where the service's type has no such member.
function missingMembers(sf: SourceFile, serviceFiles: ReadonlySet<string>): EntryLinks['missing'] {
  const out: EntryLinks['missing'] = [];
  sf.forEachDescendant((node) => {
    if (!Node.isCallExpression(node)) return;
    const callee = node.getExpression();
    if (!Node.isPropertyAccessExpression(callee)) return;
    const receiver = callee.getExpression();
    const type = receiver.getType();
    const symbol = type.getSymbol() ?? type.getAliasSymbol();
    const decl = symbol?.getDeclarations()[0];
    if (!decl) return;
    const declFile = rel(decl.getSourceFile());
    if (declFile === rel(sf) || !(serviceFiles.has(declFile) || SERVICE_LIKE.test(declFile))) return;
    const member = callee.getName();
    if (BUILTIN_MEMBERS.has(member) || type.getProperty(member)) return;
    // A class used statically: its constructor type holds the static members.
    if (Node.isClassDeclaration(decl) && (decl.getStaticMember(member) || decl.getInstanceMember(member))) return;
    out.push({ line: node.getStartLineNumber(), problem: `calls ${receiver.getText()}.${member}(), which ${declFile} does not define` });
  });
  return out;
}
