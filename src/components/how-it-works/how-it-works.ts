import { html, type TemplateResult } from 'lit';
import { ContentController } from '../../controllers/content-controller.js';
import { meta } from '../../content/en/meta.js';
import { steps } from '../../content/en/steps.js';
import { richText } from '../../content/rich-text.js';
import { StepSchema, StepsSectionSchema } from '../../content/schema.js';
import { baseStyles } from '../../shared/base.styles.js';
import { ImmunoElement } from '../../shared/immuno-element.js';
import { howItWorksStyles } from './how-it-works.styles.js';

/**
 * How immunotherapy works, one step at a time.
 *
 * @summary Step-by-step explainer of how immunotherapy works.
 * @tag immuno-how-it-works
 * @fires immuno-content-error - Content was invalid or could not be loaded; `detail.issues` lists the problems.
 * @csspart base - The wrapper of everything.
 * @csspart footer - Disclaimer, review date and sources.
 */
export class ImmunoHowItWorks extends ImmunoElement<'steps'> {
  static override styles = [baseStyles, howItWorksStyles];

  protected readonly contentController = new ContentController(
    this,
    'steps',
    { section: StepsSectionSchema, item: StepSchema },
    { meta, section: steps },
  );

  protected renderContent(): TemplateResult {
    const { section } = this.contentController;
    return html`${richText(section.intro)}
      <ol class="steps" part="steps">
        ${section.items.map(
          (s) => html`<li id=${s.id} part="step">
            <h3>${s.title}</h3>
            ${richText(s.text)}
          </li>`,
        )}
      </ol>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'immuno-how-it-works': ImmunoHowItWorks;
  }
}
