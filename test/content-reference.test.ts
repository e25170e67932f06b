import { expect, fixture, html } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { defineAll } from '../src/define-all.js';
import type { ContentErrorDetail } from '../src/controllers/content-controller.js';
import { MARK, everyWidget, markedPack } from './content-sources.js';
import { captureWarnings, shadowText, waitFor } from './helpers.js';

defineAll();

/** A JSON script elsewhere in the page (not inside the widget), removed after each test. */
function pageScript(id: string, text: string): HTMLScriptElement {
  const s = document.createElement('script');
  s.type = 'application/json';
  s.id = id;
  s.textContent = text;
  document.body.append(s);
  return s;
}
afterEach(() => document.querySelectorAll('body > script[type="application/json"]').forEach((s) => s.remove()));

describe('content by reference: content="#id" names a JSON script anywhere in the page', () => {
  for (const { tag, section } of everyWidget) {
    const t = unsafeStatic(tag);
    describe(tag, () => {
      it('shows the pack in the script the attribute names, with no warning', async () => {
        pageScript('our-pack', JSON.stringify(markedPack(section)));
        let el!: HTMLElement;
        const warnings = await captureWarnings(async () => {
          el = await fixture(staticHtml`<${t} content="#our-pack"></${t}>`);
        });
        expect(shadowText(el)).to.include(MARK);
        expect(warnings).to.deep.equal([]);
      });

      it('a missing id: one warning naming the element and the id, immuno-content-error, built-in content', async () => {
        const errors: ContentErrorDetail[] = [];
        document.addEventListener('immuno-content-error', (e) => errors.push(e.detail), { once: true });
        let el!: HTMLElement;
        const warnings = await captureWarnings(async () => {
          el = await fixture(staticHtml`<${t} content="#nowhere"></${t}>`);
        });
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.match(new RegExp(`^${tag}: .*no element with id "nowhere"`));
        expect(errors.map((d) => d.source)).to.deep.equal(['reference']);
        expect(shadowText(el)).to.not.include(MARK);
        expect(shadowText(el).length).to.be.greaterThan(200);
      });

      it('an emptied script (what CKEditor 5 leaves): one warning that says it is empty and why', async () => {
        pageScript('emptied', '');
        const warnings = await captureWarnings(() => fixture(staticHtml`<${t} content="#emptied"></${t}>`));
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.match(new RegExp(`^${tag}: .*#emptied is empty`));
      });

      it('an id on something that is not a JSON script: one warning naming what it is', async () => {
        const p = document.createElement('p');
        p.id = 'a-paragraph';
        document.body.append(p);
        const warnings = await captureWarnings(() => fixture(staticHtml`<${t} content="#a-paragraph"></${t}>`));
        p.remove();
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.include('is a <p>, not a <script type="application/json">');
      });

      it('setting the attribute later switches to the referenced pack', async () => {
        pageScript('later-pack', JSON.stringify(markedPack(section)));
        const el = await fixture<HTMLElement>(staticHtml`<${t}></${t}>`);
        expect(shadowText(el)).to.not.include(MARK);
        el.setAttribute('content', '#later-pack');
        await waitFor(() => shadowText(el).includes(MARK), 3000, 'the referenced pack');
      });
    });
  }

  it('wins over a JSON script child and over the light DOM', async () => {
    pageScript('ref-faq', JSON.stringify(markedPack('faq')));
    const el = await fixture<HTMLElement>(html`<immuno-faq content="#ref-faq">
      <script type="application/json">{"faq":{"items":[{"question":"Child?","answer":"Child."}]}}</script>
    </immuno-faq>`);
    expect(shadowText(el)).to.include(MARK);
    expect(shadowText(el)).to.not.include('Child?');
  });

  it('a value that is not "#id" is reported, not guessed at', async () => {
    const warnings = await captureWarnings(() => fixture(html`<immuno-faq content="our-faq"></immuno-faq>`));
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('content="our-faq" is not a reference');
  });
});
