import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BUILTIN_CATEGORIES, SEVERITIES } from '../types.js';
import { detectors } from './index.js';

const dir = fileURLToPath(new URL('.', import.meta.url));
const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'index.ts');

describe('detector registry (meta)', () => {
  it('registers every detector file, and nothing else', () => {
    expect(Object.keys(detectors).sort()).toEqual(files.map((f) => f.replace(/\.ts$/, '')).sort());
  });

  it('is sorted by id', () => {
    const ids = Object.keys(detectors);
    expect(ids).toEqual([...ids].sort());
  });

  it('covers all eight categories', () => {
    expect(new Set(Object.values(detectors).map((d) => d.category))).toEqual(new Set(BUILTIN_CATEGORIES));
  });

  describe.each(Object.entries(detectors))('%s', (key, detector) => {
    it('has id = registry key = file name', () => {
      expect(detector.id).toBe(key);
      expect(files).toContain(`${key}.ts`);
    });
    it('has complete docs', () => {
      for (const field of ['description', 'why', 'bad', 'good'] as const) expect(detector.docs[field].trim().length).toBeGreaterThan(5);
      expect(detector.docs.url).toBe(`https://readycheck.dev/rules/${key}`);
    });
    it('states its precision measured on the labelled real corpora (bench/accuracy)', () => {
      expect(detector.docs.precision ?? '').toMatch(/labelled corpora/);
    });
    it('has a valid category, severity and at least one message', () => {
      expect(BUILTIN_CATEGORIES).toContain(detector.category);
      expect(SEVERITIES).toContain(detector.severity);
      expect(Object.keys(detector.messages).length).toBeGreaterThan(0);
      for (const id of Object.keys(detector.messages)) expect(detector.suggestions?.[id as never], `suggestion for ${id}`).toBeTruthy();
    });
    it('has a table test beside it', () => {
      const test = readFileSync(new URL(`./${key}.test.ts`, import.meta.url), 'utf8');
      expect(test).toMatch(/new RuleTester\(\{ describe, it, minValid: 15, minInvalid: 15 \}\)/);
    });
  });

  it('documents count differences for the rules that overlap ESLint', () => {
    for (const id of ['explicit-any', 'empty-function', 'ts-comment', 'warning-comment'] as const) expect(detectors[id].docs.eslint).toBeTruthy();
  });
});
