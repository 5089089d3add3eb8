import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  assertValid,
  parseJson,
  ReadycheckError,
  isReadycheckError,
  stableStringify,
  withFileLock,
  writeFileAtomic,
  type FileLockOptions,
  type QualityAgentStore,
} from '@readycheck/core';

/** The default agent store, relative to the working directory. */
export const DEFAULT_AGENT_STORE = '.readycheck/agents.json';

/** Where a quality monitor keeps its state. Updates are serialised: no record is ever lost. */
export interface MonitorStore {
  /** Where the state lives, for messages (`memory` for an in-memory store). */
  readonly location: string;
  /** The current state (an empty state when nothing was stored yet). */
  read(): Promise<QualityAgentStore>;
  /** Reads the state, lets `fn` change it in place, and saves it, as one exclusive step. */
  update<T>(fn: (state: QualityAgentStore) => T | Promise<T>): Promise<T>;
}

/** A new, empty state. */
export function emptyAgentStore(): QualityAgentStore {
  return { version: 1, agents: {}, changes: [] };
}

/**
 * The JSON-file store: the state is one JSON file, validated on every read against
 * `quality-agents.schema.json`, replaced atomically (temp file + rename) on every update, and
 * updated under a cross-process lock file, so two processes reporting at once both get recorded.
 *
 * @example
 * const store = createJsonFileStore('.readycheck/agents.json');
 * const monitor = createQualityMonitor({ store });
 */
export function createJsonFileStore(file: string, options: FileLockOptions = {}): MonitorStore {
  const abs = path.resolve(file);
  const read = async (): Promise<QualityAgentStore> => {
    let text: string;
    try {
      text = await readFile(abs, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return emptyAgentStore();
      throw new ReadycheckError('RC_FILE_UNREADABLE', `${file}: cannot read the agent store (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, { cause: err, file });
    }
    try {
      return assertValid<QualityAgentStore>('quality-agents', parseJson(text, file), { file, text });
    } catch (err) {
      if (isReadycheckError(err)) throw new ReadycheckError('RC_CONFIG_INVALID', `${err.message} (not a quality-scan agent store)`, { cause: err, file });
      throw err;
    }
  };
  return {
    location: file,
    read,
    update: (fn) =>
      withFileLock(
        abs,
        async (lock) => {
          const state = await read();
          const result = await fn(state);
          // The fencing check: never overwrite a store whose lock another process holds now.
          await lock.assertHeld();
          await writeFileAtomic(abs, stableStringify(state));
          return result;
        },
        options,
      ),
  };
}

/** A store in memory, for tests and for embedding the monitor in a long-running process. */
export function createMemoryStore(initial: QualityAgentStore = emptyAgentStore()): MonitorStore {
  let state: QualityAgentStore = structuredClone(initial);
  let queue: Promise<unknown> = Promise.resolve();
  return {
    location: 'memory',
    read: async () => structuredClone(state),
    update<T>(fn: (s: QualityAgentStore) => T | Promise<T>): Promise<T> {
      const run = queue.then(async () => {
        const draft = structuredClone(state);
        const result = await fn(draft);
        state = draft;
        return result;
      });
      queue = run.catch(() => undefined);
      return run;
    },
  };
}
