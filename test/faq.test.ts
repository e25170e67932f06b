import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { ImmunoFaq } from '../src/components/faq/faq.js';
import { en } from '../src/content/en/index.js';
import { defineAll } from '../src/define.js';
import { captureWarnings, emulateMedia, sendKeys, shadowText } from './helpers.js';

defineAll();

const pack = (items: unknown[]) => ({ meta: en.meta, faq: { items } });
const three = pack([
  { id: 'parking', question: 'Where do I park?', answer: 'In the blue car park.' },
  { id: 'food', question: 'Can I eat before treatment?', answer: ['Yes. Bring a snack for the Ménière clinic.'] },
  { question: 'Who do I call at night?', answer: [['Call ', { text: 'the nurse line', href: 'tel:+15550199' }, '.']] },
]);

const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel)!;
const $$ = <T extends Element = HTMLElement>(el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];
const questions = (el: Element) => $$<HTMLButtonElement>(el, '.question');
const expanded = (el: Element) => questions(el).map((b) => b.getAttribute('aria-expanded'));
const active = (el: Element) => el.shadowRoot!.activeElement;

async function make(attrs = '', content: unknown = three): Promise<ImmunoFaq> {
  const el = await fixture<ImmunoFaq>(`<immuno-faq ${attrs}></immuno-faq>`);
  el.content = content;
  await el.updateComplete;
  return el;
}

async function type(el: ImmunoFaq, text: string) {
  $<HTMLInputElement>(el, 'input').focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

describe('<immuno-faq>', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  describe('accessibility', () => {
    it('passes axe with every answer closed', async () => {
      const el = await make('searchable');
      await expect(el).to.be.accessible();
    });

    it('passes axe with every answer open', async () => {
      const el = await make('searchable');
      $(el, '.show-all').click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('passes axe while searching, with no results, and with the built-in content', async () => {
      const el = await make('searchable');
      await type(el, 'park');
      await expect(el).to.be.accessible();
      await type(el, 'zzz');
      await expect(el).to.be.accessible();
      el.remove();
      const built = await fixture<ImmunoFaq>(html`<immuno-faq searchable></immuno-faq>`);
      await expect(built).to.be.accessible();
    });
  });

  describe('APG accordion semantics', () => {
    it('puts each question button inside a heading of heading-level (default 3), never the heading inside the button', async () => {
      const el = await make();
      for (const b of questions(el)) {
        expect(b.parentElement!.localName).to.equal('h3');
        expect(b.querySelector('[role="heading"], h1, h2, h3, h4, h5, h6')).to.equal(null);
      }
      el.headingLevel = 2;
      await el.updateComplete;
      expect($(el, '.heading').localName).to.equal('h2');
      el.headingLevel = 9;
      await el.updateComplete;
      expect($(el, '.heading').localName).to.equal('h6');
    });

    it('wires each button to its answer, which is no landmark (twenty closed answers would be twenty empty regions)', async () => {
      const el = await make();
      for (const b of questions(el)) {
        const answer = el.shadowRoot!.getElementById(b.getAttribute('aria-controls')!)!;
        expect(answer.hasAttribute('role')).to.equal(false);
        expect(b.getAttribute('aria-expanded')).to.equal('false');
      }
    });
  });

  describe('keyboard', () => {
    it('reaches the first question with Tab and toggles it with Enter and Space', async () => {
      const el = await make();
      await sendKeys({ press: 'Tab' }); // Show all
      await sendKeys({ press: 'Tab' });
      expect(active(el)).to.equal(questions(el)[0]);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(expanded(el)).to.deep.equal(['true', 'false', 'false']);
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(expanded(el)).to.deep.equal(['false', 'false', 'false']);
    });

    it('moves between questions with ArrowDown/ArrowUp (wrapping), Home and End', async () => {
      const el = await make();
      const q = questions(el);
      q[0].focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(active(el)).to.equal(q[1]);
      await sendKeys({ press: 'End' });
      expect(active(el)).to.equal(q[2]);
      await sendKeys({ press: 'ArrowDown' });
      expect(active(el)).to.equal(q[0]);
      await sendKeys({ press: 'ArrowUp' });
      expect(active(el)).to.equal(q[2]);
      await sendKeys({ press: 'Home' });
      expect(active(el)).to.equal(q[0]);
    });

    it('tabs from an open question into its answer (links, Copy link)', async () => {
      const el = await make();
      questions(el)[2].focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await sendKeys({ press: 'Tab' });
      expect(active(el)!.textContent).to.equal('the nurse line');
    });
  });

  describe('one or many', () => {
    it('keeps several answers open by default', async () => {
      const el = await make();
      questions(el)[0].click();
      questions(el)[1].click();
      await el.updateComplete;
      expect(expanded(el)).to.deep.equal(['true', 'true', 'false']);
    });

    it('closes the others with single', async () => {
      const el = await make('single');
      questions(el)[0].click();
      await el.updateComplete;
      questions(el)[1].click();
      await el.updateComplete;
      expect(expanded(el)).to.deep.equal(['false', 'true', 'false']);
    });

    it('starts an item open when its content says open', async () => {
      const el = await make('', pack([{ question: 'A?', answer: 'a' }, { question: 'B?', answer: 'b', open: true }]));
      expect(expanded(el)).to.deep.equal(['false', 'true']);
    });
  });

  describe('show all / hide all', () => {
    it('says what it will do, and follows questions toggled one by one', async () => {
      const el = await make();
      const button = $(el, '.show-all');
      expect(button.textContent!.trim()).to.equal('Show all answers');
      button.click();
      await el.updateComplete;
      expect(expanded(el)).to.deep.equal(['true', 'true', 'true']);
      expect(button.textContent!.trim()).to.equal('Hide all answers');
      questions(el)[1].click();
      await el.updateComplete;
      expect(button.textContent!.trim()).to.equal('Show all answers');
      questions(el)[1].click();
      await el.updateComplete;
      expect(button.textContent!.trim()).to.equal('Hide all answers');
      button.click();
      await el.updateComplete;
      expect(expanded(el)).to.deep.equal(['false', 'false', 'false']);
    });

    it('is localised through the strings', async () => {
      const el = await make('', { ...three, strings: { faqShowAll: 'Mostrar todo' } });
      expect($(el, '.show-all').textContent!.trim()).to.equal('Mostrar todo');
    });
  });

  describe('find in page', () => {
    it('keeps closed answers findable with hidden="until-found" and opens one on beforematch', async () => {
      const el = await make();
      const region = $(el, '#a-parking');
      expect(region.getAttribute('hidden')).to.equal('until-found');
      const toggled = oneEvent(el, 'immuno-faq-toggle');
      region.dispatchEvent(new Event('beforematch'));
      expect((await toggled).detail).to.deep.equal({ id: 'parking', open: true });
      await el.updateComplete;
      expect(region.hasAttribute('hidden')).to.equal(false);
      expect(questions(el)[0].getAttribute('aria-expanded')).to.equal('true');
    });
  });

  describe('deep links', () => {
    it('gives every question a stable id: its own, else a slug of the question', async () => {
      const el = await make();
      expect(questions(el).map((b) => b.getAttribute('aria-controls'))).to.deep.equal([
        'a-parking',
        'a-food',
        'a-who-do-i-call-at-night',
      ]);
    });

    it('opens, scrolls to and focuses the question named in the hash on load', async () => {
      history.replaceState(null, '', '#food');
      const el = await make();
      await el.updateComplete;
      await aTimeout(0);
      expect(expanded(el)).to.deep.equal(['false', 'true', 'false']);
      expect(active(el)).to.equal(questions(el)[1]);
    });

    it('opens a question on a later hashchange, and ignores ids that are not its own', async () => {
      const el = await make();
      location.hash = 'not-mine';
      await oneEvent(window, 'hashchange');
      expect(expanded(el)).to.deep.equal(['false', 'false', 'false']);
      location.hash = 'who-do-i-call-at-night';
      await oneEvent(window, 'hashchange');
      await el.updateComplete;
      await aTimeout(0);
      expect(expanded(el)).to.deep.equal(['false', 'false', 'true']);
      expect(active(el)).to.equal(questions(el)[2]);
    });

    it('writes the id of an opened question to the URL with link-hash, without a new history entry', async () => {
      const el = await make('link-hash');
      const before = history.length;
      questions(el)[1].click();
      await el.updateComplete;
      expect(location.hash).to.equal('#food');
      expect(history.length).to.equal(before);
    });

    it('leaves the URL alone without link-hash', async () => {
      const el = await make();
      questions(el)[1].click();
      expect(location.hash).to.equal('');
    });

    it('copies a link to the question and says so politely', async () => {
      const el = await make();
      const original = navigator.clipboard.writeText;
      let copied = '';
      navigator.clipboard.writeText = async (t: string) => {
        copied = t;
      };
      try {
        questions(el)[0].click();
        await el.updateComplete;
        $(el, '#a-parking .copy').click();
        await aTimeout(10);
        await el.updateComplete;
        expect(copied).to.equal(`${location.origin}${location.pathname}${location.search}#parking`);
        expect($(el, '[role="status"]').textContent).to.equal('Link copied');
        navigator.clipboard.writeText = async () => {
          throw new DOMException('no', 'NotAllowedError');
        };
        $(el, '#a-parking .copy').click();
        await aTimeout(10);
        await el.updateComplete;
        expect($(el, '[role="status"]').textContent).to.contain('#parking');
      } finally {
        navigator.clipboard.writeText = original;
      }
    });
  });

  describe('print', () => {
    afterEach(() => emulateMedia({ media: 'screen' }));

    it('prints every answer expanded, without the controls', async () => {
      const el = await make('searchable');
      $(el, '#q-parking').click();
      await el.updateComplete;
      await emulateMedia({ media: 'print' });
      expect(getComputedStyle($(el, '#a-food')).display).to.equal('block');
      expect(getComputedStyle($(el, '#a-food')).contentVisibility).to.equal('visible');
      expect(getComputedStyle($(el, '.toolbar')).display).to.equal('none');
      expect(getComputedStyle($(el, '#a-parking .copy')).display).to.equal('none');
    });

    it('keeps the screen state with print="as-shown"', async () => {
      const el = await make('print="as-shown"');
      await emulateMedia({ media: 'print' });
      expect(getComputedStyle($(el, '#a-food')).contentVisibility).to.equal('hidden');
    });
  });

  describe('search', () => {
    it('has a labelled search field only with searchable', async () => {
      expect((await make()).shadowRoot!.querySelector('input')).to.equal(null);
      const el = await make('searchable');
      const input = $<HTMLInputElement>(el, 'input');
      expect(input.labels![0].textContent).to.equal('Search the questions');
    });

    it('filters by words in the question or the answer, ignoring case and accents, and marks them', async () => {
      const el = await make('searchable');
      await type(el, 'MENIERE');
      const visible = $$(el, '.item:not([hidden])');
      expect(visible).to.have.length(1);
      expect(visible[0].querySelector('.question')!.textContent).to.contain('Can I eat');
      await sendKeys({ press: 'Backspace' }); // "MENIER" still matches
      await el.updateComplete;
      expect($$(el, '.item:not([hidden])')).to.have.length(1);
      $(el, '#q-food').click();
      await el.updateComplete;
      expect($$(el, '#a-food mark').map((m) => m.textContent)).to.deep.equal(['Ménièr']);
    });

    it('marks an answer once it is open, not while it is closed, and marks what the search shows', async () => {
      const el = await make('searchable');
      await type(el, 'meniere');
      // Closed: nothing to see, so nothing marked (each key marked all 500 closed answers before).
      expect($$(el, '#a-food mark'), 'marks in a closed answer').to.have.length(0);
      $(el, '#q-food').click();
      await el.updateComplete;
      expect($$(el, '#a-food mark').map((m) => m.textContent)).to.deep.equal(['Ménière']);
      // Open and shown: marked as the words change, and unmarked when they no longer match it.
      await sendKeys({ press: 'Backspace' });
      await el.updateComplete;
      expect($$(el, '#a-food mark').map((m) => m.textContent)).to.deep.equal(['Ménièr']);
      const input = $<HTMLInputElement>(el, 'input');
      input.select();
      await sendKeys({ type: 'eat' });
      await el.updateComplete;
      // (a question the search hides keeps the marks it had: it is not drawn)
      expect($$(el, '.item:not([hidden]) .question mark').map((m) => m.textContent)).to.deep.equal(['eat', 'eat']); // "eat", "treatment"
      expect($$(el, '#a-food mark')).to.have.length(0);
      // A question the search hid and shows again is marked for the words it is shown with.
      input.select();
      await sendKeys({ type: 'zebra' });
      await el.updateComplete;
      input.select();
      await sendKeys({ type: 'can i' });
      await el.updateComplete;
      expect($$(el, '#q-food mark').map((m) => m.textContent)).to.deep.equal(['Can I']);
    });

    it('needs every word, marks words in the question and announces "N of M questions" politely', async () => {
      const el = await make('searchable');
      await type(el, 'park blue');
      await aTimeout(700); // the count is said once typing pauses
      expect($$(el, '.question mark').map((m) => m.textContent)).to.deep.equal(['park']);
      const status = $(el, '.status');
      expect(status.getAttribute('role')).to.equal('status');
      expect(status.textContent).to.equal('1 of 3 questions');
    });

    it('shows a "no matching questions" message with a way to clear the search', async () => {
      const el = await make('searchable');
      await type(el, 'zebra');
      expect($(el, '.no-results').textContent).to.contain('No matching questions.');
      $(el, '.no-results button').click();
      await el.updateComplete;
      await aTimeout(0);
      expect($$(el, '.item:not([hidden])')).to.have.length(3);
      expect($<HTMLInputElement>(el, 'input').value).to.equal('');
      expect(active(el)).to.equal($(el, 'input'));
      expect(el.shadowRoot!.querySelector('.no-results')).to.equal(null);
    });

    it('shows and hides only the matching questions with show all', async () => {
      const el = await make('searchable');
      await type(el, 'night');
      $(el, '.show-all').click();
      await el.updateComplete;
      expect(expanded(el)).to.deep.equal(['false', 'false', 'true']);
    });
  });

  describe('structured data', () => {
    const ld = (el: Element) => el.querySelector<HTMLScriptElement>(':scope > script[type="application/ld+json"]');

    it('writes nothing without structured-data', async () => {
      expect(ld(await make())).to.equal(null);
    });

    it('writes a schema.org FAQPage listing exactly its questions and plain-text answers', async () => {
      const el = await make('structured-data');
      const data = JSON.parse(ld(el)!.textContent!);
      expect(data['@type']).to.equal('FAQPage');
      expect(data.mainEntity.map((q: { name: string }) => q.name)).to.deep.equal([
        'Where do I park?',
        'Can I eat before treatment?',
        'Who do I call at night?',
      ]);
      expect(data.mainEntity[2].acceptedAnswer.text).to.equal('Call the nurse line.');
      el.structuredData = false;
      await el.updateComplete;
      expect(ld(el)).to.equal(null);
    });

    it('cannot be broken out of by question text holding </script> or <!--', async () => {
      const evil = '</script><img src=x onerror="window.__pwned=1"><!--';
      const el = await make('structured-data', pack([{ question: evil, answer: `<!-- ${evil}` }]));
      const script = ld(el)!;
      expect(script.textContent).to.not.contain('<');
      expect(JSON.parse(script.textContent!).mainEntity[0].name).to.equal(evil);
      expect(el.querySelectorAll('img, script')).to.have.length(1);
      // Serialised and parsed again (as a CMS cache would), it is still one script.
      const copy = document.createElement('div');
      copy.innerHTML = el.outerHTML.replace(/<immuno-faq/g, '<x-faq').replace(/immuno-faq>/g, 'x-faq>');
      expect(copy.querySelectorAll('img')).to.have.length(0);
      expect(JSON.parse(copy.querySelector('script')!.textContent!).mainEntity[0].name).to.equal(evil);
    });
  });

  describe('remember', () => {
    afterEach(() => sessionStorage.clear());

    it('keeps the open questions across a reload within the session', async () => {
      const first = await make('id="f1" remember');
      questions(first)[2].click();
      await first.updateComplete;
      first.remove();
      const again = await make('id="f1" remember');
      expect(expanded(again)).to.deep.equal(['false', 'false', 'true']);
      const other = await make('id="f2" remember');
      expect(expanded(other)).to.deep.equal(['false', 'false', 'false']);
    });

    it('opens what was saved earlier in the session: a JSON list of ids under immuno-faq:<element id>', async () => {
      sessionStorage.setItem('immuno-faq:f5', '["food"]');
      const el = await make('id="f5" remember');
      expect(expanded(el)).to.deep.equal(['false', 'true', 'false']);
    });

    it('does not remember without remember', async () => {
      const first = await make('id="f3"');
      questions(first)[2].click();
      expect(sessionStorage.length).to.equal(0);
    });

    it('works without remembering when storage throws', async () => {
      const proto = Storage.prototype;
      const saved = { setItem: proto.setItem, getItem: proto.getItem };
      const boom = () => {
        throw new DOMException('blocked', 'SecurityError');
      };
      Object.assign(proto, { setItem: boom, getItem: boom });
      try {
        const el = await make('id="f4" remember');
        questions(el)[0].click();
        await el.updateComplete;
        expect(expanded(el)).to.deep.equal(['true', 'false', 'false']);
      } finally {
        Object.assign(proto, saved);
      }
    });
  });

  describe('events', () => {
    it('fires immuno-faq-toggle (bubbles, composed) with { id, open } on user action', async () => {
      const el = await make();
      const event = oneEvent(document, 'immuno-faq-toggle');
      questions(el)[1].click();
      const e = await event;
      expect(e.detail).to.deep.equal({ id: 'food', open: true });
      expect(e.bubbles && e.composed).to.equal(true);
    });

    it('does not fire for deep links or defaults', async () => {
      let count = 0;
      const count1 = () => count++;
      document.addEventListener('immuno-faq-toggle', count1);
      history.replaceState(null, '', '#food');
      await make('', pack([{ question: 'A?', answer: 'a', open: true }, { id: 'food', question: 'B?', answer: 'b' }]));
      await aTimeout(0);
      document.removeEventListener('immuno-faq-toggle', count1);
      expect(count).to.equal(0);
    });
  });

  describe('light-DOM authoring', () => {
    const markup = `
      <details id="parking"><summary>Where do I park?</summary><p>Use the <a href="/map">blue car park</a>.</p></details>
      <details open><summary>Can I bring someone?</summary><ul><li>Yes, <em>one</em> person.</li></ul></details>
      <details id="food"><summary>Can I eat?</summary><p>Yes.</p></details>`;
    let n = 0;

    it('works as native disclosure before the upgrade, and reads the questions as content after it', async () => {
      const tag = `x-faq-${++n}`;
      const host = await fixture<HTMLElement>(`<div><${tag}>${markup}</${tag}></div>`);
      const el = host.firstElementChild as ImmunoFaq;
      const closedBefore = [...el.querySelectorAll('details')].map((d) => d.getBoundingClientRect().height);
      expect(el.querySelector('details')!.open).to.equal(false);
      el.querySelector('summary')!.click(); // native disclosure, no script of ours yet
      expect(el.querySelector('details')!.open).to.equal(true);
      el.querySelector('summary')!.click();
      customElements.define(tag, class extends ImmunoFaq {});
      await el.updateComplete;
      expect(questions(el).map((b) => b.querySelector('span')!.textContent!.trim())).to.deep.equal([
        'Where do I park?',
        'Can I bring someone?',
        'Can I eat?',
      ]);
      expect(expanded(el)).to.deep.equal(['false', 'true', 'false']);
      expect(questions(el)[1].getAttribute('aria-controls')).to.equal('a-can-i-bring-someone');
      expect(closedBefore).to.have.length(3);
    });

    it("keeps the author's answer markup (links, lists, emphasis) and shows it in the answer region", async () => {
      const tag = `x-faq-${++n}`;
      customElements.define(tag, class extends ImmunoFaq {});
      const el = await fixture<ImmunoFaq>(`<${tag} structured-data>${markup}</${tag}>`);
      const slot = $<HTMLSlotElement>(el, '#a-can-i-bring-someone slot');
      const nodes = slot.assignedElements();
      expect(nodes[0].querySelector('ul em')!.textContent).to.equal('one');
      const link = $<HTMLSlotElement>(el, '#a-parking slot').assignedElements()[0].querySelector('a')!;
      expect(link.getAttribute('href')).to.equal('/map');
      const data = JSON.parse(el.querySelector('script[type="application/ld+json"]')!.textContent!);
      expect(data.mainEntity[0].acceptedAnswer.text).to.equal('Use the blue car park.');
      await expect(el).to.be.accessible();
    });

    it('does not shift the layout of closed questions on upgrade (with the documented pre-upgrade CSS)', async () => {
      const tag = `x-faq-${++n}`;
      const style = `<style>${tag}:not(:defined){display:block;font-size:16px;line-height:1.5}
        ${tag}:not(:defined) > details{border-block-end:1px solid}
        ${tag}:not(:defined) > details > summary{padding-block:.75em;font-weight:600}</style>`;
      const host = await fixture<HTMLElement>(`<div>${style}<${tag}>${markup.replace('<details open>', '<details>')}</${tag}></div>`);
      const el = host.querySelector(tag) as ImmunoFaq;
      const before = [...el.querySelectorAll('details')].map((d) => d.getBoundingClientRect().height);
      customElements.define(tag, class extends ImmunoFaq {});
      await el.updateComplete;
      const after = $$(el, '.item').map((d) => d.getBoundingClientRect().height);
      after.forEach((h, i) => expect(Math.abs(h - before[i]), `item ${i}: ${before[i]} → ${h}`).to.be.below(2));
    });

    it('warns, naming the element and field, about a details without a question', async () => {
      const tag = `x-faq-${++n}`;
      customElements.define(tag, class extends ImmunoFaq {});
      const warnings = await captureWarnings(() =>
        fixture(`<${tag}><details><summary> </summary>x</details><details><summary>Q?</summary>A.</details></${tag}>`),
      );
      expect(warnings[0]).to.match(new RegExp(`^${tag}: .*faq\\.items\\[0\\]\\.question`));
    });
  });

  describe('motion, direction and width', () => {
    afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

    it('animates opening only without prefers-reduced-motion', async () => {
      const el = await make();
      questions(el)[0].click();
      await el.updateComplete;
      expect(getComputedStyle($(el, '#a-parking')).animationName).to.equal('faq-open');
      await emulateMedia({ reducedMotion: 'reduce' });
      expect(getComputedStyle($(el, '#a-parking')).animationName).to.equal('none');
    });

    it('mirrors in right-to-left pages', async () => {
      const host = await fixture<HTMLElement>(`<div dir="rtl"><immuno-faq></immuno-faq></div>`);
      const el = host.firstElementChild as ImmunoFaq;
      await el.updateComplete;
      const q = $(el, '.question').getBoundingClientRect();
      const toggle = $(el, '.toggle').getBoundingClientRect();
      expect(toggle.right).to.be.below(q.left + q.width / 2);
    });

    it('draws a chevron "V" that points down when closed and up when open, the same in right-to-left pages', async () => {
      const host = await fixture<HTMLElement>(
        `<div style="--immuno-duration:0s"><immuno-faq></immuno-faq></div><div dir="rtl" style="--immuno-duration:0s"><immuno-faq></immuno-faq></div>`,
      );
      for (const el of host.parentElement!.querySelectorAll<ImmunoFaq>('immuno-faq')) {
        await el.updateComplete;
        const chevron = () => getComputedStyle($$(el, '.toggle')[0], '::before');
        // The lower and end sides of a square turned 45° clockwise: a "V" pointing down, in the toggle's colour.
        const closed = chevron();
        expect([closed.borderRightWidth, closed.borderBottomWidth].map(parseFloat).every((w) => w >= 1), 'two sides drawn').to.equal(true);
        expect([closed.borderTopWidth, closed.borderLeftWidth], 'and only two').to.deep.equal(['0px', '0px']);
        expect(closed.borderBottomColor).to.equal(getComputedStyle($$(el, '.toggle')[0]).color);
        const down = new DOMMatrix(closed.transform);
        expect(down.b, 'turned clockwise').to.be.above(0.7);
        expect(down.d, 'pointing down').to.be.above(0.7);
        questions(el)[0].click();
        await el.updateComplete;
        const up = new DOMMatrix(chevron().transform);
        expect(up.b, 'flipped').to.be.below(-0.7);
        expect(up.d, 'pointing up').to.be.below(-0.7);
      }
    });

    for (const display of ['inline', 'block'])
      it(`keeps the chevron a "V" when the host page sets ::part(toggle) to display: ${display}`, async () => {
        const host = await fixture<HTMLElement>(
          `<div class="t-${display}"><style>.t-${display} immuno-faq::part(toggle) { display: ${display} }</style><immuno-faq style="--immuno-duration:0s"></immuno-faq></div>`,
        );
        const el = host.querySelector<ImmunoFaq>('immuno-faq')!;
        await el.updateComplete;
        const toggle = $$(el, '.toggle')[0];
        expect(getComputedStyle(toggle).display, "the host's rule applies (blockified in the flex button)").not.to.equal('inline-flex');
        const chevron = getComputedStyle(toggle, '::before');
        // An inline box would ignore its size and show one border as a bar.
        expect(chevron.display).to.equal('inline-block');
        expect(parseFloat(chevron.width)).to.be.above(parseFloat(chevron.borderRightWidth) * 2);
      });

    it('keeps every question and its "Show" in a phone-wide column at 200 % text', async () => {
      const host = await fixture<HTMLElement>(`<div style="inline-size:358px;font-size:32px"><immuno-faq></immuno-faq></div>`);
      const el = host.firstElementChild as ImmunoFaq;
      await el.updateComplete;
      const right = host.getBoundingClientRect().right;
      expect($(el, '.base').scrollWidth).to.be.at.most(358);
      const out = $$(el, '.toggle, .text').filter((n) => n.getBoundingClientRect().right > right + 0.5);
      expect(out.map((n) => n.textContent)).to.deep.equal([]);
    });

    it('is usable in a 280 px column without horizontal scrolling', async () => {
      const host = await fixture<HTMLElement>(`<div style="inline-size:280px"><immuno-faq searchable></immuno-faq></div>`);
      const el = host.firstElementChild as ImmunoFaq;
      await el.updateComplete;
      const base = $(el, '.base');
      expect(base.scrollWidth).to.be.at.most(280);
      expect($(el, '.show-all').getBoundingClientRect().width).to.be.at.most(280);
      expect(shadowText(el)).to.contain(en.faq!.items[0].question);
    });
  });
});

describe('<immuno-faq> copy link', () => {
  it('is offered by each open answer, and only by open ones', async () => {
    const el = await fixture<ImmunoFaq>(html`<immuno-faq></immuno-faq>`);
    const first = el.shadowRoot!.querySelector<HTMLButtonElement>('.question')!;
    const region = el.shadowRoot!.getElementById(first.getAttribute('aria-controls')!)!;
    expect(region.querySelector('.copy')).to.equal(null);
    first.click();
    await el.updateComplete;
    expect(region.querySelector('.copy')!.textContent!.trim()).to.equal('Copy link');
  });
});
