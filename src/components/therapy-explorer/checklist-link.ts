/**
 * "Check my symptoms": points the first `tag` element on the page (the
 * side-effect checklist) at a therapy's symptom set (its `therapy` attribute)
 * and moves focus to it. Does nothing when there is none.
 */
export async function openChecklist(tag: string, therapy: string): Promise<void> {
  const c = document.querySelector<HTMLElement & { updateComplete?: Promise<unknown> }>(tag);
  if (!c) return;
  c.setAttribute('therapy', therapy);
  await c.updateComplete;
  c.focus();
  // A checklist whose focus() does not take focus: its first control, else the element itself.
  if (!c.matches(':focus-within')) c.shadowRoot?.querySelector<HTMLElement>('input, button, select, a[href]')?.focus();
  if (!c.matches(':focus-within')) {
    if (!c.hasAttribute('tabindex')) c.tabIndex = -1;
    c.focus();
  }
}
