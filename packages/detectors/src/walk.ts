import ts from './ts.js';
import type * as TS from 'typescript';
import type { CommentInfo } from './types.js';

// Read on first use, not at import: ts.ts loads TypeScript lazily.
const isCommentKind = (kind: TS.SyntaxKind): boolean => kind === ts.SyntaxKind.SingleLineCommentTrivia || kind === ts.SyntaxKind.MultiLineCommentTrivia;

/** What one walk over a file needs: the tree, its text, the handlers by node kind and how to call one. */
export interface WalkInput<H> {
  sourceFile: TS.SourceFile;
  text: string;
  /** Handlers by `SyntaxKind`, run after the node's subtree. */
  dispatch: ReadonlyArray<readonly H[] | undefined>;
  /** Handlers run on every comment, in document order. */
  commentHandlers: readonly H[];
  /** Filled with every comment, in document order. */
  comments: CommentInfo[];
  /** Runs one handler on a node or comment (the engine catches and records a handler's failure). */
  call: (handler: H, arg: unknown) => void;
}

/**
 * The engine's single walk over a file: every node once, children before their parent, every
 * comment once (found by scanning the gaps between a node's children), parents set on the way
 * down. Iterative, so it has no depth limit of its own.
 */
export function walk<H>(input: WalkInput<H>): void {
  // One scanner for every walk (createScanner builds some seventy closures: per file, that was
  // allocation and, once hot, a large function for V8 to optimise); a walk started from inside a
  // handler of another gets its own.
  const reuse = !scannerInUse;
  const scanner = reuse ? (sharedScanner ??= ts.createScanner(ts.ScriptTarget.Latest, false)) : ts.createScanner(ts.ScriptTarget.Latest, false);
  scanner.setLanguageVariant(input.sourceFile.languageVariant);
  if (reuse) scannerInUse = true;
  try {
    walkWith(input, scanner);
  } finally {
    if (reuse) {
      scannerInUse = false;
      // Holds no file's text between walks.
      scanner.setText('');
    }
  }
}

let sharedScanner: TS.Scanner | undefined;
let scannerInUse = false;

function walkWith<H>({ sourceFile, text, dispatch, commentHandlers, comments, call }: WalkInput<H>, scanner: TS.Scanner): void {
  // Between a node's children there are only punctuation, keywords and trivia (strings, regexes,
  // templates and JSX text are child nodes), so scanning those gaps finds every comment and never
  // mistakes a `//` inside a literal for one.
  const scanGap = (from: number, to: number, owner: TS.Node, prev: TS.Node | undefined, next: TS.Node | undefined): void => {
    let slash = false;
    for (let i = from; i < to; i++) {
      if (text.charCodeAt(i) === 47) {
        slash = true;
        break;
      }
    }
    if (!slash) return;
    scanner.setText(text, from, to - from);
    for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
      if (!isCommentKind(kind)) continue;
      const pos = scanner.getTokenStart();
      const end = scanner.getTokenEnd();
      const full = text.slice(pos, end);
      const isLine = kind === ts.SyntaxKind.SingleLineCommentTrivia;
      const comment: CommentInfo = { pos, end, kind: isLine ? 'line' : 'block', text: full, value: commentValue(full, isLine), owner, prev, next };
      comments.push(comment);
      for (const handler of commentHandlers) call(handler, comment);
    }
  };
  // Where a comment can start: every `//` and `/*` in the text (inside strings and regexes too: a
  // superset). A subtree with none of them in its range holds no comment, so it is walked without
  // looking for gaps at all (no token start per child, no scanning): most subtrees of most files.
  const starts: number[] = [];
  for (let i = text.indexOf('/'); i !== -1; i = text.indexOf('/', i + 1)) {
    const next = text.charCodeAt(i + 1);
    if (next === 47 || next === 42) {
      starts.push(i);
      // `///` and `/**`: one comment start is enough for the range test.
      i++;
    }
  }
  // Nodes are entered in document order (a node's pos is never before its parent's or an earlier
  // sibling's), so one forward cursor over `starts` answers "is there a comment start in range?".
  let si = 0;
  const mayHoldComment = (node: TS.Node): boolean => {
    while (si < starts.length && (starts[si] as number) < node.pos) si++;
    return si < starts.length && (starts[si] as number) < node.end;
  };
  // An explicit stack, not recursion: a file nested 10,000 levels deep is walked like any other
  // (recursion overflowed V8's stack from a few thousand levels and lost every finding below).
  // Frames are reused by depth, so a walk allocates one frame per level of the deepest path.
  // Handlers run after a node's subtree (children first), so every comment inside the node is
  // already in `comments` when its handler asks for them. Parents are set on the way down, so
  // every handler sees the parents of its node, its ancestors and its descendants.
  const frames: WalkFrame[] = [];
  let collecting: TS.Node[] = [];
  const collect = (child: TS.Node): undefined => {
    collecting.push(child);
    return undefined;
  };
  let depth = -1;
  // `aware`: the subtree may hold a comment, so the gaps between its children are scanned; a
  // subtree with no comment start in range is walked without looking for gaps at all.
  const enter = (node: TS.Node, aware: boolean, start: number): void => {
    depth++;
    let frame = frames[depth];
    if (!frame) {
      frame = { node, aware, children: [], next: 0, cursor: start, prev: undefined };
      frames[depth] = frame;
    } else {
      frame.node = node;
      frame.aware = aware;
      frame.children.length = 0;
      frame.next = 0;
      frame.cursor = start;
      frame.prev = undefined;
    }
    if (node.kind > ts.SyntaxKind.LastToken) {
      collecting = frame.children;
      ts.forEachChild(node, collect);
    }
  };
  enter(sourceFile, mayHoldComment(sourceFile), 0);
  const lastToken = ts.SyntaxKind.LastToken;
  while (depth >= 0) {
    const frame = frames[depth] as WalkFrame;
    const node = frame.node;
    if (frame.next < frame.children.length) {
      const child = frame.children[frame.next++] as TS.Node;
      if (!child.parent) (child as { parent: TS.Node }).parent = node;
      let childStart = 0;
      if (frame.aware) {
        childStart = child.kind === ts.SyntaxKind.JsxText ? child.pos : child.getStart(sourceFile);
        if (childStart >= frame.cursor) scanGap(frame.cursor, childStart, node, frame.prev, child);
      }
      if (child.kind <= lastToken) {
        // A token (identifiers and keywords included: most nodes) has no children: its handlers
        // run at once, without a frame.
        const handlers = dispatch[child.kind];
        if (handlers) for (const handler of handlers) call(handler, child);
        if (frame.aware) {
          if (child.end > frame.cursor) frame.cursor = child.end;
          frame.prev = child;
        }
        continue;
      }
      enter(child, frame.aware && mayHoldComment(child), childStart);
      continue;
    }
    if (frame.aware && node.end > frame.cursor) scanGap(frame.cursor, node.end, node, frame.prev, undefined);
    const handlers = dispatch[node.kind];
    if (handlers) for (const handler of handlers) call(handler, node);
    depth--;
    const parent = frames[depth];
    if (parent?.aware) {
      if (node.end > parent.cursor) parent.cursor = node.end;
      parent.prev = node;
    }
  }
}

/** One level of the walk's explicit stack. */
interface WalkFrame {
  node: TS.Node;
  /** Whether the gaps between this node's children are scanned for comments. */
  aware: boolean;
  children: TS.Node[];
  /** Index of the next child to enter. */
  next: number;
  /** End of the last child entered (where the next gap starts), for aware frames. */
  cursor: number;
  prev: TS.Node | undefined;
}

/** The text of a comment without its delimiters (and the `*` gutter of block comments), trimmed. */
export function commentValue(full: string, isLine: boolean): string {
  if (isLine) return full.slice(2).trim();
  const inner = full.slice(2, full.endsWith('*/') && full.length >= 4 ? -2 : undefined);
  return inner
    .split(/\r?\n/)
    .map((l) => l.replace(/^\s*\*(?!\/)\s?/, '').trim())
    .filter((l, i, all) => l !== '' || (i > 0 && i < all.length - 1))
    .join('\n')
    .trim();
}
