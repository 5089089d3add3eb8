import { EXIT, runCli } from '@readycheck/core';
import { main } from './cli.js';

// Ctrl-C: the first SIGINT interrupts the run (nothing new starts, running checks are aborted,
// the reports of what ran are still written, exit 130); a second one exits at once.
const interrupt = new AbortController();
let interrupts = 0;
const onSigint = () => {
  interrupts++;
  if (interrupts === 1) {
    process.stderr.write('\nsmoke-run: interrupted, stopping running checks and writing reports (Ctrl-C again to quit now)\n');
    interrupt.abort();
  } else process.exit(EXIT.INTERRUPTED);
};
process.on('SIGINT', onSigint);
process.on('SIGTERM', onSigint);

runCli('smoke-run', async (argv, io) => {
  try {
    return await main(argv, io, { signal: interrupt.signal, stdinIsTTY: Boolean(process.stdin.isTTY) });
  } finally {
    process.off('SIGINT', onSigint);
    process.off('SIGTERM', onSigint);
  }
});
