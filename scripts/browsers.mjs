// The three browser engines the tests run in, found on this machine (no tool
// here downloads a browser), and the helper programs WebKit needs.
//
//   chromium  Chromium or Chrome, driven over the DevTools protocol (puppeteer-core, playwright-core)
//   firefox   Firefox (ESR is fine), driven over WebDriver BiDi (puppeteer-core; no geckodriver)
//   webkit    WebKitGTK's MiniBrowser, driven over W3C WebDriver by WebKitWebDriver,
//             in a private Xvfb display with a window manager (without one the window
//             never gets focus, and :focus-visible never shows)
//
// IMMUNO_BROWSERS=chromium,firefox picks engines (default: all three).
// CHROME_PATH, FIREFOX_PATH, MINIBROWSER_PATH override where a browser is looked for.
// `node scripts/browsers.mjs` prints what it finds, or what to install.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

export const engines = ['chromium', 'firefox', 'webkit'];
export const engineLabel = { chromium: 'Chromium', firefox: 'Firefox', webkit: 'WebKit' };

/** Debian packages that bring each engine (and, for WebKit, its driver and display). */
export const debianPackages = {
  chromium: ['chromium'],
  firefox: ['firefox-esr'],
  webkit: ['webkit2gtk-driver', 'xvfb', 'matchbox-window-manager'],
};

/** Engines chosen by IMMUNO_BROWSERS (comma or space separated), default all. */
export function selectedEngines(value = process.env.IMMUNO_BROWSERS) {
  if (!value?.trim()) return [...engines];
  const picked = value.toLowerCase().split(/[\s,]+/).filter(Boolean);
  const unknown = picked.filter((e) => !engines.includes(e));
  if (unknown.length) throw new Error(`IMMUNO_BROWSERS: unknown engine ${unknown.join(', ')}; use ${engines.join(', ')}`);
  return engines.filter((e) => picked.includes(e));
}

function which(name) {
  try {
    return execFileSync('which', [name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined;
  } catch {
    return undefined;
  }
}

function find(engine, envName, paths, names) {
  const fromEnv = process.env[envName];
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`${envName} is set to ${fromEnv}, but there is no file there.`);
  }
  for (const p of paths) if (existsSync(p)) return p;
  for (const n of names) {
    const p = which(n);
    if (p) return p;
  }
  throw new Error(`No ${engineLabel[engine]} found. ${installHint(engine)}${envName ? ` Or set ${envName}.` : ''}`);
}

/** One line saying what to install for an engine. */
export function installHint(engine) {
  return `Install it (Debian/Ubuntu: \`sudo apt-get install -y ${debianPackages[engine].join(' ')}\`).`;
}

export function findChrome() {
  return find(
    'chromium',
    'CHROME_PATH',
    [
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/usr/bin/google-chrome',
      '/usr/bin/google-chrome-stable',
      '/snap/bin/chromium',
      '/opt/google/chrome/chrome',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    ],
    ['chromium', 'chromium-browser', 'google-chrome'],
  );
}

export function findFirefox() {
  return find(
    'firefox',
    'FIREFOX_PATH',
    ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/Applications/Firefox.app/Contents/MacOS/firefox'],
    ['firefox-esr', 'firefox'],
  );
}

/** MiniBrowser, WebKitWebDriver, Xvfb and matchbox-window-manager, or one error naming every missing one. */
export function findWebKit() {
  const arch = { x64: 'x86_64', arm64: 'aarch64' }[process.arch] ?? process.arch;
  const miniBrowser =
    process.env.MINIBROWSER_PATH ||
    [
      `/usr/lib/${arch}-linux-gnu/webkit2gtk-4.1/MiniBrowser`,
      `/usr/lib/${arch}-linux-gnu/webkitgtk-6.0/MiniBrowser`,
      `/usr/lib/${arch}-linux-gnu/webkit2gtk-4.0/MiniBrowser`,
    ].find(existsSync);
  const found = {
    miniBrowser: miniBrowser && existsSync(miniBrowser) ? miniBrowser : undefined,
    webDriver: which('WebKitWebDriver'),
    xvfb: which('Xvfb'),
    windowManager: which('matchbox-window-manager'),
  };
  const missing = Object.entries(found)
    .filter(([, v]) => !v)
    .map(([k]) => ({ miniBrowser: 'MiniBrowser', webDriver: 'WebKitWebDriver', xvfb: 'Xvfb', windowManager: 'matchbox-window-manager' })[k]);
  if (missing.length) throw new Error(`WebKit needs ${missing.join(', ')}, not found. ${installHint('webkit')}`);
  return found;
}

/** Throws with what to install if an engine's programs are missing. */
export function checkEngine(engine) {
  if (engine === 'chromium') return findChrome();
  if (engine === 'firefox') return findFirefox();
  return findWebKit().miniBrowser;
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** Flags for a quiet headless Chromium on a closed network. */
export const chromeArgs = [
  ...(isRoot || process.env.CI ? ['--no-sandbox'] : []),
  '--disable-gpu',
  '--disable-quic',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // Several test pages run at once; none may be throttled as a background tab (rAF would stall).
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-renderer-backgrounding',
];

/** Firefox preferences for a quiet browser on a closed network. */
export const firefoxPrefs = {
  'app.update.enabled': false,
  'browser.shell.checkDefaultBrowser': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'extensions.update.enabled': false,
  // Background tabs must not be throttled: rAF and timers would stall.
  'dom.min_background_timeout_value': 0,
  'dom.timeout.enable_budget_timer_throttling': false,
};

/** puppeteer-core launch options for an engine it drives (chromium, firefox). */
export function puppeteerLaunchOptions(engine) {
  if (engine === 'chromium') return { executablePath: findChrome(), headless: true, args: chromeArgs };
  if (engine === 'firefox') {
    return { browser: 'firefox', executablePath: findFirefox(), headless: true, extraPrefsFirefox: firefoxPrefs };
  }
  throw new Error(`puppeteer-core does not drive ${engine}`);
}

/** webdriverio capabilities for WebKitGTK's MiniBrowser. */
export function webkitCapabilities() {
  return {
    browserName: 'MiniBrowser',
    'webkitgtk:browserOptions': { binary: findWebKit().miniBrowser, args: ['--automation'] },
    // WebKitWebDriver speaks classic WebDriver only; without this, session creation fails.
    'wdio:enforceWebDriverClassic': true,
  };
}

const freePort = () =>
  new Promise((ok, fail) => {
    const s = createServer();
    s.unref();
    s.on('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });

const waitForPort = async (port, ms) => {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      const r = await fetch(`http://127.0.0.1:${port}/status`);
      if (r.ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port} within ${ms / 1000} s`);
};

const children = new Set();
let exitHooked = false;
function own(child) {
  children.add(child);
  child.on('exit', () => children.delete(child));
  if (!exitHooked) {
    exitHooked = true;
    // Whatever happens (failure, Ctrl+C, a runner that calls process.exit), leave nothing behind.
    process.on('exit', () => children.forEach((c) => c.kill('SIGTERM')));
    for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
      process.once(sig, () => {
        children.forEach((c) => c.kill('SIGTERM'));
        process.kill(process.pid, sig);
      });
    }
  }
  return child;
}

/**
 * Starts a private Xvfb display (the X server picks a free number itself),
 * matchbox-window-manager on it (unless `windowManager: false`: then windows can be
 * resized, but never get focus), and WebKitWebDriver on a free port.
 * Returns { hostname, port, display, stop() }; everything also stops when this process exits.
 */
export async function startWebKitDriver({ width = 1280, height = 2400, windowManager: withWm = true } = {}) {
  const { xvfb, windowManager, webDriver } = findWebKit();
  const x = own(spawn(xvfb, ['-displayfd', '3', '-screen', '0', `${width}x${height}x24`, '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] }));
  let xErr = '';
  x.stderr.on('data', (d) => (xErr += d));
  const display = await new Promise((ok, fail) => {
    let out = '';
    x.stdio[3].on('data', (d) => {
      out += d;
      if (out.includes('\n')) ok(`:${out.trim()}`);
    });
    x.on('exit', (code) => fail(new Error(`Xvfb exited (${code}): ${xErr.trim().split('\n').pop()}`)));
    setTimeout(() => fail(new Error('Xvfb did not start within 20 s')), 20000).unref();
  });
  const env = { ...process.env, DISPLAY: display };
  // Without a window manager the window takes the size WebDriver asks for (matchbox makes it fill the screen).
  const wm = withWm ? own(spawn(windowManager, ['-use_titlebar', 'no'], { env, stdio: 'ignore' })) : undefined;
  const port = await freePort();
  const driver = own(spawn(webDriver, [`--port=${port}`, '--host=127.0.0.1'], { env, stdio: 'ignore' }));
  const stop = async () => {
    for (const c of [driver, wm, x]) {
      if (!c || c.exitCode !== null || c.signalCode !== null) continue;
      const gone = new Promise((r) => c.once('exit', r));
      c.kill('SIGTERM');
      await Promise.race([gone, new Promise((r) => setTimeout(r, 3000))]);
      if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
    }
  };
  try {
    await waitForPort(port, 20000);
  } catch (e) {
    await stop();
    throw e;
  }
  return { hostname: '127.0.0.1', port, display, stop };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let ok = true;
  for (const e of selectedEngines()) {
    try {
      console.log(`${engineLabel[e]}: ${checkEngine(e)}`);
    } catch (err) {
      ok = false;
      console.error(`${engineLabel[e]}: ${err.message}`);
    }
  }
  process.exit(ok ? 0 : 1);
}
