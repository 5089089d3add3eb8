import { describe, expect, it } from 'vitest';
import { createProgress, EXIT, FLAGS, useColor } from './cli-flags.js';

describe('useColor', () => {
  const io = (env: NodeJS.ProcessEnv, isTTY: boolean) => ({ env, isTTY });
  it('follows the terminal by default', () => {
    expect(useColor(io({}, true))).toBe(true);
    expect(useColor(io({}, false))).toBe(false);
  });
  it('NO_COLOR wins over a terminal, FORCE_COLOR over a pipe and over CI', () => {
    expect(useColor(io({ NO_COLOR: '1' }, true))).toBe(false);
    expect(useColor(io({ NO_COLOR: '' }, true))).toBe(true); // empty means unset (no-color.org)
    expect(useColor(io({ FORCE_COLOR: '1' }, false))).toBe(true);
    expect(useColor(io({ FORCE_COLOR: '1', CI: 'true' }, false))).toBe(true);
    expect(useColor(io({ FORCE_COLOR: '0' }, true))).toBe(false);
    expect(useColor(io({ FORCE_COLOR: 'false' }, true))).toBe(false);
    expect(useColor(io({ NO_COLOR: '1', FORCE_COLOR: '1' }, false))).toBe(false);
  });
  it('--color and --no-color win over everything', () => {
    expect(useColor(io({ NO_COLOR: '1' }, false), true)).toBe(true);
    expect(useColor(io({ FORCE_COLOR: '1' }, true), false)).toBe(false);
  });
});

describe('createProgress', () => {
  function harness(stderrIsTTY: boolean) {
    let t = 0;
    let err = '';
    const p = createProgress({ stderr: (s) => void (err += s), stderrIsTTY }, { unit: 'files', total: 10, now: () => t });
    return { p, advance: (ms: number) => void (t += ms), err: () => err };
  }
  it('stays silent for the first second, then draws on stderr and clears at the end', () => {
    const h = harness(true);
    h.p.tick();
    expect(h.err()).toBe('');
    h.advance(2000);
    h.p.tick(3);
    expect(h.err()).toBe('\r\u001b[2Kfiles 4/10 · 2/s');
    h.p.done();
    expect(h.err().endsWith('\r\u001b[2K')).toBe(true);
  });
  it('prints nothing at all when stderr is not a terminal', () => {
    const h = harness(false);
    h.advance(5000);
    h.p.tick(10);
    h.p.done();
    expect(h.err()).toBe('');
  });
});

describe('the shared tables', () => {
  it('exit codes', () => expect(EXIT).toEqual({ OK: 0, FINDINGS: 1, USAGE: 2, QUARANTINED: 3, INTERRUPTED: 130 }));
  it('-c is the config file', () => expect(FLAGS.config[0]).toBe('-c, --config <file>'));
});
