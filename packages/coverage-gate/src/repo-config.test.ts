import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validate, type CoverageGateConfig } from '@readycheck/core';
import * as api from './index.js';
import { REPO_ROOT } from './__tests__/helpers.js';

// readycheck gates its own coverage with coverage-gate (.ci/run): keep that config honest.
describe("readycheck's own coverage-gate.config.json", () => {
  const read = (f: string) => {
    const text = readFileSync(path.join(REPO_ROOT, f), 'utf8');
    return { text, data: JSON.parse(text) as unknown };
  };

  it('is valid, and each of its paths and exclusions names something that exists', () => {
    const { text, data } = read('coverage-gate.config.json');
    const v = validate<CoverageGateConfig>('coverage-gate-config', data, { file: 'coverage-gate.config.json', text });
    expect(v.issues).toEqual([]);
    const config = data as CoverageGateConfig;
    for (const key of Object.keys(config.paths ?? {})) expect(existsSync(path.join(REPO_ROOT, key)), key).toBe(true);
    for (const ex of config.exclude ?? []) if (!api.isGlob(ex)) expect(existsSync(path.join(REPO_ROOT, ex)), ex).toBe(true);
    expect(config.global?.lines).toBeGreaterThanOrEqual(80);
  });

  it('has a valid ratchet baseline with a floor for every package', () => {
    const { text, data } = read('coverage-gate.baseline.json');
    expect(validate('coverage-gate-baseline', data, { file: 'coverage-gate.baseline.json', text }).issues).toEqual([]);
    const floors = (data as { floors: Record<string, unknown> }).floors;
    for (const pkg of ['core', 'detectors', 'evidence', 'health', 'smoke', 'coverage-gate']) expect(floors[`packages/${pkg}`], pkg).toBeDefined();
  });
});

describe('public API', () => {
  it('exports the CLI entry and the engine', () => {
    for (const name of ['main', 'readCoverage', 'parseCoverage', 'evaluateGates', 'checkRatchet', 'parseUnifiedDiff', 'gitChangedLines', 'formatConsole', 'formatMarkdown', 'version']) {
      expect(typeof (api as Record<string, unknown>)[name], name).not.toBe('undefined');
    }
  });
});
