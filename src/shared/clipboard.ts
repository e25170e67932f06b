import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Copy to the clipboard, with a status a widget can show.
 *
 * ```ts
 * copyText(text: string): Promise<boolean>
 * ```
 * Puts `text` on the clipboard; resolves `false` (never throws) when the
 * browser refuses: no permission, an insecure context, no Clipboard API.
 *
 * ```ts
 * class CopyController implements ReactiveController {
 *   constructor(host: ReactiveControllerHost, options?: { clearAfter?: number }); // default 5000 ms
 *   readonly status: '' | 'copied' | 'failed';
 *   readonly text: string;               // what the last copy() tried to copy
 *   copy(text: string): Promise<boolean>;
 *   reset(): void;                       // status back to '' (and the host updates)
 * }
 * ```
 * `copy()` first sets `status` to `''` and waits for the host to render it, so
 * a polite live region announces a repeated "Copied" again; then it sets
 * `copied` or `failed` and updates the host. `copied` goes back to `''` after
 * `clearAfter` ms; `failed` stays until the next `copy()` or `reset()`, because
 * the widget then shows `text` for copying by hand. The widget maps the status
 * to its own words:
 *
 * ```ts
 * private copier = new CopyController(this);
 * html`<p role="status">${this.copier.status === 'copied' ? this.t('…Copied') : ''}</p>`
 * ```
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export type CopyStatus = '' | 'copied' | 'failed';

export class CopyController implements ReactiveController {
  private _status: CopyStatus = '';
  private _text = '';
  private timer?: ReturnType<typeof setTimeout>;
  private readonly clearAfter: number;

  constructor(
    private host: ReactiveControllerHost,
    options: { clearAfter?: number } = {},
  ) {
    this.clearAfter = options.clearAfter ?? 5000;
    host.addController(this);
  }

  /** `''` (nothing to say), `copied` or `failed`. */
  get status(): CopyStatus {
    return this._status;
  }

  /** What the last `copy()` tried to copy. */
  get text(): string {
    return this._text;
  }

  async copy(text: string): Promise<boolean> {
    this._text = text;
    this.set('');
    await this.host.updateComplete;
    const ok = await copyText(text);
    this.set(ok ? 'copied' : 'failed');
    if (ok) this.timer = setTimeout(() => this.set(''), this.clearAfter);
    return ok;
  }

  reset(): void {
    if (this._status) this.set('');
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this._status = '';
  }

  private set(status: CopyStatus): void {
    clearTimeout(this.timer);
    this._status = status;
    this.host.requestUpdate();
  }
}
