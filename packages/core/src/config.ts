import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { readDataFile } from './data-file.js';
import { ReadycheckError } from './errors.js';
import type { ReadycheckConfig } from './generated/readycheck-config.js';
import type { SchemaId } from './generated/schemas.js';
import { requireOptional } from './optional.js';
import { assertValid } from './validate.js';

/** The file name a config is written to by default (and the first data format searched). */
export const CONFIG_FILE_NAME = 'readycheck.config.json';

/**
 * The config file names searched in each directory, in this order: TypeScript and JavaScript
 * (loaded with jiti, so `defineConfig` gives types), then JSON, JSONC and YAML.
 */
export const CONFIG_FILE_NAMES = [
  'readycheck.config.ts',
  'readycheck.config.mts',
  'readycheck.config.js',
  'readycheck.config.mjs',
  'readycheck.config.json',
  'readycheck.config.jsonc',
  'readycheck.config.yaml',
  'readycheck.config.yml',
] as const;

/**
 * Identity function that gives a config object its type, for `readycheck.config.ts`.
 *
 * @example
 * // readycheck.config.ts
 * import { defineConfig } from '@readycheck/core';
 * export default defineConfig({ ignore: ['generated/**'], detectors: { rules: { 'explicit-any': 'high' } } });
 */
export function defineConfig(config: ReadycheckConfig): ReadycheckConfig {
  return config;
}

/**
 * Reads and validates a JSON or YAML file against one of readycheck's schemas. Any problem is a
 * one-line `ReadycheckError` naming the file, line and JSON pointer.
 */
export async function loadValidatedFile<T>(schemaId: SchemaId, file: string): Promise<T> {
  const { text, data } = await readDataFile(file);
  return assertValid<T>(schemaId, data, { file, text });
}

/** Options of {@link loadConfig}. */
export interface LoadConfigOptions {
  /** Directory the search starts in. Default `process.cwd()`. */
  cwd?: string;
  /** Explicit config file (any supported format); it must exist. */
  file?: string;
}

/** A loaded config and where it came from (`null` when defaults were used). */
export interface LoadedConfig {
  config: ReadycheckConfig;
  file: string | null;
}

const isDir = (p: string): boolean => {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false; // unreadable or gone: not a directory to search
  }
};

/**
 * Finds the config file that applies in `cwd`: the first of {@link CONFIG_FILE_NAMES} in `cwd`,
 * then in each parent directory, stopping after the git root (the first directory holding
 * `.git`) or at the filesystem root. Returns the absolute path, or null.
 */
export function findConfigFile(cwd: string): string | null {
  let dir = path.resolve(cwd);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = path.join(dir, name);
      if (existsSync(candidate) && !isDir(candidate)) return candidate;
    }
    if (existsSync(path.join(dir, '.git'))) return null;
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

const SCRIPT = /\.(?:[cm]?ts|[cm]?js)$/;

async function loadScriptConfig(file: string, display: string): Promise<unknown> {
  const { createJiti } = requireOptional<typeof import('jiti')>('jiti', 'loading a TypeScript or JavaScript config');
  const jiti = createJiti(pathToFileURL(file).href, { moduleCache: false, fsCache: false, interopDefault: true });
  try {
    const mod = await jiti.import<unknown>(file, { default: true });
    return typeof mod === 'function' ? await (mod as () => unknown)() : mod;
  } catch (cause) {
    const first = String((cause as Error)?.message ?? cause).split('\n')[0];
    throw new ReadycheckError('RC_CONFIG_INVALID', `${display}: cannot load config: ${first}`, { cause, file: display });
  }
}

/**
 * Loads readycheck's config: the explicit `file` (which must exist), else the one
 * {@link findConfigFile} finds from `cwd` upward, else `{}`. TypeScript/JavaScript configs export
 * the config (or a function returning it) as default; every form is validated against
 * `readycheck-config.schema.json`. Any problem is `RC_CONFIG_INVALID` (or `RC_CONFIG_NOT_FOUND`)
 * with the file, line and JSON pointer, on one line.
 */
export async function loadConfig(options: LoadConfigOptions = {}): Promise<LoadedConfig> {
  const cwd = options.cwd ?? process.cwd();
  const file = options.file ? path.resolve(cwd, options.file) : findConfigFile(cwd);
  if (!file) return { config: {}, file: null };
  const display = options.file ?? (path.relative(cwd, file) || path.basename(file));
  if (options.file && !existsSync(file)) throw new ReadycheckError('RC_CONFIG_NOT_FOUND', `${display}: config file not found`, { file: display });
  try {
    if (SCRIPT.test(file)) {
      const data = await loadScriptConfig(file, display);
      return { config: assertValid<ReadycheckConfig>('readycheck-config', data, { file: display }), file };
    }
    const { text, data } = await readDataFile(file);
    return { config: assertValid<ReadycheckConfig>('readycheck-config', data, { file: display, text }), file };
  } catch (err) {
    const e = err as ReadycheckError;
    if (e.code === 'RC_FILE_NOT_FOUND') {
      throw new ReadycheckError('RC_CONFIG_NOT_FOUND', `${display}: config file not found`, { cause: err, file: display });
    }
    if (e.code === 'RC_SCHEMA_MISMATCH' || e.code === 'RC_JSON_SYNTAX' || e.code === 'RC_YAML_SYNTAX') {
      const msg = e.message.startsWith(file) ? display + e.message.slice(file.length) : e.message;
      throw new ReadycheckError('RC_CONFIG_INVALID', msg, { cause: err, file: display, ...(e.pointer ? { pointer: e.pointer } : {}) });
    }
    throw err;
  }
}
