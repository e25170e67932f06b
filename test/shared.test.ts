import { expect, fixture, html } from '@open-wc/testing';
import { idFrom, isId, slug, uniqueIds } from '../src/shared/ids.js';
import { render } from 'lit';
import { fold, foldWithMap, highlight, MarkedNote, MarkedRuns, markRanges, matchesAll, terms } from '../src/shared/search.js';
import { safeStorage } from '../src/shared/storage.js';

describe('search helpers', () => {
  it('fold case and accents', () => {
    expect(fold('Ménière ÉCOLE')).to.equal('meniere ecole');
    expect(matchesAll(fold('Pembrolizumab (Keytruda)'), terms('KEYTR pembro'))).to.equal(true);
    expect(matchesAll(fold('Pembrolizumab'), terms('keytr'))).to.equal(false);
  });

  it('marks matches in the original text, accents kept', async () => {
    const el = await fixture(html`<p>${highlight('Crème brûlée and creme', terms('creme'))}</p>`);
    expect([...el.querySelectorAll('mark')].map((m) => m.textContent)).to.deep.equal(['Crème', 'creme']);
    expect(el.textContent).to.equal('Crème brûlée and creme');
  });

  it('marks matches with only spaces between them as one run, and keeps other gaps', async () => {
    expect(markRanges('What side effects can', terms('effects side'))).to.deep.equal([[5, 17]]);
    expect(markRanges('side\n  effects', terms('side effects'))).to.deep.equal([[0, 14]]);
    // A no-break space, punctuation or a word between them: separate marks.
    expect(markRanges('side\u00a0effects', terms('side effects'))).to.deep.equal([[0, 4], [5, 12]]);
    expect(markRanges('side, effects', terms('side effects'))).to.deep.equal([[0, 4], [6, 13]]);
    const el = await fixture(html`<p>${highlight('Can side effects start', terms('side effects'))}</p>`);
    expect([...el.querySelectorAll('mark')].map((m) => m.textContent)).to.deep.equal(['side effects']);
  });

  it('inserts matched text as text', async () => {
    const el = await fixture(html`<p>${highlight('<img src=x> img', terms('img'))}</p>`);
    expect(el.querySelector('img')).to.equal(null);
  });

  it('MarkedRuns gives the DOM highlight() gives, key by key, and leaves unmoved marks alone', async () => {
    const text = 'Pembrolizumab (Keytruda), Crème brûlée <b>';
    const kept = foldWithMap(text);
    const [a, b] = [document.createElement('p'), document.createElement('p')];
    const runs = new MarkedRuns();
    const dom = (el: Element) => el.innerHTML.replace(/<!--[^>]*-->/g, '');
    let firstMark: Element | null = null;
    for (const q of ['p', 'pe', 'pem', 'pembro', 'pembro k', 'pembro ke', '', 'creme', 'crème', 'b', '<b>', 'zz', 'p']) {
      runs.set(a, text, terms(q), kept);
      render(html`${highlight(text, terms(q))}`, b);
      expect(dom(a), q).to.equal(dom(b));
      if (q === 'pe') firstMark = a.querySelector('mark');
      // From "pe" to "pembro" the mark only grows: the same element, its text changed in place.
      if (q === 'pembro') expect(a.querySelector('mark'), q).to.equal(firstMark);
    }
    expect(a.querySelector('b')).to.equal(null);
  });

  it('MarkedRuns and MarkedNote given the same text and terms again neither read nor change the DOM', async () => {
    const text = 'Keytruda (pembrolizumab)';
    const kept = foldWithMap(text);
    const a = document.createElement('ul');
    const li = a.appendChild(document.createElement('li'));
    const bold = li.appendChild(document.createElement('b'));
    const [name, note] = [new MarkedRuns(), new MarkedNote()];
    const view = (q: string) => {
      name.set(bold, text, terms(q), kept);
      note.set(li, null, { id: 'm-1', before: 'Matched: ', after: '', text, prepared: kept }, terms(q), 'match', 'match');
    };
    view('pe');
    const before = a.innerHTML;
    const data = Object.getOwnPropertyDescriptor(CharacterData.prototype, 'data')!;
    let reads = 0;
    Object.defineProperty(CharacterData.prototype, 'data', { ...data, get() { reads++; return data.get!.call(this); } });
    const records: MutationRecord[] = [];
    const mo = new MutationObserver((r) => records.push(...r));
    mo.observe(a, { subtree: true, childList: true, characterData: true, attributes: true });
    try {
      view('pe'); // new terms array, same terms
      records.push(...mo.takeRecords());
    } finally {
      Object.defineProperty(CharacterData.prototype, 'data', data);
      mo.disconnect();
    }
    expect(reads, 'text read back from the DOM').to.equal(0);
    expect(records.length, 'DOM changes').to.equal(0);
    expect(a.innerHTML).to.equal(before);
    view('pem');
    expect(a.querySelector('b mark')!.textContent).to.equal('pem');
  });

  it('MarkedRuns puts a first mark beside the plain text it had, not in place of it', async () => {
    const b = document.createElement('b');
    const runs = new MarkedRuns();
    runs.set(b, 'Pembrolizumab', terms(''));
    const plain = [...b.childNodes].find((n) => n.nodeType === 3 && n.textContent);
    runs.set(b, 'Pembrolizumab', terms('z'));
    expect(b.innerHTML).to.equal('Pembroli<mark part="mark">z</mark>umab');
    expect(b.contains(plain!), 'the text node is kept').to.equal(true);
  });

  it('MarkedRuns before a last child keeps the runs before it', async () => {
    const b = document.createElement('b');
    b.append(' ', ' ');
    const runs = new MarkedRuns(true);
    for (const q of ['', 'p', 'pe', 'z', 'zz', '']) runs.set(b, 'Pembrolizumab', terms(q));
    expect(b.innerHTML).to.equal(' Pembrolizumab ');
    runs.set(b, 'Pembrolizumab', terms('m'));
    expect(b.innerHTML).to.equal(' Pe<mark part="mark">m</mark>brolizu<mark part="mark">m</mark>ab ');
  });

  it('MarkedNote gives the DOM of the template it replaces, key by key, in a list that changes', async () => {
    const names = ['Keytruda (pembrolizumab)', 'Opdivo (nivolumab)', 'Crème <b> brûlée'];
    const kept = names.map((n) => foldWithMap(n));
    const [a, b] = [document.createElement('ul'), document.createElement('ul')];
    // One item and its note per place in the list, as an unkeyed list reuses them: a place's note changes type.
    const rows: { li: HTMLElement; note: MarkedNote }[] = [];
    const dom = (el: Element) => el.innerHTML.replace(/<!--[^>]*-->/g, '');
    for (const q of ['p', 'pe', 'k', '', 'ma', 'umab', 'zz', 'creme b', 'pembro', 'o', 'mab']) {
      const shown = names.map((_, i) => i).filter((i) => (i + q.length) % 3 !== 0 && q);
      const note = (i: number) => (terms(q).some((t) => kept[i].folded.includes(t)) ? { id: `m-${i}`, before: 'Matched: ', after: i === 1 ? '.' : '', text: names[i], prepared: kept[i] } : undefined);
      while (rows.length > shown.length) rows.pop()!.li.remove();
      while (rows.length < shown.length) rows.push({ li: a.appendChild(document.createElement('li')), note: new MarkedNote() });
      shown.forEach((i, k) => rows[k].note.set(rows[k].li, null, note(i), terms(q), 'match', 'match'));
      render(
        html`${shown.map((i) => {
          const n = note(i);
          return html`<li>${n ? html`<p class="match" part="match" id=${n.id}>${n.before}${highlight(n.text, terms(q))}${n.after}</p>` : ''}</li>`;
        })}`,
        b,
      );
      expect(dom(a), q).to.equal(dom(b));
    }
    expect(a.querySelector('b')).to.equal(null);
  });

  it('slugs questions', () => {
    expect(slug('What is CAR-T cell therapy?')).to.equal('what-is-car-t-cell-therapy');
    expect(slug('¿Qué es?')).to.equal('que-es');
    expect(slug('???')).to.equal('item');
    expect(slug('???', 'step')).to.equal('step');
  });
});

describe('ids', () => {
  it('accepts lower-case letters, digits and inner hyphens only', () => {
    for (const ok of ['a', 'car-t', '2nd-step']) expect(isId(ok), ok).to.equal(true);
    for (const bad of ['', '-a', 'A', 'a b', 'a_b', 'é', 'a#b']) expect(isId(bad), bad).to.equal(false);
  });

  it('keeps a valid own id, else slugs the own id, else the text', () => {
    expect(idFrom('food', 'Where do I eat?')).to.equal('food');
    expect(idFrom(' Food Court ', 'Where do I eat?')).to.equal('food-court');
    expect(idFrom(undefined, 'Where do I eat?')).to.equal('where-do-i-eat');
    expect(idFrom('', 'Where do I eat?')).to.equal('where-do-i-eat');
  });

  it('makes repeated ids unique in order', () => {
    expect(uniqueIds(['a', 'b', 'a', 'a'])).to.deep.equal(['a', 'b', 'a-2', 'a-3']);
  });
});

describe('safeStorage', () => {
  it('works when storage works', () => {
    const s = safeStorage('session');
    expect(s.set('immuno-test', '1')).to.equal(true);
    expect(s.get('immuno-test')).to.equal('1');
    expect(s.keys('immuno-te')).to.deep.equal(['immuno-test']);
    expect(s.remove('immuno-test')).to.equal(true);
  });

  it('never throws when storage throws', () => {
    const proto = Storage.prototype;
    const saved = { setItem: proto.setItem, getItem: proto.getItem, removeItem: proto.removeItem };
    const boom = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    Object.assign(proto, { setItem: boom, getItem: boom, removeItem: boom });
    try {
      const s = safeStorage('local');
      expect(s.set('a', 'b')).to.equal(false);
      expect(s.get('a')).to.equal(undefined);
      expect(s.remove('a')).to.equal(false);
    } finally {
      Object.assign(proto, saved);
    }
  });
});
