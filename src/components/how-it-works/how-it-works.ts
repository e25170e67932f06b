import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ContentController } from '../../controllers/content-controller.js';
import { HashController } from '../../controllers/hash-controller.js';
import { RovingFocusController } from '../../controllers/roving-focus-controller.js';
import { richText } from '../../content/rich-text.js';
import { stepsSection } from '../../content/sections.js';
import { baseStyles } from '../../shared/base.styles.js';
import { heading } from '../../shared/heading.js';
import { ImmunoElement } from '../../shared/immuno-element.js';
import { howItWorksStyles } from './how-it-works.styles.js';
import { readSteps } from './steps-light-dom.js';
import { picture } from './pictures.js';

/** How the steps are laid out. */
export type HowItWorksLayout = 'auto' | 'horizontal' | 'vertical' | 'list';
const LAYOUTS = ['auto', 'horizontal', 'vertical', 'list'];

/** Detail of `immuno-step-change`. */
export interface StepChangeDetail {
  /** 1-based number of the step now shown. */
  step: number;
  id: string;
}

/**
 * How immunotherapy works, one step at a time: previous/next, "Step n of N",
 * a progress indicator that jumps to any step, a picture per step and the
 * full text of every step for assistive technology.
 *
 * @summary Step-by-step explainer of how immunotherapy works.
 * @tag immuno-how-it-works
 * @slot - Optional: the page author's own steps as `<ol><li><h3>Title</h3><p>Text</p></li></ol>`.
 * @fires immuno-step-change - The user moved to another step; `detail: { step, id }`.
 * @fires immuno-content-error - Content was invalid or could not be loaded; `detail.issues` lists the problems.
 * @csspart base - The wrapper of everything.
 * @csspart progress - The progress indicator (a list of buttons, one per step).
 * @csspart progress-button - One button of the progress indicator.
 * @csspart count - "Step 3 of 8".
 * @csspart steps - The ordered list of steps.
 * @csspart step - One step.
 * @csspart picture - The picture of a step.
 * @csspart nav - The Previous / Next buttons' row.
 * @csspart previous - The Previous button.
 * @csspart next - The Next / Start again button.
 * @csspart footer - Disclaimer, review date and sources.
 * @cssprop --immuno-how-it-works-accent - Current step and pictures (default: `--immuno-color-accent`).
 * @cssprop --immuno-how-it-works-picture-size - Width of the pictures (default: `8em`).
 */
export class ImmunoHowItWorks extends ImmunoElement<'steps', 'steps'> {
  static override styles = [baseStyles, howItWorksStyles];

  /** The step shown, 1-based. Out-of-range or non-numeric values are clamped. */
  @property({ type: Number, reflect: true }) step = 1;

  /**
   * `auto` (horizontal progress in a wide column, vertical in a narrow one),
   * `horizontal`, `vertical`, or `list` (every step shown as a numbered list).
   */
  @property({ reflect: true }) layout: HowItWorksLayout = 'auto';

  /** Heading level of each step's title, 1–6 (default 3); other values are clamped. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  @state() private announcement = '';

  protected readonly namespace = 'steps';
  /** @internal */
  protected readonly contentController = new ContentController(this, stepsSection, () => this.readLightDom());

  /** @internal */
  protected readonly hash = new HashController(this, (id) => {
    const i = this.contentController.section.items.findIndex((s) => s.id === id);
    if (i < 0) return false;
    this.step = i + 1;
    // The id lives in the shadow root, where the browser's own fragment scrolling cannot find it.
    void this.updateComplete.then(() => this.scrollIntoView({ block: 'start' }));
    return true;
  });

  /** Arrows, Home and End in the progress indicator go to a step; the current step's button is the one Tab stop. */
  protected readonly progressFocus = new RovingFocusController(this, {
    items: () => [...this.renderRoot.querySelectorAll<HTMLElement>('.progress button')],
    orientation: 'both',
    singleTabStop: true,
    active: () => this.step - 1,
    onMove: (_, i) => void this.go(i + 1),
  });

  /** Block size of the author's list before upgrade: kept until the first user action, so nothing below jumps up. */
  private reserved = 0;

  override connectedCallback(): void {
    if (!this.hasUpdated && this.querySelector(':scope > ol')) this.reserved = this.getBoundingClientRect().height;
    super.connectedCallback();
  }

  /** Reads the author's `<ol><li><h2-6>Title</h2-6><p>…</p></li></ol>` as steps (content source 4). */
  private readLightDom(): unknown {
    return readSteps(this);
  }


  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const total = this.contentController.section.items.length;
    const n = Math.round(Number(this.step));
    const clamped = Math.min(Math.max(Number.isFinite(n) ? n : 1, 1), total);
    if (clamped !== this.step) this.step = clamped;
    if (this.reserved) this.style.setProperty('--_reserved', `${this.reserved}px`);
  }

  /** @internal */
  protected renderContent(): TemplateResult {
    const { section } = this.contentController;
    const items = section.items;
    const total = items.length;
    const cur = this.step - 1;
    const layout = LAYOUTS.includes(this.layout) ? this.layout : 'auto';
    const last = cur === total - 1;
    return html`<div class="hiw ${layout}">
      ${richText(section.intro)}
      <div class="stepper">
        <ol class="progress" part="progress" aria-label=${this.t('stepsLabel')}>
          ${items.map(
            (s, i) => html`<li>
              <button
                type="button"
                part="progress-button"
                class=${i < cur ? 'done' : ''}
                aria-current=${i === cur ? 'step' : nothing}
                aria-label=${this.t('stepGoTo', { step: i + 1, title: s.title })}
                @click=${() => this.go(i + 1)}
              >
                ${i + 1}
              </button>
            </li>`,
          )}
        </ol>
        <div class="panel">
          <p class="count" part="count">${this.t('stepOf', { step: this.step, total })}</p>
          <ol class=${this.announcement ? 'steps moved' : 'steps'} part="steps">
            ${items.map(
              (s, i) => html`<li
                id=${s.id}
                part="step"
                value=${i + 1}
                aria-current=${i === cur ? 'step' : nothing}
                ?hidden=${layout !== 'list' && i !== cur}
              >
                <div class="text">
                  ${heading(this.headingLevel, s.title, 'title', { focusable: true })}
                  ${richText(s.text)}
                  ${s.detail
                    ? html`<details part="detail">
                        <summary>${this.t('moreDetail')}</summary>
                        ${richText(s.detail)}
                      </details>`
                    : nothing}
                </div>
                ${picture(s.picture)}
              </li>`,
            )}
          </ol>
          <div class="nav" part="nav">
            <button
              type="button"
              part="previous"
              aria-disabled=${cur === 0 ? 'true' : 'false'}
              aria-describedby=${cur === 0 ? 'first-note' : nothing}
              @click=${() => this.go(this.step - 1, true)}
            >
              ${this.t('stepPrevious')}
            </button>
            <span id="first-note" hidden>${this.t('stepFirstNote')}</span>
            <button type="button" part="next" @click=${() => this.go(last ? 1 : this.step + 1, true)}>
              ${this.t(last ? 'stepRestart' : 'stepNext')}
            </button>
          </div>
        </div>
      </div>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </div>`;
  }

  /** Moves to step `n` on a user action: announces it, fires the event, and focuses the heading or the progress button. */
  private async go(n: number, focusHeading = false): Promise<void> {
    const items = this.contentController.section.items;
    if (n < 1 || n > items.length) return;
    this.releaseReserve();
    if (n !== this.step) {
      this.step = n;
      const s = items[n - 1];
      this.announcement = this.t('stepAnnounce', { step: n, total: items.length, title: s.title });
      this.emit('immuno-step-change', { step: n, id: s.id });
    }
    await this.updateComplete;
    const root = this.shadowRoot!;
    const target = focusHeading
      ? root.querySelector<HTMLElement>('.steps > [aria-current] .title')
      : root.querySelector<HTMLElement>('.progress [aria-current]');
    target?.focus();
  }

  private releaseReserve(): void {
    if (!this.reserved) return;
    this.reserved = 0;
    this.style.removeProperty('--_reserved');
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'immuno-how-it-works': ImmunoHowItWorks;
  }
  interface GlobalEventHandlersEventMap {
    'immuno-step-change': CustomEvent<StepChangeDetail>;
  }
}
