import { stableStringify } from '@readycheck/core';
import type { Plan } from './plan.js';

/**
 * Renders a plan for `smoke-run list`: as text (one block per dependency wave) or as JSON
 * (`{ files, checks, waves }`, keys sorted).
 */
export function formatPlan(plan: Plan, files: readonly string[], format: 'text' | 'json'): string {
  if (format === 'json') {
    return stableStringify({
      files,
      waves: plan.waves,
      checks: plan.checks.map((c) => ({
        id: c.id,
        name: c.name,
        kind: c.kind,
        category: c.category,
        component: c.component,
        priority: c.priority,
        dependsOn: c.dependsOn,
        after: c.after,
        wave: c.wave,
        file: c.file,
        suite: c.suite,
        phase: c.phase,
        group: c.group?.name,
        checkpoint: c.checkpoint === true,
        skip: c.skip,
        pulledIn: c.pulledIn,
        tags: c.tags,
        describe: c.describe,
      })),
    });
  }
  const byId = new Map(plan.checks.map((c) => [c.id, c]));
  const lines = [
    `Plan (dry run, nothing was run): ${plan.checks.length} check${plan.checks.length === 1 ? '' : 's'} from ${files.length} file${files.length === 1 ? '' : 's'} in ${plan.waves.length} wave${plan.waves.length === 1 ? '' : 's'}`,
  ];
  plan.waves.forEach((wave, i) => {
    lines.push('', `Wave ${i + 1}${wave.length > 1 ? ` (${wave.length} in parallel)` : ''}`);
    for (const id of wave) {
      const c = byId.get(id)!;
      const notes: string[] = [];
      if (c.dependsOn.length) notes.push(`needs ${c.dependsOn.join(', ')}`);
      if (c.checkpoint) notes.push(`checkpoint of ${c.phase}`);
      if (c.pulledIn) notes.push('dependency of a selected check');
      if (c.skip) notes.push('skip');
      const what = c.describe ? `  ${c.describe}` : '';
      const extra = notes.length ? `  (${notes.join('; ')})` : '';
      lines.push(`  ${c.priority} ${c.id}  [${c.category}/${c.component}]${what}${extra}`);
    }
  });
  return `${lines.join('\n')}\n`;
}
