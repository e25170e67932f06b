import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Which arrow keys move: Up/Down, Left/Right (flipped right to left), or both. */
export type RovingOrientation = 'vertical' | 'horizontal' | 'both';

export interface RovingFocusOptions {
  /** The items in order, read on every key press (so filtered or re-rendered lists stay right). */
  items: () => HTMLElement[];
  /** Default `vertical`. */
  orientation?: RovingOrientation;
  /** From the last item on to the first and back. Default false: stop at the ends. */
  wrap?: boolean;
  /**
   * One Tab stop for the whole group: after every host update (and every move)
   * the active item gets `tabindex="0"`, the others `-1`. Default false: every
   * item keeps its own Tab stop and the arrows are a shortcut.
   */
  singleTabStop?: boolean;
  /** Index of the item that holds the Tab stop; default the last one focused, else the first. */
  active?: () => number;
  /** What a move does; default: focus the item. A widget whose selection follows focus selects here. */
  onMove?: (item: HTMLElement, index: number) => void;
}

/**
 * Arrow-key focus movement in a group of items, like Spectrum's
 * `FocusGroupController`. Listens for `keydown` on the host (events from its
 * shadow root arrive there), so the template needs no handler: a key counts
 * only when the focused element is itself one of `items()`.
 *
 * | key | moves to |
 * |---|---|
 * | ↓ / ↑ (vertical, both) | next / previous item |
 * | → / ← (horizontal, both) | next / previous item; previous / next when the host is right to left |
 * | Home / End | first / last item |
 *
 * Keys with Alt, Ctrl or Meta are left to the browser.
 */
export class RovingFocusController implements ReactiveController {
  private last = 0;

  constructor(
    private host: ReactiveControllerHost & HTMLElement,
    private options: RovingFocusOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('keydown', this.onKeydown);
    this.host.addEventListener('focusin', this.onFocusin);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('keydown', this.onKeydown);
    this.host.removeEventListener('focusin', this.onFocusin);
  }

  hostUpdated(): void {
    if (this.options.singleTabStop) this.setTabStops(this.options.items());
  }

  private onFocusin = (e: FocusEvent): void => {
    const items = this.options.items();
    const at = items.indexOf(e.composedPath()[0] as HTMLElement);
    if (at < 0) return;
    this.last = at;
    if (this.options.singleTabStop && !this.options.active) this.setTabStops(items);
  };

  private onKeydown = (e: KeyboardEvent): void => {
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
    const items = this.options.items();
    const at = items.indexOf(e.composedPath()[0] as HTMLElement);
    if (at < 0) return;
    const to = this.target(e.key, at, items.length);
    if (to === undefined) return;
    e.preventDefault();
    if (to === at) return;
    this.last = to;
    const item = items[to];
    if (this.options.onMove) this.options.onMove(item, to);
    else item.focus();
    if (this.options.singleTabStop && !this.options.active) this.setTabStops(items);
  };

  /** The index a key leads to, or undefined for a key this group does not use. */
  private target(key: string, at: number, count: number): number | undefined {
    const { orientation = 'vertical', wrap = false } = this.options;
    const rtl = getComputedStyle(this.host).direction === 'rtl';
    const steps: Record<string, number> = {};
    if (orientation !== 'horizontal') Object.assign(steps, { ArrowDown: 1, ArrowUp: -1 });
    if (orientation !== 'vertical') Object.assign(steps, { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1 });
    if (key === 'Home') return 0;
    if (key === 'End') return count - 1;
    if (!(key in steps)) return undefined;
    const to = at + steps[key];
    return wrap ? (to + count) % count : Math.min(Math.max(to, 0), count - 1);
  }

  private setTabStops(items: HTMLElement[]): void {
    const active = Math.min(Math.max(this.options.active?.() ?? this.last, 0), items.length - 1);
    items.forEach((item, i) => (item.tabIndex = i === active ? 0 : -1));
  }
}
