import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import config from '../vitest.config.js';
import projects from '../vitest.workspace.js';

const root = path.resolve(import.meta.dirname, '..');
const packages = readdirSync(path.join(root, 'packages')).sort();
const readJson = (rel: string) => JSON.parse(readFileSync(path.join(root, rel), 'utf8'));
const DESIGN_BINS: Record<string, string> = { detectors: 'quality-scan', evidence: 'evidence-scan', smoke: 'smoke-run', 'coverage-gate': 'coverage-gate', monitor: 'readycheck-monitor' };
// Dependency arrows from DESIGN.md: core ← detectors ← evidence, eslint-plugin; core ← health ← smoke; core ← coverage-gate; detectors + health ← monitor.
const ALLOWED_DEPS: Record<string, string[]> = {
  core: [],
  detectors: ['core'],
  evidence: ['core', 'detectors'],
  'eslint-plugin': ['detectors'],
  health: ['core'],
  smoke: ['core', 'health'],
  'coverage-gate': ['core'],
  monitor: ['core', 'detectors', 'health'],
};

describe('workspace layout', () => {
  it('has exactly the packages of DESIGN.md', () => {
    expect(packages).toEqual(['core', 'coverage-gate', 'detectors', 'eslint-plugin', 'evidence', 'health', 'monitor', 'smoke']);
  });

  it('vitest.config.ts runs the one project list of vitest.workspace.ts, one project per package', () => {
    expect(config.test?.projects).toBe(projects);
    const roots = projects.map((p) => (typeof p === 'object' && 'test' in p ? p.test?.root : undefined));
    for (const name of packages) expect(roots).toContain(`packages/${name}`);
  });

  it.each(packages)('packages/%s/package.json is publishable', (name) => {
    const pkg = readJson(`packages/${name}/package.json`);
    expect(pkg.name).toBe(`@readycheck/${name}`);
    expect(pkg.type).toBe('module');
    expect(pkg.engines.node).toBe('>=20.19');
    expect(pkg.exports['.']).toMatchObject({ types: './dist/index.d.ts', import: './dist/index.js' });
    expect(pkg.files).toContain('dist');
    expect(pkg.description).toBeTruthy();
    const bin = DESIGN_BINS[name];
    if (bin) {
      expect(pkg.bin).toEqual({ [bin]: `./bin/${bin}.js` });
      expect(pkg.files).toContain('bin');
      // Two lines, as knip and Vitest do: the shebang and an import of the built entry.
      expect(readFileSync(path.join(root, 'packages', name, 'bin', `${bin}.js`), 'utf8')).toMatch(/^#!\/usr\/bin\/env node\nimport '\.\.\/dist\/[a-z-]+\.js';\n$/);
    } else {
      expect(pkg.bin).toBeUndefined();
    }
  });

  it.each(packages)('packages/%s depends only on the packages below it, mirrored in tsconfig references', (name) => {
    const pkg = readJson(`packages/${name}/package.json`);
    const internal = Object.keys(pkg.dependencies ?? {}).filter((d) => d.startsWith('@readycheck/')).map((d) => d.slice('@readycheck/'.length));
    for (const dep of internal) expect(ALLOWED_DEPS[name]).toContain(dep);
    const refs = (readJson(`packages/${name}/tsconfig.json`).references ?? []).map((r: { path: string }) => path.basename(r.path));
    expect(refs.sort()).toEqual(internal.sort());
  });

  it('a vitest run that collects no tests fails instead of passing silently', async () => {
    const run = promisify(execFile)(process.execPath, [path.join(root, 'node_modules/vitest/vitest.mjs'), 'run', '--project', 'core', 'no-such-test-file-xyz'], { cwd: root });
    await expect(run).rejects.toMatchObject({ code: 1 });
  });
});
