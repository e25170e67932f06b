/**
 * Registers custom elements without ever throwing. A CMS may load the bundle
 * twice, or another copy may have registered a tag first: those tags are
 * skipped with one console warning for the whole call.
 */
export function defineElements(elements: Record<string, CustomElementConstructor>): void {
  const skipped: string[] = [];
  for (const [tag, ctor] of Object.entries(elements)) {
    try {
      if (customElements.get(tag)) skipped.push(tag);
      else customElements.define(tag, ctor);
    } catch {
      skipped.push(tag);
    }
  }
  if (skipped.length)
    console.warn(
      `immuno-widgets: ${skipped.join(', ')} ${skipped.length > 1 ? 'are' : 'is'} already defined on this page ` +
        '(is the bundle loaded twice?); keeping the first definition.',
    );
}
