import { runCli } from '@readycheck/core';
import { version } from './index.js';

runCli('quality-scan', (argv, io) => {
  if (argv.includes('--version')) {
    io.stdout(`${version}\n`);
    return 0;
  }
  io.stdout('Usage: quality-scan [options]\n\nquality-scan is being built; see the package README.\n');
  return argv.includes('--help') || argv.includes('-h') ? 0 : 2;
});
