import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { ImmunoTherapyExplorer } from '../src/components/therapy-explorer/therapy-explorer.js';
import { ImmunoSideEffectChecklist } from '../src/components/side-effect-checklist/side-effect-checklist.js';
import { en } from '../src/content/en/index.js';
import { symptoms } from '../src/content/en/symptoms.js';
import { therapies } from '../src/content/en/therapies.js';
import type { Therapy } from '../src/content/schema.js';
import { captureWarnings, emulateMedia, sendKeys, shadowText, waitFor } from './helpers.js';

if (!customElements.get('immuno-therapy-explorer')) customElements.define('immuno-therapy-explorer', ImmunoTherapyExplorer);

const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel)!;
const $$ = <T extends Element = HTMLElement>(el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];
const names = (el: Element) => $$(el, '.list button').map((b) => b.textContent!.replace(/\s+/g, ' ').trim());
const current = (el: Element) => $(el, '.list button[aria-current="true"]')?.textContent!.trim();
const status = async (el: Element) => (await aTimeout(700), $(el, '[role="status"]').textContent!.trim().replace(/\. Showing .*/, ''));
const focused = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;

async function explorer(markup = html`<immuno-therapy-explorer></immuno-therapy-explorer>`) {
  const el = await fixture<ImmunoTherapyExplorer>(markup);
  await el.updateComplete;
  return el;
}

/** Types into the search field with real key presses. */
async function search(el: ImmunoTherapyExplorer, text: string) {
  $(el, 'input[type="search"]').focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

async function pickCancer(el: ImmunoTherapyExplorer, id: string) {
  const select = $<HTMLSelectElement>(el, 'select');
  select.value = id;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

afterEach(() => {
  if (location.hash) history.replaceState(null, '', location.pathname + location.search);
});

describe('<immuno-therapy-explorer> accessibility', () => {
  it('passes axe with nothing filtered', async () => {
    await expect(await explorer()).to.be.accessible();
  });
  it('passes axe filtered by cancer', async () => {
    const el = await explorer();
    await pickCancer(el, 'lymphoma');
    await expect(el).to.be.accessible();
  });
  it('passes axe with a search that matched a brand name', async () => {
    const el = await explorer();
    await search(el, 'keytr');
    await expect(el).to.be.accessible();
  });
  it('passes axe with an empty result', async () => {
    const el = await explorer();
    await search(el, 'zzzz');
    await expect(el).to.be.accessible();
  });
});

describe('1. content', () => {
  const items = therapies.items;
  it('has the nine types, each with every field the issue asks for', () => {
    expect(items.map((t) => t.id)).to.deep.equal([
      'checkpoint-inhibitors', 'monoclonal-antibodies', 'car-t', 'bispecific-antibodies', 'til-therapy', 'cancer-vaccines', 'cytokines', 'oncolytic-viruses', 'bcg',
    ]);
    for (const t of items) {
      for (const f of ['name', 'otherNames', 'summary', 'howItWorks', 'cancers', 'medicines', 'givenBy', 'schedule', 'sideEffects', 'questions'] as const)
        expect(t[f], `${t.id}.${f}`).to.not.equal(undefined);
      expect(t.cancers.length, t.id).to.be.greaterThan(0);
    }
  });
  it('points only at cancer ids of its own list and symptom ids of the checklist', () => {
    const cancers = new Set(therapies.cancers.map((c) => c.id));
    const symptomIds = new Set(symptoms.items.map((s) => s.id));
    for (const t of items) {
      for (const c of t.cancers) expect(cancers.has(c), `${t.id} cancer ${c}`).to.equal(true);
      for (const s of t.sideEffects ?? []) expect(symptomIds.has(s), `${t.id} side effect ${s}`).to.equal(true);
    }
  });
  it('names pembrolizumab / Keytruda and gives checkpoint inhibitors, CAR-T and bispecific antibodies their symptom sets', () => {
    expect(items[0].medicines).to.deep.include({ generic: 'pembrolizumab', brands: ['Keytruda'] });
    expect(items.filter((t) => t.checklist).map((t) => [t.id, t.checklist])).to.deep.equal([
      ['checkpoint-inhibitors', 'checkpoint'],
      ['car-t', 'car-t'],
      ['bispecific-antibodies', 'bispecific'],
    ]);
  });
  it('shows side effects by their checklist labels', async () => {
    const el = await explorer();
    const label = symptoms.items.find((s) => s.id === therapies.items[0].sideEffects![0])!.label;
    expect(shadowText(el)).to.contain(label);
  });
  it("takes side-effect names from the pack it was given, and built-in names only for ids that pack lacks", async () => {
    const [first, second] = therapies.items[0].sideEffects!;
    const builtIn = (id: string) => symptoms.items.find((s) => s.id === id)!.label;
    const own = { ...symptoms, items: symptoms.items.filter((s) => s.id !== second).map((s) => (s.id === first ? { ...s, label: 'Sensación de cansancio' } : s)) };
    const el = await explorer();
    el.content = { meta: en.meta, therapies, symptoms: own };
    await el.updateComplete;
    expect(shadowText(el)).to.contain('Sensación de cansancio');
    expect(shadowText(el)).to.not.contain(builtIn(first));
    expect(shadowText(el)).to.contain(builtIn(second));
  });
  it('names side effects in the built-in language, and a checklist after it still gets the whole built-in symptoms', async () => {
    // The explorer carries only the symptoms' names; the two must not share what each localised.
    if (!customElements.get('immuno-side-effect-checklist'))
      customElements.define('immuno-side-effect-checklist', ImmunoSideEffectChecklist);
    const { text } = await import('../src/content/es/index.js');
    const id = therapies.items[0].sideEffects![0];
    const spanish = text.symptoms.items[id];
    const wrap = await fixture<HTMLElement>(html`<div lang="es"><immuno-therapy-explorer></immuno-therapy-explorer></div>`);
    const el = wrap.querySelector('immuno-therapy-explorer')!;
    await waitFor(() => shadowText(el).includes(spanish.label), 3000, 'the Spanish symptom name in the explorer');
    const checklist = document.createElement('immuno-side-effect-checklist');
    wrap.append(checklist);
    await waitFor(() => shadowText(checklist).includes(spanish.label), 3000, 'the Spanish checklist');
    expect(shadowText(checklist)).to.contain(spanish.hint!);
  });
});

describe('2. browse: a list of buttons and one details region', () => {
  it('lists every type as a button in a labelled list, the first one current', async () => {
    const el = await explorer();
    expect($(el, 'ul.list').getAttribute('aria-label')).to.equal('Types of immunotherapy');
    expect(names(el)).to.deep.equal(therapies.items.map((t) => t.name));
    expect($$(el, '.list button[aria-current="true"]')).to.have.length(1);
    expect(current(el)).to.equal(therapies.items[0].name);
  });

  it('labels the details region with the chosen name and wires every button to it', async () => {
    const el = await explorer();
    const region = $(el, '#details');
    expect(region.localName).to.equal('section');
    expect(region.getAttribute('aria-labelledby')).to.equal('details-title');
    expect($(el, '#details-title').textContent!.trim()).to.equal(therapies.items[0].name);
    for (const b of $$(el, '.list button')) expect(b.getAttribute('aria-controls')).to.equal('details');
  });

  it('reaches search, filter and each type with Tab, chooses with Enter and Space, and moves focus to the details heading', async () => {
    const el = await explorer();
    $(el, 'input[type="search"]').focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.localName).to.equal('select');
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.textContent!.trim()).to.equal(therapies.items[0].name);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.textContent!.trim()).to.equal(therapies.items[2].name);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(current(el)).to.equal(therapies.items[2].name);
    expect(el.selected).to.equal('car-t');
    expect(focused(el)?.id).to.equal('details-title');
    expect(focused(el)?.textContent!.trim()).to.equal('CAR T-cell therapy');

    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(focused(el)?.textContent!.trim()).to.equal(therapies.items.at(-1)!.name);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.selected).to.equal('bcg');
    expect($(el, '#details-title').textContent!.trim()).to.equal(therapies.items.at(-1)!.name);
  });

  it('moves between type buttons with ArrowDown/ArrowUp, Home and End, without choosing', async () => {
    const el = await explorer();
    const buttons = $$(el, '.list button');
    buttons[0].focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)).to.equal(buttons[1]);
    await sendKeys({ press: 'End' });
    expect(focused(el)).to.equal(buttons.at(-1));
    await sendKeys({ press: 'ArrowDown' }); // stops at the end
    expect(focused(el)).to.equal(buttons.at(-1));
    await sendKeys({ press: 'ArrowUp' });
    expect(focused(el)).to.equal(buttons.at(-2));
    await sendKeys({ press: 'Home' });
    expect(focused(el)).to.equal(buttons[0]);
    await el.updateComplete;
    expect(el.selected).to.equal(undefined);
    expect(buttons.every((b) => b.tabIndex === 0)).to.equal(true);
  });

  it('chooses with a mouse click', async () => {
    const el = await explorer();
    const b = $$(el, '.list button')[6];
    b.scrollIntoView({ block: 'center' });
    const r = b.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(r.x + 10), Math.round(r.y + r.height / 2)] });
    await el.updateComplete;
    expect(el.selected).to.equal('cytokines');
    expect(b.getAttribute('aria-current')).to.equal('true');
  });

  it('puts the list beside the details in a wide column and stacks them in a narrow one', async () => {
    const wide = await explorer(html`<div style="width: 1000px"><immuno-therapy-explorer></immuno-therapy-explorer></div>`);
    const w = wide.querySelector('immuno-therapy-explorer')!;
    await w.updateComplete;
    const [l1, d1] = [$(w, '.list').getBoundingClientRect(), $(w, '.details').getBoundingClientRect()];
    expect(d1.left).to.be.at.least(l1.right);
    expect(Math.abs(d1.top - l1.top)).to.be.below(2);

    const narrow = await explorer(html`<div style="width: 320px"><immuno-therapy-explorer></immuno-therapy-explorer></div>`);
    const n = narrow.querySelector('immuno-therapy-explorer')!;
    await n.updateComplete;
    const [l2, d2] = [$(n, '.list').getBoundingClientRect(), $(n, '.details').getBoundingClientRect()];
    expect(d2.top).to.be.at.least(l2.bottom);
  });
});

describe('3. filter by cancer', () => {
  it('has a select labelled "Cancer type" with every cancer a type is used for', async () => {
    const el = await explorer();
    const select = $<HTMLSelectElement>(el, 'select');
    expect(el.shadowRoot!.querySelector(`label[for="${select.id}"]`)!.textContent).to.equal('Cancer type');
    expect(select.options[0].textContent).to.equal('All cancers');
    expect(select.options.length).to.equal(therapies.cancers.length + 1);
  });

  it('narrows the list with arrow keys on the select and announces the count politely', async () => {
    const el = await explorer();
    const live = $(el, '[role="status"]');
    expect(live.textContent!.trim()).to.equal(''); // exists before it is filled
    $<HTMLSelectElement>(el, 'select').focus();
    await sendKeys({ press: 'ArrowDown' }); // melanoma
    await el.updateComplete;
    expect($<HTMLSelectElement>(el, 'select').value).to.equal('melanoma');
    expect(names(el)).to.deep.equal(['Checkpoint inhibitors', 'TIL therapy', 'Cytokines', 'Oncolytic virus therapy']);
    expect(await status(el)).to.equal('4 treatment types');
    expect($(el, '[role="status"]')).to.equal(live);
  });

  it('shows the details of the first type left when the chosen one is filtered out', async () => {
    const el = await explorer();
    el.selected = 'cancer-vaccines';
    await pickCancer(el, 'lymphoma');
    expect(names(el)).to.deep.equal(['Checkpoint inhibitors', 'Monoclonal antibodies', 'CAR T-cell therapy', 'Bispecific antibodies']);
    expect($(el, '#details-title').textContent!.trim()).to.equal('Checkpoint inhibitors');
  });

  it('takes a first cancer from the cancer attribute', async () => {
    const el = await explorer(html`<immuno-therapy-explorer cancer="prostate"></immuno-therapy-explorer>`);
    expect(names(el)).to.deep.equal(['Cancer treatment vaccines']);
    expect(await status(el)).to.equal('1 treatment type');
  });

  it('says so when nothing matches and offers a reset that brings every type back and focuses the search', async () => {
    const el = await explorer();
    await pickCancer(el, 'prostate');
    await search(el, 'keytruda');
    expect($$(el, '.list button')).to.have.length(0);
    expect($(el, '[part~="empty"]').textContent).to.contain('No treatment type matches.');
    expect(await status(el)).to.equal('No treatment types found');
    $(el, '[part~="reset"]').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(names(el)).to.have.length(therapies.items.length);
    expect($<HTMLSelectElement>(el, 'select').value).to.equal('');
    expect($<HTMLInputElement>(el, 'input').value).to.equal('');
    expect(focused(el)?.localName).to.equal('input');
  });
});

describe('4. find by medicine', () => {
  it('has a labelled search field', async () => {
    const el = await explorer();
    const input = $<HTMLInputElement>(el, 'input[type="search"]');
    expect(el.shadowRoot!.querySelector(`label[for="${input.id}"]`)!.textContent).to.equal('Find a medicine or treatment name');
  });

  it('"keytr" finds checkpoint inhibitors and shows that the match was Keytruda / pembrolizumab', async () => {
    const el = await explorer();
    await search(el, 'keytr');
    expect(names(el)).to.deep.equal(['Checkpoint inhibitors']);
    const match = $(el, '[part~="match"]');
    expect(match.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Matched: Keytruda (pembrolizumab)');
    expect(match.querySelector('mark')!.textContent).to.equal('Keytr');
    expect($(el, '.list button').getAttribute('aria-describedby')).to.equal(match.id);
    expect(await status(el)).to.equal('1 treatment type');
  });

  it('matches generic names, any case and without accents', async () => {
    for (const [q, id] of [
      ['PEMBRO', 'Checkpoint inhibitors'],
      ['Kymriah', 'CAR T-cell therapy'],
      ['guerin', 'BCG and other non-specific immunotherapy'],
      ['GUÉRIN', 'BCG and other non-specific immunotherapy'],
      ['tice', 'BCG and other non-specific immunotherapy'],
    ]) {
      const el = await explorer();
      await search(el, q);
      expect(names(el), q).to.deep.equal([id]);
    }
  });

  it('matches type names and other names, and highlights a type name without a match note', async () => {
    const el = await explorer();
    await search(el, 'vaccine');
    expect(names(el)).to.deep.equal(['Cancer treatment vaccines']);
    expect($(el, '.list button mark').textContent).to.equal('vaccine');
    expect($(el, '[part~="match"]')).to.equal(null);

    const el2 = await explorer();
    await search(el2, 'interleukin');
    expect(names(el2)).to.deep.equal(['Cytokines']);
    expect($(el2, '[part~="match"] mark').textContent).to.equal('Interleukin');
  });

  it('combines search and cancer filter', async () => {
    const el = await explorer();
    await pickCancer(el, 'myeloma');
    await search(el, 'mab');
    expect(names(el)).to.deep.equal(['Monoclonal antibodies', 'Bispecific antibodies']);
  });

  it('stays correct with 1,000 therapies, one index per content change', async () => {
    const items: Therapy[] = Array.from({ length: 1000 }, (_, i) => ({
      ...therapies.items[i % 7],
      id: `t-${i}`,
      name: `Type ${i}`,
      medicines: [{ generic: `generic${i}mab`, brands: [`Brand${i}`] }],
    }));
    const el = await explorer();
    el.content = { meta: en.meta, therapies: { ...therapies, items } };
    await el.updateComplete;
    expect($$(el, '.list button')).to.have.length(1000);
    await search(el, 'brand99');
    expect(names(el)).to.deep.equal(['Type 99', 'Type 990', 'Type 991', 'Type 992', 'Type 993', 'Type 994', 'Type 995', 'Type 996', 'Type 997', 'Type 998', 'Type 999']);
    expect(await status(el)).to.equal('11 treatment types');
  });

  it('keeps the items that stay as the list narrows and widens, with no markers between them, each click choosing its own type', async () => {
    const el = await explorer();
    const all = $$(el, '.list li');
    const comments = () => [...$(el, '.list').childNodes].filter((n) => n.nodeType === Node.COMMENT_NODE).length;
    // The list's own place in the template, not one per item (Lit's repeat() had two around each).
    expect(comments()).to.be.at.most(2);
    await search(el, 'keytr');
    const [kept] = $$(el, '.list li');
    expect($$(el, '.list li')).to.have.length(1);
    expect(all).to.include(kept);
    const input = $<HTMLInputElement>(el, 'input[type="search"]');
    input.value = '';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    const again = $$(el, '.list li');
    expect(again).to.have.length(all.length);
    expect(again[all.indexOf(kept)]).to.equal(kept);
    expect(comments()).to.be.at.most(2);
    const last = again[again.length - 1].querySelector('button')!;
    last.click();
    await el.updateComplete;
    expect(el.selected).to.equal(therapies.items[therapies.items.length - 1].id);
    expect(last.getAttribute('aria-current')).to.equal('true');
  });
});

describe('4b. the list as its content changes', () => {
  const reorders: [string, (items: Therapy[]) => Therapy[]][] = [
    ['the last type moved first', (a) => [a[a.length - 1], ...a.slice(0, -1)]],
    ['the first type moved last', (a) => [...a.slice(1), a[0]]],
    ['the list reversed', (a) => [...a].reverse()],
    ['one type left out and the last two swapped', (a) => [...a.slice(0, 3), ...a.slice(4, -2), a[a.length - 1], a[a.length - 2]]],
  ];
  for (const [what, reorder] of reorders)
    it(`shows the new order, each item as a fresh explorer would, and keeps focus on an item that stays: ${what}`, async () => {
      const el = await explorer();
      const keep = $$<HTMLButtonElement>(el, '.list button')[1];
      const name = keep.textContent!.trim();
      keep.focus();
      const items = reorder([...therapies.items]);
      el.content = { meta: en.meta, therapies: { ...therapies, items } };
      await el.updateComplete;
      const fresh = await explorer();
      fresh.content = { meta: en.meta, therapies: { ...therapies, items } };
      await fresh.updateComplete;
      expect(names(el)).to.deep.equal(names(fresh));
      expect(names(el)).to.deep.equal(items.map((t) => t.name));
      expect($$(el, '.list li').map((li) => li.outerHTML)).to.deep.equal($$(fresh, '.list li').map((li) => li.outerHTML));
      // The focused (second) type is in every longest run still in order here but in the reversal's, so it is not
      // moved and keeps focus (moving a node blurs it; Lit's repeat() moved the fewest too).
      if (what !== 'the list reversed') expect(focused(el)?.textContent?.trim(), 'focus kept').to.equal(name);
    });
});

describe('5. links', () => {
  it('selects the type named in the URL hash on load', async () => {
    history.replaceState(null, '', '#car-t');
    const el = await explorer();
    await waitFor(() => el.selected === 'car-t', 2000, 'hash selection');
    await el.updateComplete;
    expect(current(el)).to.equal('CAR T-cell therapy');
  });

  it('follows hashchange, and ignores a hash that is not a therapy', async () => {
    const el = await explorer();
    const warnings = await captureWarnings(async () => {
      location.hash = '#cytokines';
      await waitFor(() => el.selected === 'cytokines', 2000, 'hashchange');
      location.hash = '#types';
      await aTimeout(50);
    });
    expect(el.selected).to.equal('cytokines');
    expect(warnings).to.deep.equal([]);
  });

  it('reflects the selection to the selected attribute and is set by it', async () => {
    const el = await explorer();
    $$(el, '.list button')[1].click();
    await el.updateComplete;
    expect(el.getAttribute('selected')).to.equal('monoclonal-antibodies');
    el.setAttribute('selected', 'oncolytic-viruses');
    await el.updateComplete;
    expect(current(el)).to.equal('Oncolytic virus therapy');
  });

  it('ignores an unknown selected id with one warning that names the element', async () => {
    const el = await explorer(html`<immuno-therapy-explorer selected="bcg"></immuno-therapy-explorer>`);
    const warnings = await captureWarnings(async () => {
      el.selected = 'no-such-type';
      await el.updateComplete;
      await el.updateComplete;
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('immuno-therapy-explorer').and.contain('no-such-type');
    expect(el.selected).to.equal('bcg');
    expect(current(el)).to.equal('BCG and other non-specific immunotherapy');
  });

  it('fires immuno-therapy-select (bubbling, composed) with the id on user choice only', async () => {
    const el = await explorer();
    let count = 0;
    el.addEventListener('immuno-therapy-select', () => count++);
    el.selected = 'bcg';
    await el.updateComplete;
    expect(count).to.equal(0);
    setTimeout(() => $$(el, '.list button')[5].click());
    const e = await oneEvent(el, 'immuno-therapy-select');
    expect(e.detail).to.deep.equal({ id: 'cancer-vaccines' });
    expect(e.bubbles && e.composed).to.equal(true);
  });
});

describe('6. with the side-effect checklist on the page', () => {
  before(() => {
    if (!customElements.get('immuno-side-effect-checklist'))
      customElements.define('immuno-side-effect-checklist', ImmunoSideEffectChecklist);
  });

  it('offers no "Check my symptoms" button when there is no checklist', async () => {
    const el = await explorer();
    expect($(el, '[part~="check-symptoms"]')).to.equal(null);
  });

  it('offers "Check my symptoms" only for a type with a symptom set', async () => {
    const wrap = await fixture(html`<div>
      <immuno-therapy-explorer></immuno-therapy-explorer>
      <immuno-side-effect-checklist></immuno-side-effect-checklist>
    </div>`);
    const el = wrap.querySelector('immuno-therapy-explorer')!;
    el.selected = 'checkpoint-inhibitors';
    await el.updateComplete;
    expect($(el, '[part~="check-symptoms"]').textContent!.trim()).to.equal('Check my symptoms');
    el.selected = 'monoclonal-antibodies';
    await el.updateComplete;
    expect($(el, '[part~="check-symptoms"]')).to.equal(null);
  });

  it('sets the checklist to the therapy and moves focus to it', async () => {
    const wrap = await fixture(html`<div>
      <immuno-therapy-explorer selected="car-t"></immuno-therapy-explorer>
      <immuno-side-effect-checklist></immuno-side-effect-checklist>
    </div>`);
    const el = wrap.querySelector('immuno-therapy-explorer')!;
    const checklist = wrap.querySelector('immuno-side-effect-checklist')!;
    await el.updateComplete;
    $(el, '[part~="check-symptoms"]').focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => document.activeElement === checklist, 2000, 'focus on the checklist');
    expect(checklist.getAttribute('therapy')).to.equal('car-t');
  });
});

describe('7. before upgrade', () => {
  let n = 0;
  it('shows the author’s own list before the upgrade and the widget after it', async () => {
    const tag = `x-therapy-explorer-${++n}`;
    const wrap = await fixture(`<div><${tag}><ul><li><a href="/car-t">CAR-T cell therapy</a></li></ul></${tag}></div>`);
    const host = wrap.firstElementChild as ImmunoTherapyExplorer;
    const list = host.querySelector('ul')!;
    expect(list.getBoundingClientRect().height).to.be.greaterThan(0);
    customElements.define(tag, class extends ImmunoTherapyExplorer {});
    await host.updateComplete;
    expect(host.shadowRoot!.querySelectorAll('.list button')).to.have.length(therapies.items.length);
    expect(list.getBoundingClientRect().height).to.equal(0);
  });
});

describe('8. motion, direction and width', () => {
  it('drops transitions when reduced motion is asked for', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const el = await explorer();
      expect(getComputedStyle($(el, '.list button')).transitionDuration).to.equal('0s');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('marks the chosen type with a thick start edge, not colour alone', async () => {
    const el = await explorer();
    const [a, b] = $$(el, '.list button').map((x) => parseFloat(getComputedStyle(x).borderInlineStartWidth));
    expect(a).to.be.greaterThan(b * 3);
  });

  it('mirrors the side-by-side layout right to left', async () => {
    const wrap = await explorer(html`<div dir="rtl" style="width: 1000px"><immuno-therapy-explorer></immuno-therapy-explorer></div>`);
    const el = wrap.querySelector('immuno-therapy-explorer')!;
    await el.updateComplete;
    expect($(el, '.details').getBoundingClientRect().right).to.be.at.most($(el, '.list').getBoundingClientRect().left);
  });

  it('fits a 280 px column without sideways scrolling', async () => {
    const wrap = await explorer(html`<div style="width: 280px"><immuno-therapy-explorer></immuno-therapy-explorer></div>`);
    const el = wrap.querySelector('immuno-therapy-explorer')!;
    await el.updateComplete;
    expect(el.scrollWidth).to.be.at.most(280);
    for (const x of $$(el, 'button, select, input, .details'))
      expect(x.getBoundingClientRect().right, x.localName).to.be.at.most(el.getBoundingClientRect().right + 0.5);
  });
});

describe('hostile input and content', () => {
  it('inserts a search query as text, never as markup', async () => {
    const el = await explorer();
    await search(el, '<img src=x onerror=alert(1)>');
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(await status(el)).to.equal('No treatment types found');
  });

  it('skips a side effect id the checklist does not know, with one warning', async () => {
    const items = therapies.items.map((t, i) => (i === 0 ? { ...t, sideEffects: ['no-such-symptom', 'fever'] } : t));
    const el = await explorer();
    const warnings = await captureWarnings(async () => {
      el.content = { meta: en.meta, therapies: { ...therapies, items } };
      await el.updateComplete;
      el.requestUpdate();
      await el.updateComplete;
    });
    expect(warnings.filter((w) => w.includes('no-such-symptom'))).to.have.length(1);
    expect(shadowText(el)).to.contain(symptoms.items.find((s) => s.id === 'fever')!.label);
  });

  it('uses heading-level for the chosen type and one level below for its sections, as real headings', async () => {
    const el = await explorer(html`<immuno-therapy-explorer heading-level="2"></immuno-therapy-explorer>`);
    expect($(el, '#details-title').localName).to.equal('h2');
    expect($$(el, '.details .h').map((h) => h.localName)).to.include.members(['h3']);
    expect($$(el, '.details .h').every((h) => h.localName === 'h3')).to.equal(true);
    el.headingLevel = 9;
    await el.updateComplete;
    expect($(el, '#details-title').localName).to.equal('h6');
    expect($(el, '.details .h').localName).to.equal('h6');
    el.headingLevel = 1;
    await el.updateComplete;
    expect($(el, '#details-title').localName).to.equal('h2');
    expect(el.shadowRoot!.querySelector('[role="heading"]')).to.equal(null);
  });
});

describe('long lists', () => {
  it('skip rendering work for items out of view, and only for long lists', async () => {
    const many = Array.from({ length: 120 }, (_, i) => ({ ...therapies.items[i % therapies.items.length], id: `t-${i}`, name: `Type ${i}` }));
    const el = await explorer(html`<immuno-therapy-explorer .content=${{ meta: en.meta, therapies: { ...therapies, items: many } }}></immuno-therapy-explorer>`);
    const buttons = $$(el, '.list button');
    expect(buttons).to.have.length(120);
    // Firefox and WebKit skip every content-visibility:auto item until the first rendering update decides.
    const skipped = (b: Element) => !b.checkVisibility({ contentVisibilityAuto: true });
    await waitFor(() => skipped(buttons[119]) && !skipped(buttons[0]), 3000, 'the last item to be skipped, the first not');
    expect(buttons[0].checkVisibility({ contentVisibilityAuto: true })).to.equal(true);
    el.remove();
    const short = await explorer();
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    expect($$(short, '.list button').every((b) => b.checkVisibility({ contentVisibilityAuto: true }))).to.equal(true);
  });
});

describe('long lists: marks in view first', () => {
  // 300 types: every name holds "type", every medicine "gen…mab"; type 7's brand is "Rare" (one match by brand).
  const many: Therapy[] = Array.from({ length: 300 }, (_, i) => ({
    ...therapies.items[i % therapies.items.length],
    id: `t-${i}`,
    name: `Type ${i}`,
    otherNames: [],
    medicines: [{ generic: `gen${i}mab`, brands: i === 7 ? ['Rare'] : [] }],
  }));
  const pack = { meta: en.meta, therapies: { ...therapies, items: many } };
  const typeInto = async (el: ImmunoTherapyExplorer, value: string) => {
    const input = $<HTMLInputElement>(el, 'input[type="search"]');
    input.value = value;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await el.updateComplete;
  };
  const marked = (li: Element) => [...li.querySelectorAll('mark')].map((m) => m.textContent);
  const items = (el: Element) => $$(el, '.list li').map((li) => li.outerHTML);
  /** Waits until the last item shows `done` (the marks left for later go in list order, so then every item does). */
  const settled = (el: Element, done: (last: Element) => boolean) =>
    waitFor(() => done($$(el, '.list li').at(-1)!), 3000, 'the marks left for later');
  const noted = (last: Element) => !!last.querySelector('.match');

  it('marks the first items in the key\'s own update, the rest in later tasks, ending as a fresh explorer', async () => {
    const el = await explorer(html`<immuno-therapy-explorer .content=${pack}></immuno-therapy-explorer>`);
    await typeInto(el, 'gen');
    const lis = $$(el, '.list li');
    expect(lis).to.have.length(300);
    const first = Math.max(50, Math.ceil(innerHeight / 24));
    // In the key's update: the first items' notes and marks, and every item's words.
    expect(lis[0].querySelector('.match')?.textContent).to.equal('Matched: gen0mab');
    expect(marked(lis[first - 1])).to.deep.equal(['gen']);
    expect(lis[299].querySelector('button')!.textContent!.trim()).to.equal('Type 299');
    // Not yet: the last item's note (this is what the key no longer waits for).
    expect(!!lis[299].querySelector('.match'), 'a note on the last item').to.equal(false);
    expect(lis[299].querySelector('button')!.hasAttribute('aria-describedby')).to.equal(false);
    await settled(el, noted);
    expect(lis[299].querySelector('.match')?.textContent).to.equal('Matched: gen299mab');
    expect(lis[299].querySelector('button')!.getAttribute('aria-describedby')).to.equal('m-t-299');
    const fresh = await explorer(html`<immuno-therapy-explorer .content=${pack}></immuno-therapy-explorer>`);
    await typeInto(fresh, 'gen');
    await settled(fresh, noted);
    expect(items(el)).to.deep.equal(items(fresh));
  });

  it('ends with the last key\'s marks when keys come faster than the marks left for later', async () => {
    const el = await explorer(html`<immuno-therapy-explorer .content=${pack}></immuno-therapy-explorer>`);
    for (const q of ['t', 'ty', 'typ', 'type 2', 'type']) await typeInto(el, q);
    const lis = $$(el, '.list li');
    expect(lis).to.have.length(300);
    await settled(el, (last) => marked(last).join() === 'Type');
    for (const li of lis) {
      expect(marked(li)).to.deep.equal(['Type']);
      expect(!!li.querySelector('.match'), 'a note left from "gen"').to.equal(false);
    }
    // Narrowed and widened again: the items that came back have their words at once and their marks later.
    await typeInto(el, 'type 29');
    await typeInto(el, 'type');
    expect($$(el, '.list li').every((li) => li.querySelector('button')!.textContent!.trim().startsWith('Type '))).to.equal(true);
    await settled(el, (last) => marked(last).join() === 'Type');
    expect($$(el, '.list li').map(marked).every((m) => m.join() === 'Type')).to.equal(true);
  });

  it('marks the chosen type at once wherever it is in the list', async () => {
    const el = await explorer(html`<immuno-therapy-explorer .content=${pack} selected="t-250"></immuno-therapy-explorer>`);
    await typeInto(el, 'type');
    const chosen = $(el, '.list button[aria-current="true"]');
    expect(chosen.textContent!.trim()).to.equal('Type 250');
    expect(marked(chosen)).to.deep.equal(['Type']);
  });

  it('marks the items on screen first when the page keeps the search field on screen far down the list', async () => {
    const big = { meta: en.meta, therapies: { ...therapies, items: Array.from({ length: 1000 }, (_, i) => ({ ...many[i % 300], id: `t-${i}`, name: `Type ${i}`, medicines: [{ generic: `gen${i}mab` }] })) } };
    const host = await fixture<HTMLElement>(html`<div>
      <style>
        immuno-therapy-explorer::part(controls) { position: sticky; top: 0; z-index: 1; background: white; }
      </style>
      <immuno-therapy-explorer .content=${big}></immuno-therapy-explorer>
    </div>`);
    const el = host.querySelector<ImmunoTherapyExplorer>('immuno-therapy-explorer')!;
    await el.updateComplete;
    // The tasks the explorer leaves for later, run one at a time here.
    const queued: (() => void)[] = [];
    const own = Object.getOwnPropertyDescriptor(globalThis, 'scheduler');
    Object.defineProperty(globalThis, 'scheduler', { configurable: true, value: { postTask: (f: () => void) => (queued.push(f), Promise.resolve()) } });
    try {
      $$(el, '.list li')[800].scrollIntoView({ block: 'center' });
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      // Anything else waiting first (where there is no requestIdleCallback, the search index's warm-up).
      for (let k = 0; queued.length && k < 10000; k++) queued.shift()!();
      await typeInto(el, 'gen');
      const lis = $$(el, '.list li');
      const onScreen = lis.filter((li) => {
        const box = li.getBoundingClientRect();
        return box.bottom > 0 && box.top < innerHeight;
      });
      expect(onScreen.length, 'items on screen').to.be.above(3);
      expect(lis.indexOf(onScreen[0])).to.be.above(Math.max(50, Math.ceil(innerHeight / 24)));
      expect(onScreen.some((li) => li.querySelector('.match')), 'on screen, marked in the key').to.equal(false);
      expect(queued).to.have.length(1);
      queued.shift()!();
      // One task of about 4 ms: the items on screen, not the next ones in list order.
      expect(onScreen.filter((li) => !li.querySelector('.match')).length, 'items on screen left unmarked').to.equal(0);
      while (queued.length) queued.shift()!();
      expect(lis.every((li) => li.querySelector('.match'))).to.equal(true);
    } finally {
      if (own) Object.defineProperty(globalThis, 'scheduler', own);
      else delete (globalThis as { scheduler?: unknown }).scheduler;
      window.scrollTo(0, 0);
    }
  });

  it('does nothing amiss when the explorer leaves the page before its marks are done', async () => {
    const el = await explorer(html`<immuno-therapy-explorer .content=${pack}></immuno-therapy-explorer>`);
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error);
    addEventListener('error', onError);
    try {
      await typeInto(el, 'gen');
      el.remove();
      await aTimeout(100);
      document.body.append(el);
      await settled(el, noted);
      expect($$(el, '.list li')[299].querySelector('.match')?.textContent).to.equal('Matched: gen299mab');
    } finally {
      removeEventListener('error', onError);
      el.remove();
    }
    expect(errors).to.deep.equal([]);
  });
});
