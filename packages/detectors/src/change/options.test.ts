import { describe, expect, it } from 'vitest';
import type { ScanCommandOptions } from '../cli.js';
import { usesChangeMode } from './options.js';

const plain: ScanCommandOptions = { format: 'text', gitignore: true, quiet: false };

describe('usesChangeMode', () => {
  it('is false for a plain snapshot scan, whatever the other flags', () => {
    expect(usesChangeMode(plain)).toBe(false);
    const busy: ScanCommandOptions = { ...plain, format: 'sarif', rule: ['explicit-any'], mergeBase: false, quiet: true, output: 'x.sarif' };
    expect(usesChangeMode(busy)).toBe(false);
  });

  it.each<[string, Partial<ScanCommandOptions>]>([
    ['--diff', { diff: 'main' }],
    ['--head alone (rejected later as a usage error)', { head: 'HEAD' }],
    ['--before', { before: 'old' }],
    ['--after', { after: 'new' }],
    ['--baseline', { baseline: 'b.json' }],
    ['--update-baseline', { updateBaseline: true }],
    ['--cache', { cache: true }],
    ['--cache-location', { cacheLocation: '.cache' }],
  ])('is true with %s', (_name, flags) => {
    expect(usesChangeMode({ ...plain, ...flags })).toBe(true);
  });
});
