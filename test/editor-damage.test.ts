import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { defineAll } from '../src/define-all.js';
import type { ContentErrorDetail } from '../src/controllers/content-controller.js';
import { renderSnippet } from '../src/embed/render.js';
import { MARK, everyWidget, lightDomOf, markedPack } from './content-sources.js';
import { captureWarnings, shadowText, waitFor } from './helpers.js';
import { wpautop } from './wpautop.js';

defineAll();

/** What WordPress's wptexturize (or a visual editor) does to quotes in text: “curly”. */
const curly = (s: string) => s.replace(/"([^"]*)"/g, '\u201c$1\u201d');
const json = (section: Parameters<typeof markedPack>[0]) => JSON.stringify(markedPack(section), null, 1);

interface Mounted {
  el: LitElement;
  warnings: string[];
  errors: ContentErrorDetail[];
}

/** Puts `html` in the page (parsed as a browser parses a CMS page) and waits for the widget to render. */
async function mount(tag: string, html: string): Promise<Mounted> {
  const box = document.createElement('div');
  box.dataset.damage = '';
  const errors: ContentErrorDetail[] = [];
  box.addEventListener('immuno-content-error', (e) => errors.push(e.detail));
  let el!: LitElement;
  const warnings = await captureWarnings(async () => {
    document.body.append(box);
    box.innerHTML = html;
    el = box.querySelector(tag) as LitElement;
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 30));
    await el.updateComplete;
  });
  return { el, warnings, errors };
}
afterEach(() => document.querySelectorAll('[data-damage]').forEach((b) => b.remove()));

/** The snippet the renderer writes for the marked pack, without its wrapping `<div class="immuno-embed">`. */
const bare = (tag: string, section: Parameters<typeof markedPack>[0]) =>
  `<${tag}>\n${lightDomOf(tag, markedPack(section))}\n</${tag}>\n`;

describe('editor damage: the widgets read their content through what CMS editors do to it', () => {
  for (const { tag, section } of everyWidget) {
    describe(tag, () => {
      it('wpautop on the documented snippet (inside <div class="immuno-embed">): read, nothing reported', async () => {
        const { el, warnings, errors } = await mount(tag, wpautop(renderSnippet(tag, { content: markedPack(section) }).html));
        expect(shadowText(el)).to.include(MARK);
        expect(warnings).to.deep.equal([]);
        expect(errors).to.deep.equal([]);
      });

      it('wpautop without the wrapper closes the element early (<p><tag></p>): the content after it is moved back, one warning', async () => {
        const html = wpautop(bare(tag, section));
        expect(html.startsWith(`<p><${tag}`), 'the damage is real').to.equal(true);
        const { el, warnings, errors } = await mount(tag, html);
        expect(shadowText(el)).to.include(MARK);
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.match(new RegExp(`^${tag}: .*wpautop.*The content was read\\.`));
        expect(errors).to.have.length(1);
        expect(el.parentElement!.nextElementSibling?.matches('p:empty') ?? true, 'nothing left outside but the empty <p>').to.equal(true);
      });

      it('a blank line inside the JSON child (wpautop writes </p>\\n<p> into the script): read, one warning naming it', async () => {
        const text = json(section).replace('\n', '\n\n');
        const html = wpautop(`<div class="immuno-embed"><${tag}>\n<script type="application/json">\n${text}\n</script>\n</${tag}></div>`);
        expect(html).to.include('</p>\n<p>');
        const { el, warnings, errors } = await mount(tag, html);
        expect(shadowText(el)).to.include(MARK);
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.include('wpautop');
        expect(errors).to.have.length(1);
      });

      it('curly quotes in the JSON child (wptexturize): read, one warning naming them', async () => {
        const { el, warnings } = await mount(tag, `<${tag}><script type="application/json">${curly(json(section))}</script></${tag}>`);
        expect(shadowText(el)).to.include(MARK);
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.include('curly quotes');
      });

      it('HTML entities in the JSON child (&quot;): read, one warning naming them', async () => {
        const escaped = json(section).replace(/&/g, '&amp;').replace(/"/g, '&quot;');
        const { el, warnings } = await mount(tag, `<${tag}><script type="application/json">${escaped}</script></${tag}>`);
        expect(shadowText(el)).to.include(MARK);
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.include('HTML entities');
      });

      it('the pack left as text in a <p> (the editor removed the script tags, curled the quotes): read, one warning', async () => {
        const text = curly(json(section)).replace(/&/g, '&amp;').replace(/</g, '&lt;');
        const { el, warnings, errors } = await mount(tag, wpautop(`<div class="immuno-embed"><${tag}>\n${text}\n</${tag}></div>`));
        expect(shadowText(el)).to.include(MARK);
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.include('removed its <script> tags');
        expect(errors).to.have.length(1);
      });

      it('a JSON script wpautop wrapped in <p> and put after the element: moved back and read', async () => {
        const html = wpautop(`<${tag}>\n\n<script type="application/json">${json(section).replace(/\n/g, ' ')}</script>\n\n</${tag}>\n`);
        const { el, warnings } = await mount(tag, html);
        expect(shadowText(el)).to.include(MARK);
        expect(warnings).to.have.length(1);
      });

      it('children it does not read: one warning naming them, and immuno-content-error, never silence', async () => {
        const { el, warnings, errors } = await mount(tag, `<${tag}>${lightDomOf(tag, markedPack(section))}<p>Call us on 555 0100.</p><table><tr><td>x</td></tr></table></${tag}>`);
        expect(shadowText(el)).to.include(MARK);
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.match(new RegExp(`^${tag}: .*holds <p>, <table> that it did not use`));
        expect(errors).to.have.length(1);
      });

      it('only text it cannot read: one warning, and the built-in content', async () => {
        const { el, warnings, errors } = await mount(tag, `<${tag}><p>Our own words about immunotherapy.</p></${tag}>`);
        expect(shadowText(el).length).to.be.greaterThan(200);
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.include('is not content it can read');
        expect(errors.map((e) => e.source)).to.deep.equal(['built-in']);
      });

      it('an empty JSON script: one warning that says so, and immuno-content-error', async () => {
        const { warnings, errors } = await mount(tag, `<${tag}><script type="application/json"></script></${tag}>`);
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.include('is empty');
        expect(errors).to.have.length(1);
      });
    });
  }

  it('an element alone in a <p> followed by an unrelated <details> with no end mark: not taken, the warning says why', async () => {
    const { el, warnings } = await mount('immuno-faq', '<p><immuno-faq></immuno-faq></p><details><summary>Opening hours</summary>9 to 5</details><h2>Next</h2>');
    await waitFor(() => shadowText(el).length > 200);
    expect(el.querySelector('details')).to.equal(null);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('may have closed <immuno-faq> early; not used');
  });
});
