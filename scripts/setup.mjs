// Installs what a fresh machine lacks: npm packages and (on Debian, as root) Chromium.
// Stops with a one-line instruction where it cannot.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const run = (cmd) => execSync(cmd, { stdio: 'inherit' });

export async function ensureDependencies() {
  if (!existsSync('node_modules/.package-lock.json')) {
    console.log('Installing npm packages (npm ci)…');
    run('npm ci --no-audit --no-fund');
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
