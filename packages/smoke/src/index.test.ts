import { describe, expect, it } from 'vitest';
import * as entry from './index.js';
import pkg from '../package.json' with { type: 'json' };

describe('@readycheck/smoke entry point', () => {
  it('exports the version from package.json', () => {
    expect(entry.version).toBe(pkg.version);
  });
});
