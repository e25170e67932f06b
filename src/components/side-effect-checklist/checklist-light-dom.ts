import { lightDomPack, readJson, readRichText, textOf, tokens } from '../../content/read-rich-text.js';
import { symptomsSection } from '../../content/sections.js';

/** The checklist's own children in its light-DOM form. */
export const CHECKLIST_CHILDREN = 'fieldset';

/**
 * Reads the checklist's light-DOM form as a content pack:
 *
 * ```html
 * <fieldset id="skin"><legend>Skin</legend><ul>
 *   <li id="rash" data-therapies="checkpoint" data-urgency="call" data-severity="visit call emergency">
 *     <p><strong>Label</strong> <small>hint</small></p><div data-advice>advice blocks</div>
 *     <p data-level>Mild: … Moderate: … (for people without the script; not read)</p></li>
 * </ul></fieldset>
 * ```
 *
 * Each fieldset is a group (id, legend), each `<li id>` a symptom of that
 * group. `data-severity` is the mild, moderate and severe urgency in that
 * order. Structured fields added to the schema later travel as JSON in the
 * item's `data-json` (and the section's in `<div data-extra data-section>`).
 * Undefined when there is no `<fieldset>` child.
 */
export function readSymptoms(host: Element): Record<string, unknown> | undefined {
  const fieldsets = [...host.querySelectorAll(':scope > fieldset')];
  if (!fieldsets.length) return undefined;
  const groups = fieldsets.map((f) => ({ id: f.id, name: textOf(f.querySelector(':scope > legend')) }));
  const items = fieldsets.flatMap((f) =>
    [...f.querySelectorAll(':scope > ul > li')].map((li) => {
      const label = li.querySelector(':scope > p:not([data-level])');
      const hint = label?.querySelector('small');
      const [mild, moderate, severe] = tokens(li, 'data-severity');
      return {
        ...readJson(li),
        id: li.id,
        group: f.id,
        label: textOf(label?.querySelector('strong') ?? label),
        ...(hint ? { hint: textOf(hint) } : {}),
        therapies: tokens(li, 'data-therapies'),
        urgency: li.getAttribute('data-urgency') ?? '',
        ...(li.hasAttribute('data-severity') ? { severity: { mild, moderate, severe } } : {}),
        advice: readRichText(li.querySelector(':scope > [data-advice]')) ?? '',
      };
    }),
  );
  return lightDomPack(host, 'symptoms', { groups, items }, symptomsSection.builtIn.meta);
}
