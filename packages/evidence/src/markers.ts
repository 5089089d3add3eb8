import type { Item } from './types.js';

/** Comment syntax of a non-JS file, for {@link scanCommentMarkers}. */
export type CommentStyle = 'sql' | 'hash' | 'slash';

/** The marker words evidence-scan counts. `DO NOT SHIP` is matched with any spacing. */
export const MARKER_WORDS = ['TODO', 'FIXME', 'HACK', 'XXX', 'STUB', 'DO NOT SHIP'] as const;

/** Markers that mean the feature is not done at all (a FAIL), as opposed to open work (a WARN). */
export const BLOCKING_MARKERS: ReadonlySet<string> = new Set(['STUB', 'DO NOT SHIP']);

const MARKER_RE = /\b(TODO|FIXME|HACK|XXX|STUB)\b|\bDO[\s_-]+NOT[\s_-]+SHIP\b/;
const OPENERS: Record<CommentStyle, RegExp> = {
  sql: /--|\/\*/,
  hash: /#/,
  slash: /\/\/|\/\*/,
};

/**
 * Finds TODO/FIXME/HACK/XXX/STUB/"DO NOT SHIP" markers in the comments of a SQL, TOML, env or
 * Prisma file. JS and TS files get their markers from `@readycheck/detectors` instead.
 */
export function scanCommentMarkers(text: string, file: string, style: CommentStyle): Item[] {
  const out: Item[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const open = OPENERS[style].exec(line);
    if (!open) continue;
    const comment = line.slice(open.index);
    const item = markerItem(comment, file, i + 1);
    if (item) out.push(item);
  }
  return out;
}

/** Builds a marker item from a comment's text, or `null` when it has no marker word. */
export function markerItem(comment: string, file: string, line: number): Item | null {
  const m = MARKER_RE.exec(comment);
  if (!m) return null;
  const name = m[1] ?? 'DO NOT SHIP';
  const rest = comment
    .slice(m.index + m[0].length)
    // A block comment ends at its `*/`: code after it on the same line is not the marker's text.
    .replace(/\*\/[\s\S]*$/, '')
    .replace(/^[\s:(\-—)]+/, '')
    .trim();
  const detail = rest.length > 120 ? `${rest.slice(0, 119)}…` : rest;
  return detail ? { name, file, line, kind: 'marker', detail } : { name, file, line, kind: 'marker' };
}
