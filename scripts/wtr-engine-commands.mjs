// Test-runner commands that behave the same in every engine; test/helpers.ts calls them.
//
//   immuno-send-keys     { press } | { type } | { down } | { up }, with the key names of
//                        @web/test-runner-commands ('Tab', 'Space', 'ArrowDown', 'Shift'…)
//   immuno-emulate-media { media?, reducedMotion?, forcedColors? } → true if the engine
//                        emulated it, false if the page must fall back (test/helpers.ts does)
//   immuno-print-pdf     { format? } → { pages }: the text of each page of the page printed to PDF
//                        by the browser's own print path (Chromium: Page.printToPDF; Firefox:
//                        WebDriver BiDi browsingContext.print; WebKit: WebDriver "Print Page"),
//                        read with pdf.js; pages is null when the engine cannot print (WebKitGTK's
//                        driver has no Print Page). IMMUNO_PDF_OUT=file.pdf keeps the last PDF.
//
// Why not the stock commands: Firefox rejects the key name 'Space'; WebDriver has no
// `down`/`up` and drops a repeated letter when a word is typed in one go; media emulation
// exists only over the DevTools protocol (Chromium).

/** W3C WebDriver key codes for the named keys (WebDriver spec, "keyboard actions"). */
const webdriverKeys = {
  Backspace: '\uE003',
  Tab: '\uE004',
  Enter: '\uE007',
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Escape: '\uE00C',
  Space: '\uE00D',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
  End: '\uE010',
  Home: '\uE011',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Delete: '\uE017',
  Meta: '\uE03D',
};

const wdKey = (name) => {
  if (name in webdriverKeys) return webdriverKeys[name];
  if ([...name].length === 1) return name;
  throw new Error(`immuno-send-keys: unknown key name "${name}"`);
};

// Puppeteer's key names, except the one Firefox (WebDriver BiDi) rejects.
const puppeteerKey = (name) => (name === 'Space' ? ' ' : name);

/** Keys held with { down } in WebDriver sessions, replayed around each press (see below). */
const held = new Map();

async function webdriverKeysCommand(session, payload) {
  const driver = session.browser.driver;
  const keys = held.get(session.id) ?? [];
  held.set(session.id, keys);
  const actions = [];
  const tap = (k) => actions.push({ type: 'keyDown', value: k }, { type: 'keyUp', value: k });
  if ('down' in payload) {
    // WebDriver input state does not reliably survive between action chains in WebKitWebDriver;
    // hold the key down inside each following press instead.
    keys.push(wdKey(payload.down));
    return true;
  }
  if ('up' in payload) {
    const i = keys.lastIndexOf(wdKey(payload.up));
    if (i >= 0) keys.splice(i, 1);
    return true;
  }
  for (const k of keys) actions.push({ type: 'keyDown', value: k });
  if ('press' in payload) tap(wdKey(payload.press));
  else {
    // One character at a time with a short pause: typed at once, WebKit drops a repeated letter.
    for (const ch of payload.type) {
      tap(ch);
      actions.push({ type: 'pause', duration: 15 });
    }
  }
  for (const k of [...keys].reverse()) actions.push({ type: 'keyUp', value: k });
  await driver.performActions([{ type: 'key', id: 'immuno-keyboard', actions }]);
  await driver.releaseActions();
  return true;
}

async function puppeteerKeysCommand(session, payload) {
  const { keyboard } = session.browser.getPage(session.id);
  if ('press' in payload) await keyboard.press(puppeteerKey(payload.press));
  else if ('down' in payload) await keyboard.down(puppeteerKey(payload.down));
  else if ('up' in payload) await keyboard.up(puppeteerKey(payload.up));
  else await keyboard.type(payload.type);
  return true;
}

/** What each Chromium page emulates now: CDP replaces the whole set on every call. */
const emulated = new Map();

async function puppeteerMedia(session, payload) {
  const page = session.browser.getPage(session.id);
  if (page.browser().protocol !== 'cdp') return false; // Firefox over BiDi: no media emulation
  const state = { ...emulated.get(session.id), ...payload };
  emulated.set(session.id, state);
  const names = { reducedMotion: 'prefers-reduced-motion', forcedColors: 'forced-colors', colorScheme: 'prefers-color-scheme' };
  const features = Object.entries(names)
    .filter(([k]) => state[k])
    .map(([k, name]) => ({ name, value: state[k] }));
  // Puppeteer's own emulateMediaFeatures refuses forced-colors; this is the call it makes.
  await page._client().send('Emulation.setEmulatedMedia', { media: state.media === 'print' ? 'print' : '', features });
  return true;
}

/** The text of each page of a PDF, whitespace collapsed ('' for a blank page). */
async function pdfPages(bytes) {
  if (process.env.IMMUNO_PDF_OUT) (await import('node:fs')).writeFileSync(process.env.IMMUNO_PDF_OUT, bytes);
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0 }).promise;
  const pages = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const { items } = await (await doc.getPage(i)).getTextContent();
    pages.push(items.map((item) => item.str ?? '').join(' ').replace(/\s+/g, ' ').trim());
  }
  await doc.destroy();
  return pages;
}

async function printPdf(session, { format = 'Letter' } = {}) {
  try {
    if (session.browser.type === 'puppeteer') {
      const page = session.browser.getPage(session.id);
      return { pages: await pdfPages(await page.pdf({ format })) };
    }
    if (session.browser.type === 'webdriver') {
      const [width, height] = format === 'A4' ? [21, 29.7] : [21.59, 27.94];
      const base64 = await session.browser.driver.printPage(undefined, undefined, undefined, width, height);
      return { pages: await pdfPages(Buffer.from(base64, 'base64')) };
    }
  } catch (e) {
    console.warn(`immuno-print-pdf: ${session.browser.type} could not print (${e.message.split('\n')[0]})`);
  }
  return { pages: null };
}

export function engineCommandsPlugin() {
  return {
    name: 'immuno-engine-commands',
    async executeCommand({ command, payload, session }) {
      const type = session.browser.type;
      if (command === 'immuno-send-keys') {
        const valid = payload && typeof payload === 'object' && ['press', 'type', 'down', 'up'].filter((k) => k in payload).length === 1;
        if (!valid) throw new Error('immuno-send-keys takes exactly one of press, type, down, up');
        if (type === 'puppeteer') return puppeteerKeysCommand(session, payload);
        if (type === 'webdriver') return webdriverKeysCommand(session, payload);
        throw new Error(`immuno-send-keys: unsupported browser type ${type}`);
      }
      if (command === 'immuno-print-pdf') return printPdf(session, payload ?? {});
      if (command === 'immuno-emulate-media') {
        if (type === 'puppeteer') return puppeteerMedia(session, payload ?? {});
        return false;
      }
      return undefined;
    },
  };
}
