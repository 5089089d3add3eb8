import { describe, expect, it } from 'vitest';
import { extractFile } from './extract-file.js';
import { fileWalkCount, parsedFileCount } from './parse.js';

describe('one parse and one walk per file', () => {
  it('extracts an entry file and runs the detectors over one parse, inside the detectors\' walk', () => {
    const text = [
      "import { Command } from 'commander';",
      "import { SyncService } from './services/SyncService.js';",
      'const program = new Command();',
      "program.command('sync').action(async () => { await new SyncService().run(process.env.SYNC_TOKEN as any); });",
      '// TODO: add a --dry-run flag',
      '',
    ].join('\n');
    const parses = parsedFileCount();
    const walks = fileWalkCount();
    const facts = extractFile({ text, relPath: 'src/cli.ts' });
    expect(parsedFileCount() - parses).toBe(1);
    // No walk of evidence-scan's own: the extractor and the entry-side reader ran in the detectors' walk.
    expect(fileWalkCount() - walks).toBe(0);
    expect(facts.commands.map((c) => c.name)).toEqual(['sync']);
    expect(facts.envKeys.map((k) => k.name)).toEqual(['SYNC_TOKEN']);
    expect(facts.links?.entry?.used?.map(([name]) => name).sort()).toEqual(['Command', 'SyncService', 'program']);
    // …and the detectors' findings came from that same walk.
    expect(facts.findings.map((f) => f.name)).toContain('explicit-any');
    expect(facts.markers.map((m) => m.name)).toEqual(['TODO']);
  });

  it('walks a test file once on its own (the detectors skip tests)', () => {
    const walks = fileWalkCount();
    extractFile({ text: "import { a } from './a.js';\nit('x', () => a());\n", relPath: 'test/a.test.ts' });
    expect(fileWalkCount() - walks).toBe(1);
  });
});
