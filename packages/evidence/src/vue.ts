import { createRequire } from 'node:module';
import type { SFCParseResult } from '@vue/compiler-sfc';
import type * as TS from 'typescript';
import ts from './ts.js';
import { markerItem } from './markers.js';
import type { Item } from './types.js';

// Vue single-file components: the `<script>` and `<script setup>` blocks are the code. They are
// cut out with Vue's own SFC parser (@vue/compiler-sfc, the reference: it knows where a block
// really ends — a `</script>` inside a string or a template, HTML comments, custom blocks) and put
// back at their own offsets in a copy of the file where everything else is blanked (every
// character but line breaks becomes a space). TypeScript then parses that copy, so every line and
// column the extractors and detectors report is the line and column in the .vue file.
// The parser is loaded on the first .vue file a scan meets: a project without Vue never pays for it.

type SfcParse = (source: string, options: { filename: string; sourceMap: boolean; ignoreEmpty: boolean; templateParseOptions?: { prefixIdentifiers?: boolean } }) => SFCParseResult;

let sfcParse: SfcParse | undefined;

function parser(): SfcParse {
  sfcParse ??= (createRequire(import.meta.url)('@vue/compiler-sfc') as { parse: SfcParse }).parse;
  return sfcParse;
}

/** True once a .vue file was parsed in this thread (tests check the parser loads lazily). */
export function vueParserLoaded(): boolean {
  return sfcParse !== undefined;
}

/** The code of a single-file component, ready for the one parse. */
export interface VueCode {
  /** The file's text with everything but its script blocks blanked: same length, same lines. */
  text: string;
  /** How TypeScript should parse it: from the blocks' `lang` (`ts`, `tsx`, `jsx`; else JavaScript). */
  kind: TS.ScriptKind;
  /** Marker comments of the template (`<!-- … -->`); the script's markers come from the detectors. */
  markers: Item[];
  /** The first SFC syntax error (an unclosed block), when there is one. */
  error?: { line: number; column: number; message: string };
}

const KINDS: Record<string, TS.ScriptKind> = {};

function kindOf(lang: string | undefined): TS.ScriptKind {
  if (!KINDS.ts) Object.assign(KINDS, { ts: ts.ScriptKind.TS, tsx: ts.ScriptKind.TSX, jsx: ts.ScriptKind.JSX, js: ts.ScriptKind.JS });
  return KINDS[lang ?? 'js'] ?? ts.ScriptKind.JS;
}

/** Cuts the script blocks out of a .vue file (see the comment at the top of this file). */
export function vueCode(source: string, file: string): VueCode {
  let parsed: SFCParseResult;
  try {
    // No source maps, and the template's expressions are not parsed into Babel ASTs: only where
    // the blocks are is needed (Babel on every `{{ … }}` and `:prop` was most of the parse's time).
    parsed = parser()(source, { filename: file, sourceMap: false, ignoreEmpty: false, templateParseOptions: { prefixIdentifiers: false } });
  } catch (err) {
    // Any text must come back as facts or an error line, never a crash of the scan.
    return { text: '', kind: ts.ScriptKind.JS, markers: [], error: { line: 1, column: 1, message: `not a valid Vue single-file component: ${err instanceof Error ? err.message : String(err)}` } };
  }
  const { descriptor, errors } = parsed;
  const blocks = [descriptor.script, descriptor.scriptSetup].filter((b) => b !== null);
  const out: string[] = [];
  let at = 0;
  const blank = (text: string): string => text.replace(/[^\r\n]/g, ' ');
  for (const b of [...blocks].sort((x, y) => x.loc.start.offset - y.loc.start.offset)) {
    out.push(blank(source.slice(at, b.loc.start.offset)), source.slice(b.loc.start.offset, b.loc.end.offset));
    at = b.loc.end.offset;
  }
  out.push(blank(source.slice(at)));
  // One block in TypeScript makes the whole file TypeScript (a `<script>` beside a `<script setup lang="ts">`).
  const langs = blocks.map((b) => b.lang);
  const lang = ['tsx', 'ts', 'jsx'].find((l) => langs.includes(l));
  const code: VueCode = { text: out.join(''), kind: kindOf(lang), markers: templateMarkers(source, descriptor.template?.loc, file) };
  const first = errors[0];
  if (first) {
    const loc = 'loc' in first && first.loc ? first.loc.start : undefined;
    code.error = { line: loc?.line ?? 1, column: loc?.column ?? 1, message: `not a valid Vue single-file component: ${first.message}` };
  }
  return code;
}

function templateMarkers(source: string, loc: { start: { offset: number; line: number }; end: { offset: number } } | undefined, file: string): Item[] {
  if (!loc) return [];
  const template = source.slice(loc.start.offset, loc.end.offset);
  const out: Item[] = [];
  for (const m of template.matchAll(/<!--([\s\S]*?)-->/g)) {
    const first = loc.start.line + (template.slice(0, m.index).match(/\n/g)?.length ?? 0);
    (m[1] as string).split('\n').forEach((line, i) => {
      const item = markerItem(line, file, first + i);
      if (item) out.push(item);
    });
  }
  return out;
}
