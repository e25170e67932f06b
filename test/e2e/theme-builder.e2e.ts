// The theme builder story and the toolbar themes, in the built Storybook (storybook-static; run after
// `npm run build-storybook`, as `npm run test:stories` does): `tsx test/e2e/theme-builder.e2e.ts`.
//
// 1. Tokens: every toolbar theme (.storybook/themes.ts, and the dark theme read from docs/theming.md) meets
//    WCAG 2.2 AA for every pair the widgets draw, by the same check the builder uses; and the check fails a
//    pair that fails (so it is not vacuous).
// 2. In Chromium: a failing text colour shows a warning beside the Text control, and a passing one takes it
//    away; the same for the focus ring at 3:1; the widgets take the picked colours live; "Copy CSS" puts the
//    CSS on the clipboard, the same text as the box shows, and that CSS, pasted into another page, themes a
//    widget there; when the browser refuses to copy, the message says so and the CSS stays in the box.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { chromium, type Page } from 'playwright-core';
import { brandHarbour, brandRowan, highContrast, tokensFromCss } from '../../.storybook/themes.js';
import { check } from '../../stories/theme-builder/theme.js';
// @ts-expect-error: plain JS helpers without types
import { chromeArgs, findChrome } from '../../scripts/chrome.mjs';
// @ts-expect-error: plain JS helpers without types
import { serve } from '../../scripts/serve.mjs';

let failed = 0;
async function it(name: string, fn: () => Promise<void> | void) {
  try {
    await fn();
    console.log(`  ok   ${name}`);
  } catch (e) {
    failed++;
    console.log(`  FAIL ${name}\n       ${(e as Error).message.split('\n').join('\n       ')}`);
  }
}

console.log('theme builder and toolbar themes');

const dark = tokensFromCss(readFileSync('docs/theming.md', 'utf8').match(/```css\n([\s\S]*?)```/)![1]);
for (const [name, tokens] of Object.entries({ dark, 'high-contrast': highContrast, 'brand-harbour': brandHarbour, 'brand-rowan': brandRowan }))
  await it(`toolbar theme ${name} meets WCAG 2.2 AA in every pair the widgets draw`, () => {
    assert.ok(Object.keys(tokens).length >= 10, `${name}: too few tokens read`);
    const fails = check(tokens).filter((r) => !r.pass);
    assert.deepEqual(fails.map((f) => `${f.what} ${f.ratio.toFixed(2)}:1`), []);
  });
await it('the check fails a pair that fails (grey #777 text on white is 4.48:1)', () => {
  const r = check({ '--immuno-color-text': '#777777' }).find((p) => p.what === 'text on surface')!;
  assert.equal(r.pass, false);
  assert.ok(Math.abs(r.ratio - 4.48) < 0.01, String(r.ratio));
});

const { server, url } = await serve({ root: 'storybook-static' });
const browser = await chromium.launch({ executablePath: findChrome(), args: chromeArgs, headless: true });
const story = `${url}/iframe.html?id=theme-builder--theme-builder&viewMode=story`;

async function open(page: Page, address = story) {
  await page.goto(address);
  await page.locator('immuno-sb-theme-builder #summary').waitFor();
}
const warningsOf = (page: Page, key: string) => page.locator(`immuno-sb-theme-builder #${key}-warnings`).innerText();
/** Waits (up to 5 s) for the copy message to contain `text`; fails with what it says instead. */
async function copyMessage(page: Page, text: string) {
  const status = page.locator('immuno-sb-theme-builder #copy-status');
  for (let i = 0; i < 50 && !(await status.innerText()).includes(text); i++) await page.waitForTimeout(100);
  assert.match(await status.innerText(), new RegExp(text));
}
const summary = (page: Page) => page.locator('immuno-sb-theme-builder #summary').innerText();

try {
  const context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: url });
  const page = await context.newPage();
  await open(page);

  await it('starts with the default colours, every pair passing', async () => {
    assert.match(await summary(page), /Every colour pair meets WCAG 2\.2 AA/);
    assert.equal(await warningsOf(page, 'text'), '');
  });

  await it('a failing text colour is named beside the Text control, and the summary counts it', async () => {
    await page.getByLabel('Text', { exact: true }).fill('#9a9a9a');
    const text = await warningsOf(page, 'text');
    assert.match(text, /Fails WCAG AA: text on surface, 2\.\d\d:1 \(needs 4\.5:1\)/);
    assert.match(await summary(page), /\d+ colour pairs? fails? WCAG 2\.2 AA/);
    assert.equal(await warningsOf(page, 'focus'), '', 'the focus control has nothing to do with it');
    // The warning is the input's description, so a screen reader hears it with the control.
    const described = await page.getByLabel('Text', { exact: true }).getAttribute('aria-describedby');
    assert.ok(described?.split(' ').includes('text-warnings'), String(described));
  });

  await it('a passing text colour takes the warning away', async () => {
    await page.getByLabel('Text', { exact: true }).fill('#10243a');
    assert.equal(await warningsOf(page, 'text'), '');
    assert.match(await summary(page), /Every colour pair meets/);
  });

  await it('a focus ring under 3:1 on the surface is warned, and one above is not', async () => {
    await page.getByLabel('Focus ring').fill('#bbbbbb');
    assert.match(await warningsOf(page, 'focus'), /focus ring on surface, 1\.\d\d:1 \(needs 3:1\)/);
    await page.getByLabel('Focus ring').fill('#a4005b');
    assert.equal(await warningsOf(page, 'focus'), '');
  });

  await it('the widgets take the picked colours and font live', async () => {
    await page.getByLabel('Primary (accent)').fill('#00666b');
    await page.getByLabel('Font').selectOption({ label: 'Georgia (serif)' });
    const seen = await page.evaluate(() => {
      const el = document.querySelector('immuno-sb-theme-builder')!.shadowRoot!.querySelector('immuno-faq')!;
      const s = getComputedStyle(el);
      return { color: s.color, font: s.fontFamily };
    });
    assert.equal(seen.color, 'rgb(16, 36, 58)');
    assert.match(seen.font, /^Georgia/);
  });

  let copied = '';
  await it('"Copy CSS" copies the CSS the box shows, and says so', async () => {
    await page.getByRole('button', { name: 'Copy CSS' }).click();
    await copyMessage(page, 'CSS copied to the clipboard');
    copied = await page.evaluate(() => navigator.clipboard.readText());
    const shown = await page.getByLabel('Your theme\u2019s CSS').inputValue();
    assert.equal(copied, shown);
    assert.match(copied, /--immuno-color-text: #10243a;/);
    assert.match(copied, /--immuno-color-accent: #00666b;/);
    assert.match(copied, /--immuno-font-family: Georgia/);
  });

  await it('the copied CSS, pasted into another page, themes a widget there', async () => {
    const other = await context.newPage();
    await other.goto(`${url}/iframe.html?id=${firstFaqStory()}&viewMode=story`);
    const faq = other.locator('immuno-faq').first();
    await faq.waitFor();
    const before = await faq.evaluate((el) => getComputedStyle(el).color);
    await other.addStyleTag({ content: copied });
    const after = await faq.evaluate((el) => ({ color: getComputedStyle(el).color, font: getComputedStyle(el).fontFamily }));
    assert.notEqual(before, after.color);
    assert.equal(after.color, 'rgb(16, 36, 58)');
    assert.match(after.font, /^Georgia/);
    await other.close();
  });

  await it('when the browser refuses to copy, the message says so and the CSS is still in the box', async () => {
    const refused = await browser.newContext();
    // A string, not a function: tsx would wrap a function's inner arrows in a helper the page does not have.
    await refused.addInitScript(
      `Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) } });`,
    );
    const p = await refused.newPage();
    await open(p);
    await p.getByRole('button', { name: 'Copy CSS' }).click();
    await copyMessage(p, 'did not let the page copy');
    assert.match(await p.getByLabel('Your theme\u2019s CSS').inputValue(), /^\/\* immuno-widgets theme[\s\S]*:root \{/);
    await refused.close();
  });
} finally {
  await browser.close();
  server.close();
}

/** A story with a single FAQ and nothing else set, found by its component (titles change as stories regroup). */
function firstFaqStory(): string {
  const index = JSON.parse(readFileSync('storybook-static/index.json', 'utf8')) as { entries: Record<string, { id: string; type: string; title: string; name: string }> };
  const faq = Object.values(index.entries).filter((e) => e.type === 'story' && /^(Widgets\/)?FAQ\b/.test(e.title));
  return (faq.find((e) => /^(Default|Playground)$/.test(e.name)) ?? faq[0]).id;
}

if (failed) {
  console.log(`${failed} failed`);
  process.exit(1);
}
console.log('all passed');
