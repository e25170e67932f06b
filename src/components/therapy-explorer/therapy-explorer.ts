import { html, type TemplateResult } from 'lit';
import { ContentController } from '../../controllers/content-controller.js';
import { meta } from '../../content/en/meta.js';
import { therapies } from '../../content/en/therapies.js';
import { richText } from '../../content/rich-text.js';
import { TherapiesSectionSchema, TherapySchema } from '../../content/schema.js';
import { baseStyles } from '../../shared/base.styles.js';
import { ImmunoElement } from '../../shared/immuno-element.js';
import { explorerStyles } from './therapy-explorer.styles.js';

/**
 * The kinds of immunotherapy: what each does, which cancers it treats,
 * example medicines, how it is given and its side effects.
 *
 * @summary Therapy-type explorer.
 * @tag immuno-therapy-explorer
 * @fires immuno-content-error - Content was invalid or could not be loaded; `detail.issues` lists the problems.
 * @csspart base - The wrapper of everything.
 * @csspart footer - Disclaimer, review date and sources.
 */
export class ImmunoTherapyExplorer extends ImmunoElement<'therapies'> {
  static override styles = [baseStyles, explorerStyles];

  protected readonly contentController = new ContentController(
    this,
    'therapies',
    { section: TherapiesSectionSchema, item: TherapySchema },
    { meta, section: therapies },
  );

  protected renderContent(): TemplateResult {
    const { section } = this.contentController;
    return html`${richText(section.intro)}
      ${section.items.map(
        (t) => html`<section class="therapy" part="therapy" id=${t.id}>
          <h3>${t.name}</h3>
          <p>${t.summary}</p>
          <h4>${this.t('explorerHowItWorks')}</h4>
          ${richText(t.howItWorks)}
        </section>`,
      )}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'immuno-therapy-explorer': ImmunoTherapyExplorer;
  }
}
