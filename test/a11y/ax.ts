/**
 * What a screen-reader user hears, as test assertions (docs/accessibility.md, "How it is tested").
 *
 * - `expectTree(el, name)`: Chromium's accessibility tree of `el` (role, name, states, headings,
 *   landmarks, reading order) compared with `test/a11y/__snapshots__/<name>.txt`. Update the
 *   snapshots only with `npm run test:a11y -- --update`, and review the diff like code.
 * - `listen(el)`: records every write to a live region in `el`'s shadow root (text, politeness,
 *   time) with a MutationObserver, the way a screen reader hears them.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

/** Chromium's accessibility tree of `el`, as readable text (see scripts/wtr-a11y-commands.mjs). */
export async function axTree(el: Element): Promise<string> {
  el.setAttribute('data-ax-root', '');
  try {
    // Two frames: the accessibility tree follows layout.
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    return await executeServerCommand<string, { selector: string }>('immuno-ax-tree', { selector: '[data-ax-root]' });
  } finally {
    el.removeAttribute('data-ax-root');
  }
}

/**
 * Fails when the accessibility tree of `el` (and, with `log`, what was announced since the last
 * call) differs from its committed snapshot `name`. Clears `log`.
 */
export async function expectTree(el: Element, name: string, log?: Log): Promise<string> {
  let text = await axTree(el);
  if (log) {
    text += `\n\nannounced:${log.heard.length ? '' : ' nothing'}\n${log.heard.map((a) => `  ${a.politeness} ${JSON.stringify(a.text)}`).join('\n')}`;
    log.clear();
  }
  const { pass, diff } = await executeServerCommand<{ pass: boolean; diff: string }, { name: string; text: string }>('immuno-snapshot', { name, text });
  if (!pass) expect.fail(`accessibility tree "${name}":\n${diff}`);
  return text;
}

/** One thing a screen reader would say: the live region's text after a write. */
export interface Announcement {
  text: string;
  politeness: 'polite' | 'assertive';
  /** Milliseconds since `listen()` started. */
  at: number;
}

const politeness = (el: Element): Announcement['politeness'] | undefined => {
  const live = el.getAttribute('aria-live');
  if (live === 'polite' || live === 'assertive') return live;
  if (live === 'off') return undefined;
  const role = el.getAttribute('role');
  if (role === 'alert') return 'assertive';
  if (role === 'status' || role === 'log') return 'polite';
  return undefined;
};

const regionOf = (node: Node | null): Element | undefined => {
  for (let n = node instanceof Element ? node : node?.parentElement; n; n = n.parentElement) if (politeness(n)) return n;
  return undefined;
};

/** What `listen()` returns. */
export type Log = ReturnType<typeof listen>;

/** Records live-region writes in `el`'s shadow root (and its light DOM) until `stop()`. */
export function listen(el: Element) {
  const heard: Announcement[] = [];
  const start = performance.now();
  const observer = new MutationObserver((records) => {
    const regions = new Set<Element>();
    for (const r of records) {
      const region = regionOf(r.target);
      if (region) regions.add(region);
      // A live region inserted whole is not announced by most screen readers; its later writes are.
    }
    for (const region of regions) {
      const text = (region.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (text) heard.push({ text, politeness: politeness(region)!, at: Math.round(performance.now() - start) });
    }
  });
  for (const root of [el.shadowRoot, el].filter(Boolean) as Node[]) observer.observe(root, { subtree: true, childList: true, characterData: true });
  return {
    heard,
    /** The texts heard so far. */
    get texts(): string[] {
      return heard.map((a) => a.text);
    },
    /** Forgets what was heard so far. */
    clear: () => void heard.splice(0),
    stop: () => observer.disconnect(),
  };
}

/** Waits `ms` of real time (for debounced announcements). */
export const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
