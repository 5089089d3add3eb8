import { lstatSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import ts from './ts.js';
import type * as TS from 'typescript';
import { UNSCANNABLE } from './scan.js';
import type { Violation } from './types.js';

// Vendored and generated files, judged as a whole-project scan sees them: third-party or
// machine-written code the project ships but does not write. A finding there is still reported,
// graded low with the evidence named. Only structure counts, never a name or a comment:
//
// - a `.gitattributes` line that sets `linguist-vendored` or `linguist-generated` for the file
//   (GitHub linguist's declaration; `-linguist-vendored` or `=false` unsets it again);
// - a file under a static-asset or vendor directory (`public/`, `static/`, `assets/`, `vendor/`,
//   `third_party/`, `external/`, `wwwroot/`) that is minified: lines averaging over 110 characters
//   (linguist's measure), or a minifier's mangled names kept by a re-formatter (of at least 100
//   declared names, 90% or more are one or two characters long);
// - Emscripten's module glue: typed-array views `HEAP8` … `HEAPF64` over one wasm memory and a
//   `WebAssembly` instantiation, in a file of at least 20,000 characters.
//
// Never applied when judging a change (--diff, --before/--after, the gate) or against a baseline:
// there the question is what the change adds, and a file it adds or edits is its author's code,
// whatever it looks like (see change/git-diff.ts for `.gitattributes` lines a change adds).

/** Why a file counts as vendored or generated, for the message of its lowered findings. */
export type VendoredEvidence = string;

const ASSET_DIR = /(?:^|\/)(?:public|static|assets|vendors?|third[-_]?party|external|wwwroot)\//i;

/** Whether a path (relative, `/`-separated) lies under a static-asset or vendor directory. */
export const isUnderAssetDir = (relPath: string): boolean => ASSET_DIR.test(relPath);

const MIN_MINIFIED_CHARS = 5_000;
const MINIFIED_LINE_LENGTH = 110;
const MIN_MANGLED_NAMES = 100;
const MANGLED_SHARE = 0.9;

/**
 * Whether a text is minified: non-blank lines averaging over 110 characters in at least 5,000
 * characters, or at least 100 declared names (variables, parameters, functions) of which 90% or
 * more are one or two characters long (a minifier's names, kept when the output was re-formatted).
 */
export function minifiedEvidence(text: string, fileName: string): VendoredEvidence | undefined {
  if (text.length < MIN_MINIFIED_CHARS) return undefined;
  let chars = 0;
  let lines = 0;
  for (const line of text.split(/\r\n|\n|\r/)) {
    const t = line.trim();
    if (!t) continue;
    chars += t.length;
    lines++;
  }
  const average = lines ? chars / lines : 0;
  if (average > MINIFIED_LINE_LENGTH) return `minified (lines average ${Math.round(average)} characters)`;
  const sf = parse(text, fileName);
  if (!sf) return undefined;
  let names = 0;
  let short = 0;
  const stack: TS.Node[] = [sf];
  for (let n = stack.pop(); n !== undefined; n = stack.pop()) {
    if ((ts.isVariableDeclaration(n) || ts.isParameter(n) || ts.isFunctionDeclaration(n) || ts.isFunctionExpression(n)) && n.name && ts.isIdentifier(n.name)) {
      names++;
      if (n.name.text.length <= 2) short++;
    }
    ts.forEachChild(n, (c) => {
      stack.push(c);
    });
  }
  if (names >= MIN_MANGLED_NAMES && short / names >= MANGLED_SHARE) return `minified (${short} of ${names} declared names are one or two characters)`;
  return undefined;
}

const HEAP_VIEWS: Readonly<Record<string, string>> = {
  HEAP8: 'Int8Array',
  HEAP16: 'Int16Array',
  HEAP32: 'Int32Array',
  HEAPU8: 'Uint8Array',
  HEAPU16: 'Uint16Array',
  HEAPU32: 'Uint32Array',
  HEAPF32: 'Float32Array',
  HEAPF64: 'Float64Array',
};
const MIN_GLUE_CHARS = 20_000;
const MIN_HEAP_VIEWS = 6;
const WASM_ENTRIES = new Set(['instantiate', 'instantiateStreaming', 'Instance']);

/**
 * Whether a text is Emscripten's JavaScript glue for a wasm module: at least 6 of the 8 heap views
 * assigned their typed array (`HEAP8 = new Int8Array(buf)`, `Module.HEAPU8 = HEAPU8 = new
 * Uint8Array(buf)`) and a `WebAssembly.instantiate`/`instantiateStreaming`/`new
 * WebAssembly.Instance`, in at least 20,000 characters. Code, not a comment or a string: read from
 * the syntax tree.
 */
export function emscriptenEvidence(text: string, fileName: string): VendoredEvidence | undefined {
  if (text.length < MIN_GLUE_CHARS || !text.includes('HEAPU8') || !text.includes('WebAssembly')) return undefined;
  const sf = parse(text, fileName);
  if (!sf) return undefined;
  const views = new Set<string>();
  let instantiates = false;
  const stack: TS.Node[] = [sf];
  for (let n = stack.pop(); n !== undefined; n = stack.pop()) {
    ts.forEachChild(n, (c) => {
      stack.push(c);
    });
    if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isNewExpression(n.right) && ts.isIdentifier(n.right.expression)) {
      const name = ts.isIdentifier(n.left) ? n.left.text : ts.isPropertyAccessExpression(n.left) ? n.left.name.text : '';
      if (HEAP_VIEWS[name] === n.right.expression.text) views.add(name);
    } else if ((ts.isCallExpression(n) || ts.isNewExpression(n)) && ts.isPropertyAccessExpression(n.expression)) {
      const callee = n.expression;
      if (ts.isIdentifier(callee.expression) && callee.expression.text === 'WebAssembly' && WASM_ENTRIES.has(callee.name.text)) instantiates = true;
    }
  }
  if (views.size >= MIN_HEAP_VIEWS && instantiates) return `Emscripten-generated wasm glue (${views.size} heap views and a WebAssembly instantiation)`;
  return undefined;
}

// The syntax tree, or undefined when the parser gives up (nesting too deep: the scan itself reports
// that file as unscannable; here it is simply not evidence of anything).
function parse(text: string, fileName: string): TS.SourceFile | undefined {
  try {
    return ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false, scriptKindOf(fileName));
  } catch (err) {
    if (err instanceof RangeError) return undefined;
    throw err;
  }
}

function scriptKindOf(fileName: string): TS.ScriptKind {
  if (/\.tsx$/i.test(fileName)) return ts.ScriptKind.TSX;
  if (/\.[cm]?ts$/i.test(fileName)) return ts.ScriptKind.TS;
  if (/\.jsx$/i.test(fileName)) return ts.ScriptKind.JSX;
  return ts.ScriptKind.JS;
}

/** One `.gitattributes` line that sets or unsets `linguist-vendored`/`linguist-generated`. */
export interface AttributeRule {
  /** Matches a path relative to the directory of the `.gitattributes` file. */
  matches: (relPath: string) => boolean;
  vendored?: boolean;
  generated?: boolean;
  /** Where it is written, for the message: `.gitattributes:3`. */
  where: string;
}

const LINGUIST = /^([-!]?)linguist-(vendored|generated)(?:=(.*))?$/;

/**
 * The `linguist-vendored`/`linguist-generated` lines of a `.gitattributes` text, in order. Git's
 * pattern rules: a pattern without `/` matches a name at any depth, one with `/` is relative to the
 * file's directory; a pattern ending in `/` names a directory and, as in git, matches no file;
 * negative (`!`) and quoted patterns, which git does not allow or this reader does not parse, are
 * skipped.
 */
export function parseGitattributes(text: string, where: string): AttributeRule[] {
  const out: AttributeRule[] = [];
  for (const [index, raw] of text.split(/\r\n|\n|\r/).entries()) {
    const line = raw.trim();
    if (!line || line.startsWith('#') || line.startsWith('"') || line.startsWith('!')) continue;
    const [pattern, ...attrs] = line.split(/\s+/);
    if (!pattern || pattern.endsWith('/')) continue;
    const rule: Omit<AttributeRule, 'matches'> = { where: `${where}:${index + 1}` };
    for (const attr of attrs) {
      const m = LINGUIST.exec(attr);
      if (!m) continue;
      const value = m[1] ? false : m[3] === undefined ? true : !['false', 'unset'].includes(m[3].toLowerCase());
      if (m[2] === 'vendored') rule.vendored = value;
      else rule.generated = value;
    }
    if (rule.vendored === undefined && rule.generated === undefined) continue;
    const anchored = pattern.includes('/');
    const glob = anchored ? pattern.replace(/^\//, '') : pattern;
    const isMatch = picomatch(glob, { dot: true, ...(anchored ? {} : { basename: true }) });
    out.push({ ...rule, matches: (relPath) => isMatch(relPath) });
  }
  return out;
}

/**
 * Whether a file is declared vendored or generated: each line's patterns in order, from the
 * outermost `.gitattributes` to the one beside the file (a later line overrides an earlier one),
 * then `.git/info/attributes`. `chain` lists `[directory, rules]` from the outermost in.
 */
export function declaredVendored(absFile: string, chain: ReadonlyArray<readonly [string, readonly AttributeRule[]]>): VendoredEvidence | undefined {
  let vendored: AttributeRule | undefined;
  let generated: AttributeRule | undefined;
  for (const [dir, rules] of chain) {
    const rel = path.relative(dir, absFile).split(path.sep).join('/');
    for (const rule of rules) {
      if (!rule.matches(rel)) continue;
      if (rule.vendored !== undefined) vendored = rule.vendored ? rule : undefined;
      if (rule.generated !== undefined) generated = rule.generated ? rule : undefined;
    }
  }
  if (vendored) return `declared \`linguist-vendored\` in ${vendored.where}`;
  if (generated) return `declared \`linguist-generated\` in ${generated.where}`;
  return undefined;
}

const exists = (p: string): boolean => {
  try {
    statSync(p);
    return true;
  } catch {
    // Absent: not a repository root.
    return false;
  }
};

/**
 * Finds the vendored and generated files of one scan: reads `.gitattributes` files (each once)
 * from the repository root (the nearest directory with `.git`, or else the scan's root) down to
 * each file's directory, and a file's own text for the structural signs.
 */
export class VendoredFiles {
  private readonly attributes = new Map<string, readonly AttributeRule[]>();
  private readonly tops = new Map<string, string>();

  constructor(private readonly root: string) {}

  /** The evidence that a file is vendored or generated, or undefined. `text` is read when not given. */
  evidenceFor(absFile: string, relPath: string, text?: string): VendoredEvidence | undefined {
    const declared = declaredVendored(absFile, this.chainFor(path.dirname(absFile)));
    if (declared) return declared;
    const source = text ?? readText(absFile);
    if (source === undefined) return undefined;
    const glue = emscriptenEvidence(source, relPath);
    if (glue) return glue;
    if (!isUnderAssetDir(relPath)) return undefined;
    const minified = minifiedEvidence(source, relPath);
    return minified ? `${minified}, under a static-asset or vendor directory` : undefined;
  }

  private chainFor(dir: string): Array<readonly [string, readonly AttributeRule[]]> {
    const top = this.topFor(dir);
    const dirs: string[] = [];
    for (let d = dir; ; d = path.dirname(d)) {
      dirs.unshift(d);
      if (d === top || path.dirname(d) === d) break;
    }
    const chain = dirs.map((d) => [d, this.rulesIn(path.join(d, '.gitattributes'), path.relative(this.root, path.join(d, '.gitattributes')).split(path.sep).join('/') || '.gitattributes')] as const);
    const info = path.join(top, '.git', 'info', 'attributes');
    chain.push([top, this.rulesIn(info, '.git/info/attributes')]);
    return chain;
  }

  // The repository root above `dir`: the nearest directory holding `.git`; without one, the scan's
  // root when `dir` is inside it, else `dir` itself.
  private topFor(dir: string): string {
    const known = this.tops.get(dir);
    if (known) return known;
    let top: string | undefined;
    for (let d = dir; ; d = path.dirname(d)) {
      if (exists(path.join(d, '.git'))) {
        top = d;
        break;
      }
      if (path.dirname(d) === d) break;
    }
    const inside = !path.relative(this.root, dir).startsWith('..');
    const found = top ?? (inside ? this.root : dir);
    this.tops.set(dir, found);
    return found;
  }

  private rulesIn(file: string, shown: string): readonly AttributeRule[] {
    let rules = this.attributes.get(file);
    if (rules) return rules;
    // Git does not follow a symlinked `.gitattributes` in the work tree; neither does this.
    const text = isSymlink(file) ? undefined : readText(file);
    rules = text === undefined ? [] : parseGitattributes(text, shown);
    this.attributes.set(file, rules);
    return rules;
  }
}

function isSymlink(file: string): boolean {
  try {
    return lstatSync(file).isSymbolicLink();
  } catch {
    // Absent: not a link (and nothing to read).
    return false;
  }
}

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    // Absent or unreadable: nothing declared there, no text to judge.
    return undefined;
  }
}

/**
 * Grades the findings of vendored and generated files low (still reported): every finding above
 * low in a file `evidenceOf` names, except `unscannable` ones and rules in `keep` (whose severity
 * the config set), gets severity `low` and the evidence appended to its message. Returns new
 * objects for the findings it changes; the others are returned as they are.
 */
export function gradeVendored(violations: readonly Violation[], evidenceOf: (file: string) => VendoredEvidence | undefined, keep: ReadonlySet<string>): Violation[] {
  const byFile = new Map<string, VendoredEvidence | undefined>();
  return violations.map((v) => {
    if (v.severity === 'low' || v.ruleId === UNSCANNABLE || keep.has(v.ruleId)) return v;
    if (!byFile.has(v.file)) byFile.set(v.file, evidenceOf(v.file));
    const evidence = byFile.get(v.file);
    if (!evidence) return v;
    return { ...v, severity: 'low', message: `${v.message} Graded low: vendored or generated code, ${evidence}.` };
  });
}

/** Whether a path (relative, `/`-separated) is a `.gitattributes` file. */
export const isAttributesFile = (relPath: string): boolean => /(?:^|\/)\.gitattributes$/.test(relPath);

/** A `.gitattributes` line a change added that declares files vendored or generated. */
export interface AddedDeclaration {
  /** 1-based line in the new text. */
  line: number;
  column: number;
  /** The line, trimmed. */
  text: string;
  attribute: 'linguist-vendored' | 'linguist-generated';
}

/**
 * The lines of `after` that set `linguist-vendored` or `linguist-generated` and are not in
 * `before` (as many times: a second copy of an old line is new). Whatever its pattern: a change
 * cannot decide that any file is third-party.
 */
export function addedDeclarations(before: string | null, after: string): AddedDeclaration[] {
  const old = new Map<string, number>();
  for (const line of (before ?? '').split(/\r\n|\n|\r/)) {
    const t = line.trim();
    old.set(t, (old.get(t) ?? 0) + 1);
  }
  const out: AddedDeclaration[] = [];
  for (const [index, line] of after.split(/\r\n|\n|\r/).entries()) {
    const t = line.trim();
    const left = old.get(t) ?? 0;
    if (left > 0) {
      old.set(t, left - 1);
      continue;
    }
    const [rule] = parseGitattributes(t, '');
    // A line git cannot match a file with (`dir/`, `!x`) declares nothing; parseGitattributes drops it.
    if (!rule || !(rule.vendored || rule.generated)) continue;
    out.push({ line: index + 1, column: line.length - line.trimStart().length + 1, text: t, attribute: rule.vendored ? 'linguist-vendored' : 'linguist-generated' });
  }
  return out;
}
