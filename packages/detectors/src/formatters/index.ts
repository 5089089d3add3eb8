import { github } from './github.js';
import { gitlab } from './gitlab.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { sarif } from './sarif.js';
import { text } from './text.js';
import type { Formatter } from './types.js';

/** The built-in output formats of quality-scan, by `--format` name. */
export const formatters = { github, gitlab, json, junit, sarif, text } satisfies Record<string, Formatter>;

/** A built-in format name. */
export type FormatName = keyof typeof formatters;
