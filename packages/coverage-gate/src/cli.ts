import { runCli } from '@readycheck/core';
import { main } from './main.js';

runCli('coverage-gate', main);
