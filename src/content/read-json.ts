/**
 * Reads the text of a `<script type="application/json">` (a widget's child, or
 * one named by `content="#id"`) as a content pack.
 */
import type { ContentIssue } from './validate.js';

/** The outcome of reading JSON text: the value, or one problem in words. */
export type JsonRead = { value: unknown; repaired: string[] } | { problem: string };

/**
 * Parses JSON text. `where` names the script in the problem (`the JSON script
 * child`, `#our-faq`). An empty text is a problem of its own, because editors
 * empty scripts (CKEditor 5 empties one nested in a custom element).
 */
export function readJsonText(text: string | null | undefined, where: string): JsonRead {
  const raw = text ?? '';
  if (!raw.trim())
    return {
      problem:
        `${where} is empty (an editor may have removed its text: CKEditor 5 empties a script inside a custom element; ` +
        'put the script elsewhere in the page with an id and give the widget content="#that-id")',
    };
  try {
    return { value: JSON.parse(raw) as unknown, repaired: [] };
  } catch (e) {
    return { problem: `${where} is not valid JSON (${(e as Error).message})` };
  }
}

/** A one-issue list for a problem found before validation. */
export const problem = (message: string): ContentIssue[] => [{ path: '', message }];
