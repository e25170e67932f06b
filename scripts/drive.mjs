// One small page API over the three engines, for the bundle checks and the screenshots:
// puppeteer-core drives Chromium (DevTools protocol) and Firefox (WebDriver BiDi),
// webdriverio drives WebKitGTK's MiniBrowser (classic WebDriver).
//
//   const browser = await openBrowser('firefox');
//   const page = await browser.newPage({ width: 390, height: 900 });
//   await page.goto(url); await page.waitFor(() => …); await page.evaluate(fn, arg); await page.press('Tab');
//   await page.screenshot(path, { fullPage: true }); await page.close(); await browser.close();
//
// Everything a check needs to know about the page (errors, warnings, requests) is read
// from the page itself or from the server, the same way in every engine.
import { writeFileSync } from 'node:fs';
import { engineLabel, puppeteerLaunchOptions, startWebKitDriver, webkitCapabilities } from './browsers.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function waitFor(evaluate, fn, arg, timeout, what) {
  const end = Date.now() + timeout;
  for (;;) {
    if (await evaluate(fn, arg)) return;
    if (Date.now() > end) throw new Error(`timed out after ${timeout / 1000} s waiting for ${what ?? fn.toString().slice(0, 120)}`);
    await sleep(50);
  }
}

async function openPuppeteer(engine) {
  const puppeteer = await import('puppeteer-core');
  const browser = await puppeteer.launch(puppeteerLaunchOptions(engine));
  return {
    engine,
    label: engineLabel[engine],
    /** The DevTools protocol, where the engine has it (Chromium): CPU throttling, layout-shift entries. */
    cdp: engine === 'chromium',
    async newPage({ width = 1280, height = 900 } = {}) {
      const context = await browser.createBrowserContext();
      const p = await context.newPage();
      await p.setViewport({ width, height });
      const evaluate = (fn, arg) => p.evaluate(fn, arg);
      return {
        raw: p,
        goto: (url) => p.goto(url, { waitUntil: 'load' }),
        evaluate,
        waitFor: (fn, arg, { timeout = 15000, what } = {}) => waitFor(evaluate, fn, arg, timeout, what),
        setViewport: (w, h) => p.setViewport({ width: w, height: h }),
        /** A real key press (`'Tab'`, `'Enter'`), as the engine's input pipeline delivers it. */
        press: (key) => p.keyboard.press(key),
        async screenshot(path, { fullPage = false } = {}) {
          writeFileSync(path, await p.screenshot({ fullPage, type: 'png' }));
        },
        close: () => context.close(),
      };
    },
    close: () => browser.close(),
  };
}

async function openWebKit() {
  const { remote } = await import('webdriverio');
  // No window manager: then the window takes any size asked for (focus is not needed here).
  const services = await startWebKitDriver({ windowManager: false });
  let driver;
  try {
    const capabilities = webkitCapabilities();
    // Full screen hides MiniBrowser's toolbar, so the window size is the viewport size.
    capabilities['webkitgtk:browserOptions'].args.push('--full-screen');
    driver = await remote({ hostname: services.hostname, port: services.port, logLevel: 'silent', capabilities });
  } catch (e) {
    await services.stop();
    throw e;
  }
  const evaluate = (fn, arg) => driver.execute(fn, arg);
  // The window takes its new size some time after setWindowSize returns (on a loaded machine, after the next read:
  // a clean-clone CI once read the previous page's 412 px, "corrected" to 2 × 1280 − 412 and got 2,148 px), so each
  // resize waits, up to 3 s, until the viewport is the size asked for or at least no longer the size it was.
  const size = () => driver.execute(() => [innerWidth, innerHeight]);
  const resize = async (winWidth, winHeight, width, height) => {
    const before = await size();
    await driver.setWindowSize(winWidth, winHeight);
    let got = before;
    for (let t = 0; t < 30; t++) {
      got = await size();
      if ((got[0] === width && got[1] === height) || got[0] !== before[0] || got[1] !== before[1]) break;
      await sleep(100);
    }
    return got;
  };
  const setViewport = async (width, height) => {
    const [w, h] = await resize(width, height, width, height);
    if (w === width && h === height) return;
    // A window frame: ask for the window that many pixels larger.
    const [w2] = await resize(2 * width - w, 2 * height - h, width, height);
    if (w2 !== width) throw new Error(`WebKit: asked for a ${width} px wide viewport, got ${w2} px (MiniBrowser's window has a minimum width)`);
  };
  let busy = false;
  return {
    engine: 'webkit',
    label: engineLabel.webkit,
    cdp: false,
    async newPage({ width = 1280, height = 900 } = {}) {
      // One WebDriver session, one window: pages take turns.
      if (busy) throw new Error('WebKit: one page at a time');
      busy = true;
      await driver.navigateTo('about:blank');
      await setViewport(width, height);
      return {
        raw: driver,
        goto: (url) => driver.navigateTo(url),
        evaluate,
        waitFor: (fn, arg, { timeout = 15000, what } = {}) => waitFor(evaluate, fn, arg, timeout, what),
        setViewport,
        press: (key) => driver.keys([key]),
        async screenshot(path, { fullPage = false } = {}) {
          // WebDriver shoots the viewport: for the whole page, make the window as tall as the page.
          if (fullPage) {
            const [w, h] = await driver.execute(() => [innerWidth, document.documentElement.scrollHeight]);
            await setViewport(w, h);
            await sleep(300);
          }
          writeFileSync(path, Buffer.from(await driver.takeScreenshot(), 'base64'));
        },
        async close() {
          // The next page shares this window's storage: leave none behind.
          await driver
            .execute(() => {
              localStorage.clear();
              sessionStorage.clear();
            })
            .catch(() => {});
          await driver.navigateTo('about:blank');
          busy = false;
        },
      };
    },
    async close() {
      try {
        await driver.deleteSession();
      } finally {
        await services.stop();
      }
    },
  };
}

/** Opens an engine: 'chromium', 'firefox' or 'webkit'. */
export function openBrowser(engine) {
  return engine === 'webkit' ? openWebKit() : openPuppeteer(engine);
}
