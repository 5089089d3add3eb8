import { describe, expect, it } from 'vitest';
import { extractFile } from './extract-file.js';

const stubsOf = (text: string) => extractFile({ text, relPath: 'src/services/x.ts' }).stubs.map((s) => ({ line: s.line, confidence: s.confidence }));

describe('stub confidence', () => {
  it('scores constructors, base-class hooks and interface no-ops low, a real stub high', () => {
    const text = [
      'export abstract class BaseBehavior {',
      '  onStateUpdate(_state: unknown) {}',
      '}',
      'export class Cache implements Store {',
      '  constructor() {}',
      '  async ready(): Promise<void> {}',
      '}',
      'export class Billing {',
      "  charge() { throw new Error('Not implemented'); }",
      '}',
    ].join('\n');
    const stubs = stubsOf(text);
    const at = (line: number) => stubs.find((s) => s.line === line)?.confidence;
    expect(at(2)).toBeLessThan(0.6);
    expect(at(5) ?? 0).toBeLessThan(0.6);
    expect(at(6) ?? 0).toBeLessThan(0.6);
    expect(at(9)).toBeGreaterThanOrEqual(0.6);
  });

  it('keeps a STUB marker and drops the word in prose or a banner', () => {
    const text = ['/** Stub generation utilities */', '// STUB FILE UTILITIES', '// STUB: returns fake data until the API exists', 'export const x = 1;'].join('\n');
    const markers = extractFile({ text, relPath: 'src/x.ts' }).markers.filter((m) => m.name === 'STUB').map((m) => m.line);
    expect(markers).toEqual([3]);
  });
});
