import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: the generator is a plain .mjs script without type declarations
import { generate } from '../../../scripts/gen-types.mjs';

describe('generated types', () => {
  it('are up to date with schemas/ (run `npm run gen:types` when this fails)', async () => {
    const files = (await generate()) as Map<string, string>;
    expect(files.size).toBeGreaterThan(7);
    for (const [name, text] of files) {
      const current = await readFile(fileURLToPath(new URL(`./generated/${name}`, import.meta.url)), 'utf8').catch(() => '');
      expect(current, `packages/core/src/generated/${name} is stale`).toBe(text);
    }
  });
});
