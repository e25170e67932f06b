// Kept for the scripts that only need Chromium (benchmarks, story smoke test);
// every engine lives in ./browsers.mjs.
import { findChrome } from './browsers.mjs';

export { chromeArgs, findChrome } from './browsers.mjs';

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    console.log(findChrome());
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
}
