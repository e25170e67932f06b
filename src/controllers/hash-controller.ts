import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isId } from '../shared/ids.js';

/**
 * Deep links through the URL fragment. On the first connect and on every `hashchange`
 * it hands the decoded `#id` to `onHash` (only a fragment that is a valid id,
 * see `shared/ids.ts`); the widget returns true when the id
 * is one of its own (then it selects/opens it). `write()` puts an id in the URL
 * with `history.replaceState`, so no history entries pile up.
 */
export class HashController implements ReactiveController {
  constructor(
    private host: ReactiveControllerHost & HTMLElement,
    private onHash: (id: string) => boolean | void,
  ) {
    host.addController(this);
  }

  private listener = () => this.read();

  /** The fragment was read on the first connect; a move (disconnect, reconnect) does not read it again. */
  private started = false;

  hostConnected(): void {
    window.addEventListener('hashchange', this.listener);
    if (this.started) return; // keep what the patient chose since
    this.started = true;
    // After the first render, so the widget has something to open.
    void this.host.updateComplete.then(() => this.read());
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.listener);
  }

  /** The current fragment without `#`, decoded; empty when there is none. */
  get current(): string {
    const raw = location.hash.slice(1);
    try {
      return decodeURIComponent(raw);
    } catch {
      return raw;
    }
  }

  /** Re-reads the fragment now. */
  read(): void {
    const id = this.current;
    if (isId(id)) this.onHash(id);
  }

  /** Writes `#id` to the URL without a new history entry (or removes it with ''). */
  write(id: string): void {
    try {
      const url = new URL(location.href);
      url.hash = id ? encodeURIComponent(id) : '';
      history.replaceState(history.state, '', url.hash ? url.href : url.href.replace(/#$/, ''));
    } catch {
      /* sandboxed frames may refuse; the link still works without it */
    }
  }
}
