import { expect } from '@open-wc/testing';

interface Decl {
  tagName?: string;
  events?: { name: string }[];
  members?: { name: string; privacy?: string }[];
}

/** `custom-elements.json` is written by the build (`npm run manifest`) before the tests run. */
async function declarations(): Promise<Decl[]> {
  const m = (await (await fetch('/custom-elements.json')).json()) as { modules: { declarations?: Decl[] }[] };
  return m.modules.flatMap((mod) => mod.declarations ?? []).filter((d) => d.tagName);
}

describe('custom-elements.json (what Storybook and editors show)', () => {
  it('lists only the real, prefixed events of each tag', async () => {
    const decls = await declarations();
    expect(decls).to.have.length.greaterThan(3);
    for (const d of decls) {
      expect(d.events?.length, d.tagName).to.be.greaterThan(0);
      for (const e of d.events ?? []) expect(e.name, d.tagName).to.match(/^immuno-[a-z-]+$/);
    }
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
