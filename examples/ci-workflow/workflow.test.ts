// The example workflow must work when copied: every readycheck command it runs uses flags the
// bins have (checked against each bin's --help, subcommands included), and every input it gives
// the action is one action.yml declares.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const workflow = parse(readFileSync(path.join(import.meta.dirname, 'readycheck.yml'), 'utf8')) as { jobs: Record<string, { steps: { run?: string; uses?: string; with?: Record<string, unknown> }[] }> };
const action = parse(readFileSync(path.join(root, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown> };
const BINS: Record<string, string> = {
  'quality-scan': 'packages/detectors/bin/quality-scan.js',
  'evidence-scan': 'packages/evidence/bin/evidence-scan.js',
  'smoke-run': 'packages/smoke/bin/smoke-run.js',
  'coverage-gate': 'packages/coverage-gate/bin/coverage-gate.js',
};
const help = (bin: string, sub?: string) => execFileSync(process.execPath, [path.join(root, BINS[bin]!), ...(sub ? [sub] : []), '--help'], { encoding: 'utf8' });
const steps = Object.values(workflow.jobs).flatMap((j) => j.steps);

describe('examples/ci-workflow/readycheck.yml', () => {
  const calls = steps
    .flatMap((s) => (s.run ?? '').split('\n'))
    .flatMap((line) => [...line.matchAll(/npx (quality-scan|evidence-scan|smoke-run|coverage-gate)((?: [^&|;)]+)?)/g)])
    .map((m) => ({ bin: m[1]!, args: (m[2] ?? '').trim().split(/\s+/).filter(Boolean) }));

  it('runs readycheck commands', () => expect(calls.length).toBeGreaterThan(0));

  it.each(calls.map((c) => [`${c.bin} ${c.args.join(' ')}`, c] as const))('%s: every flag exists', (_name, call) => {
    const sub = call.args[0] && !call.args[0].startsWith('-') && /^[a-z-]+$/.test(call.args[0]) && help(call.bin).includes(`  ${call.args[0]} `) ? call.args[0] : undefined;
    const text = help(call.bin, sub);
    for (const flag of call.args.filter((a) => a.startsWith('--'))) expect(text, `${call.bin} ${sub ?? ''} ${flag}`).toContain(flag.split('=')[0]);
  });

  it('gives the action only the inputs action.yml declares', () => {
    const uses = steps.filter((s) => s.uses?.startsWith('readycheck/readycheck'));
    expect(uses.length).toBe(1);
    for (const key of Object.keys(uses[0]!.with ?? {})) expect(Object.keys(action.inputs)).toContain(key);
  });
});
