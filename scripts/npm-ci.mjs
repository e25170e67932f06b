// `npm ci`, tried up to three times: the npm registry sometimes stalls in the middle of a download
// (CI, 2026-12-02: "EIDLETIMEOUT … Idle timeout reached for host registry.npmjs.org" on one package,
// five minutes in). npm retries a refused request (fetch-retries) but not a body that stops arriving,
// so the whole install is run again; what was downloaded is kept in npm's cache and not fetched twice.
// Run it (`node scripts/npm-ci.mjs`, as .ci/run does) or import `npmCi`. Exits 1 after the last failure.
import { execSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

const command = 'npm ci --no-audit --no-fund --fetch-retries=3 --fetch-retry-mintimeout=10000 --fetch-retry-maxtimeout=60000';

/** Runs `npm ci`; `attempts` tries in all, `pauseSeconds` between them. Returns on success, else exits 1. */
export function npmCi({ attempts = 3, pauseSeconds = 30 } = {}) {
  for (let attempt = 1; ; attempt++) {
    try {
      execSync(command, { stdio: 'inherit' });
      return;
    } catch {
      if (attempt >= attempts) {
        console.error(`npm ci failed ${attempts} times; see npm's log above.`);
        process.exit(1);
      }
      console.error(`npm ci failed (attempt ${attempt} of ${attempts}); trying again in ${pauseSeconds} s.`);
      execSync(`sleep ${pauseSeconds}`);
    }
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  npmCi({ pauseSeconds: Number(process.env.NPM_CI_PAUSE ?? 30) });
}
