import { fold } from './search.js';

/**
 * The one id rule: lower-case letters, digits and hyphens, starting with a
 * letter or digit. Content ids (the schema), the ids the widgets make, and the
 * URL fragments they answer to all follow it.
 */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

/** True when `value` follows {@link ID_PATTERN}. */
export const isId = (value: string): boolean => ID_PATTERN.test(value);

/** A slug usable as an id: "What is CAR-T?" → "what-is-car-t"; `fallback` when nothing is left. */
export function slug(text: string, fallback = 'item'): string {
  return (
    fold(text)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || fallback
  );
}

/** `own` when it is already a valid id, else a slug of `own`, else of `text`. */
export const idFrom = (own: string | undefined, text: string): string => {
  const raw = own?.trim() ?? '';
  return isId(raw) ? raw : slug(raw || text);
};

/** The ids made unique in order: a repeated id gets `-2`, `-3`… */
export function uniqueIds(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  return ids.map((base) => {
    let id = base;
    for (let n = 2; seen.has(id); n++) id = `${base}-${n}`;
    seen.add(id);
    return id;
  });
}
