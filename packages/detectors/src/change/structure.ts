import type * as TS from 'typescript';
import ts from '../ts.js';
import { scriptKindOf } from '../parser.js';
import { computeLineStarts, position } from './comments.js';

/**
 * The structure a placeholder drop is judged on: the slots of a parsed file that hold code
 * (a body's statements, a class's members, an object's properties, an array's elements, JSX
 * children, a switch's cases), each with where it opens and which children are code.
 */

/** Which kind of list a slot holds: a comment may stand in the middle of a list of members, not of statements. */
export type SlotFamily = 'statements' | 'clauses' | 'members' | 'properties' | 'elements' | 'jsx' | 'names' | 'arguments';

/** A slot of code in a parsed file. Lines are 1-based. */
export interface Slot {
  node: TS.Node;
  family: SlotFamily;
  /** Offset of the bracket (or `:` of a case, `>` of a JSX opening tag) that opens the slot; -1 for a whole file. */
  open: number;
  /** Line of `open`. */
  openLine: number;
  /** The text of the opening line up to and including the bracket, whitespace collapsed: the same slot after an edit. */
  header: string;
  /** The children that are code, as line ranges and offsets. */
  children: Array<{ start: number; end: number; line: number; endLine: number }>;
  /** The name of what the slot belongs to (`load` for a method's body, `Store` for a class), when it has one. */
  owner: string | null;
}

/** A parsed side of a change. */
export interface ParsedSide {
  text: string;
  file: TS.SourceFile;
  lineStarts: number[];
}

/** Parses one side; null when the parser itself cannot (nesting beyond its stack: reported as unscannable by the scan). */
export function parseSide(text: string, fileName: string): ParsedSide | null {
  try {
    const jsDoc = ts.JSDocParsingMode ? { jsDocParsingMode: ts.JSDocParsingMode.ParseNone } : {};
    const file = ts.createSourceFile(fileName, text, { languageVersion: ts.ScriptTarget.Latest, ...jsDoc }, true, scriptKindOf(fileName));
    return { text, file, lineStarts: computeLineStarts(text) };
  } catch (err) {
    // A RangeError from the parser's own recursion: no structure to judge, and the scan of the
    // same text reports the file as unscannable, so nothing is lost by giving up here.
    if (err instanceof RangeError) return null;
    throw err;
  }
}

function familyOf(node: TS.Node): SlotFamily | null {
  switch (node.kind) {
    case ts.SyntaxKind.Block:
    case ts.SyntaxKind.ModuleBlock:
    case ts.SyntaxKind.SourceFile:
    case ts.SyntaxKind.CaseClause:
    case ts.SyntaxKind.DefaultClause:
      return 'statements';
    case ts.SyntaxKind.CaseBlock:
      return 'clauses';
    case ts.SyntaxKind.ClassDeclaration:
    case ts.SyntaxKind.ClassExpression:
    case ts.SyntaxKind.InterfaceDeclaration:
    case ts.SyntaxKind.TypeLiteral:
    case ts.SyntaxKind.EnumDeclaration:
      return 'members';
    case ts.SyntaxKind.ObjectLiteralExpression:
      return 'properties';
    case ts.SyntaxKind.ArrayLiteralExpression:
      return 'elements';
    case ts.SyntaxKind.JsxElement:
    case ts.SyntaxKind.JsxFragment:
      return 'jsx';
    case ts.SyntaxKind.NamedImports:
    case ts.SyntaxKind.NamedExports:
      return 'names';
    case ts.SyntaxKind.CallExpression:
    case ts.SyntaxKind.NewExpression:
      // A call's arguments: `and(\n  eq(a),\n  // ... other conditions\n)` drops conditions.
      return (node as TS.CallExpression | TS.NewExpression).arguments ? 'arguments' : null;
    default:
      return null;
  }
}

/** The list of child slots of a slot node. */
function listOf(node: TS.Node): TS.NodeArray<TS.Node> | null {
  if (ts.isBlock(node) || ts.isModuleBlock(node) || ts.isSourceFile(node) || ts.isCaseClause(node) || ts.isDefaultClause(node)) return node.statements;
  if (ts.isCaseBlock(node)) return node.clauses;
  if (ts.isClassLike(node) || ts.isInterfaceDeclaration(node) || ts.isTypeLiteralNode(node)) return node.members;
  if (ts.isEnumDeclaration(node)) return node.members;
  if (ts.isObjectLiteralExpression(node)) return node.properties;
  if (ts.isArrayLiteralExpression(node)) return node.elements;
  if (ts.isJsxElement(node) || ts.isJsxFragment(node)) return node.children;
  if (ts.isNamedImports(node) || ts.isNamedExports(node)) return node.elements;
  if (ts.isCallExpression(node) || ts.isNewExpression(node)) return node.arguments ?? null;
  return null;
}

function isCodeChild(child: TS.Node): boolean {
  switch (child.kind) {
    case ts.SyntaxKind.EmptyStatement:
    case ts.SyntaxKind.SemicolonClassElement:
    case ts.SyntaxKind.OmittedExpression:
      return false;
    case ts.SyntaxKind.JsxText:
      return !(child as TS.JsxText).containsOnlyTriviaWhiteSpaces;
    case ts.SyntaxKind.JsxExpression:
      return (child as TS.JsxExpression).expression !== undefined;
    default:
      return true;
  }
}

/** The slot a node opens, or null when it is no slot of code. */
export function slotOf(side: ParsedSide, node: TS.Node): Slot | null {
  const family = familyOf(node);
  const list = family ? listOf(node) : null;
  if (!family || !list) return null;
  const children = list.filter(isCodeChild).map((c) => {
    const start = c.getStart(side.file);
    return { start, end: c.end, line: position(side.lineStarts, start).line, endLine: position(side.lineStarts, c.end).line };
  });
  if (ts.isSourceFile(node)) return { node, family, open: -1, openLine: 0, header: '', children, owner: null };
  // A list starts right after the token that opens it.
  const open = list.pos - 1;
  const { line } = position(side.lineStarts, open);
  const lineStart = side.lineStarts[line - 1] as number;
  const header = side.text.slice(lineStart, open + 1).replace(/\s+/g, ' ').trim();
  return { node, family, open, openLine: line, header, children, owner: ownerName(node) };
}

/** The declared name a slot belongs to: a function's or method's, a class's, or the variable or property an object or array is bound to. */
function ownerName(node: TS.Node): string | null {
  const holder = ts.isBlock(node) || ts.isObjectLiteralExpression(node) || ts.isArrayLiteralExpression(node) ? node.parent : node;
  if (!holder) return null;
  const name = (holder as { name?: TS.Node }).name;
  if (name && (ts.isIdentifier(name) || ts.isPrivateIdentifier(name) || ts.isStringLiteral(name))) return `${ts.SyntaxKind[holder.kind]}:${name.text}`;
  // An arrow function or function expression bound to a variable or property: `const load = () => {…}`.
  const bound = holder.parent;
  if ((ts.isArrowFunction(holder) || ts.isFunctionExpression(holder)) && bound && (ts.isVariableDeclaration(bound) || ts.isPropertyAssignment(bound)) && ts.isIdentifier(bound.name)) {
    return `${ts.SyntaxKind[holder.kind]}:${bound.name.text}`;
  }
  return null;
}

/**
 * The slot whose list a comment lies in, directly (not inside one of its children), or null.
 * An empty JSX expression (`{/* … *\/}`) counts as lying in its element's children. Descends
 * with a loop, not recursion: deep nesting cannot overflow it.
 */
export function slotAround(side: ParsedSide, start: number, end: number): Slot | null {
  let node: TS.Node = side.file;
  for (;;) {
    let next: TS.Node | undefined;
    ts.forEachChild(node, (child) => {
      if (child.getStart(side.file) <= start && end <= child.end) {
        next = child;
        return true;
      }
      return undefined;
    });
    if (!next) break;
    node = next;
  }
  if (ts.isJsxExpression(node) && node.expression === undefined && node.parent) node = node.parent;
  const slot = slotOf(side, node);
  if (!slot) return null;
  // Inside the slot's brackets, not in a class's or a case's header.
  return slot.open < start ? slot : null;
}

/**
 * The slots of a parsed file by the line they open on, built on demand: the walk only notes where
 * each slot node opens (an explicit stack, not recursion); its children are read when asked for.
 */
export class SlotIndex {
  private readonly byLine = new Map<number, TS.Node[]>();
  private readonly built = new Map<TS.Node, Slot | null>();

  constructor(private readonly side: ParsedSide) {
    const stack: TS.Node[] = [side.file];
    while (stack.length) {
      const node = stack.pop() as TS.Node;
      const list = familyOf(node) && !ts.isSourceFile(node) ? listOf(node) : null;
      if (list) {
        const line = position(side.lineStarts, list.pos - 1).line;
        const nodes = this.byLine.get(line);
        if (nodes) nodes.push(node);
        else this.byLine.set(line, [node]);
      }
      ts.forEachChild(node, (child) => {
        stack.push(child);
      });
    }
  }

  /** The slots opening on a line. */
  at(line: number): Slot[] {
    const out: Slot[] = [];
    for (const node of this.byLine.get(line) ?? []) {
      let slot = this.built.get(node);
      if (slot === undefined) {
        slot = slotOf(this.side, node);
        this.built.set(node, slot);
      }
      if (slot) out.push(slot);
    }
    return out;
  }
}

/** Where a comment stands among the code children of its slot. */
export type SlotPlace = 'whole' | 'tail' | 'head' | 'middle';

export function placeIn(slot: Slot, start: number, end: number): SlotPlace {
  const before = slot.children.some((c) => c.end <= start);
  const after = slot.children.some((c) => c.start >= end);
  if (!before && !after) return 'whole';
  if (before && !after) return 'tail';
  return before ? 'middle' : 'head';
}
