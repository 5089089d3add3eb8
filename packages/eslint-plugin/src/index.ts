/**
 * @readycheck/eslint-plugin: every readycheck detector as an ESLint rule (flat config), so the
 * findings of `quality-scan` show up in `npm run lint` and in the editor.
 *
 * @example
 * // eslint.config.js
 * import tseslint from 'typescript-eslint';
 * import readycheck from '@readycheck/eslint-plugin';
 * export default [...tseslint.configs.recommended, readycheck.configs.recommended];
 */
import type { ESLint, Linter, Rule } from 'eslint';
import { detectors as builtin, type Detector } from '@readycheck/detectors';
import { createRule, SETTINGS_KEY } from './rule.js';
import { version } from './version.js';

export { createRule, SETTINGS_KEY };

/**
 * Rules whose findings readycheck's engines report rather than a visitor over the tree: a file the
 * parser cannot read (`unscannable`; ESLint stops at such a file itself) and a suppression added by
 * the change under review (`suppression-added-in-change`, which needs the change). In ESLint they
 * could never fire, so the plugin leaves them out.
 */
export const ENGINE_ONLY: readonly string[] = ['suppression-added-in-change', 'unscannable', 'vendored-declared-in-change'];

const all: readonly Detector[] = Object.values(builtin).filter((d) => !ENGINE_ONLY.includes(d.id));

/** The rules, one per detector, under the detector's id (`readycheck/<id>` in a config). */
export const rules: Record<string, Rule.RuleModule> = Object.fromEntries(all.map((d) => [d.id, createRule(d, all)]));

/** ESLint has two levels: a critical or high detector is an error, the others are warnings. */
function levelOf(detector: Detector): Linter.RuleSeverity {
  return detector.severity === 'critical' || detector.severity === 'high' ? 'error' : 'warn';
}

const FILES = ['**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}'];

const plugin = {
  meta: { name: '@readycheck/eslint-plugin', version, namespace: 'readycheck' },
  rules,
  configs: {} as Record<'recommended' | 'strict', Linter.Config>,
} satisfies ESLint.Plugin;

/**
 * `recommended`: the detectors quality-scan runs by default, at its levels (critical/high as
 * errors, medium/low as warnings). `strict`: every detector, including the ones quality-scan
 * leaves off by default (such as `file-header`), all as errors.
 */
plugin.configs.recommended = {
  name: 'readycheck/recommended',
  files: FILES,
  plugins: { readycheck: plugin },
  rules: Object.fromEntries(all.filter((d) => d.enabledByDefault).map((d) => [`readycheck/${d.id}`, levelOf(d)])),
};
plugin.configs.strict = {
  name: 'readycheck/strict',
  files: FILES,
  plugins: { readycheck: plugin },
  rules: Object.fromEntries(all.map((d) => [`readycheck/${d.id}`, 'error' as const])),
};

export const configs = plugin.configs;
export default plugin;
