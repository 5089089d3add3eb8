import { entryItems } from './entry-kinds.js';
import type { FileFacts } from './types.js';
import { emptyFacts } from './types.js';
import { createEntrySide, linkFactsOf } from './link/crossfile.js';
import { detectInSource, detectorCoverage, type DetectorCoverage, type DetectorsConfig } from './detect.js';
import { extractText, inputKind } from './extract-text.js';
import { createExtractor, extractSource, roleOf } from './extract.js';
import { countLines, firstSyntaxError, parseForExtraction } from './parse.js';
import { judgeStubs } from './stub-confidence.js';
import { vueCode } from './vue.js';

/** What {@link extractFile} needs: the file and the settings every file of a scan shares. */
export interface ExtractFileOptions {
  /** The file's text. */
  text: string;
  /** Path relative to the scan root, with `/`. */
  relPath: string;
  /** Content hash of `text` (for the cache); `''` when there is no cache. */
  hash?: string;
  /** The config's `evidence.envExample`: a file read as an env example besides the usual names. */
  envExample?: string;
  /** The config's `detectors` section. */
  detectorsConfig?: DetectorsConfig;
  /** What the enabled detectors cover (computed from `detectorsConfig` when absent). */
  coverage?: DetectorCoverage;
}

/** The id the extractors run under in the detectors' walk (a failure of theirs is reported with it). */
export const EXTRACTOR_ID = 'evidence-extract';

/** Error code of a file that parsed but could not be scanned to the end (nesting too deep). */
export const UNSCANNABLE = 'RC_FILE_UNSCANNABLE';

/**
 * Extracts one file's facts: one parse, shared by the extractor and the detectors. Never throws
 * on any text: a file that cannot be handled (nesting deeper than the parser's stack, a detector
 * walk that could not finish) comes back with `error` set and its reason, and the scan goes on.
 *
 * @example
 * const facts = extractFile({ text: "program.command('sync').action(run)", relPath: 'src/cli.ts' });
 * facts.commands[0]?.name; // 'sync'
 */
export function extractFile(options: ExtractFileOptions): FileFacts {
  const { text, relPath } = options;
  const hash = options.hash ?? '';
  try {
    return extractOrThrow(options, hash);
  } catch (err) {
    // A stack overflow (TypeScript's parser recurses once per nesting level) is the one failure
    // any text can cause; anything else is a bug of ours and must not pass as a finding-free file.
    if (!(err instanceof RangeError)) throw err;
    const facts = emptyFacts(relPath, roleOf(relPath), countLines(text), hash);
    facts.error = { line: 1, column: 1, message: `cannot be scanned: nested too deeply for the parser (${err.message})`, code: UNSCANNABLE };
    return facts;
  }
}

function extractOrThrow(options: ExtractFileOptions, hash: string): FileFacts {
  const { relPath } = options;
  const kind = inputKind(relPath, options.envExample);
  if (kind !== 'code') return extractText(options.text, relPath, kind ?? 'source', hash);
  const role = roleOf(relPath);
  // A Vue single-file component is parsed as its script blocks, at their own lines (vue.ts).
  const vue = relPath.toLowerCase().endsWith('.vue') ? vueCode(options.text, relPath) : undefined;
  const text = vue?.text ?? options.text;
  if (vue?.error) {
    const facts = emptyFacts(relPath, role, countLines(text), hash);
    facts.error = vue.error;
    return facts;
  }
  const sourceFile = parseForExtraction(text, relPath, vue?.kind);
  // Tests and candidates count only as a whole (what they import, what they would replace):
  // their markers and stubs are not the feature's, so the detectors need not walk them: the
  // extractor walks them alone.
  if (role === 'test' || role === 'candidate') return extractSource(text, relPath, { hash, sourceFile }).facts;
  const facts = emptyFacts(relPath, role, countLines(text), hash);
  const error = firstSyntaxError(sourceFile);
  if (error) {
    facts.error = error;
    return facts;
  }
  // One parse, one walk: the extractor and the entry-side reader ride the detectors' walk.
  const extractor = createExtractor(sourceFile, facts);
  const side = createEntrySide(sourceFile);
  const visitors = [
    { id: EXTRACTOR_ID, visitor: extractor.kinds },
    { id: EXTRACTOR_ID, visitor: side.kinds },
  ];
  const detectorsConfig = options.detectorsConfig;
  const detected = detectInSource(text, relPath, { sourceFile, visitors, ...(detectorsConfig ? { config: detectorsConfig } : {}) }, options.coverage ?? detectorCoverage(detectorsConfig));
  extractor.finish();
  // A test found by its content (extract/tests.ts) counts only as a whole, as one found by its
  // path: what it imports; its markers, stubs and findings are the test's, not a feature's.
  if (facts.role === 'test') return facts;
  const isEntry = isEntryFacts(facts);
  facts.links = linkFactsOf(sourceFile, isEntry, isEntry ? side.finish() : undefined);
  if (detected.incomplete) {
    // The detectors' walk stopped part-way: the file is listed with the reason, never taken as clean.
    facts.error = { line: 1, column: 1, message: `cannot be scanned to the end: ${detected.incomplete}`, code: UNSCANNABLE };
    return facts;
  }
  const judged = judgeStubs(detected.stubs, detected.markers, sourceFile, facts.noOpCallbacks);
  facts.markers.push(...judged.markers, ...(vue?.markers ?? []));
  facts.stubs.push(...judged.stubs);
  // Only the helpers that hold a stub matter later (classify.ts asks who calls them).
  const helpers = facts.stubHelpers?.filter((h) => facts.stubs.some((s) => s.line >= h.line && s.line <= h.end));
  if (helpers?.length) facts.stubHelpers = helpers;
  else delete facts.stubHelpers;
  facts.findings.push(...detected.findings);
  return facts;
}

/**
 * A file with an entry (a command other than a package.json script, a route, a job, a listener or
 * a queue consumer; entry-kinds.ts): the cross-file pass links it to its services.
 */
export function isEntryFacts(f: FileFacts): boolean {
  return f.role === 'source' && entryItems(f).length > 0;
}
