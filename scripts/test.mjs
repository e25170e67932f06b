// `npm test`: every check a reviewer needs, in order, stopping at the first failure.
import { execSync } from 'node:child_process';
import { ensureChrome, ensureDependencies } from './setup.mjs';

await ensureDependencies();
await ensureChrome();

const steps = [
  ['type check', 'npx tsc --noEmit -p .'],
  ['lint', 'npx eslint .'],
  ['widget registry: folders, docs pages and package.json exports', 'node scripts/check-registry.mjs'],
  ['built-in content: reading level (Flesch-Kincaid ≤ 8 per section, no very hard sentence)', 'npx tsx scripts/readability.ts --check'],
  ['side-effect checklist: the triage table in its docs matches the rules', 'npx tsx scripts/triage-table.ts --check'],
  ['build', 'npm run build --silent'],
  ["package types declare every entry's exports (bundler and node16)", 'node scripts/check-types.mjs'],
  ['unit and DOM tests (Chromium)', 'npx wtr'],
  ['render tests in Lit dev mode (its warnings catch real mistakes)', 'LIT_DEV=1 npx wtr --files test/widgets.test.ts'],
  ['bundle from outside (Chromium)', 'node test/e2e/bundle.e2e.mjs'],
  ['size: report, and no growth past the ceilings', 'node scripts/size.mjs --check'],
  ['Storybook build and story smoke test (Chromium)', 'npm run test:stories --silent'],
];
const only = process.argv.slice(2);
for (const [name, cmd] of steps) {
  if (only.length && !only.some((o) => name.includes(o))) continue;
  console.log(`\n▶ ${name}`);
  const start = Date.now();
  try {
    execSync(cmd, { stdio: 'inherit' });
  } catch {
    console.error(`\n✖ ${name} failed`);
    process.exit(1);
  }
  console.log(`✔ ${name} (${((Date.now() - start) / 1000).toFixed(1)} s)`);
}
