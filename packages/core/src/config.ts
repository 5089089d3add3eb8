import { access } from 'node:fs/promises';
import path from 'node:path';
import { readDataFile } from './data-file.js';
import { ReadycheckError } from './errors.js';
import type { ReadycheckConfig } from './generated/readycheck-config.js';
import type { SchemaId } from './generated/schemas.js';
import { assertValid } from './validate.js';

/** The file name `loadConfig` looks for when none is given. */
export const CONFIG_FILE_NAME = 'readycheck.config.json';

/**
 * Identity function that gives a config object its type, for `readycheck.config.ts`-style helpers
 * and editors.
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
  /** Directory to look in for `readycheck.config.json`. Default `process.cwd()`. */
  cwd?: string;
  /** Explicit config file; it must exist. */
  file?: string;
}

/** A loaded config and where it came from (`null` when defaults were used). */
export interface LoadedConfig {
  config: ReadycheckConfig;
  file: string | null;
}

/**
 * Loads `readycheck.config.json`: the explicit `file` (which must exist), or the one in `cwd` if
 * there is one, or `{}`. Invalid config is `RC_CONFIG_INVALID` with file, line and JSON pointer.
 */
export async function loadConfig(options: LoadConfigOptions = {}): Promise<LoadedConfig> {
  const cwd = options.cwd ?? process.cwd();
  const file = options.file ? path.resolve(cwd, options.file) : path.join(cwd, CONFIG_FILE_NAME);
  if (!options.file) {
    const exists = await access(file).then(() => true, () => false);
    if (!exists) return { config: {}, file: null };
  }
  const display = options.file ?? CONFIG_FILE_NAME;
  try {
    const { text, data } = await readDataFile(file);
    const config = assertValid<ReadycheckConfig>('readycheck-config', data, { file: display, text });
    return { config, file };
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
