import type { Detector, DetectorDefinition } from './types.js';

/** Base of every detector's documentation URL; the id is appended. */
export const DOCS_BASE_URL = 'https://readycheck.dev/rules/';

/**
 * `docs.precision` of a detector that reported nothing on the labelled real corpora
 * (bench/accuracy): its precision there is not measured.
 */
export const NOT_FIRED = 'No findings on the nine labelled corpora (bench/accuracy: 2,083 files of vibesdk, overseerr, skyra, express-typescript-boilerplate, ni, taxonomy, juice-shop, nodegoat, nodejs-goof): not measured on real code.';

/**
 * Declares a detector. Fills in the derived fields (`docs.url` from the id, `enabledByDefault`)
 * and types `messageId` in `ctx.report` by the keys of `messages`, so a mistyped id is a type
 * error where it is used.
 *
 * @example
 * import { defineDetector } from '@readycheck/detectors';
 * export default defineDetector({
 *   id: 'no-console-log',
 *   category: 'CODE_STANDARDS',
 *   severity: 'low',
 *   docs: { description: 'console.log left in code.', why: 'Debug output leaks.', bad: 'console.log(x)', good: 'logger.debug(x)' },
 *   messages: { found: 'console.{method} call.' },
 *   check: (ctx) => ({
 *     CallExpression(node) {
 *       if (ctx.getText(node.expression) === 'console.log') ctx.report(node, 'found', { method: 'log' });
 *     },
 *   }),
 * });
 */
export function defineDetector<const M extends string>(definition: DetectorDefinition<M>): Detector<M> {
  return {
    ...definition,
    enabledByDefault: definition.enabledByDefault ?? true,
    docs: { ...definition.docs, url: definition.docs.url ?? `${DOCS_BASE_URL}${definition.id}` },
  };
}
