import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { scanEvidence } from '@readycheck/evidence';
import { extractFile } from './extract-file.js';
import { fileWalkCount, parsedFileCount } from './parse.js';
import { vueCode, vueParserLoaded } from './vue.js';

const temps: string[] = [];
afterEach(async () => {
  for (const d of temps.splice(0)) await rm(d, { recursive: true, force: true });
});

async function tree(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'evidence-vue-'));
  temps.push(dir);
  for (const [rel, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
    await writeFile(path.join(dir, rel), content);
  }
  return dir;
}

const SFC = [
  '<template>',
  '  <!-- FIXME: the empty state -->',
  '  <p v-if="!items.length">{{ "</script>" }}</p>',
  '</template>',
  '',
  '<script lang="ts">',
  "export default { name: 'ItemsView' };",
  '</script>',
  '',
  '<script setup lang="ts">',
  "import { ref } from 'vue';",
  'const items = ref<string[]>([]);',
  'const api = import.meta.env.VITE_ITEMS_URL;',
  '// TODO: paginate',
  'async function load() {',
  "  items.value = await (await fetch(`${api}/items`)).json();",
  '}',
  '</script>',
  '',
  '<style scoped>',
  'p { color: red; }',
  '</style>',
  '',
].join('\n');

describe('Vue single-file components', () => {
  it('loads Vue\'s SFC parser only when a .vue file is read', async () => {
    const root = await tree({ 'src/server.ts': "import express from 'express';\nconst app = express();\napp.get('/x', (req, res) => res.send('x'));\n" });
    await scanEvidence({ root, workers: 1 });
    expect(vueParserLoaded()).toBe(false);
    vueCode('<script setup>\nconst a = 1;\n</script>\n', 'A.vue');
    expect(vueParserLoaded()).toBe(true);
  });

  it('keeps the script blocks at their own lines and columns, and blanks the rest', () => {
    const code = vueCode(SFC, 'src/pages/ItemsView.vue');
    expect(code.text.length).toBe(SFC.length);
    expect(code.text.split('\n').length).toBe(SFC.split('\n').length);
    expect(code.text.split('\n')[12]).toBe('const api = import.meta.env.VITE_ITEMS_URL;');
    // The template (and a `</script>` inside one of its strings) and the style are blank.
    expect(code.text.split('\n').slice(0, 5).join('').trim()).toBe('');
    expect(code.text).not.toContain('color: red');
    expect(code.markers.map((m) => `${m.name}@${m.line}`)).toEqual(['FIXME@2']);
  });

  it('extracts env reads, HTTP calls and markers at the .vue file\'s lines', () => {
    const facts = extractFile({ text: SFC, relPath: 'src/pages/ItemsView.vue' });
    expect(facts.error).toBeUndefined();
    expect(facts.envKeys.map((k) => `${k.name}@${k.line}`)).toEqual(['VITE_ITEMS_URL@13']);
    expect(facts.httpCalls).toBe(true);
    expect(facts.markers.map((m) => `${m.name}@${m.line}`).sort()).toEqual(['FIXME@2', 'TODO@14']);
    expect(facts.lines).toBe(22);
  });

  it('parses a .vue file once with TypeScript and walks it only in the detectors\' walk', () => {
    const parses = parsedFileCount();
    const walks = fileWalkCount();
    extractFile({ text: SFC, relPath: 'src/pages/ItemsView.vue' });
    expect(parsedFileCount() - parses).toBe(1);
    expect(fileWalkCount() - walks).toBe(0);
  });

  it('reports a component whose block never closes as an error with its line, and goes on', () => {
    const facts = extractFile({ text: '<template>\n  <div>\n</template>\n<script setup>\nconst a = 1;\n', relPath: 'src/Broken.vue' });
    expect(facts.error?.line).toBeGreaterThan(0);
    expect(facts.error?.message).toMatch(/^not a valid Vue single-file component: /);
  });

  it('moves each vue-router page to its component, with its full path, so the feature grows from the view', async () => {
    const root = await tree({
      'src/router/index.ts': [
        "import { createRouter, createWebHistory } from 'vue-router';",
        "import ItemsView from '../pages/ItemsView.vue';",
        "const SettingsView = () => import('../pages/SettingsView.vue');",
        'export const router = createRouter({',
        '  history: createWebHistory(),',
        '  routes: [',
        "    { path: '/items', component: ItemsView },",
        "    { path: '/settings', component: SettingsView, children: [{ path: 'profile', component: () => import('../pages/ProfileView.vue') }] },",
        "    { path: '/', redirect: '/items' },",
        '  ],',
        '});',
        '',
      ].join('\n'),
      'src/pages/ItemsView.vue': SFC,
      'src/pages/SettingsView.vue': '<template><RouterView /></template>\n',
      'src/pages/ProfileView.vue': '<template><p>profile</p></template>\n<script setup lang="ts">\nconst x = 1;\n</script>\n',
    });
    const { report } = await scanEvidence({ root, workers: 1 });
    const pages = report.features.flatMap((f) => f.evidence.routes.map((r) => `${r.name} ${r.file}:${r.line} ${r.detail ?? ''}`)).sort();
    expect(pages).toEqual([
      '/items src/pages/ItemsView.vue:1 vue-router src/router/index.ts:7',
      '/settings src/pages/SettingsView.vue:1 vue-router src/router/index.ts:8',
      '/settings/profile src/pages/ProfileView.vue:1 vue-router src/router/index.ts:8',
    ]);
    const items = report.features.find((f) => f.evidence.routes.some((r) => r.name === '/items'));
    expect(items?.primaryFlow[0]).toMatch(/^page \/items \(Vue Router page, src\/pages\/ItemsView\.vue:1\)/);
  });
});
