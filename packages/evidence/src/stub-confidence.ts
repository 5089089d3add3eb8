import type * as TS from 'typescript';
import ts from './ts.js';
import { decoratorNamed } from './extract/ast.js';
import type { Item } from './types.js';

// How sure a detector's stub is real breakage, from the one parse: what the detectors report as
// an empty function includes constructors, intended no-ops, default hooks of base classes and
// empty implementations of an interface's methods, which never make a feature FAIL.

interface ClassSpan {
  start: number;
  end: number;
  base: boolean;
  heritage: boolean;
  /** Lines (first, last) of its methods that a guard handles whole: `@Get('google') @UseGuards(GoogleSSOGuard)`. */
  guarded: Array<[number, number]>;
}

// NestJS route decorators (`@Get('google')`); with `@UseGuards(...)` on the same method, the guard
// answers the request (Passport's OAuth guards redirect to the provider) and the body is empty on purpose.
const ROUTE_DECORATORS = ['Get', 'Post', 'Put', 'Patch', 'Delete', 'Options', 'Head', 'All'];

function guardedMethods(cls: TS.ClassDeclaration, lineOf: (pos: number) => number, sf: TS.SourceFile): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of cls.members) {
    if (ts.isMethodDeclaration(m) && decoratorNamed(m, 'UseGuards') && ROUTE_DECORATORS.some((n) => decoratorNamed(m, n))) out.push([lineOf(m.getStart(sf)), lineOf(m.end)]);
  }
  return out;
}

function classSpans(sf: TS.SourceFile): ClassSpan[] {
  const out: ClassSpan[] = [];
  const lineOf = (pos: number): number => sf.getLineAndCharacterOfPosition(pos).line + 1;
  for (const st of sf.statements) {
    if (!ts.isClassDeclaration(st)) continue;
    const name = st.name?.text ?? '';
    const abstract = ts.getModifiers(st)?.some((m) => m.kind === ts.SyntaxKind.AbstractKeyword) ?? false;
    out.push({ start: lineOf(st.getStart(sf)), end: lineOf(st.end), base: abstract || /^(Base|Abstract)[A-Z]|Base$/.test(name), heritage: (st.heritageClauses?.length ?? 0) > 0, guarded: guardedMethods(st, lineOf, sf) });
  }
  return out;
}

// An empty callback handed back or stored under a cleanup name: `return { unsubscribe: () => {} }`
// when there is nothing to listen to, `let dispose = () => {}` until something is set up.
const NO_OP_CLEANUP = /\b(?:unsubscribe|unsub|dispose|cleanup|teardown|cancel|stop|off|close|destroy|release|noop)\s*[:=]\s*(?:async\s*)?\(\s*\)\s*=>\s*\{\s*\}/i;

// An empty function handed over as a callback (extract/callbacks.ts): `onSave={handleSave}` with
// `const handleSave = () => {}`. The component it is given to does the work.
const NO_OP_CALLBACK: [number, string] = [0.2, 'an empty callback passed as a prop or argument (an intended no-op)'];

// Vue's lifecycle hooks (`created() {}`, `mounted() {}`) are hooks too: the component runs them, empty or not.
const HOOK_NAME = /^(?:async\s+)?(?:on[A-Z_]\w*|handle[A-Z]\w*|dispose|destroy|close|cleanup|teardown|reset|init|ready|flush\w*|beforeCreate|created|beforeMount|mounted|beforeUpdate|updated|beforeUnmount|unmounted|beforeDestroy|destroyed|activated|deactivated)\s*[(<]/;

/**
 * Gives each stub a `confidence` that it is real breakage (0–1), with a `problem` line saying why
 * when it is low, and drops blocking markers that are prose (the word in a doc comment about
 * stub generation, or in a capitalised section banner) rather than a marker followed by its note.
 */
export function judgeStubs(stubs: Item[], markers: Item[], sf: TS.SourceFile, noOpCallbacks: readonly number[] = []): { stubs: Item[]; markers: Item[] } {
  const spans = stubs.some((s) => s.rule === 'empty-function') ? classSpans(sf) : [];
  const lines = sf.text.split('\n');
  const judged = stubs.map((s) => {
    const [confidence, why] = s.rule === 'empty-function' && noOpCallbacks.includes(s.line) ? NO_OP_CALLBACK : stubConfidence(s, spans, lines);
    const item: Item = { ...s, confidence };
    if (why) item.problem = why;
    return item;
  });
  const kept = markers.filter((m) => m.name !== 'STUB' || /\bSTUB\b(?!\s+[A-Z]{2,})/.test(lines[m.line - 1] ?? ''));
  return { stubs: judged, markers: kept };
}

function stubConfidence(s: Item, spans: readonly ClassSpan[], lines: readonly string[]): [number, string?] {
  const detail = (s.detail ?? '').trim();
  const line = lines[s.line - 1] ?? '';
  if (s.rule === 'empty-function') {
    if (/^constructor\s*\(/.test(detail)) return [0.05, 'an empty constructor'];
    const cls = spans.find((c) => s.line >= c.start && s.line <= c.end);
    if (cls?.guarded.some(([a, b]) => s.line >= a && s.line <= b)) return [0.1, 'an empty route handler behind @UseGuards: the guard does the work (a Passport redirect or callback)'];
    if (cls?.base) return [0.2, 'a default hook of a base class, for subclasses to override'];
    if (cls?.heritage) return [0.3, "an empty implementation of an inherited or interface method (an intended no-op)"];
    if (HOOK_NAME.test(detail)) return [0.3, 'an empty hook (an intended no-op)'];
    if (NO_OP_CLEANUP.test(detail)) return [0.2, 'an empty cleanup callback (nothing to undo: an intended no-op)'];
    return [0.7];
  }
  if (s.rule === 'placeholder-comment') {
    // Code before the comment on its line (`return ''; // No changes`): the comment explains it.
    if (/\S.*\/\/|\S.*\/\*/.test(line.replace(/^\s*(\/\/|\/\*|\*)/, ''))) return [0.3, 'a comment beside code, not in place of it'];
    // `// ...` inside a run of comments (a list of conditions) is prose.
    const prev = (lines[s.line - 2] ?? '').trim();
    if (/^\/\/\s*\.{3}\s*$/.test(line.trim()) && prev.startsWith('//')) return [0.3, 'an ellipsis inside a comment'];
    return [0.85];
  }
  if (s.rule === 'stub-implementation' || s.name === 'not-implemented') return [0.9];
  return [0.7];
}
