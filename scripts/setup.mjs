// Installs what a fresh machine lacks: npm packages and (on Debian, as root) the browsers.
// Stops with a one-line instruction where it cannot.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { npmCi } from './npm-ci.mjs';

const run = (cmd) => execSync(cmd, { stdio: 'inherit' });

export async function ensureDependencies() {
  if (!existsSync('node_modules/.package-lock.json')) {
    console.log('Installing npm packages (npm ci)…');
    npmCi();
  }
}

export async function ensureChrome() {
  const { findChrome } = await import('./chrome.mjs');
  try {
    return findChrome();
  } catch (e) {
    const isRoot = process.getuid?.() === 0;
    if (isRoot && existsSync('/usr/bin/apt-get')) {
      console.log('No Chromium found: installing Debian\'s chromium with apt-get…');
      run('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium');
      return findChrome();
    }
    console.error(e.message);
    process.exit(1);
  }
}

/**
 * Makes sure every chosen engine (chromium, firefox, webkit) is installed: on Debian as root
 * it installs the missing ones with apt-get; elsewhere it stops saying what to install.
 */
export async function ensureBrowsers(engines) {
  const { checkEngine, debianPackages } = await import('./browsers.mjs');
  const missing = () =>
    engines.flatMap((e) => {
      try {
        checkEngine(e);
        return [];
      } catch (err) {
        return [[e, err.message]];
      }
    });
  let lacking = missing();
  if (!lacking.length) return;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    const pkgs = [...new Set(lacking.flatMap(([e]) => debianPackages[e]))];
    console.log(`Installing Debian packages for the test browsers: ${pkgs.join(' ')}…`);
    run(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${pkgs.join(' ')}`);
    lacking = missing();
  }
  if (lacking.length) {
    for (const [, message] of lacking) console.error(message);
    console.error('(Or test fewer engines: IMMUNO_BROWSERS=chromium npm test.)');
    process.exit(1);
  }
}
