import type * as TS from 'typescript';
import ts from '../ts.js';
import { decoratorArgs, decoratorNamed, stringArg } from './ast.js';
import type { ExtractPlugin } from './plugin.js';

/** `@nestjs/event-emitter`'s `@OnEvent` and `@nestjs/microservices`' `@EventPattern` / `@MessagePattern`. */
const LISTENERS = ['OnEvent', 'EventPattern', 'MessagePattern'] as const;

// The pattern as text: `'user.created'`, `['a', 'b']` (the first), `{ cmd: 'sum' }` → `cmd:sum`,
// an enum member (`Events.UserCreated`) as written.
function patternText(arg: TS.Expression | undefined, sf: TS.SourceFile): string | undefined {
  if (!arg) return undefined;
  const s = stringArg(arg);
  if (s !== undefined) return s;
  if (ts.isArrayLiteralExpression(arg)) return patternText(arg.elements[0], sf);
  if (ts.isObjectLiteralExpression(arg)) {
    const parts = arg.properties.filter(ts.isPropertyAssignment).map((p) => `${p.name.getText(sf)}:${stringArg(p.initializer) ?? p.initializer.getText(sf)}`);
    return parts.length ? parts.join(',') : undefined;
  }
  if (ts.isPropertyAccessExpression(arg) || ts.isIdentifier(arg)) return arg.getText(sf);
  return undefined;
}

/**
 * NestJS event and message handlers: a method decorated `@OnEvent('order.created')`,
 * `@EventPattern('user_created')` or `@MessagePattern({ cmd: 'sum' })` listens for that event.
 */
export default {
  name: 'nest-events',
  visitor: {
    MethodDeclaration: (node, { add, facts, sf }) => {
      const m = node as TS.MethodDeclaration;
      for (const name of LISTENERS) {
        const d = decoratorNamed(m, name);
        const pattern = d ? patternText(decoratorArgs(d)[0], sf) : undefined;
        if (pattern !== undefined) add(facts.events, m, pattern, 'listener', `@${name}`);
      }
    },
  },
} satisfies ExtractPlugin;
