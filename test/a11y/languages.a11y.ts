/**
 * Each widget in Spanish, Hindi and right-to-left Arabic (the sample pack), in its key states: the
 * Chromium accessibility tree against a snapshot (`<widget>-<lang>-<n>-<state>`), axe with the WCAG
 * 2.0–2.2 A/AA rules (valid-lang among them), and the language a screen reader would speak each
 * text in (the nearest `lang`, through shadow roots: the widget's equivalent of html-has-lang).
 * The English states, with announcements, are in the other *.a11y.ts files.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { defineAll } from '../../src/define.js';
import { nearestLang } from '../../src/controllers/locale-controller.js';
import { registerLocale } from '../../src/i18n/i18n.js';
import { arabicPack, arabicStrings } from '../../stories/samples/arabic.js';
import { shadowText, waitFor } from '../helpers.js';
import { expectTree } from './ax.js';

defineAll();
registerLocale('ar', arabicStrings);

const languages = [
  { lang: 'es', dir: 'ltr', content: undefined, script: /[áéíóúñ¿]/ },
  { lang: 'hi', dir: 'ltr', content: undefined, script: /[\u0900-\u097F]/ },
  { lang: 'ar', dir: 'rtl', content: arabicPack, script: /[\u0600-\u06FF]/ },
] as const;

/** The WCAG 2.0, 2.1 and 2.2 A and AA rules: valid-lang, color-contrast, target-size and the rest. */
const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface Axe {
  run(el: Element, options: object): Promise<{ violations: { id: string; help: string; nodes: { target: unknown; html: string }[] }[] }>;
}

async function expectAxe(el: Element): Promise<void> {
  // chai-a11y-axe has put axe-core on window once `to.be.accessible()` ran; load it the same way otherwise.
  const w = window as unknown as { axe?: Axe };
  if (!w.axe) await import('axe-core/axe.min.js' as string);
  const { violations } = await w.axe!.run(el, { runOnly: { type: 'tag', values: wcag }, resultTypes: ['violations'] });
  expect(violations.map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.html).join(' | ')}`)).to.deep.equal([]);
}

/** Every text in `el`'s shadow tree (through nested shadow roots) whose nearest `lang` is not `lang`. */
function textsNotIn(el: Element, lang: string): string[] {
  const out: string[] = [];
  const walk = (root: ShadowRoot) => {
    const texts = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = texts.nextNode(); n; n = texts.nextNode()) {
      const parent = n.parentElement;
      const text = n.textContent!.trim();
      if (!parent || !text || parent.closest('style')) continue;
      // Titles of sources written in another language carry their own lang (the footer's list of sources).
      const marked = parent.closest('[lang]');
      if (marked && root.contains(marked) && marked.closest('[part~="sources"]')) continue;
      const spoken = nearestLang(parent).toLowerCase().split('-')[0];
      if (spoken !== lang) out.push(`${spoken}: ${text.slice(0, 40)}`);
    }
    for (const e of root.querySelectorAll('*')) if (e.shadowRoot) walk(e.shadowRoot);
  };
  walk(el.shadowRoot!);
  return out;
}

const $ = <T extends HTMLElement = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel)!;
const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

/** A widget's fixture and the actions that take it from one key state to the next. */
const widgets: { name: string; make: (content: unknown) => TemplateResult; states: [string, (el: HTMLElement) => void | Promise<void>][] }[] = [
  {
    name: 'faq',
    make: (content) => html`<immuno-faq .content=${content}></immuno-faq>`,
    states: [
      ['initial', () => {}],
      ['one-open', (el) => $(el, '.question').click()],
    ],
  },
  {
    name: 'steps',
    make: (content) => html`<immuno-how-it-works .content=${content}></immuno-how-it-works>`,
    states: [
      ['first', () => {}],
      ['second', (el) => $(el, '[part="next"]').click()],
    ],
  },
  {
    name: 'checklist',
    make: (content) =>
      html`<immuno-side-effect-checklist therapy="car-t" care-team-phone="+1 555 0100" emergency-number="911" .content=${content}></immuno-side-effect-checklist>`,
    states: [
      ['nothing-ticked', () => {}],
      // A fever after CAR-T cells: the emergency plan, its alert and the call button.
      ['fever-ticked', (el) => $(el, '#s-fever').click()],
    ],
  },
  {
    name: 'explorer',
    make: (content) => html`<immuno-therapy-explorer .content=${content}></immuno-therapy-explorer>`,
    states: [
      ['initial', () => {}],
      ['second-type', (el) => el.shadowRoot!.querySelectorAll<HTMLElement>('.list button')[1].click()],
    ],
  },
];

for (const { lang, dir, content, script } of languages)
  describe(`${lang} (${dir}): what a screen reader gets, and axe`, () => {
    for (const w of widgets)
      it(`${w.name}: ${w.states.map(([s]) => s).join(', ')}`, async () => {
        const wrap = await fixture<HTMLElement>(html`<div lang=${lang} dir=${dir}>${w.make(content)}</div>`);
        const el = wrap.firstElementChild as HTMLElement & { updateComplete: Promise<boolean> };
        await waitFor(() => script.test(shadowText(el)) && !!el.shadowRoot!.querySelector('[part~="base"]'), 4000, `${w.name} in ${lang}`);
        let n = 1;
        for (const [state, act] of w.states) {
          await act(el);
          await el.updateComplete;
          await frames();
          // Colours are read once transitions end (a chosen item fades to its colour).
          await Promise.all(el.shadowRoot!.getAnimations().map((a) => a.finished));
          await expectTree(el, `${w.name}-${lang}-${n++}-${state}`);
          await expectAxe(el);
          expect(textsNotIn(el, lang), `${state}: texts spoken in another language`).to.deep.equal([]);
        }
      });
  });

describe('never a mix, as a screen reader hears it', () => {
  it('English content on a French page: every text is marked English, loading state included', async () => {
    const wrap = await fixture<HTMLElement>(html`<div lang="fr">
      <immuno-faq></immuno-faq><immuno-how-it-works></immuno-how-it-works>
      <immuno-side-effect-checklist therapy="car-t"></immuno-side-effect-checklist><immuno-therapy-explorer></immuno-therapy-explorer>
    </div>`);
    for (const el of wrap.children) {
      await waitFor(() => !!el.shadowRoot?.querySelector('[part~="base"]'), 4000, el.localName);
      expect(textsNotIn(el, 'en'), el.localName).to.deep.equal([]);
    }
  });

  it('the check finds a text left in the page language (it can fail)', async () => {
    const wrap = await fixture<HTMLElement>(html`<div lang="fr"><immuno-faq></immuno-faq></div>`);
    const el = wrap.firstElementChild!;
    await waitFor(() => !!el.shadowRoot?.querySelector('[part~="base"]'), 4000, 'faq');
    const stray = document.createElement('p');
    stray.textContent = 'Bonjour';
    el.shadowRoot!.append(stray);
    expect(textsNotIn(el, 'en')).to.deep.equal(['fr: Bonjour']);
  });
});
