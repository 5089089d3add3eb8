import { runCli } from '@readycheck/core';
import { version } from './index.js';

runCli('coverage-gate', (argv, io) => {
  if (argv.includes('--version')) {
    io.stdout(`${version}\n`);
    return 0;
  }
  io.stdout('Usage: coverage-gate [options]\n\ncoverage-gate is being built; see the package README.\n');
  return argv.includes('--help') || argv.includes('-h') ? 0 : 2;
});
