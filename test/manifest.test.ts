import { expect } from '@open-wc/testing';

interface Item {
  name: string;
  description?: string;
  privacy?: string;
}
interface Decl {
  name: string;
  tagName?: string;
  attributes?: Item[];
  members?: Item[];
  events?: Item[];
  slots?: Item[];
  cssParts?: Item[];
  cssProperties?: Item[];
  cssStates?: Item[];
}
interface Module {
  path: string;
  declarations?: Decl[];
}

/** What a page author, Storybook's docs and controls, and the JSX typings read from the manifest. */
const kinds = ['attributes', 'members', 'events', 'slots', 'cssParts', 'cssProperties', 'cssStates'] as const;

/** `custom-elements.json` is written by the build (`npm run manifest`) before the tests run. */
async function modules(): Promise<Module[]> {
  return ((await (await fetch('/custom-elements.json')).json()) as { modules: Module[] }).modules;
}
async function declarations(): Promise<Decl[]> {
  return (await modules()).flatMap((mod) => mod.declarations ?? []).filter((d) => d.tagName);
}

/** The text of `path` and of every module under /src/ it imports, as the dev server serves them (TypeScript compiled). */
async function sources(path: string, seen = new Map<string, string>()): Promise<Map<string, string>> {
  if (seen.has(path)) return seen;
  let res = await fetch(path);
  if (!res.ok && path.endsWith('.js')) res = await fetch(path.replace(/\.js$/, '.ts'));
  expect(res.ok, `${path} could not be read`).to.equal(true);
  const text = await res.text();
  seen.set(path, text);
  for (const [, spec] of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["']([^"']+)["']/g)) {
    const url = new URL(spec, new URL(path, location.origin));
    if (url.origin === location.origin && url.pathname.startsWith('/src/')) await sources(url.pathname, seen);
  }
  return seen;
}

/**
 * Part names a template can give, from `part="a b-${x}"` and `part=${c ? 'a b' : 'a'}`; a name cut by an
 * interpolation (`level-${level}`) comes back as its prefix ending in `-`.
 */
export function partNames(text: string): Set<string> {
  const names = new Set<string>();
  for (const [, quoted, expr] of text.matchAll(/\bpart=(?:"([^"]*)"|\$\{([^}]*)\})/g)) {
    const words = quoted !== undefined ? quoted.replace(/\$\{[^}]*\}/g, '\u0000').split(/\s+/) : [...expr.matchAll(/["']([^"']*)["']/g)].flatMap((m) => m[1].split(/\s+/));
    for (const w of words) if (w) names.add(w.includes('\u0000') ? w.slice(0, w.indexOf('\u0000')) : w);
  }
  return names;
}

describe('custom-elements.json (what Storybook and editors show)', () => {
  it('lists only the real, prefixed events of each tag, each with a literal name', async () => {
    const decls = await declarations();
    expect(decls).to.have.length.greaterThan(3);
    for (const d of decls) {
      expect(d.events?.length, d.tagName).to.be.greaterThan(0);
      // A name the analyzer could not read as a string literal (`dispatchEvent(new CustomEvent(type))` in a
      // helper) shows up as the variable's name, such as `type`: an event that does not exist.
      for (const e of d.events ?? []) expect(e.name, `${d.tagName} lists the event "${e.name}"`).to.match(/^immuno-[a-z]+(-[a-z]+)*$/);
    }
  });

  it('describes every attribute, property, event, slot, CSS part, CSS custom property and state of every tag', async () => {
    const missing: string[] = [];
    for (const d of await declarations())
      for (const kind of kinds)
        for (const item of d[kind] ?? []) if (!item.description?.trim()) missing.push(`${d.tagName} ${kind}: ${item.name || '(default slot)'}`);
    expect(missing).to.deep.equal([]);
  });

  it('the description check finds a member without one (it can fail)', () => {
    const d: Decl = { name: 'X', tagName: 'immuno-x', attributes: [{ name: 'lang' }], events: [{ name: 'type', description: ' ' }] };
    const missing = kinds.flatMap((kind) => (d[kind] ?? []).filter((i) => !i.description?.trim()).map((i) => `${kind}: ${i.name}`));
    expect(missing).to.deep.equal(['attributes: lang', 'events: type']);
  });

  it("documents every part the widget's templates can render, and every --immuno-* property its styles read", async () => {
    const problems: string[] = [];
    for (const mod of await modules()) {
      for (const d of mod.declarations ?? []) {
        if (!d.tagName) continue;
        const text = [...(await sources(`/${mod.path}`)).values()].join('\n');
        const parts = (d.cssParts ?? []).map((p) => p.name);
        for (const p of partNames(text))
          if (p.endsWith('-') ? !parts.some((q) => q.startsWith(p)) : !parts.includes(p)) problems.push(`${d.tagName}: part "${p}" is not documented (@csspart)`);
        const props = new Set((d.cssProperties ?? []).map((p) => p.name));
        for (const [, prop] of text.matchAll(/var\(\s*(--immuno-[a-z0-9-]+)/g))
          if (!props.has(prop)) problems.push(`${d.tagName}: ${prop} is not documented (@cssprop)`);
      }
    }
    expect([...new Set(problems)]).to.deep.equal([]);
  });

  it('the part reader finds plain, interpolated and conditional part names (it can fail)', () => {
    const text = 'html`<div part="base">` html`<div part="level level-${x}">` html`<button part=${c ? "item current" : \'item\'}>`';
    expect([...partNames(text)].sort()).to.deep.equal(['base', 'current', 'item', 'level', 'level-']);
  });

  it('lists no internal, protected or private member', async () => {
    for (const d of await declarations()) {
      const names = (d.members ?? []).map((m) => m.name);
      for (const internal of ['t', 'emit', 'readLightDom', 'renderContent', 'contentController', 'internals', 'formatDate', 'plain'])
        expect(names, `${d.tagName} lists ${internal}`).to.not.include(internal);
      for (const m of d.members ?? []) expect(m.privacy ?? 'public', `${d.tagName}.${m.name}`).to.equal('public');
    }
  });
});
