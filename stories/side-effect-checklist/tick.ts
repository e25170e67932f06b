import { userEvent } from 'storybook/test';
import type { ImmunoSideEffectChecklist } from '../../src/components/side-effect-checklist/side-effect-checklist.js';
import { widgetIn } from '../support/stories.js';

/**
 * Ticks symptoms the way a patient would: a click on the checkbox, then on a severity. Each entry is a symptom id,
 * `id:severity` (`mild`, `moderate`, `severe`) or `none` ("None of these").
 */
export async function tick(canvasElement: HTMLElement, ids: readonly string[]) {
  const found = await widgetIn<ImmunoSideEffectChecklist>(canvasElement, 'immuno-side-effect-checklist');
  const { el, root } = found;
  for (const entry of ids) {
    const [id, severity] = entry.split(':');
    const box = root.querySelector<HTMLInputElement>(id === 'none' ? '#none' : `#s-${id}`);
    if (!box) throw new Error(`no symptom "${id}" in this checklist`);
    await userEvent.click(box);
    await el.updateComplete;
    if (severity) {
      const i = ['mild', 'moderate', 'severe'].indexOf(severity);
      await userEvent.click(root.querySelectorAll<HTMLInputElement>(`input[name="sev-${id}"]`)[i]);
      await el.updateComplete;
    }
  }
  return found;
}
