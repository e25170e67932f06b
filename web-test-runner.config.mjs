// Unit and DOM tests in Chromium, Firefox and WebKit (IMMUNO_BROWSERS picks; default all three).
// Every browser is the machine's own (scripts/browsers.mjs finds it or says what to install).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import * as puppeteerCore from 'puppeteer-core';
import { checkEngine, engineLabel, puppeteerLaunchOptions, selectedEngines, startWebKitDriver, webkitCapabilities } from './scripts/browsers.mjs';
import { a11yCommandsPlugin } from './scripts/wtr-a11y-commands.mjs';
import { engineCommandsPlugin } from './scripts/wtr-engine-commands.mjs';

/**
 * WebKitGTK's MiniBrowser over WebDriver; starts its own Xvfb, window manager and
 * WebKitWebDriver on first use and stops them with the run (or when the process exits).
 */
class WebKitLauncher extends WebdriverLauncher {
  constructor() {
    super({ automationProtocol: 'webdriver', hostname: '127.0.0.1', port: 0, logLevel: 'error', capabilities: webkitCapabilities() });
    this.label = engineLabel.webkit;
  }
  async initialize(config, testFiles) {
    await super.initialize(config, testFiles);
    this.name = this.label;
  }
  async ensureManagerInitialized() {
    if (!this.services) {
      this.services = startWebKitDriver();
      this.options.port = (await this.services).port;
    }
    await this.services;
    return super.ensureManagerInitialized();
  }
  async stop() {
    await super.stop();
    await (await this.services)?.stop();
  }
}

const launchers = {
  chromium: () => chromeLauncher({ puppeteer: puppeteerCore, launchOptions: puppeteerLaunchOptions('chromium') }),
  firefox: () => chromeLauncher({ puppeteer: puppeteerCore, launchOptions: puppeteerLaunchOptions('firefox') }),
  webkit: () => new WebKitLauncher(),
};

let browsers;
try {
  browsers = selectedEngines().map((e) => (checkEngine(e), launchers[e]()));
} catch (e) {
  console.error(`\n${e.message}\n`);
  process.exit(1);
}

export default {
  // test/wordpress/ drives a real WordPress from Node (npm run test:wordpress), not a browser test file.
  files: ['test/**/*.test.ts', '!test/wordpress/**'],
  nodeResolve: { exportConditions: process.env.LIT_DEV ? ['development'] : ['production'] },
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }), engineCommandsPlugin(), a11yCommandsPlugin()],
  browsers,
  concurrency: 1,
  // Firefox and WebKit are slower to start and, on two shared cores, to run.
  testFramework: { config: { timeout: 20000 } },
  browserStartTimeout: 120000,
  testsStartTimeout: 120000,
  testsFinishTimeout: 300000,
  filterBrowserLogs: ({ type }) => type === 'error',
};
