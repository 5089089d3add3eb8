import { runCli } from '@readycheck/core';
import { version } from './index.js';

runCli('smoke-run', (argv, io) => {
  if (argv.includes('--version')) {
    io.stdout(`${version}\n`);
    return 0;
  }
  io.stdout('Usage: smoke-run [options]\n\nsmoke-run is being built; see the package README.\n');
  return argv.includes('--help') || argv.includes('-h') ? 0 : 2;
});
