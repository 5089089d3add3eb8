import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveImport } from '../group/group.js';
import { readPathAliases } from './link.js';

describe('path aliases of a monorepo package', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'rc-aliases-'));
    const write = async (rel: string, text: string): Promise<void> => {
      await mkdir(path.dirname(path.join(root, rel)), { recursive: true });
      await writeFile(path.join(root, rel), text);
    };
    // NestJS's default: baseUrl './' and imports written `src/prisma/prisma.service`.
    await write('packages/api/tsconfig.json', '{ "compilerOptions": { "baseUrl": "./", "strict": false } // nest new\n}');
    await write('packages/web/tsconfig.json', '{ "compilerOptions": { "baseUrl": ".", "paths": { "~/*": ["src/*"] } } }');
    // The root's baseUrl alone stays as it was: no alias.
    await write('tsconfig.json', '{ "compilerOptions": { "baseUrl": "." } }');
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('resolves a package\'s baseUrl imports and paths within that package only', async () => {
    const aliases = await readPathAliases(root, ['packages/api', 'packages/web', 'packages/none']);
    expect(aliases).toEqual([
      { pattern: '~/*', targets: ['packages/web/src/*'], scope: 'packages/web' },
      { pattern: '*', targets: ['packages/api/*'], scope: 'packages/api' },
    ]);
    const known = new Set(['packages/api/src/prisma/prisma.service.ts', 'packages/api/src/team/team.service.ts', 'packages/web/src/store.ts', 'src/prisma/prisma.service.ts']);
    expect(resolveImport('packages/api/src/team/team.service.ts', 'src/prisma/prisma.service', known, aliases)).toBe('packages/api/src/prisma/prisma.service.ts');
    expect(resolveImport('packages/web/src/app.ts', '~/store', known, aliases)).toBe('packages/web/src/store.ts');
    // Another package's files do not use them, and a package import resolves to nothing.
    expect(resolveImport('packages/web/src/app.ts', 'src/prisma/prisma.service', known, aliases)).toBeNull();
    expect(resolveImport('packages/api/src/team/team.service.ts', '@nestjs/common', known, aliases)).toBeNull();
  });
});
