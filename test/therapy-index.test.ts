import { expect, fixture, html } from '@open-wc/testing';
import { ImmunoTherapyExplorer } from '../src/components/therapy-explorer/therapy-explorer.js';
import { TherapyIndex } from '../src/components/therapy-explorer/therapy-index.js';
import { en } from '../src/content/en/index.js';
import { therapies } from '../src/content/en/therapies.js';
import type { Therapy, TherapiesSection } from '../src/content/schema.js';
import { fold, foldWithMap, highlight, matchesAll, terms } from '../src/shared/search.js';
import { heldIdle, sendKeys, waitFor } from './helpers.js';

if (!customElements.get('immuno-therapy-explorer')) customElements.define('immuno-therapy-explorer', ImmunoTherapyExplorer);

/** Types named with accents, capitals and Devanagari, besides the English pack. */
const extra: Therapy[] = [
  { ...therapies.items[0], id: 'es-1', name: 'Inmunoterapia inespecífica', otherNames: ['Vacuna BCG (Bacilo de Calmette-Guérin)'], medicines: [{ generic: 'interferón alfa', brands: ['Intrón A'] }] },
  { ...therapies.items[1], id: 'es-2', name: 'VACUNAS CONTRA EL CÁNCER', otherNames: ['Vacunas terapéuticas'], medicines: [] },
  { ...therapies.items[2], id: 'hi-1', name: 'चेकपॉइंट अवरोधक', otherNames: ['प्रतिरक्षा चिकित्सा'], medicines: [{ generic: 'पेम्ब्रोलिज़ुमैब', brands: ['कीट्रूडा'] }] },
];
const section: TherapiesSection = { ...therapies, items: [...therapies.items, ...extra] };

/** The search as it was before the index: every name folded again for every query. */
function reference(t: Therapy, q: string[]): { match: boolean; matched?: string } {
  const labels = [
    ...(t.medicines ?? []).map((m) => (m.brands?.length ? `${m.brands.join(', ')} (${m.generic})` : m.generic)),
    ...(t.otherNames ?? []),
  ];
  const match = matchesAll(fold([t.name, ...labels].join('\n')), q);
  if (!match || !q.length || matchesAll(fold(t.name), q)) return { match };
  return { match, matched: labels.find((l) => matchesAll(fold(l), q)) ?? labels.find((l) => q.some((w) => fold(l).includes(w))) };
}

const queries = ['pembro', 'PEMBRO', 'Keytr', 'keytruda pembro', 'guerin', 'GUÉRIN', 'Guérin', 'interferon', 'INTERFERÓN', 'cancer', 'cáncer', 'CÁNCER vacunas',
  'mab', 'car-t', 'cell', 'zzz', 'पेम्ब्रो', 'कीट्रूडा', 'चिकित्सा', 'अवरोधक', 'vaccine', ' p ', 'a b'];

/** An explorer, not yet in the page, of 1,000 types named with accents and Devanagari. */
function longExplorer(): ImmunoTherapyExplorer {
  const items = Array.from({ length: 1000 }, (_, i) => ({ ...extra[i % extra.length], id: `t-${i}`, name: `${extra[i % extra.length].name} ${i}` }));
  const el = document.createElement('immuno-therapy-explorer') as ImmunoTherapyExplorer;
  el.content = { meta: en.meta, therapies: { ...therapies, items } };
  return el;
}

describe('therapy search index', () => {
  it('finds the same types, with the same "Matched:" names, as folding every name for every query', () => {
    const index = new TherapyIndex(section);
    for (const raw of queries) {
      const q = terms(raw);
      for (const t of section.items) {
        const want = reference(t, q);
        expect(index.matches(t, q), `${raw} / ${t.id}`).to.equal(want.match);
        if (want.match) expect(index.matchedName(t, q)?.label, `${raw} / ${t.id}`).to.equal(want.matched);
      }
    }
  });

  it('gives the same answers folded at idle (warm) as folded on first use', () => {
    const lazy = new TherapyIndex(section);
    const warm = new TherapyIndex(section);
    warm.warm();
    for (const raw of queries) {
      const q = terms(raw);
      expect(section.items.filter((t) => warm.matches(t, q)), raw).to.deep.equal(section.items.filter((t) => lazy.matches(t, q)));
    }
  });

  it('folds one type at a time at idle (warmNext), with the same answers as folding all at once', () => {
    const stepped = new TherapyIndex(section);
    let steps = 1;
    while (stepped.warmNext()) steps++;
    expect(steps).to.equal(section.items.length);
    expect(stepped.warmNext()).to.equal(false);
    const lazy = new TherapyIndex(section);
    for (const raw of queries) {
      const q = terms(raw);
      for (const t of section.items) {
        expect(stepped.matches(t, q), raw).to.equal(lazy.matches(t, q));
        expect(stepped.matchedName(t, q)?.label, raw).to.equal(lazy.matchedName(t, q)?.label);
      }
    }
  });

  it('folds only the names a render without search terms shows: no accented other name, so no Unicode data (normalize)', () => {
    const normalize = String.prototype.normalize;
    let calls = 0;
    String.prototype.normalize = function (this: string, form?: string) {
      calls++;
      return normalize.call(this, form);
    };
    try {
      const index = new TherapyIndex(therapies);
      for (const t of therapies.items) {
        expect(index.matchedName(t, []), t.id).to.equal(undefined);
        expect(index.folded(t), t.id).to.deep.equal(foldWithMap(t.name));
      }
      // The English pack has an accented other name ("Bacillus Calmette-Guérin"), folded only when searched.
      expect(calls).to.equal(0);
      expect(index.matches(therapies.items.find((t) => t.id === 'bcg')!, terms('guerin'))).to.equal(true);
      expect(calls).to.be.greaterThan(0);
    } finally {
      String.prototype.normalize = normalize;
    }
  });

  it('a Hindi explorer folds no name while nothing is searched (Devanagari folds through normalize, which loads Unicode data), then marks a search', async () => {
    const normalize = String.prototype.normalize;
    let calls = 0;
    String.prototype.normalize = function (this: string, form?: string) {
      calls++;
      return normalize.call(this, form);
    };
    // The idle warm-up folds on purpose; held here (never run) so only renders count.
    const idle = heldIdle();
    const wrap = await fixture<HTMLElement>(html`<div lang="hi"></div>`);
    const el = document.createElement('immuno-therapy-explorer') as ImmunoTherapyExplorer;
    let hindi: string;
    try {
      wrap.append(el);
      await waitFor(() => /[\u0900-\u097F]/.test(el.shadowRoot?.querySelector('.list button')?.textContent ?? ''), 3000, 'Hindi type names');
      await el.updateComplete;
      expect(calls, 'normalize calls while nothing is searched').to.equal(0);
      hindi = el.shadowRoot!.querySelector('.list button')!.textContent!.trim().split(/\s+/)[0];
    } finally {
      String.prototype.normalize = normalize;
      idle.restore();
    }
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
    input.value = hindi;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: hindi }));
    await el.updateComplete;
    expect([...el.shadowRoot!.querySelectorAll('.list button mark')].map((m) => m.textContent)).to.include(hindi);
  });

  it("the explorer's first render folds no accented name; its idle callbacks fold one type each, then the search finds it", async () => {
    const normalize = String.prototype.normalize;
    let calls = 0;
    String.prototype.normalize = function (this: string, form?: string) {
      calls++;
      return normalize.call(this, form);
    };
    const idle = heldIdle();
    const el = document.createElement('immuno-therapy-explorer') as ImmunoTherapyExplorer;
    try {
      document.body.append(el);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('.list button').length).to.equal(therapies.items.length);
      expect(calls, 'normalize calls in the first render').to.equal(0);
      expect(idle.waiting.size).to.equal(1);
      let callbacks = 0;
      // Each callback given no deadline: one type each.
      while (idle.waiting.size) callbacks += idle.run(1);
      expect(callbacks).to.equal(therapies.items.length);
      expect(calls).to.be.greaterThan(0);
    } finally {
      String.prototype.normalize = normalize;
      idle.restore();
    }
    el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!.focus();
    await sendKeys({ type: 'guerin' });
    await el.updateComplete;
    expect([...el.shadowRoot!.querySelectorAll('.list button')].map((b) => b.textContent!.trim())).to.deep.equal(['BCG and other non-specific immunotherapy']);
    el.remove();
  });

  it('folds a long list in a few idle callbacks, as many types in each as its idle time allows (1,000 types: not one per callback)', async () => {
    // Chromium runs an idle callback asked for inside one in the next idle period (up to 50 ms apart on a quiet page):
    // one type per callback took about 50 s to fold 1,000 types, and a search typed before then folded them all.
    const idle = heldIdle();
    const el = longExplorer();
    let callbacks = 0;
    try {
      document.body.append(el);
      await el.updateComplete;
      expect(idle.waiting.size).to.equal(1);
      // A long idle period of 50 ms, as a quiet page has.
      while (idle.waiting.size && callbacks < 1000) callbacks += idle.run(1, 50);
    } finally {
      el.remove();
      idle.restore();
    }
    expect(callbacks, 'idle callbacks to fold 1,000 types').to.be.at.most(20);
    expect((el as unknown as { index: TherapyIndex }).index.warmNext(), 'all folded').to.equal(false);
  });

  it('folds for at most 10 ms in one idle callback, however long its idle period (a tap that comes meanwhile waits no longer)', async () => {
    const idle = heldIdle();
    const el = longExplorer();
    try {
      document.body.append(el);
      await el.updateComplete;
      // The page's clock made to move 1 ms for each type folded and not otherwise, so the count does not hang on how
      // fast or loaded the machine is: 10 ms then fold exactly 10 types.
      const index = (el as unknown as { index: { warmed: number; warmNext(): boolean } }).index;
      const warmNext = index.warmNext.bind(index);
      let clock = performance.now();
      index.warmNext = () => ((clock += 1), warmNext());
      const before = index.warmed;
      performance.now = () => clock;
      try {
        expect(idle.run(1, 1000), 'a warm-up waiting').to.equal(1);
      } finally {
        delete (performance as Partial<Performance>).now;
      }
      expect(index.warmed - before, 'types folded in one idle callback given 1 s of idle time').to.equal(10);
      expect(idle.waiting.size, 'the rest left for the next idle callback').to.equal(1);
    } finally {
      el.remove();
      idle.restore();
    }
  });

  it('has folded 1,000 types within 3 s of a quiet page (requestIdleCallback, or timers where there is none)', async () => {
    const el = longExplorer();
    document.body.append(el);
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 3000));
    const left = (el as unknown as { index: { warmed: number } }).index.warmed;
    el.remove();
    expect(left, 'types folded').to.equal(1000);
  });

  it("shows what a fresh explorer shows for every key, whatever its warm-up has done (stopped, moved, no cancelIdleCallback; en, es, hi)", async () => {
    let idle: ReturnType<typeof heldIdle> | undefined;
    // Which type is open follows what was shown before (a search that leaves one type opens it), so it is left out.
    const snap = (el: Element) => {
      const list = el.shadowRoot!.querySelector('.list');
      if (!list) return ['no list'];
      const own = (n: Element) => [...n.childNodes].filter((c) => c.nodeType === 3).map((c) => (c as Text).data).join('');
      return [list.textContent!.replace(/\s+/g, ' '), ...[...list.querySelectorAll('*')].map((n) => `${n.localName}[${(n.getAttribute('part') ?? '').replace(' current', '')}]${own(n)}`)];
    };
    const type = async (el: Element, value: string) => {
      const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
      input.value = value;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await (el as ImmunoTherapyExplorer).updateComplete;
    };
    const make = async (box: HTMLElement, lang: string | undefined, cancer: string) => {
      const el = document.createElement('immuno-therapy-explorer') as ImmunoTherapyExplorer;
      if (lang) el.setAttribute('lang', lang);
      else el.content = { meta: en.meta, therapies: section };
      el.cancer = cancer;
      box.append(el);
      await el.updateComplete;
      const c = el as unknown as { contentController: { loading: boolean; section: unknown } };
      if (lang) await waitFor(() => !c.contentController.loading && c.contentController.section !== therapies, 5000, `the ${lang} content`);
      await el.updateComplete;
      return el;
    };
    const steps = ['g', 'gu', 'gué', 'guér', 'guérin', 'guéri', 'GUERIN', 'Guérin', 'k', 'keytruda', 'keytruda pem', 'pembro', '', 'कीट्रूडा', 'पेम्ब्रो', 'vacunas cáncer', 'INTERFERÓN', 'inmunoterapia', 'p'];
    const a = document.createElement('div');
    const b = document.createElement('div');
    document.body.append(a, b);
    try {
      for (const cancel of [true, false])
        for (const lang of [undefined, 'es', 'hi'])
          for (const cancer of ['', therapies.cancers[0].id]) {
            // An idle callback given no idle time left (each folds one type), with or without cancelIdleCallback.
            idle = heldIdle({ cancel });
            const el = await make(a, lang, cancer);
            idle.run(1, 0);
            b.append(el);
            idle.run(1, 0);
            a.append(el);
            el.remove();
            a.append(el);
            for (const [k, value] of steps.entries()) {
              await type(el, value);
              if (k % 3 === 0) idle.run(1, 0);
              if (k === 5) b.append(el);
              const fresh = await make(b, lang, cancer);
              await type(fresh, value);
              expect(snap(el), `${lang ?? 'content'}, cancer "${cancer}", cancel ${cancel}: "${value}"`).to.deep.equal(snap(fresh));
              fresh.remove();
            }
            el.remove();
            idle.restore();
          }
    } finally {
      idle?.restore();
      a.remove();
      b.remove();
    }
  });

  it('content="#id": a script edited while the warm-up is part way is searched as the new content', async () => {
    const idle = heldIdle();
    const script = document.createElement('script');
    script.type = 'application/json';
    script.id = 'warm-pack';
    script.textContent = JSON.stringify({ meta: en.meta, therapies: section });
    document.body.append(script);
    const el = document.createElement('immuno-therapy-explorer') as ImmunoTherapyExplorer;
    el.setAttribute('content', '#warm-pack');
    const shown = () => [...el.shadowRoot!.querySelectorAll('.list button, [part~="match"]')].map((b) => b.textContent!.replace(/\s+/g, ' ').trim());
    try {
      document.body.append(el);
      await el.updateComplete;
      // Two types folded, one idle callback each (no idle time left).
      for (let k = 0; k < 2; k++) expect(idle.run(1, 0), 'a warm-up waiting').to.equal(1);
      const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
      input.value = 'guerin';
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect(shown()).to.deep.equal([
        'BCG and other non-specific immunotherapy',
        'Matched: Bacillus Calmette-Guérin',
        'Inmunoterapia inespecífica',
        'Matched: Vacuna BCG (Bacilo de Calmette-Guérin)',
      ]);
      // An editor renames one type's other name and gives another a new brand while the warm-up is part way.
      const edited = section.items.map((t) =>
        t.id === 'es-1' ? { ...t, otherNames: ['Vacuna BCG'] } : t.id === 'es-2' ? { ...t, medicines: [{ generic: 'guérinumab', brands: ['Guérinex'] }] } : t,
      );
      script.textContent = JSON.stringify({ meta: en.meta, therapies: { ...section, items: edited } });
      await waitFor(() => shown().includes('VACUNAS CONTRA EL CÁNCER'), 3000, 'the edited pack searched');
      expect(shown()).to.deep.equal([
        'BCG and other non-specific immunotherapy',
        'Matched: Bacillus Calmette-Guérin',
        'VACUNAS CONTRA EL CÁNCER',
        'Matched: Guérinex (guérinumab)',
      ]);
      expect(idle.waiting.size, 'one warm-up waiting, for the new index').to.equal(1);
    } finally {
      el.remove();
      script.remove();
      idle.restore();
    }
  });

  it('highlights with a kept fold exactly as with a fresh one (accents, capitals, Devanagari)', async () => {
    const render = async (v: unknown) => (await fixture(html`<p>${v}</p>`)).innerHTML.replace(/<!--[^>]*-->/g, '');
    for (const [text, q] of [
      ['Bacilo de Calmette-Guérin', 'guerin'],
      ['VACUNAS CONTRA EL CÁNCER', 'cancer vacunas'],
      ['Keytruda (pembrolizumab)', 'PEMBRO keytr'],
      ['पेम्ब्रोलिज़ुमैब', 'पेम्ब्रो'],
      ['Ménière’s ÉCOLE', 'ecole meniere'],
    ]) {
      const kept = foldWithMap(text);
      expect(kept.folded, text).to.equal(fold(text));
      expect(await render(highlight(text, terms(q), kept)), text).to.equal(await render(highlight(text, terms(q))));
    }
    expect(await render(highlight('Calmette-Guérin', ['guerin']))).to.equal('<mark part="mark">Guérin</mark>'.replace(/^/, 'Calmette-'));
  });

  it('is made again when the content changes, so a search never answers from the old content', async () => {
    const el = await fixture<ImmunoTherapyExplorer>(html`<immuno-therapy-explorer></immuno-therapy-explorer>`);
    el.content = { meta: en.meta, therapies: section };
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!.focus();
    await sendKeys({ type: 'guerin' });
    await el.updateComplete;
    const shown = () => [...el.shadowRoot!.querySelectorAll('.list button')].map((b) => b.textContent!.trim());
    expect(shown()).to.deep.equal(['BCG and other non-specific immunotherapy', 'Inmunoterapia inespecífica']);
    // New content under the same search: a renamed type, and one taken away.
    const renamed = { ...extra[0], name: 'Inmunoterapia no específica', otherNames: ['Bacilo de Calmette-Guérin en la vejiga'] };
    el.content = { meta: en.meta, therapies: { ...therapies, items: [...therapies.items.filter((t) => t.id !== 'bcg'), renamed] } };
    await el.updateComplete;
    expect(shown()).to.deep.equal(['Inmunoterapia no específica']);
    expect(el.shadowRoot!.querySelector('[part~="match"]')!.textContent).to.contain('Bacilo de Calmette-Guérin en la vejiga');
    // The same type objects, edited in place and handed over again as new content.
    const items = [...therapies.items.map((t) => ({ ...t })), renamed];
    el.content = { meta: en.meta, therapies: { ...therapies, items } };
    await el.updateComplete;
    Object.assign(items[items.length - 1], { name: 'Terapia de Guérin', otherNames: [] });
    el.content = { meta: en.meta, therapies: { ...therapies, items } };
    await el.updateComplete;
    expect(shown()).to.deep.equal(['BCG and other non-specific immunotherapy', 'Terapia de Guérin']);
    // The cancer filter offers the cancers of the new content only.
    const one = { ...therapies.items[0], cancers: [therapies.cancers[0].id] };
    el.content = { meta: en.meta, therapies: { ...therapies, items: [one] } };
    await el.updateComplete;
    const options = [...el.shadowRoot!.querySelectorAll('select option')].map((o) => (o as HTMLOptionElement).value);
    expect(options).to.deep.equal(['', therapies.cancers[0].id]);
  });
});
