// Loaded first by the "layout shift" pages of test/e2e/no-layout-shift.mjs. Measures the layout shift of the page
// around a widget while it upgrades, the same way in every engine:
//   __shift.score     the layout-shift score computed from element positions, frame by frame (below)
//   __shift.entries   Chromium's own layout-shift entries (PerformanceObserver), where the engine has them
//   __shift.moved     the largest distance (px) any tracked element moved
// Firefox and WebKit have no layout-shift entries, so every frame this script reads the boxes of the page's own
// blocks (everything marked data-track) and scores each frame as the Layout Instability spec does: the area of
// the viewport covered by the moved blocks before or after the move (impact fraction) times the largest distance
// any of them moved over the viewport's larger side (distance fraction); the score is the sum over frames.
// Chromium's entries and this score are both reported, and checked against each other in Chromium.
(() => {
  const shift = { score: 0, entries: 0, moved: 0, frames: 0, done: false, sources: [] };
  window.__shift = shift;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.hadRecentInput) continue;
        shift.entries += e.value;
        // What moved, for the failure message: Chromium names up to five nodes per entry (possibly in a shadow root).
        for (const s of e.sources ?? []) {
          const n = s.node;
          const el = n?.nodeType === 1 ? n : n?.parentElement;
          const host = n?.getRootNode?.()?.host;
          const name = el ? `${host ? `${host.localName} › ` : ''}${el.localName}${el.id ? `#${el.id}` : ''}${el.getAttribute('part') ? `[part=${el.getAttribute('part')}]` : ''}` : '(gone)';
          const r = (b) => `${Math.round(b.x)},${Math.round(b.y)} ${Math.round(b.width)}×${Math.round(b.height)}`;
          shift.sources.push(`${e.value.toFixed(4)} at ${Math.round(e.startTime)} ms: ${name} ${r(s.previousRect)} → ${r(s.currentRect)}`);
        }
      }
    }).observe({ type: 'layout-shift', buffered: true });
  } catch {
    shift.entries = null; // no layout-shift entries in this engine
  }
  const CELL = 8;
  let previous = null;
  const boxes = () => [...document.querySelectorAll('[data-track]')].map((e) => e.getBoundingClientRect());
  const frame = () => {
    const now = boxes();
    if (previous && previous.length === now.length) {
      const vw = document.documentElement.clientWidth;
      const vh = innerHeight;
      const cols = Math.ceil(vw / CELL);
      const rows = Math.ceil(vh / CELL);
      const covered = new Uint8Array(cols * rows);
      let distance = 0;
      const cover = (r) => {
        const x0 = Math.max(0, Math.floor(r.left / CELL));
        const x1 = Math.min(cols, Math.ceil(r.right / CELL));
        const y0 = Math.max(0, Math.floor(r.top / CELL));
        const y1 = Math.min(rows, Math.ceil(r.bottom / CELL));
        for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) covered[y * cols + x] = 1;
      };
      const visible = (r) => r.bottom > 0 && r.top < vh && r.right > 0 && r.left < vw && r.width > 0 && r.height > 0;
      now.forEach((r, i) => {
        const p = previous[i];
        const d = Math.max(Math.abs(r.left - p.left), Math.abs(r.top - p.top));
        if (d < 1) return;
        shift.moved = Math.max(shift.moved, d);
        if (!visible(r) && !visible(p)) return;
        distance = Math.max(distance, d);
        cover(p);
        cover(r);
      });
      if (distance) {
        const impact = covered.reduce((a, b) => a + b, 0) / (cols * rows);
        shift.score += impact * Math.min(1, distance / Math.max(vw, vh));
      }
    }
    previous = now;
    shift.frames++;
    if (!shift.done) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})();
