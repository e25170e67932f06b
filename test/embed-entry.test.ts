import { expect } from '@open-wc/testing';
import * as embed from '../src/embed/index.js';
import { widgets } from '../src/widgets.js';

// The browser entry (dist/embed.js) as the embed builder and the WordPress block editor use it.
describe('immuno-widgets/embed', () => {
  it('finds each widget of the registry by its name, tag, alias or any case', () => {
    for (const w of widgets) {
      expect(embed.widgetFor(w.name)).to.equal(w.name);
      expect(embed.widgetFor(w.tag.toUpperCase())).to.equal(w.name);
      for (const a of w.aliases) expect(embed.widgetFor(` ${a} `)).to.equal(w.name);
    }
    expect(embed.widgetFor('accordion')).to.equal(undefined);
  });

  it('gives a fresh built-in pack per widget that validates and renders without issues', () => {
    for (const w of widgets) {
      const pack = embed.builtInPack(w.name) as unknown as Record<string, unknown>;
      expect(Object.keys(pack).sort(), w.name).to.deep.equal(['meta', w.section].sort());
      expect(embed.checkPack(pack).errors, w.name).to.deep.equal([]);
      const { html, issues } = embed.renderSnippet(w.name, { content: pack });
      expect(issues, w.name).to.deep.equal([]);
      expect(html).to.contain(`<${w.tag} lang="en"`);
      (pack.meta as { language: string }).language = 'xx-changed';
      expect((embed.builtInPack(w.name) as { meta: { language: string } }).meta.language).to.equal('en');
    }
  });

  it('says a missing required field is required (not misspelt), with its path', () => {
    const { errors } = embed.checkPack({ meta: { sources: [{ title: 'T', url: 'https://example.org' }], disclaimer: 'D' }, faq: { items: [{ id: 'a', question: 'Q?', answer: 'A.' }] } });
    const language = errors.find((e) => e.path === 'meta.language');
    expect(language?.hint).to.equal('add "language": it is required here');
  });

  it('warns about a misspelt section and suggests the right one', () => {
    const { warnings } = embed.checkPack({ ...embed.builtInPack('faq'), faqs: {} });
    expect(warnings.find((w) => w.path === 'faqs')?.message).to.contain('did you mean "faq"?');
  });
});
