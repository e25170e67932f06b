// A page that never goes idle (bench/memory.mjs --busy and its "never idle" variant): requestIdleCallback keeps each
// callback waiting, as a busy page does, and cancelIdleCallback drops the one it names. Plain browser code with no
// imports, so Playwright can add it as an init script and test/memory.test.ts can check it.
export function neverIdle() {
  const waiting = new Map();
  let ids = 0;
  // Each callback its own id, never one used before: an id taken from the count of those waiting was given again
  // after a cancel, and the new callback then replaced a waiting one (a callback that holds a removed widget, lost
  // from the page as if cancelled: a leak the check would not have seen).
  window.requestIdleCallback = (f) => (waiting.set(++ids, f), ids);
  window.cancelIdleCallback = (id) => void waiting.delete(id);
  return waiting;
}
