import { runCli } from '@readycheck/core';
import { main } from './cli.js';

runCli('readycheck-monitor', (argv, io) => main(argv, io));
