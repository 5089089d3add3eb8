import type * as TS from 'typescript';
import ts from '../ts.js';
import { inCommandsDir } from '../conventions.js';
import { chainRoot, stringArg } from './ast.js';
import type { ExtractPlugin } from './plugin.js';

/**
 * discord.js (and Sapphire's registries): `new SlashCommandBuilder().setName('x')`, `{ name,
 * description }` command objects in the commands folder, and where commands are registered
 * (`client.commands.set`, `addCommand`, `applicationCommands`, reading the commands folder).
 */
export default {
  name: 'discord',
  visitor: {
    PropertyAssignment: (node, { add, facts, file }) => {
      const n = node as TS.PropertyAssignment;
      const name = ts.isIdentifier(n.name) || ts.isStringLiteral(n.name) ? n.name.text : '';
      if (name !== 'name' || !ts.isObjectLiteralExpression(n.parent) || !inCommandsDir(file)) return;
      const value = stringArg(n.initializer);
      const hasDescription = n.parent.properties.some((p) => p.name !== undefined && ts.isIdentifier(p.name) && p.name.text === 'description');
      if (value !== undefined && hasDescription) add(facts.commands, n, value, 'slash-command');
    },
  },
  call: ({ n, s, fn, method, recv, recvText }, { add, facts, sf }) => {
    if (fn !== undefined) {
      if ((fn === 'readdirSync' || fn === 'readdir' || fn === 'globSync' || fn === 'glob') && /commands/.test(n.arguments.map((a) => a.getText(sf)).join(' '))) facts.registersCommands += 2;
      return;
    }
    if (method === 'setName' && s !== undefined && recv !== undefined) {
      const root = chainRoot(recv);
      if (ts.isNewExpression(root) && /CommandBuilder$/.test(root.expression.getText(sf))) add(facts.commands, n, s, 'slash-command');
    } else if (method === 'set' && recvText === 'commands') {
      facts.registersCommands += 2;
    } else if (method === 'addCommand' || method === 'applicationCommands' || method === 'applicationGuildCommands') {
      facts.registersCommands += 2;
    }
  },
} satisfies ExtractPlugin;
