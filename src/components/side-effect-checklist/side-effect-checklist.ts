import { html, type TemplateResult } from 'lit';
import { ContentController } from '../../controllers/content-controller.js';
import { meta } from '../../content/en/meta.js';
import { symptoms } from '../../content/en/symptoms.js';
import { SymptomSchema, SymptomsSectionSchema } from '../../content/schema.js';
import { richText } from '../../content/rich-text.js';
import { baseStyles } from '../../shared/base.styles.js';
import { ImmunoElement } from '../../shared/immuno-element.js';
import { checklistStyles } from './side-effect-checklist.styles.js';

/**
 * A patient ticks what they feel and learns what to do about it.
 *
 * @summary Side-effect checklist with a tiered action plan.
 * @tag immuno-side-effect-checklist
 * @fires immuno-content-error - Content was invalid or could not be loaded; `detail.issues` lists the problems.
 * @csspart base - The wrapper of everything.
 * @csspart footer - Disclaimer, review date and sources.
 */
export class ImmunoSideEffectChecklist extends ImmunoElement<'symptoms'> {
  static override styles = [baseStyles, checklistStyles];

  protected readonly contentController = new ContentController(
    this,
    'symptoms',
    { section: SymptomsSectionSchema, item: SymptomSchema },
    { meta, section: symptoms },
  );

  protected renderContent(): TemplateResult {
    const { section } = this.contentController;
    return html`${richText(section.intro)}
      <p class="disclaimer">${this.t('checklistDisclaimer')}</p>
      ${section.groups.map((g) => {
        const items = section.items.filter((s) => s.group === g.id);
        return items.length
          ? html`<fieldset part="group">
              <legend>${g.name}</legend>
              ${items.map(
                (s) => html`<div class="symptom">
                  <input type="checkbox" id=${`s-${s.id}`} aria-describedby=${s.hint ? `h-${s.id}` : ''} />
                  <label for=${`s-${s.id}`}>${s.label}</label>
                  ${s.hint ? html`<div class="hint" id=${`h-${s.id}`}>${s.hint}</div>` : ''}
                </div>`,
              )}
            </fieldset>`
          : '';
      })}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'immuno-side-effect-checklist': ImmunoSideEffectChecklist;
  }
}
