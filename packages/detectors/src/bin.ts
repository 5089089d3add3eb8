import { runCli } from '@readycheck/core';
import { main } from './cli.js';

runCli('quality-scan', main);
