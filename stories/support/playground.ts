/**
 * The Playground story of a widget: one control per attribute of its entry in `custom-elements.json` (the same
 * manifest Storybook's docs read), with the manifest's defaults as args. The story writes each attribute that
 * differs from its default onto the element, so "Show code" is the markup a page author would write, and it
 * forwards the widget's events to the Actions panel.
 */
import type { ArgTypes, Args } from '@storybook/web-components-vite';
import manifest from '../../custom-elements.json';
import { contentLanguages } from '../../src/content/languages.js';

interface ManifestAttribute {
  name: string;
  type?: { text: string };
  default?: string;
  description?: string;
}
interface ManifestDeclaration {
  tagName?: string;
  attributes?: ManifestAttribute[];
  events?: { name: string }[];
}

const declaration = (tag: string): ManifestDeclaration => {
  for (const mod of (manifest as { modules: { declarations?: ManifestDeclaration[] }[] }).modules) {
    const found = mod.declarations?.find((d) => d.tagName === tag);
    if (found) return found;
  }
  throw new Error(`${tag} is not in custom-elements.json (run npm run manifest)`);
};

/** A manifest default (`3`, `false`, `'all'`, `undefined`) as a value. */
function parseDefault(text: string | undefined): unknown {
  if (text === undefined || text === 'undefined') return undefined;
  if (text === 'true' || text === 'false') return text === 'true';
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  const quoted = /^'(.*)'$|^"(.*)"$/.exec(text);
  return quoted ? (quoted[1] ?? quoted[2]) : text;
}

/** The string literals of a union type text (`'own' | 'shared'`), or undefined when it is not such a union. */
function literals(type: string): string[] | undefined {
  const parts = type.split('|').map((p) => p.trim());
  return parts.every((p) => /^'.*'$/.test(p)) ? parts.map((p) => p.slice(1, -1)) : undefined;
}

/**
 * Args, argTypes and render for `<tag>`'s Playground. `options` names the choices of an attribute whose manifest
 * type is an alias (`TherapyFilter`) or a free string with known values (a therapy id).
 */
export function playground(tag: string, options: Record<string, readonly string[]> = {}): { args: Args; argTypes: ArgTypes; render: (args: Args) => HTMLElement } {
  const d = declaration(tag);
  const attributes = d.attributes ?? [];
  const args: Args = {};
  const argTypes: ArgTypes = {};
  for (const a of attributes) {
    const type = a.type?.text ?? 'string';
    const value = parseDefault(a.default);
    const choices = a.name === 'lang' ? ['', ...contentLanguages] : (options[a.name] ?? literals(type));
    let control: ArgTypes[string]['control'];
    if (a.name === 'content') control = 'text'; // only `#id` makes sense as text; the Content stories show the rest
    else if (type === 'boolean') control = 'boolean';
    else if (type === 'number') control = 'number';
    else if (choices) control = choices.length > 4 ? 'select' : 'inline-radio';
    else control = 'text';
    args[a.name] = value ?? (a.name === 'lang' ? '' : undefined);
    // The type and category are set here too: Storybook reads URL args by the type, and a part of the same name
    // (how it works has `step` as both) would otherwise take the attribute's row.
    const sbType = type === 'boolean' || type === 'number' ? type : choices ? 'enum' : 'string';
    argTypes[a.name] = {
      control,
      type: sbType === 'enum' ? { name: 'enum', value: [...choices!], required: false } : { name: sbType, required: false },
      table: { category: 'attributes' },
      ...(choices ? { options: choices } : {}),
    };
  }
  const defaults = Object.fromEntries(attributes.map((a) => [a.name, parseDefault(a.default)]));
  const events = (d.events ?? []).map((e) => e.name);
  const handler = (event: string) => `on${event.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase())}`;
  return {
    args,
    argTypes,
    render: (values) => {
      const el = document.createElement(tag);
      for (const a of attributes) {
        const v = values[a.name];
        if (v === undefined || v === null || v === '' || v === false || v === defaults[a.name]) continue;
        el.setAttribute(a.name, v === true ? '' : String(v));
      }
      for (const event of events) {
        const fn = values[handler(event)];
        if (typeof fn === 'function') el.addEventListener(event, fn as EventListener);
      }
      return el;
    },
  };
}
