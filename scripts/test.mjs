// `npm test`: every check a reviewer needs, in order, stopping at the first failure.
// Unit/DOM tests and the bundle checks run once per engine (Chromium, Firefox, WebKit).
//   npm test -- firefox           only the Firefox steps (builds first if dist/ is missing)
//   IMMUNO_BROWSERS=webkit npm test   every step, with WebKit as the only engine
//   npm test -- lint              steps whose name contains "lint"
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { engineLabel, engines, selectedEngines } from './browsers.mjs';
import { ensureBrowsers, ensureDependencies } from './setup.mjs';

const args = process.argv.slice(2);
const engineArgs = args.filter((a) => engines.includes(a.toLowerCase()));
const only = args.filter((a) => !engineArgs.includes(a)).map((a) => a.toLowerCase());
let chosen;
try {
  chosen = selectedEngines(engineArgs.join(',') || undefined);
} catch (e) {
  console.error(e.message);
  process.exit(1);
}

await ensureDependencies();
await ensureBrowsers(chosen);

const perEngine = (make) => chosen.map((e) => ({ ...make(e, engineLabel[e]), engine: e }));
const steps = [
  // The stories' Playground reads custom-elements.json, which is generated (gitignored): make it first.
  ['type check', 'npm run manifest --silent && npx tsc --noEmit -p .'],
  ['lint', 'npx eslint .'],
  ['widget registry: folders, docs pages and package.json exports', 'node scripts/check-registry.mjs'],
  ['built-in content: reading level (Flesch-Kincaid ≤ 8 per section, no very hard sentence)', 'npx tsx scripts/readability.ts --check'],
  ['built-in Spanish content: reading level (Szigriszt-Pazos ≥ 55, INFLESZ "normal" or easier, per section)', 'npx tsx scripts/readability-es.ts --check'],
  ['side-effect checklist: the triage table in its docs matches the rules', 'npx tsx scripts/triage-table.ts --check'],
  ['build', 'npm run build --silent'],
  ["package types declare every entry's exports (bundler and node16)", 'node scripts/check-types.mjs'],
  ['command line: immuno-widgets snippet and validate (Node)', 'node --test test/cli.test.mjs'],
  ...perEngine((e, label) => ({ name: `unit and DOM tests (${label})`, cmd: `IMMUNO_BROWSERS=${e} npx wtr`, kind: 'unit' })),
  ['accessibility tree and announcements, snapshots in test/a11y/__snapshots__ (Chromium)', 'npm run test:a11y --silent'],
  ['render tests in Lit dev mode (its warnings catch real mistakes)', 'LIT_DEV=1 IMMUNO_BROWSERS=chromium npx wtr --files test/widgets.test.ts'],
  ...perEngine((e, label) => ({ name: `bundle from outside (${label})`, cmd: `node test/e2e/bundle.e2e.mjs ${e}`, kind: 'bundle', needsBuild: true })),
  ...perEngine((e, label) => ({ name: `distribution: CDN, self-hosted, single file, integrity (${label})`, cmd: `node test/e2e/distribution.e2e.mjs ${e}`, kind: 'distribution', needsBuild: true })),
  ['framework typings: the React and Preact examples of docs/frameworks.md type-check, wrong uses fail', 'node test/frameworks/check.mjs'],
  ...perEngine((e, label) => ({ name: `frameworks: React and Vue examples render (${label})`, cmd: `node test/e2e/frameworks.e2e.mjs ${e}`, kind: 'frameworks', needsBuild: true })),
  ...perEngine((e, label) => ({ name: `analytics recipe: a full session puts no patient data in dataLayer (${label})`, cmd: `node test/e2e/analytics.e2e.mjs ${e}`, kind: 'analytics', needsBuild: true })),
  ...(chosen.some((e) => e !== 'webkit')
    ? [{ name: 'embed builder driven in a browser', cmd: `node test/e2e/embed-builder.e2e.mjs ${chosen.filter((e) => e !== 'webkit').join(' ')}`, needsBuild: true }]
    : []),
  ['size: report, and no growth past the ceilings', 'node scripts/size.mjs --check'],
  // Installs Debian's WordPress when root; fails saying what to install elsewhere; IMMUNO_SKIP_WORDPRESS=1 skips it.
  { name: 'WordPress: the plugin and docs/embed/wordpress.md in a real WordPress (Chromium)', cmd: 'npx tsx test/wordpress/wordpress.test.ts', needsBuild: true },
  ['Storybook build and story smoke test (Chromium)', 'npm run test:stories --silent'],
  // Reuses storybook-static from the step above; baselines in test/visual/__baselines__ (docs/visual-regression.md).
  ['visual regression: key stories at 390 and 1000 px against their baselines (Chromium)', 'npm run test:visual --silent'],
].map((s) => (Array.isArray(s) ? { name: s[0], cmd: s[1] } : s));

let selected = steps;
if (only.length) selected = steps.filter((s) => only.some((o) => s.name.toLowerCase().includes(o)));
else if (engineArgs.length) selected = steps.filter((s) => s.engine);
if (selected.some((s) => s.needsBuild) && !selected.some((s) => s.name === 'build') && !existsSync('dist/immuno-widgets.js')) {
  selected.unshift(steps.find((s) => s.name === 'build'));
}

/** Runs a shell command, passing its output through and keeping a copy. */
const run = (cmd) =>
  new Promise((resolve) => {
    const child = spawn(cmd, { shell: true, stdio: ['inherit', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => {
      process.stdout.write(d);
      out += d;
    });
    child.on('close', (code) => resolve({ code, out }));
  });

// eslint-disable-next-line no-control-regex
const plain = (s) => s.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');
/** The last "N passed, N failed[, N skipped]" a runner printed. */
const counts = (out) => {
  const all = [...plain(out).matchAll(/(\d+) passed, (\d+) failed(?:, (\d+) skipped)?/g)];
  const m = all.at(-1);
  return m ? { passed: +m[1], failed: +m[2], skipped: m[3] === undefined ? undefined : +m[3] } : undefined;
};
/** Skipped tests in a WTR run (the titles carry the reason). */
const wtrSkips = (out) => [...new Set(plain(out).match(/\[skipped: [^\]]+\]/g) ?? [])].length;

const summary = [];
for (const step of selected) {
  console.log(`\n▶ ${step.name}`);
  const start = Date.now();
  const { code, out } = await run(step.cmd);
  const seconds = (Date.now() - start) / 1000;
  if (step.engine) {
    const c = counts(out) ?? { passed: 0, failed: 0 };
    if (c.skipped === undefined) c.skipped = wtrSkips(out);
    summary.push({ ...step, ...c, seconds });
  }
  if (code !== 0) {
    console.error(`\n✖ ${step.name} failed`);
    process.exit(1);
  }
  console.log(`✔ ${step.name} (${seconds.toFixed(1)} s)`);
}

if (summary.length) {
  console.log('\nPer engine:');
  for (const e of chosen) {
    for (const s of summary.filter((x) => x.engine === e)) {
      console.log(`  ${`${engineLabel[e]} ${s.kind}:`.padEnd(22)} ${s.passed} passed, ${s.failed} failed, ${s.skipped} skipped (${s.seconds.toFixed(0)} s)`);
    }
  }
  const total = summary.reduce((t, s) => ({ passed: t.passed + s.passed, failed: t.failed + s.failed, skipped: t.skipped + s.skipped }), { passed: 0, failed: 0, skipped: 0 });
  console.log(`\nbrowsers: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
}
