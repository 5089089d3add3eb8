import { github } from './github.js';
import { json } from './json.js';
import { sarif } from './sarif.js';
import { text } from './text.js';
import type { Formatter } from './types.js';

/** The built-in output formats of quality-scan, by `--format` name. */
export const formatters = { github, json, sarif, text } satisfies Record<string, Formatter>;

/** A built-in format name. */
export type FormatName = keyof typeof formatters;
