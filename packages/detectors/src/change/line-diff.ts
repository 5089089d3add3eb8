/**
 * A line diff (Myers' O(ND) algorithm, the one `git diff` uses by default) between two texts,
 * reduced to change blocks: maximal runs of removed and added lines between unchanged lines.
 */

/** One run of changed lines. Line numbers are 1-based; a count of 0 means nothing on that side. */
export interface ChangeBlock {
  /** First removed line in the old text, or the old line the insertion comes before. */
  oldStart: number;
  /** Removed lines. */
  oldCount: number;
  /** First added line in the new text, or the new line the deletion comes before. */
  newStart: number;
  /** Added lines. */
  newCount: number;
}

/** The diff of two texts: change blocks in order, and the line arrays they index. */
export interface LineDiff {
  oldLines: string[];
  newLines: string[];
  blocks: ChangeBlock[];
}

/** Beyond this many edits the middle of a pair of files is treated as one replaced block. */
const MAX_EDIT_DISTANCE = 1500;

/** Splits text into lines the way git counts them: a final newline does not start a new line. */
export function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split(/\r\n|\n|\r/);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/**
 * Diffs two texts line by line.
 *
 * @example
 * const { blocks } = diffLines('a\nb\nc\n', 'a\nc\n');
 * // blocks: [{ oldStart: 2, oldCount: 1, newStart: 2, newCount: 0 }]
 */
export function diffLines(oldText: string, newText: string): LineDiff {
  const oldLines = splitLines(oldText);
  const newLines = splitLines(newText);
  return { oldLines, newLines, blocks: diffLineArrays(oldLines, newLines) };
}

/** {@link diffLines} over arrays of lines. */
export function diffLineArrays(a: readonly string[], b: readonly string[]): ChangeBlock[] {
  // Common prefix and suffix cost nothing to match and keep the O(ND) part small.
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  const n = a.length - prefix - suffix;
  const m = b.length - prefix - suffix;
  if (n === 0 && m === 0) return [];
  if (n === 0 || m === 0) return [{ oldStart: prefix + 1, oldCount: n, newStart: prefix + 1, newCount: m }];

  // Lines become small integers so the inner loop compares numbers, not strings.
  const ids = new Map<string, number>();
  const intern = (s: string): number => {
    let id = ids.get(s);
    if (id === undefined) {
      id = ids.size;
      ids.set(s, id);
    }
    return id;
  };
  const x = new Int32Array(n);
  const y = new Int32Array(m);
  for (let i = 0; i < n; i++) x[i] = intern(a[prefix + i] as string);
  for (let j = 0; j < m; j++) y[j] = intern(b[prefix + j] as string);

  const matches = myersMatches(x, y);
  if (!matches) return [{ oldStart: prefix + 1, oldCount: n, newStart: prefix + 1, newCount: m }];

  const blocks: ChangeBlock[] = [];
  let i = 0;
  let j = 0;
  const flush = (toI: number, toJ: number): void => {
    if (toI > i || toJ > j) blocks.push({ oldStart: prefix + i + 1, oldCount: toI - i, newStart: prefix + j + 1, newCount: toJ - j });
  };
  for (const [mi, mj] of matches) {
    flush(mi, mj);
    i = mi + 1;
    j = mj + 1;
  }
  flush(n, m);
  return blocks;
}

/**
 * Pairs of matched indexes (old, new) in increasing order, or `null` when the edit distance is
 * over {@link MAX_EDIT_DISTANCE} (the caller then treats the whole middle as replaced).
 */
function myersMatches(x: Int32Array, y: Int32Array): Array<[number, number]> | null {
  const n = x.length;
  const m = y.length;
  const max = Math.min(n + m, MAX_EDIT_DISTANCE);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = -1;
  for (let d = 0; d <= max && found < 0; d++) {
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let px: number;
      if (k === -d || (k !== d && (v[offset + k - 1] as number) < (v[offset + k + 1] as number))) px = v[offset + k + 1] as number;
      else px = (v[offset + k - 1] as number) + 1;
      let py = px - k;
      while (px < n && py < m && x[px] === y[py]) {
        px++;
        py++;
      }
      v[offset + k] = px;
      if (px >= n && py >= m) {
        found = d;
        break;
      }
    }
  }
  if (found < 0) return null;

  // Walk the trace back from (n, m), collecting the diagonal (matching) steps.
  const matches: Array<[number, number]> = [];
  let px = n;
  let py = m;
  for (let d = found; d > 0; d--) {
    const prev = trace[d] as Int32Array; // V as it was before step d, window [-d-1, d+1]
    const at = (k: number): number => prev[k + d + 1] as number;
    const k = px - py;
    const prevK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    const startX = prevK === k + 1 ? prevX : prevX + 1;
    const startY = startX - k;
    while (px > startX && py > startY) {
      px--;
      py--;
      matches.push([px, py]);
    }
    px = prevX;
    py = prevY;
  }
  while (px > 0 && py > 0) {
    px--;
    py--;
    matches.push([px, py]);
  }
  return matches.reverse();
}

/**
 * Maps each line of the new text that is unchanged to its line in the old text (1-based both),
 * from the blocks of a diff.
 */
export function mapUnchangedLines(blocks: readonly ChangeBlock[], newLineCount: number): Map<number, number> {
  const map = new Map<number, number>();
  let oldLine = 1;
  let newLine = 1;
  for (const block of blocks) {
    while (newLine < block.newStart) map.set(newLine++, oldLine++);
    oldLine += block.oldCount;
    newLine += block.newCount;
  }
  while (newLine <= newLineCount) map.set(newLine++, oldLine++);
  return map;
}
