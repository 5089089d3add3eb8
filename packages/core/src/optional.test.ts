import { describe, expect, it } from 'vitest';
import { requireOptional } from './optional.js';

describe('requireOptional', () => {
  it('returns an installed package', () => {
    const yaml = requireOptional<{ parse: (s: string) => unknown }>('yaml', 'reading YAML files');
    expect(yaml.parse('a: 1')).toEqual({ a: 1 });
  });

  it('names the missing package and the install command, with code RC_DEPENDENCY_MISSING', () => {
    const missing = () => requireOptional('@readycheck-test/not-installed/sub', 'checking a body against a JSON Schema');
    expect(missing).toThrow(
      expect.objectContaining({
        code: 'RC_DEPENDENCY_MISSING',
        message: 'checking a body against a JSON Schema needs the package "@readycheck-test/not-installed", which is not installed: npm install @readycheck-test/not-installed',
      }),
    );
  });

  it('lets any other load error through unchanged', () => {
    const broken = new SyntaxError('Unexpected token');
    const load = () => {
      throw broken;
    };
    expect(() => requireOptional('yaml', 'reading YAML files', load)).toThrow(broken);
  });
});
