// Renders every story of the built Storybook in headless Chromium and fails on
// a render error, an uncaught exception or an accessibility violation (the a11y
// addon runs axe on each story with WCAG 2.0–2.2 A/AA rules and best practices
// (.storybook/preview.ts); `parameters.a11y.test = 'error'` makes it count), or on
// a request outside the local server (scripts/storybook-offline.mjs checks the
// manager and docs pages the same way).
//
// Each story also runs under the toolbar globals (.storybook/globals.ts), passed
// in the URL as a person's link would (`&globals=theme:dark;dir:rtl;width:280`).
// Every run checks that the page really took its globals (the theme attribute,
// the wrapper's lang, dir and width), so a renamed global cannot pass unseen.
// The combinations are chosen, not multiplied out, to keep `npm run test:stories`
// under about 6 minutes on 2 cores (about 1.3 s a run on an idle machine, about
// 225 runs); `--all-combinations` runs the full matrix (about 12 runs a story):
//
// 1. every story as written (no globals);
// 2. every story right to left at 280 px, in one of the four non-default themes
//    (round robin): mirroring and the narrowest column together, as a phone in
//    Arabic is;
// 3. every story with a play function (the states: search marks, a chosen
//    therapy, urgency levels and call buttons, an open answer) once more, in the
//    next theme of the round, so each theme is rendered in half of the states;
//    that every theme meets every colour pair the widgets draw is proven on the
//    tokens themselves by test/e2e/theme-builder.e2e.ts, for all pairs at once;
// 4. the first story of each title without a play function (where the text is
//    the widget's own, not a state reached by clicking English words) in each
//    language: es, hi and the Arabic sample; and once with forced colours and
//    reduced motion, emulated by Chromium itself (page.emulateMedia), which a
//    page's script cannot do.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromeArgs, findChrome } from './chrome.mjs';
import { serve } from './serve.mjs';
import { guardRequests } from './storybook-offline.mjs';

const themes = ['dark', 'high-contrast', 'brand-harbour', 'brand-rowan'];
const locales = ['es', 'hi', 'ar'];
const all = process.argv.includes('--all-combinations');

const index = JSON.parse(readFileSync('storybook-static/index.json', 'utf8'));
const stories = Object.values(index.entries).filter((e) => e.type === 'story');
const hasPlay = (s) => (s.tags ?? []).includes('play-fn');

/** `{ story, globals }` runs; `globals` is the URL's `globals=` value (empty for none). */
function combinations() {
  const runs = stories.map((story) => ({ story, globals: '' }));
  if (all) {
    for (const story of stories) {
      for (const theme of themes) runs.push({ story, globals: `theme:${theme}` });
      runs.push({ story, globals: 'dir:rtl;width:280' });
      for (const width of [400, 720, 1100]) runs.push({ story, globals: `width:${width}` });
      for (const locale of locales) runs.push({ story, globals: `locale:${locale}` });
      runs.push({ story, globals: 'forcedColors:active;reducedMotion:reduce' });
    }
    return runs;
  }
  stories.forEach((story, i) => {
    const theme = themes[i % themes.length];
    runs.push({ story, globals: `theme:${theme};dir:rtl;width:280` });
    if (hasPlay(story)) runs.push({ story, globals: `theme:${themes[(i + 1) % themes.length]}` });
  });
  const firstPerTitle = new Map();
  for (const s of stories) if (!hasPlay(s) && !firstPerTitle.has(s.title)) firstPerTitle.set(s.title, s);
  for (const story of firstPerTitle.values()) {
    for (const locale of locales) runs.push({ story, globals: `locale:${locale}` });
    runs.push({ story, globals: 'forcedColors:active;reducedMotion:reduce' });
  }
  return runs;
}

// SMOKE_ONLY=<regular expression> keeps the runs whose story id and globals match (to look into one failure).
const only = process.env.SMOKE_ONLY ? new RegExp(process.env.SMOKE_ONLY) : undefined;
const runs = combinations().filter((r) => !only || only.test(`${r.story.id} [${r.globals}]`));
const started = Date.now();
const { server, url } = await serve({ root: 'storybook-static' });
const browser = await chromium.launch({ executablePath: findChrome(), args: chromeArgs, headless: true });
const context = await browser.newContext();
const outside = await guardRequests(context, url);

// Listen to Storybook's own channel from the first moment the preview creates it.
await context.addInitScript(() => {
  const watched = ['storyFinished', 'storyErrored', 'storyThrewException', 'storyMissing', 'playFunctionThrewException'];
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => undefined,
    set(channel) {
      const emit = channel.emit.bind(channel);
      channel.emit = (type, ...args) => {
        if (watched.includes(type)) (window.__smoke ??= []).push({ type, payload: JSON.parse(JSON.stringify(args[0] ?? null)) });
        return emit(type, ...args);
      };
      Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', { value: channel, writable: true, configurable: true });
    },
  });
});

/** What the page shows of its globals, to compare with what the URL asked for. */
function applied() {
  const wrapper = document.querySelector('.immuno-sb-page');
  return {
    theme: document.documentElement.dataset.immunoTheme ?? '',
    locale: wrapper?.getAttribute('lang') ?? '',
    dir: wrapper?.getAttribute('dir') ?? '',
    width: wrapper ? String(Math.round(wrapper.getBoundingClientRect().width)) : '',
    forcedColors: matchMedia('(forced-colors: active)').matches ? 'active' : '',
    reducedMotion: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'reduce' : '',
  };
}

const failures = [];
const workers = Number(process.env.SMOKE_WORKERS ?? 2);
let next = 0;
async function worker() {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  while (next < runs.length) {
    const { story, globals } = runs[next++];
    const name = globals ? `${story.id} [${globals}]` : story.id;
    const wanted = Object.fromEntries(globals ? globals.split(';').map((g) => g.split(':')) : []);
    errors.length = 0;
    // Forced colours and reduced motion are the browser's own, emulated here; the toolbar can only approximate them.
    await page.emulateMedia({ forcedColors: wanted.forcedColors === 'active' ? 'active' : 'none', reducedMotion: wanted.reducedMotion === 'reduce' ? 'reduce' : 'no-preference' });
    await page.goto(`${url}/iframe.html?id=${story.id}&viewMode=story${globals ? `&globals=${globals}` : ''}`);
    let events;
    try {
      await page.waitForFunction(() => (window.__smoke ?? []).some((e) => e.type !== 'storyFinished' || e.payload?.status), null, { timeout: 30000 });
      await page.waitForFunction(() => (window.__smoke ?? []).some((e) => e.type !== 'storyFinished' || (e.payload?.reporters ?? []).some((r) => r.type === 'a11y')) , null, { timeout: 30000 }).catch(() => {});
      events = await page.evaluate(() => window.__smoke);
    } catch {
      failures.push(`${name}: never finished rendering`);
      continue;
    }
    const problems = [...errors];
    const got = await page.evaluate(applied);
    for (const [key, value] of Object.entries(wanted)) if (got[key] !== value) problems.push(`global ${key}:${value} not applied (the page shows "${got[key]}")`);
    for (const e of events) {
      if (e.type !== 'storyFinished') problems.push(`${e.type}: ${JSON.stringify(e.payload).slice(0, 300)}`);
      else {
        if (e.payload.status === 'error') problems.push('story finished with an error');
        for (const r of e.payload.reporters ?? []) {
          const violations = r.result?.violations ?? [];
          for (const v of violations)
            problems.push(`a11y ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')}); first: ${v.nodes[0]?.any?.[0]?.message ?? ''}`);
          if (r.status === 'failed' && !violations.length) problems.push(`${r.type} reporter failed`);
        }
      }
    }
    if (problems.length) failures.push(`${name}:\n    ${problems.join('\n    ')}`);
    else process.stdout.write('.');
  }
  await page.close();
}
await Promise.all(Array.from({ length: workers }, worker));
await browser.close();
server.close();
for (const o of outside) failures.push(`${o.page ? new URL(o.page).searchParams.get('id') : 'a story'}: request outside the host: ${o.url}`);
const seconds = Math.round((Date.now() - started) / 1000);
console.log(`\n${runs.length - failures.length}/${runs.length} runs (${stories.length} stories, with toolbar globals) without errors or a11y violations in ${seconds} s`);
if (failures.length) {
  console.error(failures.join('\n'));
  process.exit(1);
}
