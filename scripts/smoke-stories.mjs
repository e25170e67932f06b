// Renders every story of the built Storybook in headless Chromium and fails on
// a render error, an uncaught exception or an accessibility violation (the a11y
// addon runs axe on each story; `parameters.a11y.test = 'error'` makes it count), or on a request outside
// the local server (scripts/storybook-offline.mjs checks the manager and docs pages the same way).
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromeArgs, findChrome } from './chrome.mjs';
import { serve } from './serve.mjs';
import { guardRequests } from './storybook-offline.mjs';

const index = JSON.parse(readFileSync('storybook-static/index.json', 'utf8'));
const stories = Object.values(index.entries).filter((e) => e.type === 'story');
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

const failures = [];
const workers = 2;
let next = 0;
async function worker() {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  while (next < stories.length) {
    const story = stories[next++];
    errors.length = 0;
    await page.goto(`${url}/iframe.html?id=${story.id}&viewMode=story`);
    let events;
    try {
      await page.waitForFunction(() => (window.__smoke ?? []).some((e) => e.type !== 'storyFinished' || e.payload?.status), null, { timeout: 30000 });
      await page.waitForFunction(() => (window.__smoke ?? []).some((e) => e.type !== 'storyFinished' || (e.payload?.reporters ?? []).some((r) => r.type === 'a11y')) , null, { timeout: 30000 }).catch(() => {});
      events = await page.evaluate(() => window.__smoke);
    } catch {
      failures.push(`${story.id}: never finished rendering`);
      continue;
    }
    const problems = [...errors];
    for (const e of events) {
      if (e.type !== 'storyFinished') problems.push(`${e.type}: ${JSON.stringify(e.payload).slice(0, 300)}`);
      else {
        if (e.payload.status === 'error') problems.push('story finished with an error');
        for (const r of e.payload.reporters ?? []) {
          const violations = r.result?.violations ?? [];
          for (const v of violations) problems.push(`a11y ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
          if (r.status === 'failed' && !violations.length) problems.push(`${r.type} reporter failed`);
        }
      }
    }
    if (problems.length) failures.push(`${story.id}:\n    ${problems.join('\n    ')}`);
    else process.stdout.write('.');
  }
  await page.close();
}
await Promise.all(Array.from({ length: workers }, worker));
await browser.close();
server.close();
for (const o of outside) failures.push(`${o.page ? new URL(o.page).searchParams.get('id') : 'a story'}: request outside the host: ${o.url}`);
console.log(`\n${stories.length - failures.length}/${stories.length} stories rendered without errors or a11y violations`);
if (failures.length) {
  console.error(failures.join('\n'));
  process.exit(1);
}
