import { runCli } from '@readycheck/core';
import { main } from './main.js';

runCli('evidence-scan', (argv, io) => main(argv, io));
