import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ContentController } from '../../controllers/content-controller.js';
import { faq } from '../../content/en/faq.js';
import { meta } from '../../content/en/meta.js';
import { richText } from '../../content/rich-text.js';
import { FaqSectionSchema, QuestionSchema } from '../../content/schema.js';
import { baseStyles } from '../../shared/base.styles.js';
import { ImmunoElement } from '../../shared/immuno-element.js';
import { faqStyles } from './faq.styles.js';

/**
 * Questions patients ask about immunotherapy, as an accordion.
 *
 * @summary FAQ accordion with built-in immunotherapy questions.
 * @tag immuno-faq
 * @fires immuno-content-error - Content was invalid or could not be loaded; `detail.issues` lists the problems.
 * @csspart base - The wrapper of everything.
 * @csspart footer - Disclaimer, review date and sources.
 * @cssprop --immuno-color-accent - Links and focus colour.
 */
export class ImmunoFaq extends ImmunoElement<'faq'> {
  static override styles = [baseStyles, faqStyles];

  /** Heading level of each question, 1–6. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  protected readonly contentController = new ContentController(
    this,
    'faq',
    { section: FaqSectionSchema, item: QuestionSchema },
    { meta, section: faq },
  );

  protected renderContent(): TemplateResult {
    const { section } = this.contentController;
    return html`${richText(section.intro)}
      <div class="list" part="list">
        ${section.items.map(
          (q) => html`<details class="item" part="item" ?open=${q.open}>
            <summary part="question">${q.question}</summary>
            <div class="answer" part="answer">${richText(q.answer)}</div>
          </details>`,
        )}
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'immuno-faq': ImmunoFaq;
  }
}
