import { nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Meta } from '../content/schema.js';
import { renderFooter, type FooterText } from '../shared/footer.js';

/** What one widget's footer says: its pack's meta and the footer words in its reader's language. */
export interface FooterParts {
  meta: Meta;
  text: FooterText;
}

type Host = ReactiveControllerHost & HTMLElement & { footer: string };

/** Every connected widget with `footer="shared"`, across all widget kinds on the page. */
const sharing = new Set<SharedFooterController>();

/**
 * One footer for a page of widgets. A widget with `footer="shared"` shows no
 * footer of its own unless it is the last such widget in document order; that
 * one shows every distinct disclaimer, review line and source of all of them,
 * once. A widget alone on a page (or the only one with `footer="shared"`)
 * therefore still shows its full footer: the default is safe.
 */
export class SharedFooterController implements ReactiveController {
  /** What this host's footer said at its last render, to tell the one that shows it when it changes. */
  private said = '';

  constructor(
    private host: Host,
    private parts: () => FooterParts,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.sync();
  }

  hostDisconnected(): void {
    sharing.delete(this);
    for (const c of sharing) c.host.requestUpdate();
  }

  hostUpdate(): void {
    this.sync();
  }

  hostUpdated(): void {
    if (this.host.footer !== 'shared') return;
    const now = JSON.stringify(this.parts());
    if (now === this.said) return;
    this.said = now;
    const last = this.peers().at(-1);
    if (last && last !== this) last.host.requestUpdate();
  }

  /** The footer this host shows: its own, the shared one, or nothing. */
  render(): TemplateResult | typeof nothing {
    if (this.host.footer !== 'shared') return renderFooter([this.parts()]);
    const peers = this.peers();
    return peers.at(-1) === this ? renderFooter(peers.map((c) => c.parts())) : nothing;
  }

  /** Joins or leaves the page's sharing widgets when `footer` changes. */
  private sync(): void {
    const shared = this.host.footer === 'shared' && this.host.isConnected;
    if (shared === sharing.has(this)) return;
    if (shared) sharing.add(this);
    else sharing.delete(this);
    for (const c of sharing) if (c !== this) c.host.requestUpdate();
  }

  /** The sharing widgets in document order. */
  private peers(): SharedFooterController[] {
    return [...sharing].sort((a, b) => (a.host.compareDocumentPosition(b.host) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  }
}
