import { aTimeout } from '@open-wc/testing';

/** Collects `console.warn` calls while `fn` runs and restores it after. */
export async function captureWarnings(fn: () => Promise<unknown> | unknown): Promise<string[]> {
  const original = console.warn;
  const calls: string[] = [];
  console.warn = (...args: unknown[]) => {
    calls.push(args.map(String).join(' '));
  };
  try {
    await fn();
  } finally {
    console.warn = original;
  }
  return calls;
}

/** Waits until `check` returns true, or fails after `ms`. */
export async function waitFor(check: () => boolean, ms = 3000, what = 'condition'): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await aTimeout(20);
  }
}

/** The shadow root's text, whitespace collapsed. */
export const shadowText = (el: Element): string =>
  (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
