// The React 19 and Vue 3 examples of docs/frameworks.md, taken from the page itself, bundled with Vite the way
// an app would bundle them (the package's define entry, the app's own Lit), rendered in each engine: the widget
// shows the pack's own question, a prop that is a property arrives as one, and opening a question reaches the
// framework's handler through the widget's event.
// Usage: node test/e2e/frameworks.e2e.mjs [chromium|firefox|webkit …]   (after npm run build)
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';
import { selectedEngines } from '../../scripts/browsers.mjs';
import { serve } from '../../scripts/serve.mjs';
import { runChecks } from './run-checks.mjs';
import { docExamples } from '../frameworks/check.mjs';

if (!existsSync('dist/define.js')) {
  console.error('No dist/define.js: run `npm run build` first.');
  process.exit(1);
}
const engines = selectedEngines(process.argv.slice(2).join(',') || undefined);
const dir = '.tmp/frameworks/app';
mkdirSync(dir, { recursive: true });

const examples = docExamples();
// The Vue example is two blocks, its template and its script, found by their first line.
const blocks = [...readFileSync('docs/frameworks.md', 'utf8').matchAll(/```\w+\n([\s\S]*?)```/g)].map((m) => m[1]);
const template = blocks.find((b) => b.startsWith('<!-- FaqSection.vue, template -->'))?.replace(/^<!--.*-->\n/, '');
const script = blocks.find((b) => b.startsWith('// FaqSection.vue, script'));
assert.ok(examples['FaqSection.tsx'] && template && script, 'the React and Vue examples are in docs/frameworks.md');

const pack = {
  meta: { language: 'en', sources: [{ title: 'Our clinic', url: 'https://example.org' }], written: '2026-01-31', disclaimer: 'Ask your care team.' },
  faq: { items: [{ id: 'parking', question: 'Where do I park at Riverside?', answer: 'Level 2 of the blue garage.' }] },
};
writeFileSync(`${dir}/FaqSection.tsx`, examples['FaqSection.tsx']);
writeFileSync(
  `${dir}/react-main.tsx`,
  `import { createRoot } from 'react-dom/client';
import { FaqSection } from './FaqSection.tsx';
createRoot(document.getElementById('root')!).render(<FaqSection pack={${JSON.stringify(pack)}} />);
`,
);
writeFileSync(`${dir}/FaqSection.vue.js`, script);
writeFileSync(
  `${dir}/vue-main.js`,
  `import { createApp } from 'vue';
import FaqSection from './FaqSection.vue.js';
const app = createApp({ components: { FaqSection: { ...FaqSection, template: ${JSON.stringify(template)} } }, template: '<FaqSection :pack="pack" />', data: () => ({ pack: ${JSON.stringify(pack)} }) });
app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('immuno-');
app.mount('#root');
`,
);

await build({
  configFile: false,
  logLevel: 'warn',
  define: { 'process.env.NODE_ENV': '"production"', __VUE_OPTIONS_API__: 'true', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' },
  resolve: {
    alias: [
      // What package.json `exports` maps these to; Vue's build that compiles templates in the browser.
      { find: /^immuno-widgets\/define$/, replacement: resolve('dist/define.js') },
      { find: /^vue$/, replacement: 'vue/dist/vue.esm-bundler.js' },
    ],
  },
  build: {
    outDir: `${dir}/out`,
    emptyOutDir: true,
    minify: false,
    lib: { entry: { react: `${dir}/react-main.tsx`, vue: `${dir}/vue-main.js` }, formats: ['es'] },
  },
});

const page = (name) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${name}</title><script src="/test/e2e/probe.js"></script></head>` +
  `<body><main id="root"></main><script type="module" src="./out/${name}.js"></script></body></html>`;
for (const name of ['react', 'vue']) writeFileSync(`${dir}/${name}.html`, page(name));

const { server, url } = await serve();
const checks = ['react', 'vue'].map((name) => ({
  name: `${name === 'react' ? 'React 19' : 'Vue 3'}: the docs example renders the pack's question, and the toggle event reaches its handler`,
  async run(p) {
    await p.goto(`${url}/${dir}/${name}.html`);
    await p.waitFor(() => (document.querySelector('immuno-faq')?.shadowRoot?.textContent ?? '').includes('Where do I park at Riverside?'), null, {
      what: 'the pack question in the widget',
    });
    const state = await p.evaluate(() => {
      const el = document.querySelector('immuno-faq');
      return { searchable: el.searchable, level: el.getAttribute('heading-level'), builtIn: /immunotherapy/i.test(el.shadowRoot.textContent), opened: document.querySelector('[data-opened]')?.getAttribute('data-opened') };
    });
    assert.deepEqual(state, { searchable: true, level: '3', builtIn: false, opened: '0' });
    await p.evaluate(() => document.querySelector('immuno-faq').shadowRoot.querySelector('button.question').click());
    await p.waitFor(() => document.querySelector('[data-opened]')?.getAttribute('data-opened') === '1', null, { what: 'the handler to count the opened answer' });
    const { errors } = await p.evaluate(() => window.__probe);
    assert.deepEqual(errors, []);
  },
}));

let failed = await runChecks(engines, checks);
server.close();
console.log(failed ? `\nFrameworks: ${failed} failed` : '\nFrameworks: all passed');
process.exitCode = failed ? 1 : 0;
