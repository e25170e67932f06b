// The analytics recipe of docs/embed/analytics.md, taken from the page itself, in a page with all four widgets and
// the built bundle: a scripted patient session (tick symptoms and pick how bad, search and open answers, search and
// choose a treatment type, step through how it works) must put the expected events in window.dataLayer and no
// symptom id or label, search text, question or answer, treatment id or name, or urgency count. The same session
// with a forwarder that copies `detail` as it is must leak, so this check can see a leak.
// Usage: node test/e2e/analytics.e2e.mjs [chromium|firefox|webkit …]   (after npm run build)
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { selectedEngines } from '../../scripts/browsers.mjs';
import { serve } from '../../scripts/serve.mjs';
import { runChecks } from './run-checks.mjs';

if (!existsSync('dist/immuno-widgets.js')) {
  console.error('No dist/immuno-widgets.js: run `npm run build` first.');
  process.exit(1);
}
const engines = selectedEngines(process.argv.slice(2).join(',') || undefined);
const dir = '.tmp/analytics';
mkdirSync(dir, { recursive: true });

const recipe = [...readFileSync('docs/embed/analytics.md', 'utf8').matchAll(/```js\n([\s\S]*?)```/g)].map((m) => m[1]).find((b) => b.startsWith('// immuno-analytics.js'));
assert.ok(recipe, 'the `// immuno-analytics.js` block in docs/embed/analytics.md');
writeFileSync(`${dir}/recipe.js`, recipe);
// What a team might write first: every event with its detail as it is.
writeFileSync(
  `${dir}/naive.js`,
  `window.dataLayer = window.dataLayer || [];
for (const type of ['immuno-faq-toggle', 'immuno-step-change', 'immuno-therapy-select', 'immuno-checklist-change', 'immuno-content-error'])
  document.addEventListener(type, (e) => window.dataLayer.push({ event: type, ...e.detail }));
`,
);
const page = (forwarder) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>analytics</title>` +
  `<script src="/test/e2e/probe.js"></script><script src="./${forwarder}.js"></script>` +
  `<script type="module" src="/dist/immuno-widgets.js"></script></head><body>` +
  `<immuno-therapy-explorer></immuno-therapy-explorer><immuno-how-it-works></immuno-how-it-works>` +
  `<immuno-side-effect-checklist care-team-phone="+1 555 0100" emergency-number="911"></immuno-side-effect-checklist>` +
  `<immuno-faq searchable></immuno-faq></body></html>`;
writeFileSync(`${dir}/recipe.html`, page('recipe'));
writeFileSync(`${dir}/naive.html`, page('naive'));

/** The patient's session, in the page; returns what the patient saw and typed (what must not leak). */
async function session() {
  const wait = (ms) => new Promise((r) => setTimeout(r, ms));
  const root = (tag) => document.querySelector(tag).shadowRoot;
  const type = (input, text) => {
    input.focus();
    input.value = text;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: text, inputType: 'insertText' }));
  };
  const secrets = { symptomIds: [], symptomLabels: [], searches: [], questions: [], questionIds: [], answers: [], therapy: [] };

  // The checklist: tick two symptoms, and say how bad where it asks.
  const checklist = root('immuno-side-effect-checklist');
  for (const box of [...checklist.querySelectorAll('input[type="checkbox"][id^="s-"]')].slice(0, 2)) {
    box.click();
    await wait(100);
    secrets.symptomIds.push(box.id.slice(2));
    secrets.symptomLabels.push(checklist.querySelector(`label[for="${box.id}"]`).textContent.trim());
  }
  const severe = [...checklist.querySelectorAll('input[type="radio"]')].pop();
  severe?.click();
  await wait(100);

  // The FAQ: search, then open two answers.
  const faq = root('immuno-faq');
  secrets.searches.push('steroids while pregnant');
  type(faq.querySelector('input[type="search"]'), 'steroids while pregnant');
  await wait(200);
  type(faq.querySelector('input[type="search"]'), '');
  await wait(200);
  for (const button of [...faq.querySelectorAll('button.question')].slice(0, 2)) {
    button.click();
    await wait(150);
    const id = button.id.replace(/^q-/, '');
    secrets.questionIds.push(id);
    secrets.questions.push(button.textContent.trim());
    secrets.answers.push((faq.getElementById(`a-${id}`)?.textContent ?? '').trim().slice(0, 60));
  }

  // The explorer: search, then choose a type.
  const explorer = root('immuno-therapy-explorer');
  const search = explorer.querySelector('input[type="search"], input:not([type])');
  if (search) {
    secrets.searches.push('pembrolizumab');
    type(search, 'pembrolizumab');
    await wait(200);
    type(search, '');
    await wait(200);
  }
  const item = [...explorer.querySelectorAll('button[part~="item"]')].find((b) => !b.hasAttribute('aria-current')) ?? explorer.querySelector('button[part~="item"]');
  item.click();
  await wait(200);
  secrets.therapy.push(document.querySelector('immuno-therapy-explorer').selected, item.textContent.trim());

  // How it works: two steps on.
  for (let i = 0; i < 2; i++) {
    root('immuno-how-it-works').querySelector('button[part~="next"]').click();
    await wait(150);
  }
  return { secrets, dataLayer: window.dataLayer };
}

const { server, url } = await serve();
const ready = (p) =>
  p.waitFor(
    () => ['immuno-therapy-explorer', 'immuno-how-it-works', 'immuno-side-effect-checklist', 'immuno-faq'].every((t) => (document.querySelector(t)?.shadowRoot?.textContent ?? '').length > 200),
    null,
    { what: 'all four widgets' },
  );

const checks = [
  {
    name: 'the recipe: the session’s events reach dataLayer with no patient data in them',
    async run(p) {
      await p.goto(`${url}/${dir}/recipe.html`);
      await ready(p);
      const { secrets, dataLayer } = await p.evaluate(session);
      const events = dataLayer.map((d) => d.event);
      for (const e of ['immuno-checklist-change', 'immuno-faq-toggle', 'immuno-therapy-select', 'immuno-step-change']) assert.ok(events.includes(e), `${e} forwarded: ${events}`);
      assert.ok(dataLayer.some((d) => d.event === 'immuno-faq-toggle' && d.open === true), 'open is forwarded');
      assert.ok(dataLayer.some((d) => d.event === 'immuno-step-change' && d.step === 3), 'the step number is forwarded');
      const text = JSON.stringify(dataLayer).toLowerCase();
      const all = Object.values(secrets).flat().filter((s) => typeof s === 'string' && s.length > 1);
      assert.ok(secrets.symptomIds.length === 2 && secrets.questions.length === 2 && secrets.therapy[0], `the session ran: ${JSON.stringify(secrets)}`);
      for (const s of all) assert.ok(!text.includes(s.toLowerCase()), `"${s}" reached dataLayer: ${JSON.stringify(dataLayer)}`);
      for (const key of ['emergency', 'call', 'visit', 'id', 'issues']) assert.ok(dataLayer.every((d) => !(key in d)), `no "${key}" field`);
      assert.deepEqual((await p.evaluate(() => window.__probe)).errors, []);
    },
  },
  {
    name: 'control: a forwarder that copies detail as it is leaks the question and the treatment',
    async run(p) {
      await p.goto(`${url}/${dir}/naive.html`);
      await ready(p);
      const { secrets, dataLayer } = await p.evaluate(session);
      const text = JSON.stringify(dataLayer);
      assert.ok(text.includes(secrets.questionIds[0]) && text.includes(secrets.therapy[0]), 'the naive forwarder leaks');
      assert.ok(dataLayer.some((d) => d.event === 'immuno-checklist-change' && 'emergency' in d), 'and the urgency counts');
    },
  },
];

let failed = await runChecks(engines, checks);
server.close();
console.log(failed ? `\nAnalytics: ${failed} failed` : '\nAnalytics: all passed');
process.exitCode = failed ? 1 : 0;
