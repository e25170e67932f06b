// Loaded first, as a classic script, by every page the bundle checks open: it records
// what the page did in a way every engine supports (no DevTools protocol needed).
//   __probe.errors      uncaught errors, rejected promises, failed loads, console.error
//   __probe.violations  Content-Security-Policy and Trusted Types violations
//   __probe.warnings    console.warn
//   __probe.moves       for the page's landmarks in the first screen, how far each moved
//                       (px) between the first frame the browser rendered and now
(() => {
  const probe = { errors: [], warnings: [], violations: [], moves: {} };
  window.__probe = probe;
  addEventListener(
    'error',
    (e) => probe.errors.push(e.message || `failed to load ${e.target?.src ?? e.target?.href ?? e.target?.localName}`),
    true,
  );
  addEventListener('unhandledrejection', (e) => probe.errors.push(`unhandled rejection: ${e.reason}`));
  document.addEventListener('securitypolicyviolation', (e) => probe.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  const { warn, error } = console;
  console.warn = (...a) => {
    probe.warnings.push(a.map(String).join(' '));
    warn.apply(console, a);
  };
  console.error = (...a) => {
    probe.errors.push(a.map(String).join(' '));
    error.apply(console, a);
  };
  // Landmarks: headings, the aside and the footer; their first rendered position is the reference.
  const first = new Map();
  const sample = () => {
    for (const el of document.querySelectorAll('h1, h2, aside, footer')) {
      const top = el.getBoundingClientRect().top + scrollY;
      if (!first.has(el)) {
        if (top < innerHeight) first.set(el, top);
        continue;
      }
      const key = el.id || el.localName;
      probe.moves[key] = Math.max(probe.moves[key] ?? 0, Math.abs(top - first.get(el)));
    }
  };
  const loop = () => {
    sample();
    if (!probe.stop) requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
})();
