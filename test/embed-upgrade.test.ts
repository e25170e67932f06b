import { aTimeout, expect, fixture } from '@open-wc/testing';
import { ImmunoFaq } from '../src/components/faq/faq.js';
import { ImmunoHowItWorks } from '../src/components/how-it-works/how-it-works.js';
import { readSteps } from '../src/components/how-it-works/steps-light-dom.js';
import { readSymptoms } from '../src/components/side-effect-checklist/checklist-light-dom.js';
import { ImmunoSideEffectChecklist } from '../src/components/side-effect-checklist/side-effect-checklist.js';
import { readTherapies } from '../src/components/therapy-explorer/therapy-light-dom.js';
import { ImmunoTherapyExplorer } from '../src/components/therapy-explorer/therapy-explorer.js';
import { ContentController } from '../src/controllers/content-controller.js';
import { stepsSection, symptomsSection, therapiesSection } from '../src/content/sections.js';
import { renderSnippet } from '../src/embed/render.js';
import { widget, widgets, type WidgetName } from '../src/widgets.js';
import { shadowText } from './helpers.js';

/*
 * The widgets as they will be once wired to their light-DOM readers (the
 * lead's one-line edit in each class): the controller gets the reader as its
 * third argument. The FAQ already reads its `<details>`.
 */
class Steps extends ImmunoHowItWorks {
  protected override readonly contentController = new ContentController(this, stepsSection, () => readSteps(this));
}
class Explorer extends ImmunoTherapyExplorer {
  protected override readonly contentController = new ContentController(this, therapiesSection, () => readTherapies(this));
}
class Checklist extends ImmunoSideEffectChecklist {
  protected override readonly contentController = new ContentController(this, symptomsSection, () => readSymptoms(this));
}
const CLASSES: Record<WidgetName, CustomElementConstructor> = {
  faq: ImmunoFaq,
  'how-it-works': Steps,
  'side-effect-checklist': Checklist,
  'therapy-explorer': Explorer,
};

/** A hospital's own texts, so "the same text on screen" cannot come from the built-in content. */
const meta = {
  language: 'en',
  sources: [{ title: 'Our leaflet', url: 'https://hospital.example/leaflet' }],
  lastReviewed: '2026-02-01',
  disclaimer: 'Ask the Example Hospital team.',
};
const PACKS: Record<WidgetName, Record<string, unknown>> = {
  faq: { meta, faq: { items: [{ id: 'park', question: 'Where do I park?', answer: ['Level 2 of the Example garage.', { list: ['Bring your ticket', 'Ask at desk B'] }] }] } },
  'how-it-works': { meta, steps: { items: [{ id: 'first', title: 'Your first visit', text: 'Meet the Example team.', detail: 'Bring a friend.' }] } },
  'side-effect-checklist': {
    meta,
    symptoms: { groups: [{ id: 'skin', name: 'Example skin' }], items: [{ id: 'itch', group: 'skin', label: 'Example itch', therapies: ['checkpoint'], urgency: 'visit', advice: 'Use the Example cream.' }] },
  },
  'therapy-explorer': {
    meta,
    therapies: {
      cancers: [{ id: 'melanoma', name: 'Example melanoma' }],
      items: [{ id: 'example-type', name: 'Example type', summary: 'Example summary.', howItWorks: 'Example way.', cancers: ['melanoma'], givenBy: ['Example drip'] }],
    },
  },
};

const height = (el: Element) => el.getBoundingClientRect().height;
const NAMES: WidgetName[] = widgets.map((w) => w.name);

describe('embed snippets before and after upgrade', () => {
  for (const name of NAMES) {
    it(`${name}: the pack's texts are on screen after upgrade, and the height changes little`, async () => {
      const tag = widget(name).tag;
      // Built-in content first (a realistic length) to measure, in a 720 px column.
      const { html } = renderSnippet(name);
      const wrap = await fixture<HTMLDivElement>(`<div style="inline-size:720px">${html}<p id="after">After</p></div>`);
      const el = wrap.querySelector(tag)!;
      const before = height(el);
      const afterBefore = wrap.querySelector('#after')!.getBoundingClientRect().top;
      // A second widget with the hospital's own texts.
      const own = document.createElement('div');
      own.innerHTML = renderSnippet(name, { content: PACKS[name] }).html;
      wrap.append(own);
      customElements.define(tag, CLASSES[name]);
      const [a, b] = wrap.querySelectorAll(tag) as unknown as (HTMLElement & { updateComplete: Promise<unknown> })[];
      await a.updateComplete;
      await b.updateComplete;
      await aTimeout(50);
      const after = height(a);
      const shift = wrap.querySelector('#after')!.getBoundingClientRect().top - afterBefore;
      const report = `${name}: ${before.toFixed(0)} px before, ${after.toFixed(0)} px after upgrade, text below moved ${shift.toFixed(0)} px`;

      const text = shadowText(b) + ' ' + (b.textContent ?? '');
      const want = JSON.stringify(PACKS[name]).match(/Example[^"]*/g)!;
      for (const w of want) expect(text, `${name} shows "${w}"`).to.contain(w);
      expect(Math.abs(after - before) / after, report).to.be.lessThan(0.1);
    });
  }
});
