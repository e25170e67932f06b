// Runs named page checks in each engine, one fresh page per check, and prints ok/FAIL lines:
// the loop the e2e scripts outside bundle.e2e.mjs share.
import { openBrowser } from '../../scripts/drive.mjs';

/**
 * Runs every check in every engine. A check is `{ name, run(page) }`; `run` throws to fail.
 * @param {readonly string[]} engines engine names (scripts/browsers.mjs)
 * @param {readonly { name: string, run: (page: import('playwright-core').Page) => Promise<void> }[]} checks
 * @returns {Promise<number>} how many checks failed
 */
export async function runChecks(engines, checks) {
  let failed = 0;
  let passed = 0;
  for (const engine of engines) {
    const browser = await openBrowser(engine);
    try {
      for (const c of checks) {
        const p = await browser.newPage();
        try {
          await c.run(p);
          passed++;
          console.log(`  ok    [${engine}] ${c.name}`);
        } catch (e) {
          failed++;
          console.log(`  FAIL  [${engine}] ${c.name}\n        ${e.message.split('\n').join('\n        ')}`);
        } finally {
          await p.close();
        }
      }
    } finally {
      await browser.close();
    }
  }
  // The count line npm test's per-engine summary reads (scripts/test.mjs).
  console.log(`${passed} passed, ${failed} failed`);
  return failed;
}
