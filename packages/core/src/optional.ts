import { createRequire } from 'node:module';
import { ReadycheckError } from './errors.js';

const requireHere = createRequire(import.meta.url);

/**
 * Loads a dependency that `@readycheck/core` declares as an optional peer: ajv, ajv-formats,
 * yaml, tinyglobby, ignore and picomatch are needed by file discovery, config files and schema
 * validation, but not by `@readycheck/health`, which installs without them. The packages that use
 * those features (detectors, evidence, smoke, coverage-gate) depend on them directly. A missing
 * one is `RC_DEPENDENCY_MISSING` with the install command, not a bare MODULE_NOT_FOUND.
 *
 * @example
 * const YAML = requireOptional<typeof import('yaml')>('yaml', 'reading YAML files');
 */
export function requireOptional<T>(name: string, purpose: string, load: (id: string) => unknown = requireHere): T {
  try {
    return load(name) as T;
  } catch (cause) {
    const code = (cause as { code?: unknown }).code;
    if (code !== 'MODULE_NOT_FOUND' && code !== 'ERR_MODULE_NOT_FOUND') throw cause;
    const pkg = name.startsWith('@') ? name.split('/').slice(0, 2).join('/') : name.split('/')[0]!;
    throw new ReadycheckError('RC_DEPENDENCY_MISSING', `${purpose} needs the package "${pkg}", which is not installed: npm install ${pkg}`, { cause });
  }
}
