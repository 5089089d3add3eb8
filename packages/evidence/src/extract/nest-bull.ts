import type * as TS from 'typescript';
import ts from '../ts.js';
import { decoratorName, decoratorNamed } from './ast.js';
import type { ExtractPlugin } from './plugin.js';

/**
 * `@nestjs/bull` and `@nestjs/bullmq` consumers: a `@Processor('mail')` class consumes the queue
 * `mail`; each `@Process('welcome')` method a named job of it (`mail:welcome`). A BullMQ
 * processor (`extends WorkerHost`, one `process()` method) is the queue alone.
 */
export default {
  name: 'nest-bull',
  visitor: {
    ClassDeclaration: (node, { add, facts }) => {
      const cls = node as TS.ClassDeclaration;
      const processor = decoratorNamed(cls, 'Processor');
      const queue = processor ? decoratorName(processor) : undefined;
      if (queue === undefined) return;
      let jobs = 0;
      for (const m of cls.members) {
        const d = ts.isMethodDeclaration(m) ? decoratorNamed(m, 'Process') : undefined;
        if (!d) continue;
        const job = decoratorName(d);
        add(facts.events, m, job === undefined ? queue : `${queue}:${job}`, 'queue-consumer', '@Process');
        jobs++;
      }
      if (jobs === 0) add(facts.events, cls, queue, 'queue-consumer', '@Processor');
    },
  },
} satisfies ExtractPlugin;
