import ts from './ts.js';
import type * as TS from 'typescript';
import { isFunctionLike, unwrap } from './ast-util.js';

// Same-file name resolution for detectors that follow a value to where it was declared.

const parented = new WeakSet<TS.SourceFile>();

// The engine's walk sets parent pointers as it goes; a declaration later in the file may not have
// them yet. Set every missing one once per file (only files with a candidate get here).
export function ensureParents(sf: TS.SourceFile): void {
  if (parented.has(sf)) return;
  parented.add(sf);
  const stack: TS.Node[] = [sf];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    const parent = node;
    ts.forEachChild(node, (child) => {
      if (!child.parent) (child as { parent: TS.Node }).parent = parent;
      stack.push(child);
    });
  }
}

export function hasModifier(node: TS.Node, kind: TS.SyntaxKind): boolean {
  return ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === kind);
}

// True for a type that only admits values that cannot carry SQL or shell syntax: literal types,
// unions of them, number, boolean, bigint, enums' literal members.
export function isSafeType(type: TS.TypeNode | undefined): boolean {
  if (!type) return false;
  if (ts.isParenthesizedTypeNode(type)) return isSafeType(type.type);
  if (ts.isUnionTypeNode(type)) return type.types.every(isSafeType);
  if (ts.isLiteralTypeNode(type)) return true;
  return type.kind === ts.SyntaxKind.NumberKeyword || type.kind === ts.SyntaxKind.BooleanKeyword || type.kind === ts.SyntaxKind.BigIntKeyword;
}

// True when `binding` (a name or a destructuring pattern) binds `name`.
function bindsName(binding: TS.BindingName, name: string): boolean {
  if (ts.isIdentifier(binding)) return binding.text === name;
  const stack: TS.BindingName[] = [binding];
  for (let b = stack.pop(); b !== undefined; b = stack.pop()) {
    if (ts.isIdentifier(b)) {
      if (b.text === name) return true;
      continue;
    }
    for (const el of b.elements) if (!ts.isOmittedExpression(el)) stack.push(el.name);
  }
  return false;
}

export type Declaration = TS.VariableDeclaration | TS.ParameterDeclaration | TS.FunctionDeclaration | TS.ClassDeclaration | TS.EnumDeclaration | TS.ImportDeclaration;

function declarationIn(statements: readonly TS.Statement[], name: string): Declaration | undefined {
  for (const s of statements) {
    if (ts.isVariableStatement(s)) {
      for (const d of s.declarationList.declarations) if (bindsName(d.name, name)) return d;
    } else if ((ts.isFunctionDeclaration(s) || ts.isClassDeclaration(s) || ts.isEnumDeclaration(s)) && s.name?.text === name) return s;
    else if (ts.isImportDeclaration(s) && s.importClause) {
      const c = s.importClause;
      if (c.name?.text === name) return s;
      const b = c.namedBindings;
      if (b && ts.isNamespaceImport(b) && b.name.text === name) return s;
      if (b && ts.isNamedImports(b) && b.elements.some((e) => e.name.text === name)) return s;
    }
  }
  return undefined;
}

/** The declaration an identifier refers to, found by walking its scopes outwards (same file only). */
export function findDeclaration(id: TS.Identifier): Declaration | undefined {
  const name = id.text;
  let child: TS.Node = id;
  for (let n: TS.Node | undefined = id.parent; n; child = n, n = n.parent) {
    if (isFunctionLike(n)) {
      for (const p of n.parameters) if (bindsName(p.name, name)) return p;
      if ((ts.isFunctionExpression(n) || ts.isFunctionDeclaration(n)) && n.name?.text === name && child === n.body) return undefined;
    }
    if ((ts.isForOfStatement(n) || ts.isForInStatement(n) || ts.isForStatement(n)) && n.initializer && ts.isVariableDeclarationList(n.initializer)) {
      for (const d of n.initializer.declarations) if (bindsName(d.name, name)) return d;
    }
    if (ts.isCatchClause(n) && n.variableDeclaration && bindsName(n.variableDeclaration.name, name)) return n.variableDeclaration;
    if (ts.isBlock(n) || ts.isSourceFile(n) || ts.isModuleBlock(n) || ts.isCaseClause(n) || ts.isDefaultClause(n)) {
      const d = declarationIn(n.statements, name);
      if (d) return d;
    }
  }
  return undefined;
}

// `x = v;` as the statement right before the one that reads `x`: nothing in between can change it,
// so `x` there is `v` (`path = "/usr/bin/chromium"; install(path);`).
export function assignedJustBefore(id: TS.Identifier): TS.Expression | undefined {
  let stmt: TS.Node = id;
  while (stmt.parent && !ts.isBlock(stmt.parent) && !ts.isSourceFile(stmt.parent) && !isFunctionLike(stmt)) stmt = stmt.parent;
  const block = stmt.parent;
  if (!block || !(ts.isBlock(block) || ts.isSourceFile(block))) return undefined;
  const prev = block.statements[block.statements.indexOf(stmt as TS.Statement) - 1];
  if (!prev || !ts.isExpressionStatement(prev)) return undefined;
  const e = unwrap(prev.expression);
  const assigns = ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isIdentifier(e.left) && e.left.text === id.text;
  return assigns ? e.right : undefined;
}
