import type { ExtractPlugin } from './plugin.js';

/** commander, yargs and cac: `program.command('sync')`, `yargs.command('serve [port]', …)`. */
export default {
  name: 'cli-commands',
  call: ({ n, s, method }, { add, facts }) => {
    if (method !== 'command' || s === undefined) return;
    const name = s.trim().split(/\s+/)[0] ?? '';
    if (name && name !== '$0' && name !== '*') add(facts.commands, n, name, 'cli-command');
    facts.registersCommands += 1;
  },
} satisfies ExtractPlugin;
