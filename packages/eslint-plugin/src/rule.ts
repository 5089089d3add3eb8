import type { Rule, SourceCode } from 'eslint';
import type * as TS from 'typescript';
import { messageIdOf, scanSource, ts, type Detector, type DetectorsConfig, type Violation } from '@readycheck/detectors';

/** Where ESLint's shared settings keep readycheck's detector config (`maxFileLines`, `requireFileHeader`, ...). */
export const SETTINGS_KEY = 'readycheck';

type Options = Record<string, unknown>;

// One scan per file and option set, shared by every readycheck rule that ESLint runs on it: the
// detectors run in one walk, and each rule reports only its own findings. Keyed by the SourceCode
// object, which ESLint creates once per file per lint run.
const scans = new WeakMap<SourceCode, Map<string, readonly Violation[]>>();

/**
 * The TypeScript tree ESLint already has, when the parser is typescript-eslint's and it was built
 * by the same TypeScript as ours (the SyntaxKind numbers differ between TypeScript versions, so a
 * tree from another copy would be misread). Otherwise undefined, and the text is parsed again.
 */
function sharedSourceFile(sourceCode: SourceCode): TS.SourceFile | undefined {
  const map = (sourceCode.parserServices as { esTreeNodeToTSNodeMap?: { get(node: unknown): unknown } } | undefined)?.esTreeNodeToTSNodeMap;
  const node = map?.get(sourceCode.ast) as TS.SourceFile | undefined;
  if (!node || node.kind !== ts.SyntaxKind.SourceFile || node.endOfFileToken?.kind !== ts.SyntaxKind.EndOfFileToken) return undefined;
  return node.text === sourceCode.text ? node : undefined;
}

function findingsFor(context: Rule.RuleContext, detectors: readonly Detector[], ruleId: string, options: Options | undefined): readonly Violation[] {
  const sourceCode = context.sourceCode;
  const settings = (context.settings?.[SETTINGS_KEY] ?? {}) as DetectorsConfig;
  // A rule with options of its own scans alone; every rule on default options shares one scan.
  const own = options !== undefined && Object.keys(options).length > 0;
  const key = own ? `${ruleId}\u0000${JSON.stringify(options)}` : '';
  let byKey = scans.get(sourceCode);
  if (!byKey) scans.set(sourceCode, (byKey = new Map()));
  let found = byKey.get(key);
  if (!found) {
    const rules = own ? [ruleId] : detectors.map((d) => d.id);
    const config: DetectorsConfig = own ? { ...settings, rules: { ...settings.rules, [ruleId]: { options } } } : settings;
    const sourceFile = sharedSourceFile(sourceCode);
    found = scanSource(sourceCode.text, context.filename, { detectors, rules, config, ...(sourceFile ? { sourceFile } : {}) });
    byKey.set(key, found);
  }
  return found;
}

/**
 * Turns one detector into an ESLint rule. The rule's messages are the detector's message ids
 * (each shows the detector's own formatted message); a finding silenced by an inline
 * `readycheck-disable` comment is not reported, and ESLint's own disable comments work as usual.
 */
export function createRule(detector: Detector, all: readonly Detector[]): Rule.RuleModule {
  const messages: Record<string, string> = {};
  for (const id of Object.keys(detector.messages)) messages[id] = '{{ message }}';
  const loud = detector.severity === 'critical' || detector.severity === 'high';
  return {
    meta: {
      type: loud ? 'problem' : 'suggestion',
      docs: { description: detector.docs.description, url: detector.docs.url, recommended: detector.enabledByDefault },
      messages,
      // Detector options are free-form objects (`detectors.rules[id].options` in readycheck config).
      schema: [{ type: 'object', additionalProperties: true }],
    },
    create(context) {
      return {
        'Program:exit'() {
          const options = context.options[0] as Options | undefined;
          for (const v of findingsFor(context, all, detector.id, options)) {
            if (v.ruleId !== detector.id || v.suppression) continue;
            const messageId = messageIdOf(v);
            context.report({
              ...(messageId && messageId in messages ? { messageId, data: { message: v.message } } : { message: v.message }),
              loc: { start: { line: v.line, column: v.column - 1 }, end: { line: v.endLine, column: v.endColumn - 1 } },
            });
          }
        },
      };
    },
  };
}
