// `npm run test:a11y`: the accessibility-tree and announcement tests (test/a11y/*.a11y.ts) in Chromium.
//   npm run test:a11y -- --update    rewrite test/a11y/__snapshots__/ from what Chromium exposes now;
//                                   then review `git diff test/a11y/__snapshots__` like code.
import { spawnSync } from 'node:child_process';

const update = process.argv.includes('--update');
const files = process.argv.slice(2).filter((a) => a !== '--update');
const r = spawnSync('npx', ['wtr', '--files', ...(files.length ? files : ['test/a11y/*.a11y.ts'])], {
  stdio: 'inherit',
  env: { ...process.env, IMMUNO_BROWSERS: 'chromium', ...(update ? { IMMUNO_UPDATE_SNAPSHOTS: '1' } : {}) },
});
process.exit(r.status ?? 1);
