import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { ContentController, prepareContent } from '../../controllers/content-controller.js';
import { HashController } from '../../controllers/hash-controller.js';
import { RovingFocusController } from '../../controllers/roving-focus-controller.js';
import { richText } from '../../content/rich-text.js';
import { stepsSection } from '../../content/sections.js';
import { baseStyles } from '../../shared/base.styles.js';
import { heading } from '../../shared/heading.js';
import { ImmunoElement, reach } from '../../shared/immuno-element.js';
import { howItWorksStyles } from './how-it-works.styles.js';
import { STEPS_CHILDREN, readSteps } from './steps-light-dom.js';
import { picture } from './pictures.js';
import { steps as stepsStrings } from '../../i18n/en/steps.js';

const STEP = '\u0001';
const TITLE = '\u0002';

/**
 * "Go to step {step}: {title}" split around its two shown parts, each with the hidden words
 * before and after it (so a grid of number and title adds no space inside the words).
 */
function pieces(text: string): { before: string; shown: string; after: string }[] {
  const parts = text.split(new RegExp(`(${STEP}|${TITLE})`));
  const out: { before: string; shown: string; after: string }[] = [];
  let before = '';
  for (const p of parts) {
    if (p === STEP || p === TITLE) {
      out.push({ before, shown: p, after: '' });
      before = '';
    } else if (out.length && !before && parts.indexOf(p) > 0) out[out.length - 1].after += p;
    else before += p;
  }
  if (before && out.length) out[out.length - 1].after += before;
  return out;
}

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
 * @csspart base - The wrapper of everything.
 * @csspart progress - The progress indicator (a list of buttons, one per step).
 * @csspart progress-button - One button of the progress indicator.
 * @csspart count - "Step 3 of 8".
 * @csspart steps - The ordered list of steps.
 * @csspart step - One step.
 * @csspart picture - The picture of a step.
 * @csspart detail - A step's "More detail" disclosure (a `<details>`), when the step has one.
 * @csspart nav - The Previous / Next buttons' row.
 * @csspart previous - The Previous button.
 * @csspart next - The Next / Start again button.
 * @csspart footer - Disclaimer, review date and sources.
 * @cssprop --immuno-how-it-works-accent - Current step and pictures (default: `--immuno-color-accent`).
 * @cssprop --immuno-how-it-works-picture-size - Width of the pictures (default: `8em`).
 */
export class ImmunoHowItWorks extends ImmunoElement<'steps', 'steps'> {
  static override styles = [baseStyles, howItWorksStyles];
  /** Reads and validates an element's page markup before the kind is defined (upgrading in turn). @internal */
  static prepare = (host: Element): void => prepareContent(host, readSteps, stepsSection);

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
  /** Bumped on every announcement, so the same words written again are heard again. */
  @state() private said = 0;
  /** True while a person's own move (Next, Previous, the progress indicator) is rendered: focus says it. */
  private moving = false;
  /** True once a person has moved (the slide-in animation plays from then on). */
  @state() private moved = false;

  protected readonly namespace = { name: 'steps', english: stepsStrings } as const;
  /** @internal */
  protected readonly contentController = new ContentController(this, stepsSection, () => this.readLightDom(), STEPS_CHILDREN, {
    strings: this.namespace.name,
  });

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
    // A step set by code or by a link (no focus moves): the live region is the one channel.
    if (this.hasUpdated && changed.has('step') && !this.moving && changed.get('step') !== this.step) {
      const s = this.contentController.section.items[this.step - 1];
      this.announcement = this.t('stepAnnounce', { step: this.step, total, title: s.title });
      this.said++;
    }
  }

  /**
   * A control in a step of the page markup (its "More detail"): the same control in that step where the widget shows
   * the step, else the step's button in the progress list, so a keyboard reader keeps their place. @internal
   */
  protected override focusTargetFor(from: Element): HTMLElement | undefined {
    const id = from.closest('li[id]')?.id;
    const steps = [...this.renderRoot.querySelectorAll('.steps > li')];
    const i = id ? steps.findIndex((li) => li.id === id) : -1;
    if (i < 0) return super.focusTargetFor(from);
    return this.sameControl(from, steps[i]) ?? reach(this.renderRoot.querySelectorAll('.progress button')[i]) ?? super.focusTargetFor(from);
  }

  /** @internal */
  protected renderContent(): TemplateResult {
    const { section } = this.contentController;
    const items = section.items;
    const total = items.length;
    const cur = this.step - 1;
    const layout = LAYOUTS.includes(this.layout) ? this.layout : 'auto';
    const last = cur === total - 1;
    // "Go to step {step}: {title}": the number and the title are shown, the other words are for screen readers.
    const goTo = pieces(this.t('stepGoTo', { step: STEP, title: TITLE }));
    return html`<div class="hiw ${layout}">
      ${richText(section.intro)}
      <div class="stepper">
        <ol class="progress" part="progress" aria-label=${this.t('stepsLabel')}>
          ${this.piece(() => items.map(
            (s, i) => html`<li>
              <button
                type="button"
                part="progress-button"
                class=${i < cur ? 'done' : ''}
                aria-current=${i === cur ? 'step' : nothing}
                @click=${() => this.go(i + 1)}
              >
                ${goTo.map(
                  ({ before, shown, after }) =>
                    html`<span class=${shown === STEP ? 'n' : 'label'}
                      ><span class="visually-hidden">${before}</span>${shown === STEP ? i + 1 : s.title}<span class="visually-hidden"
                        >${after}</span
                      ></span
                    >`,
                )}
              </button>
            </li>`,
          ))}
        </ol>
        <div class="panel">
          <p class="count" part="count" id="count">${this.t('stepOf', { step: this.step, total })}</p>
          <ol class=${this.moved || this.announcement ? 'steps moved' : 'steps'} part="steps">
            ${items.map(
              (s, i) => html`<li
                id=${s.id}
                part="step"
                value=${i + 1}
                aria-current=${i === cur ? 'step' : nothing}
                aria-posinset=${layout === 'list' ? nothing : i + 1}
                aria-setsize=${layout === 'list' ? nothing : total}
                ?hidden=${layout !== 'list' && i !== cur}
              >
                ${this.piece(
                  () => html`<div class="text">
                      ${heading(this.headingLevel, s.title, 'title', { focusable: true, describedBy: layout === 'list' ? undefined : 'count' })}
                      ${richText(s.text)}
                      ${s.detail
                        ? html`<details part="detail">
                            <summary>${this.t('moreDetail')}</summary>
                            ${richText(s.detail)}
                          </details>`
                        : nothing}
                    </div>
                    ${picture(s.picture)}`,
                )}
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
      <div class="visually-hidden" role="status" aria-live="polite">${keyed(this.said, html`<span>${this.announcement}</span>`)}</div>
    </div>`;
  }

  /**
   * Moves to step `n` on a person's action, fires the event, and focuses the step's heading
   * (described by "Step n of N") or the progress button (named by the step). Focus is the one
   * channel: the live region stays quiet, so nothing is heard twice.
   */
  private async go(n: number, focusHeading = false): Promise<void> {
    const items = this.contentController.section.items;
    if (n < 1 || n > items.length) return;
    this.releaseReserve();
    if (n !== this.step) {
      this.moving = true;
      this.moved = true;
      this.step = n;
      this.announcement = '';
      this.emit('immuno-step-change', { step: n, id: items[n - 1].id });
    }
    try {
      await this.updateComplete;
    } finally {
      this.moving = false;
    }
    const root = this.shadowRoot!;
    const target = focusHeading
      ? root.querySelector<HTMLElement>('.steps > [aria-current] .title')
      : root.querySelector<HTMLElement>('.progress [aria-current]');
    target?.focus();
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
