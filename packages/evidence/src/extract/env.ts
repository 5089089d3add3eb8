import type * as TS from 'typescript';
import ts from '../ts.js';
import { ENV_NAME, isEnvContainer, isEnvIdentifier, stringArg } from './ast.js';
import type { ExtractPlugin } from './plugin.js';

/** Env reads: `process.env.X`, `import.meta.env.X`, `env.X`/`c.env.X` (Workers), `['X']`, destructuring, `Deno.env.get('X')`. */
export default {
  name: 'env',
  visitor: {
    PropertyAccessExpression: (node, { addEnv }) => {
      const n = node as TS.PropertyAccessExpression;
      const key = n.name.text;
      if (isEnvContainer(n.expression)) {
        const container = n.expression as TS.PropertyAccessExpression;
        const open = ts.isIdentifier(container.expression) && container.expression.text === 'process';
        const meta = ts.isMetaProperty(container.expression);
        // Deno.env.get('X') is a call, handled below.
        if ((open || meta || ENV_NAME.test(key)) && !(ts.isIdentifier(container.expression) && container.expression.text === 'Deno')) {
          addEnv(n, key, open ? 'process.env' : meta ? 'import.meta.env' : 'env-binding');
        }
      } else if (isEnvIdentifier(n.expression) && ENV_NAME.test(key)) {
        addEnv(n, key, 'env-binding');
      }
    },
    ElementAccessExpression: (node, { addEnv }) => {
      const n = node as TS.ElementAccessExpression;
      const key = stringArg(n.argumentExpression);
      if (key !== undefined && (isEnvContainer(n.expression) || isEnvIdentifier(n.expression))) addEnv(n, key, 'env-index');
    },
    VariableDeclaration: (node, { addEnv }) => {
      const n = node as TS.VariableDeclaration;
      if (!n.initializer || !ts.isObjectBindingPattern(n.name) || !(isEnvContainer(n.initializer) || isEnvIdentifier(n.initializer))) return;
      for (const el of n.name.elements) {
        const prop = el.propertyName ?? el.name;
        if (ts.isIdentifier(prop) || ts.isStringLiteral(prop)) addEnv(el, prop.text, 'env-destructure');
      }
    },
    Parameter: (node, { addEnv, sf }) => {
      const n = node as TS.ParameterDeclaration;
      // ({ DB, API_KEY }: Env) => … — a Workers handler destructuring its bindings.
      if (!ts.isObjectBindingPattern(n.name) || !n.type || !ts.isTypeReferenceNode(n.type) || !/^(Env|Bindings)$/.test(n.type.typeName.getText(sf))) return;
      for (const el of n.name.elements) {
        const prop = el.propertyName ?? el.name;
        if (ts.isIdentifier(prop)) addEnv(el, prop.text, 'env-destructure');
      }
    },
  },
  call: ({ n, s, method, recv }, { addEnv, sf }) => {
    if (method === 'get' && s !== undefined && recv?.getText(sf) === 'Deno.env') addEnv(n, s, 'deno-env');
  },
} satisfies ExtractPlugin;
