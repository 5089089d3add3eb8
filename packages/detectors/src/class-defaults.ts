import ts from './ts.js';
import type * as TS from 'typescript';
import { nameText } from './ast-util.js';

// Base-class defaults, read from one file: a method of a base class that only throws or does nothing
// may be the default its subclasses replace. Shared by stub-implementation and empty-function.

const isAbstract = (cls: TS.ClassLikeDeclaration): boolean => (ts.getModifiers(cls) ?? []).some((m) => m.kind === ts.SyntaxKind.AbstractKeyword);

// The name of the class a class extends (`extends Base<T>` → Base), if written as a name.
function superName(cls: TS.ClassLikeDeclaration): string | undefined {
  const clause = cls.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword);
  const e = clause?.types[0]?.expression;
  return e && ts.isIdentifier(e) ? e.text : undefined;
}

/** Every class declaration and expression of a file. */
export function classesOf(sf: TS.SourceFile): TS.ClassLikeDeclaration[] {
  // An explicit stack, not recursion: a file nested thousands of levels deep is walked like any other.
  const out: TS.ClassLikeDeclaration[] = [];
  const stack: TS.Node[] = [sf];
  for (let n = stack.pop(); n !== undefined; n = stack.pop()) {
    if (ts.isClassLike(n)) out.push(n);
    ts.forEachChild(n, (child) => {
      stack.push(child);
    });
  }
  return out;
}

const declaresWithBody = (cls: TS.ClassLikeDeclaration, method: string, real: (body: TS.Block) => boolean): boolean =>
  cls.members.some((m) => ts.isMethodDeclaration(m) && m.body !== undefined && nameText(m.name) === method && real(m.body));

/**
 * Walks the subclasses of `cls` declared in the same file (through further subclasses there). Returns
 * whether one replaces `method` with a body that `real` accepts, and whether a concrete (not
 * `abstract`) one inherits it unchanged, so that its instances run the base's body.
 */
function subclassesOf(classes: readonly TS.ClassLikeDeclaration[], cls: TS.ClassLikeDeclaration, method: string, real: (body: TS.Block) => boolean): { overridden: boolean; inherited: boolean } {
  const result = { overridden: false, inherited: false };
  const name = cls.name?.text;
  if (!name) return result;
  const seen = new Set<string>([name]);
  const queue = [name];
  while (queue.length) {
    const base = queue.shift() as string;
    for (const sub of classes) {
      if (superName(sub) !== base) continue;
      if (declaresWithBody(sub, method, real)) {
        result.overridden = true;
        continue;
      }
      if (!isAbstract(sub)) result.inherited = true;
      const subName = sub.name?.text;
      if (subName && !seen.has(subName)) {
        seen.add(subName);
        queue.push(subName);
      }
    }
  }
  return result;
}

/**
 * Whether a method of this class is a base-class default rather than an implementation: the class
 * is `abstract` and no concrete subclass in the same file inherits the method unchanged, or a
 * subclass in the same file replaces it with a body that `real` accepts (a body that only throws
 * again does not count for stub-implementation; an empty one does not for empty-function).
 */
export function isBaseDefault(classes: readonly TS.ClassLikeDeclaration[], cls: TS.ClassLikeDeclaration, method: string, real: (body: TS.Block) => boolean): boolean {
  const { overridden, inherited } = subclassesOf(classes, cls, method, real);
  return (isAbstract(cls) && !inherited) || overridden;
}
