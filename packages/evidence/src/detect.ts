import { resolveDetectors, scanSource } from '@readycheck/detectors';
import type { ReadycheckConfig } from '@readycheck/core';
import type ts from 'typescript';
import { markerItem } from './markers.js';
import { lineIndex } from './sql.js';
import type { Item } from './types.js';

/** What the detectors say about one file, split the way evidence-scan uses it. */
export interface DetectorFacts {
  markers: Item[];
  stubs: Item[];
  findings: Item[];
  /** Set when the detectors' parse or walk could not finish (a stack overflow on deep nesting): why. */
  incomplete?: string;
}

/** The `detectors` section of readycheck.config.json. */
export type DetectorsConfig = NonNullable<ReadycheckConfig['detectors']>;

/** Options of {@link detectInSource}. */
export interface DetectOptions {
  /** The parse to reuse: the detectors walk the same tree as the extractor. */
  sourceFile?: ts.SourceFile;
  /** The `detectors` section of the config (severities, rules turned off). */
  config?: DetectorsConfig;
  /** Visitors to run in the same walk as the detectors (the extractors). */
  visitors?: ReadonlyArray<{ id: string; visitor: Record<string, (node: ts.Node) => void> }>;
}

/** Categories whose findings are stubs or dropped code: a FAIL for the feature. */
export const STUB_CATEGORIES: ReadonlySet<string> = new Set(['INCOMPLETE_CODE', 'PLACEHOLDER_DROPPED']);

const MARKER_RULE = /(^|-)(warning-comment|todo|fixme|marker|markers|hack|do-not-ship|stub-marker)(-|$)/;
const MARKER_MESSAGE = /^(TODO|FIXME|HACK|XXX|STUB|DO NOT SHIP|DONOTSHIP)\b/i;
const MARKER_WORD = /\b(TODO|FIXME|HACK|XXX|STUB)\b|\bDO[\s_-]+NOT[\s_-]+SHIP\b/;

/** What the installed detectors cover, so evidence-scan fills in only what they do not. */
export interface DetectorCoverage {
  markers: boolean;
  stubs: boolean;
}

/** Which kinds of evidence the enabled `@readycheck/detectors` rules cover. */
export function detectorCoverage(config?: DetectorsConfig): DetectorCoverage {
  const enabled = resolveDetectors(config ? { config } : {});
  return {
    markers: enabled.some((e) => e.detector.category === 'CODE_STANDARDS' && MARKER_RULE.test(e.detector.id)),
    stubs: enabled.some((e) => e.detector.category === 'INCOMPLETE_CODE'),
  };
}

/**
 * Runs `@readycheck/detectors` over one JS/TS file, reusing its parse, and sorts the violations
 * into markers (TODO, FIXME, HACK, XXX, STUB, "DO NOT SHIP"), stubs (INCOMPLETE_CODE,
 * PLACEHOLDER_DROPPED) and other findings. Where no enabled detector covers markers or stubs,
 * a small built-in scan of the comments fills in, so the evidence never silently goes missing.
 */
export function detectInSource(text: string, file: string, options: DetectOptions = {}, coverage: DetectorCoverage = detectorCoverage(options.config)): DetectorFacts {
  const markers: Item[] = [];
  const stubs: Item[] = [];
  const findings: Item[] = [];
  const scanOptions: Parameters<typeof scanSource>[2] = {};
  if (options.sourceFile) scanOptions.sourceFile = options.sourceFile;
  if (options.config) scanOptions.config = options.config;
  if (options.visitors) scanOptions.visitors = options.visitors;
  const visitorIds = new Set((options.visitors ?? []).map((v) => v.id));
  let incomplete: string | undefined;
  // '(walk)' and '(parser)' are the engine's own failures, and a failed extractor leaves the
  // file's facts incomplete (a detector's failure drops only that detector).
  scanOptions.onDetectorError = (e) => {
    if (e.ruleId === '(walk)' || e.ruleId === '(parser)' || visitorIds.has(e.ruleId)) incomplete ??= e.message;
  };
  for (const v of scanSource(text, file, scanOptions)) {
    const base = { file, line: v.line, rule: v.ruleId, severity: v.severity };
    if (STUB_CATEGORIES.has(v.category)) {
      stubs.push({ ...base, name: v.ruleId, kind: v.category, detail: oneLine(v.snippet || v.message) });
    } else if (v.category === 'CODE_STANDARDS' && MARKER_RULE.test(v.ruleId)) {
      // warning-comment reports `TODO comment: "…"`; the marker word leads its message.
      const word = MARKER_MESSAGE.exec(v.message)?.[1]?.toUpperCase().replace('DONOTSHIP', 'DO NOT SHIP');
      const fromText = markerItem(v.snippet || '', file, v.line);
      const name = word ?? fromText?.name;
      if (name) {
        const item: Item = { name, file, line: v.line, kind: 'marker', rule: v.ruleId };
        const detail = fromText?.detail ?? /"(.*)"/.exec(v.message)?.[1];
        if (detail) item.detail = detail;
        markers.push(item);
      }
    } else {
      findings.push({ ...base, name: v.ruleId, kind: v.category, detail: oneLine(v.message) });
    }
  }
  if (!coverage.markers) markers.push(...commentMarkers(text, file));
  if (!coverage.stubs) stubs.push(...notImplemented(text, file));
  return incomplete === undefined ? { markers, stubs, findings } : { markers, stubs, findings, incomplete };
}

function oneLine(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > 140 ? `${t.slice(0, 139)}…` : t;
}

const COMMENT_RE = /\/\/[^\n]*|\/\*[\s\S]*?\*\//g;
const STUB_RE = /throw\s+new\s+\w*Error\(\s*(['"`])\s*(not\s+(yet\s+)?implemented|todo|stub|unimplemented|implement\s+me)[^'"`]*\1\s*\)/gi;

function commentMarkers(text: string, file: string): Item[] {
  const lineAt = lineIndex(text);
  const out: Item[] = [];
  for (const m of text.matchAll(COMMENT_RE)) {
    if (!MARKER_WORD.test(m[0])) continue;
    const lines = m[0].split('\n');
    for (let i = 0; i < lines.length; i++) {
      const item = markerItem(lines[i] as string, file, lineAt(m.index) + i);
      if (item) out.push(item);
    }
  }
  return out;
}

function notImplemented(text: string, file: string): Item[] {
  const lineAt = lineIndex(text);
  return [...text.matchAll(STUB_RE)].map((m) => ({ name: 'not-implemented', file, line: lineAt(m.index), kind: 'INCOMPLETE_CODE', detail: oneLine(m[0]) }));
}
