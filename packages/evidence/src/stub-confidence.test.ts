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

  it('takes an empty route handler behind @UseGuards for the guard\'s work (Passport redirect), not an unguarded one', () => {
    const text = [
      "@Controller('auth')",
      'export class AuthController {',
      "  @Get('google')",
      '  @UseGuards(GoogleSSOGuard)',
      '  async googleAuth(@Request() req) {}',
      '',
      "  @Get('profile')",
      '  async profile(@Request() req) {}',
      '',
      '  @UseGuards(JwtGuard)',
      '  refresh() {}',
      '}',
    ].join('\n');
    const stubs = extractFile({ text, relPath: 'src/auth/auth.controller.ts' }).stubs;
    const guarded = stubs.find((s) => s.line >= 3 && s.line <= 5);
    expect(guarded?.confidence).toBeLessThan(0.6);
    expect(guarded?.problem).toMatch(/@UseGuards/);
    // A route with no guard, and a guarded method that is no route, stay stubs.
    expect(stubs.find((s) => s.line >= 7 && s.line <= 8)?.confidence).toBeGreaterThanOrEqual(0.6);
    expect(stubs.find((s) => s.line >= 10 && s.line <= 11)?.confidence).toBeGreaterThanOrEqual(0.6);
  });

  it("takes an empty Vue lifecycle hook (`created() {}`) for a hook, as an empty on… handler", () => {
    const text = "export default {\n  name: 'CopyableInput',\n  created() {},\n  methods: {\n    copyToClipboard() {},\n  },\n};\n";
    const stubs = extractFile({ text, relPath: 'src/components/CopyableInput.js' }).stubs;
    expect(stubs.find((s) => s.line === 3)?.confidence).toBe(0.3);
    expect(stubs.find((s) => s.line === 5)?.confidence).toBe(0.7);
  });
  it('takes an empty cleanup callback for an intended no-op, not an empty worker callback', () => {
    const text = [
      'export function watchStatus(subscribe?: (cb: () => void) => { unsubscribe: () => void }) {',
      '  if (!subscribe) {',
      '    return { unsubscribe: () => {} }',
      '  }',
      '  return subscribe(() => refresh())',
      '}',
      'export const sendReport = () => {}',
    ].join('\n');
    const stubs = extractFile({ text, relPath: 'src/lib/sync/status.ts' }).stubs;
    expect(stubs.find((s) => s.line === 3)?.confidence).toBeLessThan(0.6);
    expect(stubs.find((s) => s.line === 7)?.confidence).toBeGreaterThanOrEqual(0.6);
  });

  it('keeps a STUB marker and drops the word in prose or a banner', () => {
    const text = ['/** Stub generation utilities */', '// STUB FILE UTILITIES', '// STUB: returns fake data until the API exists', 'export const x = 1;'].join('\n');
    const markers = extractFile({ text, relPath: 'src/x.ts' }).markers.filter((m) => m.name === 'STUB').map((m) => m.line);
    expect(markers).toEqual([3]);
  });
});
