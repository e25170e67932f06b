import { expect, fixture, html } from '@open-wc/testing';
import { defineAll } from '../src/define-all.js';
import { registerLocale } from '../src/i18n/i18n.js';
import { arabicPack, arabicStrings } from '../stories/samples/arabic.js';
import { shadowText, waitFor } from './helpers.js';

defineAll();
registerLocale('ar', arabicStrings);

const tags = ['immuno-how-it-works', 'immuno-therapy-explorer', 'immuno-side-effect-checklist', 'immuno-faq'] as const;

const languages = [
  { lang: 'es', dir: 'ltr', content: undefined, word: /[áéíóúñ¿]/ },
  { lang: 'hi', dir: 'ltr', content: undefined, word: /[\u0900-\u097F]/ },
  { lang: 'ar', dir: 'rtl', content: arabicPack, word: /[\u0600-\u06FF]/ },
];

/** Every element of a shadow tree, through nested shadow roots. */
function* deep(root: ShadowRoot | Element): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* deep(el.shadowRoot);
  }
}

/** What sticks out of the widget's box, or is cut off inside its own box, at this width. */
function clipped(host: Element): string[] {
  const box = host.getBoundingClientRect();
  const out: string[] = [];
  for (const el of deep(host.shadowRoot!)) {
    const r = el.getBoundingClientRect();
    if (r.width <= 1 || r.height <= 1 || el.closest('.visually-hidden, [hidden]')) continue;
    const name = `${el.localName}${el.className && typeof el.className === 'string' ? '.' + el.className.split(' ')[0] : ''}`;
    if (r.left < box.left - 1 || r.right > box.right + 1) out.push(`${name} outside the widget (${Math.round(r.left)}–${Math.round(r.right)})`);
    const style = getComputedStyle(el);
    if (style.overflowX !== 'visible' && el.scrollWidth > el.clientWidth + 1) out.push(`${name} cut off (${el.scrollWidth} > ${el.clientWidth})`);
  }
  return out;
}

for (const { lang, dir, content, word } of languages)
  describe(`${lang} (${dir})`, () => {
    let wrap: HTMLElement;
    beforeEach(async () => {
      wrap = await fixture<HTMLElement>(html`<div lang=${lang} dir=${dir} style="inline-size:320px">
        ${tags.map((t) =>
          t === 'immuno-side-effect-checklist'
            ? html`<immuno-side-effect-checklist therapy="car-t" care-team-phone="+1 555 0100" .content=${content}></immuno-side-effect-checklist>`
            : t === 'immuno-faq'
              ? html`<immuno-faq .content=${content}></immuno-faq>`
              : t === 'immuno-how-it-works'
                ? html`<immuno-how-it-works .content=${content}></immuno-how-it-works>`
                : html`<immuno-therapy-explorer .content=${content}></immuno-therapy-explorer>`,
        )}
      </div>`);
      for (const t of tags) {
        const el = wrap.querySelector(t)!;
        // The loading line is in the page's language too ("लोड हो रहा है…" matches the Hindi letters): wait for it to go.
        await waitFor(() => word.test(shadowText(el)) && !el.shadowRoot!.querySelector('[part~="loading"]'), 8000, `${t} in ${lang}`);
      }
      // The states with the most words: a ticked fever with its plan, every answer open.
      const checklist = wrap.querySelector('immuno-side-effect-checklist')!;
      checklist.shadowRoot!.querySelector<HTMLInputElement>('#s-fever')!.click();
      wrap.querySelector('immuno-faq')!.shadowRoot!.querySelector<HTMLButtonElement>('.show-all')?.click();
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    });

    for (const t of tags) {
      it(`${t}: nothing sticks out or is cut off at 320 px`, () => {
        expect(clipped(wrap.querySelector(t)!)).to.deep.equal([]);
      });

      it(`${t}: passes axe`, async () => {
        await expect(wrap.querySelector(t)).to.be.accessible();
      });

      it(`${t}: has its content marked with the language and direction of its words`, () => {
        const el = wrap.querySelector(t)!;
        const base = el.shadowRoot!.querySelector('[part~="base"]')!;
        expect(base.getAttribute('lang')).to.equal(lang);
        expect(getComputedStyle(base).direction).to.equal(dir);
      });
    }

    if (lang !== 'es')
      it('gives scripts with tall marks more room between lines', () => {
        const base = wrap.querySelector('immuno-faq')!.shadowRoot!.querySelector('[part~="base"]')!;
        const { lineHeight, fontSize } = getComputedStyle(base);
        expect(parseFloat(lineHeight) / parseFloat(fontSize)).to.be.closeTo(1.8, 0.01);
      });
  });

describe('200 % text on a phone (WCAG 1.4.4): English at 32 px in a 358 px column', () => {
  let wrap: HTMLElement;
  beforeEach(async () => {
    wrap = await fixture<HTMLElement>(html`<div lang="en" style="inline-size:358px;font-size:32px">
      <immuno-how-it-works></immuno-how-it-works>
      <immuno-therapy-explorer></immuno-therapy-explorer>
      <immuno-side-effect-checklist therapy="car-t" care-team-phone="+1 555 0100"></immuno-side-effect-checklist>
      <immuno-faq></immuno-faq>
    </div>`);
    for (const t of tags) await waitFor(() => !!wrap.querySelector(t)!.shadowRoot?.querySelector('[part~="base"]'), 8000, t);
    wrap.querySelector('immuno-side-effect-checklist')!.shadowRoot!.querySelector<HTMLInputElement>('#s-fever')!.click();
    wrap.querySelector('immuno-faq')!.shadowRoot!.querySelector<HTMLButtonElement>('.show-all')?.click();
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  });

  for (const t of tags)
    it(`${t}: nothing sticks out or is cut off`, () => {
      expect(clipped(wrap.querySelector(t)!)).to.deep.equal([]);
    });
});

describe('the clipping check', () => {
  it('finds a box wider than the widget (it can fail)', async () => {
    const wrap = await fixture<HTMLElement>(html`<div style="inline-size:320px"><immuno-faq></immuno-faq></div>`);
    const el = wrap.querySelector('immuno-faq')!;
    const wide = document.createElement('p');
    wide.style.inlineSize = '600px';
    wide.textContent = 'x';
    el.shadowRoot!.querySelector('[part~="base"]')!.append(wide);
    expect(clipped(el)).to.have.length.above(0);
  });
});
