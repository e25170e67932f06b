/**
 * Reads the text of a `<script type="application/json">` (a widget's child, or
 * one named by `content="#id"`) as a content pack, through the damage editors
 * do to it where the meaning is unambiguous (see `src/content/editor-damage.ts`).
 */
import type { ContentIssue } from './validate.js';

/** The outcome of reading JSON text: the value and what was repaired, or one problem in words. */
export type JsonRead = { value: unknown; repaired: string[] } | { problem: string };

/**
 * Parses JSON text. `where` names the script in the problem (`the JSON script
 * child`, `#our-faq`). Text that is not JSON as it stands is read again with
 * editor damage undone (`repairJson`); `repaired` then names what was undone.
 * An empty text is a problem of its own, because editors empty scripts
 * (CKEditor 5 empties one nested in a custom element).
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
    const fixed = repairJson(raw);
    if (fixed.repaired.length)
      try {
        return { value: JSON.parse(fixed.text) as unknown, repaired: fixed.repaired };
      } catch {
        /* reported below with the first error */
      }
    return { problem: `${where} is not valid JSON (${(e as Error).message})` };
  }
}

const NAMED: Record<string, string> = {
  quot: '"', amp: '&', lt: '<', gt: '>', apos: "'", nbsp: '\u00a0',
  ldquo: '\u201c', rdquo: '\u201d', lsquo: '\u2018', rsquo: '\u2019', hellip: '\u2026', ndash: '\u2013', mdash: '\u2014',
};
const ENTITY = /&(?:#(\d+)|#x([\da-f]+)|([a-z]+));/gi;
const decodeEntities = (s: string) =>
  s.replace(ENTITY, (whole, dec?: string, hex?: string, name?: string) =>
    dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : (NAMED[name!.toLowerCase()] ?? whole),
  );

/** Quote marks an editor may have put where JSON has `"`: curly quotes (wptexturize), low-9, double prime. */
const QUOTES = new Set(['"', '\u201c', '\u201d', '\u201e', '\u2033']);
/** Tags wpautop writes into script text: `</p>\n<p>` for a blank line, `<br />`. */
const TAG = /^<\/?p(?:\s[^>]*)?>|^<br\s*\/?>/i;

/** True when a quote at `i` can end a JSON string: what follows is `:`, `}`, `]`, the end, or `,` and then a value. */
function closes(s: string, i: number): boolean {
  let j = i + 1;
  while (j < s.length && /\s/.test(s[j])) j++;
  const next = s[j];
  if (next === undefined || next === ':' || next === '}' || next === ']' || next === '<') return true;
  if (next !== ',') return false;
  j++;
  while (j < s.length && /\s/.test(s[j])) j++;
  return j >= s.length || QUOTES.has(s[j]) || /[[{\d\-tfn<]/.test(s[j]);
}

/**
 * Undoes editor damage in JSON text: HTML entities (`&quot;`), wpautop's
 * `<p>`/`</p>`/`<br>` between tokens, and curly quotes where JSON has `"`
 * (a quote opens a string outside one, and closes it only where a JSON token
 * follows; a curly quote inside the text stays as it is). Returns the text and
 * what was undone (empty when nothing was).
 */
export function repairJson(input: string): { text: string; repaired: string[] } {
  const repaired = new Set<string>();
  let s = input;
  if (ENTITY.test(s) && !/^\s*[[{]\s*"/.test(s)) {
    s = decodeEntities(s);
    repaired.add('HTML entities');
  }
  ENTITY.lastIndex = 0;
  let out = '';
  let inString = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (!inString) {
      const tag = c === '<' ? TAG.exec(s.slice(i, i + 24)) : null;
      if (tag) {
        repaired.add('<p> and <br> tags from a blank line or line breaks (WordPress wpautop)');
        i += tag[0].length - 1;
      } else if (QUOTES.has(c)) {
        if (c !== '"') repaired.add('curly quotes');
        out += '"';
        inString = true;
      } else out += c;
    } else if (c === '\\') {
      out += c + (s[i + 1] ?? '');
      i++;
    } else if (QUOTES.has(c) && closes(s, i)) {
      if (c !== '"') repaired.add('curly quotes');
      out += '"';
      inString = false;
    } else out += c === '"' ? '\\"' : c;
  }
  return { text: out, repaired: [...repaired] };
}

/** A one-issue list for a problem found before validation. */
export const problem = (message: string): ContentIssue[] => [{ path: '', message }];
