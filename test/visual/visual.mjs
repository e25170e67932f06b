// Visual regression: the key stories of the built Storybook, shot in Chromium at 390 and 1000 px and compared
// with the committed baselines in test/visual/__baselines__/ (pixelmatch). See docs/visual-regression.md.
//   npm run test:visual                       compare (builds storybook-static if it is missing)
//   npm run test:visual -- --update           write every baseline again, after an intended change
//   npm run test:visual -- --update faq       only the cases whose name contains "faq"
//   npm run test:visual -- faq                compare only those
// On a difference it writes <case>.actual.png and <case>.diff.png (changed pixels in red) to
// test/visual/__results__/ (git-ignored) and names the story.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const baselines = here('./__baselines__/');
const results = here('./__results__/');

/**
 * What a designer reviews: each widget's default, its key states (reached by the stories' `play` functions),
 * a dark page, right to left and a narrow column. `story` is its id, or ids tried in order (the first that the
 * built Storybook has is shot, so a renamed story can keep its baseline for a while).
 * `globals` are Storybook toolbar globals (`theme:dark;dir:rtl`).
 * `widths` default to both. A shot is the top of the page, at most `maxHeight` px (a full checklist at 390 px is
 * 6000 px tall; the baselines stay small enough for git).
 */
export const cases = [
  { name: 'faq-default', story: 'faq-options--default' },
  { name: 'faq-open-question', story: 'faq-states--open-question' },
  { name: 'faq-searched', story: 'faq-states--searched' },
  { name: 'faq-rtl', story: 'faq-accessibility--right-to-left' },
  { name: 'how-it-works-default', story: 'how-it-works-options--default' },
  { name: 'how-it-works-step-5', story: 'how-it-works-states--step-5' },
  { name: 'how-it-works-rtl-narrow', story: 'how-it-works-accessibility--right-to-left-narrow', widths: [1000] },
  { name: 'checklist-default', story: 'side-effect-checklist-options--default' },
  { name: 'checklist-emergency', story: 'side-effect-checklist-states--emergency' },
  { name: 'checklist-combination-rule', story: 'side-effect-checklist-states--combination-rule' },
  { name: 'checklist-rtl', story: 'side-effect-checklist-accessibility--right-to-left', widths: [390] },
  { name: 'explorer-default', story: 'therapy-explorer-options--default' },
  { name: 'explorer-filtered', story: 'therapy-explorer-states--filtered' },
  { name: 'explorer-type-chosen', story: 'therapy-explorer-states--type-chosen', widths: [390] },
  { name: 'explorer-narrow', story: 'therapy-explorer-accessibility--narrow', widths: [1000] },
  { name: 'explorer-themed', story: 'therapy-explorer-options--themed' },
  { name: 'dark-page', story: 'host-pages--dark-page' },
  { name: 'arabic-rtl', story: 'host-pages--arabic-page' },
];
export const widths = [390, 1000];
export const maxHeight = 2400;

/**
 * pixelmatch's per-pixel colour threshold (0–1, in its perceptual YIQ distance) and the share of differing pixels
 * a shot may have. Anti-aliased pixels are not counted (pixelmatch tells them apart from real edges), and 0.1 % of
 * the shot more absorbs a font rasteriser's sub-pixel shifts. pixelmatch's default threshold, 0.1, lets a
 * changed brand colour through (#0a58a8 → #1d4ed8 is 0.06), so the threshold is 0.03: about 3 units of
 * lightness, far below any token a designer would change, above rounding in a colour conversion.
 */
export const tolerance = { threshold: 0.03, maxDiffRatio: 0.001 };

/** Compares two PNGs; `diff` gets the changed pixels in red. */
export function compare(expected, actual) {
  if (expected.width !== actual.width || expected.height !== actual.height)
    return { ok: false, why: `size ${actual.width}×${actual.height} px, baseline ${expected.width}×${expected.height} px` };
  const diff = new PNG({ width: expected.width, height: expected.height });
  const pixels = pixelmatch(expected.data, actual.data, diff.data, expected.width, expected.height, { threshold: tolerance.threshold });
  const ratio = pixels / (expected.width * expected.height);
  return { ok: ratio <= tolerance.maxDiffRatio, pixels, ratio, diff, why: `${pixels} pixels differ (${(ratio * 100).toFixed(3)} %, allowed ${tolerance.maxDiffRatio * 100} %)` };
}

/** Waits for the story to finish (its `play` included), its fonts, and every element's Lit update; then freezes motion and the caret. */
async function settle(page) {
  await page.waitForFunction(() => (window.__visual ?? []).length > 0, null, { timeout: 60000 });
  const [event] = await page.evaluate(() => window.__visual);
  if (event.type !== 'storyFinished' || event.status === 'error') throw new Error(`the story did not render (${event.type} ${event.status ?? ''})`);
  await page.evaluate(async () => {
    const all = [];
    const walk = (root) => {
      for (const el of root.querySelectorAll('*')) {
        all.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    for (let round = 0; round < 3; round++) {
      all.length = 0;
      walk(document);
      await Promise.all(all.map((el) => el.updateComplete).filter(Boolean));
    }
    // Inside each shadow root too: no transition, animation or blinking caret.
    const still = new CSSStyleSheet();
    still.replaceSync('*, *::before, *::after { transition: none !important; animation: none !important; caret-color: transparent !important; }');
    for (const el of all) if (el.shadowRoot && !el.shadowRoot.adoptedStyleSheets.includes(still)) el.shadowRoot.adoptedStyleSheets = [...el.shadowRoot.adoptedStyleSheets, still];
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, still];
    await document.fonts.ready;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const update = args.includes('--update');
  const only = args.filter((a) => !a.startsWith('--'));
  const chosen = cases.filter((c) => !only.length || only.some((o) => c.name.includes(o)));
  if (!chosen.length) {
    console.error(`No case matches ${only.join(', ')}. Cases: ${cases.map((c) => c.name).join(', ')}`);
    process.exit(1);
  }
  const fontsConf = here('./fonts.conf');
  const fonts = ['/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf', '/usr/share/fonts/truetype/noto/NotoSansMono-Regular.ttf'];
  if (!fonts.every(existsSync) && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log('Installing Debian\'s Noto fonts for the visual test (fonts-noto-core fonts-noto-mono)…');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-noto-core fonts-noto-mono', { stdio: 'inherit' });
  }
  if (!fonts.every(existsSync)) {
    console.error('The visual test renders with Debian\'s Noto fonts only. Install them: sudo apt-get install -y fonts-noto-core fonts-noto-mono');
    process.exit(1);
  }
  // IMMUNO_STORYBOOK_STATIC: another built Storybook to shoot (default storybook-static/, built when missing).
  const root = process.env.IMMUNO_STORYBOOK_STATIC ?? 'storybook-static';
  if (!existsSync(`${root}/index.json`)) execSync('npm run build-storybook --silent', { stdio: 'inherit' });
  const index = JSON.parse(readFileSync(`${root}/index.json`, 'utf8'));
  for (const c of chosen) c.id = [c.story].flat().find((id) => index.entries[id]);
  const missing = chosen.filter((c) => !c.id);
  if (missing.length) {
    console.error(`Stories not in ${root}/index.json (renamed? update the cases in test/visual/visual.mjs):\n  ${missing.map((c) => `${c.name}: ${[c.story].flat().join(' or ')}`).join('\n  ')}`);
    process.exit(1);
  }

  // Chromium reads only test/visual/fonts.conf (Noto); its own cache dir keeps the machine's cache untouched.
  process.env.FONTCONFIG_FILE = fontsConf;
  process.env.XDG_CACHE_HOME ??= here('../../.tmp/visual-cache');
  const { chromium } = await import('playwright-core');
  const { chromeArgs, findChrome } = await import('../../scripts/chrome.mjs');
  const { serve } = await import('../../scripts/serve.mjs');
  const { guardRequests } = await import('../../scripts/storybook-offline.mjs');
  const { server, url } = await serve({ root });
  const browser = await chromium.launch({
    executablePath: findChrome(),
    headless: true,
    // One colour profile and no LCD text, so every machine draws the same pixels.
    args: [...chromeArgs, '--force-color-profile=srgb', '--disable-lcd-text', '--font-render-hinting=none', '--hide-scrollbars'],
  });
  rmSync(results, { recursive: true, force: true });
  mkdirSync(baselines, { recursive: true });
  const failures = [];
  const shots = chosen.flatMap((c) => (c.widths ?? widths).map((w) => ({ ...c, width: w, file: `${c.name}-${w}.png` })));
  let next = 0;
  const worker = async () => {
    const context = await browser.newContext({ deviceScaleFactor: 1, reducedMotion: 'reduce', colorScheme: 'light', locale: 'en-US', timezoneId: 'UTC' });
    await guardRequests(context, url);
    await context.addInitScript(() => {
      // Storybook's own "story finished" signal, which comes after the story's play function.
      Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
        configurable: true,
        get: () => undefined,
        set(channel) {
          const emit = channel.emit.bind(channel);
          channel.emit = (type, ...a) => {
            if (['storyFinished', 'storyErrored', 'storyThrewException', 'playFunctionThrewException', 'storyMissing'].includes(type))
              (window.__visual ??= []).push({ type, status: a[0]?.status });
            return emit(type, ...a);
          };
          Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', { value: channel, writable: true, configurable: true });
        },
      });
    });
    const page = await context.newPage();
    while (next < shots.length) {
      const s = shots[next++];
      const where = `${s.file} (story ${s.id}${s.globals ? `, globals ${s.globals}` : ''}, ${s.width} px)`;
      try {
        await page.setViewportSize({ width: s.width, height: 900 });
        await page.goto(`${url}/iframe.html?id=${s.id}&viewMode=story${s.globals ? `&globals=${s.globals}` : ''}`);
        await settle(page);
        const height = Math.min(s.maxHeight ?? maxHeight, await page.evaluate(() => document.documentElement.scrollHeight));
        const shot = { fullPage: true, clip: { x: 0, y: 0, width: s.width, height: Math.max(height, 900) }, animations: 'disabled', caret: 'hide', scale: 'css' };
        const png = PNG.sync.read(await page.screenshot(shot));
        const base = `${baselines}${s.file}`;
        if (update) {
          writeFileSync(base, PNG.sync.write(png, { colorType: 2, deflateLevel: 9 }));
          process.stdout.write('u');
          continue;
        }
        if (!existsSync(base)) {
          failures.push(`${where}: no baseline (run npm run test:visual -- --update ${s.name})`);
          mkdirSync(results, { recursive: true });
          writeFileSync(`${results}${s.name}-${s.width}.actual.png`, PNG.sync.write(png));
          continue;
        }
        const r = compare(PNG.sync.read(readFileSync(base)), png);
        if (r.ok) {
          process.stdout.write('.');
          continue;
        }
        mkdirSync(results, { recursive: true });
        writeFileSync(`${results}${s.name}-${s.width}.actual.png`, PNG.sync.write(png));
        if (r.diff) writeFileSync(`${results}${s.name}-${s.width}.diff.png`, PNG.sync.write(r.diff));
        failures.push(`${where}: ${r.why}`);
        process.stdout.write('F');
      } catch (e) {
        failures.push(`${where}: ${e.message.split('\n')[0]}`);
        process.stdout.write('E');
      }
    }
    await context.close();
  };
  await Promise.all([worker(), worker()]);
  await browser.close();
  server.close();
  console.log();
  if (update) console.log(`${shots.length} baselines written to test/visual/__baselines__/: look at them before you commit.`);
  else console.log(`${shots.length - failures.length}/${shots.length} shots match their baselines`);
  if (failures.length) {
    console.error(`\n${failures.join('\n')}\n\nActual and diff images: test/visual/__results__/. After an intended change: npm run test:visual -- --update <case>`);
    process.exit(1);
  }
}
