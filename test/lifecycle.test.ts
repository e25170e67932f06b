import { expect, fixture } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { defineAll } from '../src/define-all.js';
import { en } from '../src/content/en/index.js';
import { widgets } from '../src/widgets.js';
import { MARK, SAMPLES, everyWidget, lightDomOf, markedPack } from './content-sources.js';
import { captureWarnings, shadowText, waitFor } from './helpers.js';

defineAll();

const showsMark = (el: Element) => shadowText(el).includes(MARK);
const mount = (tag: string) => {
  const el = document.createElement(tag);
  document.body.append(el);
  return el;
};
afterEach(() => document.querySelectorAll('body > [data-lifecycle]').forEach((e) => e.remove()));

describe('lifecycle: author content that arrives after the element is connected is read', () => {
  for (const { tag, section } of everyWidget) {
    describe(tag, () => {
      it('light-DOM markup set with innerHTML after append replaces the built-in content', async () => {
        const el = mount(tag);
        await (el as LitElement).updateComplete;
        expect(showsMark(el)).to.equal(false);
        el.innerHTML = lightDomOf(tag, markedPack(section));
        await waitFor(() => showsMark(el), 3000, 'the late markup');
        el.remove();
      });

      it('a JSON script child appended after connect is read', async () => {
        const el = mount(tag);
        await (el as LitElement).updateComplete;
        const script = document.createElement('script');
        script.type = 'application/json';
        script.textContent = JSON.stringify(markedPack(section));
        el.append(script);
        await waitFor(() => showsMark(el), 3000, 'the late JSON child');
        el.remove();
      });

      it('the JSON child\'s text filled in later is read', async () => {
        const el = mount(tag);
        const script = document.createElement('script');
        script.type = 'application/json';
        el.append(script);
        await (el as LitElement).updateComplete;
        script.textContent = JSON.stringify(markedPack(section));
        await waitFor(() => showsMark(el), 3000, 'the JSON child text');
        el.remove();
      });

      it('the widget\'s own writes into its light DOM do not make it read again', async () => {
        const el = await fixture<LitElement>(staticHtml`<${unsafeStatic(tag)} structured-data>${unsafeStatic(lightDomOf(tag, markedPack(section)))}</${unsafeStatic(tag)}>`);
        let reads = 0;
        el.addEventListener('immuno-content-error', () => reads++);
        const before = el.shadowRoot!.innerHTML;
        await new Promise((r) => setTimeout(r, 100));
        expect(reads).to.equal(0);
        expect(el.shadowRoot!.innerHTML).to.equal(before);
      });
    });
  }
});

/** The rendering, without Lit's comment markers. */
const rendering = (el: Element) => (el.shadowRoot?.innerHTML ?? '').replace(/<!--[^>]*-->/g, '');

let n = 0;
describe('lifecycle: properties set before the element is defined (lazy properties) all take effect', () => {
  for (const w of widgets) {
    const Class = customElements.get(w.tag) as unknown as typeof LitElement;
    // Every public reactive property of the class (internal state excluded), so a new property cannot be missed.
    const props = [...Class.elementProperties].filter(([, o]) => !o.state).map(([name]) => String(name));
    for (const prop of props) {
      it(`${w.tag}.${prop}`, async () => {
        expect(SAMPLES, `no sample value for ${w.tag}.${prop}: add one`).to.have.property(prop);
        const value = SAMPLES[prop](w.section);
        // A fresh tag, not defined yet: the property lands on a plain HTMLElement first.
        const lazyTag = `${w.tag}-lazy-${++n}`;
        const lazy = document.createElement(lazyTag) as HTMLElement & Record<string, unknown>;
        lazy.dataset.lifecycle = '';
        lazy[prop] = value;
        document.body.append(lazy);
        customElements.define(lazyTag, class extends (Class as unknown as CustomElementConstructor) {});
        const eager = document.createElement(lazyTag) as HTMLElement & Record<string, unknown>;
        eager.dataset.lifecycle = '';
        document.body.append(eager);
        eager[prop] = value;
        if (prop === 'footer') {
          // footer="shared" on both: the page's last sharing widget shows the one footer, the other none
          // (with the default, "own", each shows its own), so the two renderings differ by design.
          const footerOf = (el: Element) => el.shadowRoot?.querySelector('[part="footer"]');
          await waitFor(() => rendering(lazy) !== '' && !footerOf(lazy) && !!footerOf(eager), 3000, 'one shared footer').catch(() => {});
          expect(lazy[prop], 'value kept').to.equal(value);
          expect(footerOf(lazy), 'no footer of its own: the later sharing widget shows it').to.equal(null);
          expect(footerOf(eager), 'the last sharing widget shows the footer').to.not.equal(null);
          return;
        }
        const loads = prop === 'content' || prop === 'src';
        const done = () => rendering(lazy) !== '' && rendering(lazy) === rendering(eager) && (!loads || (showsMark(lazy) && showsMark(eager)));
        await waitFor(done, 3000, `${prop} to render alike`).catch(() => {});
        expect(lazy[prop], 'value kept').to.deep.equal(value);
        expect(rendering(lazy), 'renders as if set after the upgrade').to.equal(rendering(eager));
        if (loads) expect(showsMark(lazy), 'its content shown').to.equal(true);
      });
    }
  }
});

describe('lifecycle: moving an element keeps what the patient did, and does not re-apply the URL hash', () => {
  let hash = '';
  beforeEach(() => (hash = location.hash));
  afterEach(() => history.replaceState(null, '', hash || location.pathname + location.search));
  const setHash = (id: string) => history.replaceState(null, '', `#${id}`);
  const move = async (el: LitElement) => {
    const box = document.createElement('div');
    box.dataset.lifecycle = '';
    document.body.append(box);
    box.append(el); // disconnect + connect, as a layout script or a framework re-parenting it does
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
  };

  it('immuno-faq: open answers stay open (light-DOM content)', async () => {
    const el = await fixture<LitElement>(`<immuno-faq>${lightDomOf('immuno-faq', markedPack('faq'))}</immuno-faq>`);
    const q = () => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.question')];
    q()[1].click();
    await el.updateComplete;
    setHash(en.faq!.items[0].id!);
    await move(el);
    expect(q().map((b) => b.getAttribute('aria-expanded'))).to.deep.equal(['false', 'true']);
  });

  it('immuno-how-it-works: the step stays (the hash names another step)', async () => {
    const el = await fixture<LitElement & { step: number }>(`<immuno-how-it-works>${lightDomOf('immuno-how-it-works', { meta: en.meta, steps: en.steps })}</immuno-how-it-works>`);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="next"]')!.click();
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="next"]')!.click();
    await el.updateComplete;
    setHash(en.steps!.items[5].id);
    await move(el);
    expect(el.step).to.equal(3);
  });

  it('immuno-therapy-explorer: the selected type stays (the hash names another type)', async () => {
    const el = await fixture<LitElement & { selected?: string; content?: unknown }>('<immuno-therapy-explorer></immuno-therapy-explorer>');
    el.content = { meta: en.meta, therapies: en.therapies };
    await el.updateComplete;
    const buttons = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.list button')];
    buttons[2].click();
    await el.updateComplete;
    const chosen = el.selected;
    setHash(en.therapies!.items[4].id);
    await move(el);
    expect(el.selected).to.equal(chosen);
  });

  it('immuno-side-effect-checklist: the ticks stay', async () => {
    const el = await fixture<LitElement>(`<immuno-side-effect-checklist>${lightDomOf('immuno-side-effect-checklist', { meta: en.meta, symptoms: en.symptoms })}</immuno-side-effect-checklist>`);
    const boxes = () => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('.checklist input[type="checkbox"]')];
    boxes()[0].click();
    boxes()[3].click();
    await el.updateComplete;
    const ticked = boxes().map((b) => b.checked);
    await move(el);
    expect(boxes().map((b) => b.checked)).to.deep.equal(ticked);
  });

  it('a widget moved while its src loads loads it after the move, with no warning', async () => {
    const url = URL.createObjectURL(new Blob([JSON.stringify(markedPack('faq'))], { type: 'application/json' }));
    const warnings = await captureWarnings(async () => {
      const el = await fixture<LitElement>(`<immuno-faq src="${url}"></immuno-faq>`);
      el.remove();
      document.body.append(el);
      el.dataset.lifecycle = '';
      await waitFor(() => showsMark(el), 3000, 'the pack after the move');
    });
    expect(warnings).to.deep.equal([]);
  });
});
