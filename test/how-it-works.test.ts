import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { ImmunoHowItWorks } from '../src/components/how-it-works/how-it-works.js';
import { en } from '../src/content/en/index.js';
import { defineAll } from '../src/define.js';
import { captureWarnings, emulateMedia, sendKeys, shadowText } from './helpers.js';

defineAll();

type El = ImmunoHowItWorks;
const $ = <T extends Element = HTMLElement>(el: El, sel: string) => el.shadowRoot!.querySelector<T>(sel)!;
const $$ = <T extends Element = HTMLElement>(el: El, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];
const visibleSteps = (el: El) => $$(el, '.steps > li').filter((li) => li.getBoundingClientRect().height > 0);
const active = (el: El) => el.shadowRoot!.activeElement as HTMLElement | null;
const items = en.steps!.items;
const make = async (attrs = '', width = 800) => {
  const wrap = await fixture<HTMLDivElement>(
    `<div style="inline-size:${width}px"><immuno-how-it-works ${attrs}></immuno-how-it-works></div>`,
  );
  const el = wrap.firstElementChild as El;
  await el.updateComplete;
  return el;
};

describe('<immuno-how-it-works>', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen', reducedMotion: 'no-preference', forcedColors: 'none' });
  });

  describe('accessibility', () => {
    for (const layout of ['auto', 'horizontal', 'vertical', 'list']) {
      for (const step of [1, 4, 8]) {
        it(`passes axe in the ${layout} layout at step ${step}`, async () => {
          const el = await make(`layout="${layout}" step="${step}"`, layout === 'vertical' ? 320 : 800);
          await expect(el).to.be.accessible();
        });
      }
    }
  });

  describe('1. content', () => {
    it('has the eight built-in steps and the introduction', async () => {
      const el = await make('layout="list"');
      expect($$(el, '.steps > li')).to.have.length(8);
      expect(shadowText(el)).to.contain(en.steps!.intro as string);
      expect($$(el, '.steps h3').map((h) => h.textContent)).to.deep.equal(items.map((s) => s.title));
    });

    it('draws an inline picture for every step, hidden from screen readers', async () => {
      const el = await make('layout="list"');
      const pics = $$(el, '.steps svg');
      expect(pics).to.have.length(8);
      for (const svg of pics) {
        expect(svg.getAttribute('aria-hidden')).to.equal('true');
        expect(svg.getAttribute('focusable')).to.equal('false');
        expect(svg.querySelector('image, use')).to.equal(null);
      }
    });

    it('shows the longer detail in a closed "More detail" disclosure', async () => {
      const el = await make();
      const d = $<HTMLDetailsElement>(el, '.steps > [aria-current] details');
      expect(d.open).to.equal(false);
      expect(d.querySelector('summary')!.textContent!.trim()).to.equal('More detail');
    });
  });

  describe('2. structure', () => {
    it('shows one step of an ordered list, marked aria-current="step", and "Step n of N"', async () => {
      const el = await make('step="3"');
      expect($(el, '.steps').localName).to.equal('ol');
      const current = $$(el, '.steps > li[aria-current="step"]');
      expect(current).to.have.length(1);
      expect(current[0].querySelector('h3')!.textContent).to.equal(items[2].title);
      expect(visibleSteps(el)).to.deep.equal(current);
      expect($(el, '[part="count"]').textContent).to.equal('Step 3 of 8');
    });

    it('titles each step with a real heading of heading-level (default 3, clamped to 1–6)', async () => {
      const el = await make('layout="list" heading-level="2"');
      expect($$(el, '.steps .title').map((h) => h.localName)).to.deep.equal(items.map(() => 'h2'));
      expect(el.shadowRoot!.querySelector('[role="heading"], h3')).to.equal(null);
      el.headingLevel = 9;
      await el.updateComplete;
      expect($(el, '.steps .title').localName).to.equal('h6');
      el.setAttribute('heading-level', '0');
      await el.updateComplete;
      expect($(el, '.steps .title').localName).to.equal('h3');
      el.headingLevel = 1;
      await el.updateComplete;
      expect($(el, '.steps .title').localName).to.equal('h1');
      await expect(el).to.be.accessible();
    });

    it('moves focus to the new heading whatever its level', async () => {
      const el = await make('heading-level="4"');
      $(el, '[part="next"]').click();
      await el.updateComplete;
      expect(active(el)).to.equal($(el, '.steps > [aria-current] h4'));
      expect(active(el)!.textContent).to.equal(items[1].title);
      // The widget's own title style, not the browser's size for an h4.
      const size = (e: Element) => parseFloat(getComputedStyle(e).fontSize);
      expect(size(active(el)!) / size(active(el)!.parentElement!)).to.be.closeTo(1.25, 0.01);
    });

    it('has a progress list with one labelled button per step, the current one marked', async () => {
      const el = await make('step="3"');
      const buttons = $$(el, '[part="progress"] button');
      expect(buttons).to.have.length(8);
      expect(buttons[0].textContent!.replace(/\s+/g, " ").trim()).to.equal(`Go to step 1: ${items[0].title}`); // its name, from its contents
      expect(buttons.map((b) => b.getAttribute('aria-current'))).to.deep.equal([null, null, 'step', null, null, null, null, null]);
      expect(buttons.map((b) => b.tabIndex)).to.deep.equal([-1, -1, 0, -1, -1, -1, -1, -1]);
    });

    it('jumps to a step when its progress button is clicked', async () => {
      const el = await make();
      $$(el, '[part="progress"] button')[5].click();
      await el.updateComplete;
      expect(el.step).to.equal(6);
      expect(el.getAttribute('step')).to.equal('6');
    });
  });

  describe('3. previous and next', () => {
    it('moves on with Next and focuses the new heading, described by "Step n of N" (one channel: the live region stays quiet)', async () => {
      const el = await make();
      const status = $(el, '[role="status"]');
      expect(status.getAttribute('aria-live')).to.equal('polite');
      expect(status.textContent!.trim()).to.equal('');
      $(el, '[part="next"]').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.step).to.equal(2);
      expect(active(el)).to.equal($(el, '.steps > [aria-current] h3'));
      expect(active(el)!.textContent).to.equal(items[1].title);
      expect(el.shadowRoot!.getElementById(active(el)!.getAttribute('aria-describedby')!)!.textContent).to.equal('Step 2 of 8');
      expect(status.textContent!.trim()).to.equal('');
      $(el, '[part="previous"]').focus();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(el.step).to.equal(1);
      expect(active(el)!.textContent).to.equal(items[0].title);
    });

    it('keeps Previous focusable but unavailable at the first step, and it does nothing', async () => {
      const el = await make();
      const prev = $(el, '[part="previous"]');
      expect(prev.getAttribute('aria-disabled')).to.equal('true');
      expect(prev.hasAttribute('disabled')).to.equal(false);
      const note = el.shadowRoot!.getElementById(prev.getAttribute('aria-describedby')!)!;
      expect(note.textContent).to.equal('This is the first step');
      prev.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.step).to.equal(1);
      expect(active(el)).to.equal(prev);
    });

    it('turns Next into "Start again" at the last step, which goes back to step 1', async () => {
      const el = await make('step="8"');
      const next = $(el, '[part="next"]');
      expect(next.textContent!.trim()).to.equal('Start again');
      expect($(el, '[part="previous"]').getAttribute('aria-disabled')).to.equal('false');
      next.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.step).to.equal(1);
      expect(active(el)!.textContent).to.equal(items[0].title);
    });
  });

  describe('4. keyboard in the progress indicator', () => {
    it('moves with ArrowRight, ArrowLeft, End and Home, keeping focus on the current button', async () => {
      const el = await make();
      const buttons = () => $$(el, '[part="progress"] button');
      buttons()[0].focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(el.step).to.equal(2);
      expect(active(el)).to.equal(buttons()[1]);
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expect(el.step).to.equal(8);
      expect(active(el)).to.equal(buttons()[7]);
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(el.step).to.equal(8);
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(el.step).to.equal(7);
      await sendKeys({ press: 'Home' });
      await el.updateComplete;
      expect(el.step).to.equal(1);
      expect(active(el)).to.equal(buttons()[0]);
    });

    it('is one Tab stop (roving tabindex)', async () => {
      const el = await make('step="4"');
      $$(el, '[part="progress"] button')[3].focus();
      await sendKeys({ press: 'Tab' });
      expect(active(el)!.closest('[part="progress"]')).to.equal(null);
    });

    it('mirrors the arrows on a right-to-left page', async () => {
      const wrap = await fixture(html`<div dir="rtl"><immuno-how-it-works></immuno-how-it-works><div style="block-size:3000px"></div></div>`);
      const el = wrap.firstElementChild as El;
      await el.updateComplete;
      $$(el, '[part="progress"] button')[0].focus();
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(el.step).to.equal(2);
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(el.step).to.equal(1);
    });
  });

  describe('5. layouts', () => {
    const direction = (el: El) => getComputedStyle($(el, '[part="progress"]')).flexDirection;
    it('auto: horizontal progress in a wide column and vertical in a narrow one, whatever the viewport', async () => {
      expect(direction(await make('', 800))).to.equal('row');
      expect(direction(await make('', 320))).to.equal('column');
    });

    it('horizontal and vertical force one', async () => {
      expect(direction(await make('layout="horizontal"', 320))).to.equal('row');
      expect(direction(await make('layout="vertical"', 800))).to.equal('column');
    });

    it('list shows every step as a numbered list without stepper controls', async () => {
      const el = await make('layout="list"');
      expect(visibleSteps(el)).to.have.length(8);
      expect(getComputedStyle($(el, '.steps')).listStyleType).to.equal('decimal');
      for (const part of ['progress', 'count', 'nav'])
        expect(getComputedStyle($(el, `[part="${part}"]`)).display).to.equal('none');
    });

    it('prints as the list layout', async () => {
      const el = await make('step="3"');
      await emulateMedia({ media: 'print' });
      expect(visibleSteps(el)).to.have.length(8);
      expect(getComputedStyle($(el, '[part="nav"]')).display).to.equal('none');
    });

    it('treats an unknown layout as auto', async () => {
      const el = await make('layout="zigzag"', 320);
      expect(direction(el)).to.equal('column');
    });
  });

  describe('6. state and links', () => {
    it('reflects and follows the step attribute', async () => {
      const el = await make();
      el.setAttribute('step', '5');
      await el.updateComplete;
      expect($(el, '[part="count"]').textContent).to.equal('Step 5 of 8');
      el.step = 2;
      await el.updateComplete;
      expect(el.getAttribute('step')).to.equal('2');
    });

    for (const [value, expected] of [['99', 8], ['0', 1], ['-3', 1], ['abc', 1], ['2.6', 3], ['', 1]] as const) {
      it(`clamps step="${value}" to ${expected} without throwing`, async () => {
        const el = await make(`step="${value}"`);
        expect(el.step).to.equal(expected);
        expect($(el, '[part="count"]').textContent).to.equal(`Step ${expected} of 8`);
      });
    }

    it('fires immuno-step-change (bubbling, composed) on user action only', async () => {
      const el = await make();
      let count = 0;
      el.addEventListener('immuno-step-change', () => count++);
      el.step = 4;
      await el.updateComplete;
      expect(count).to.equal(0);
      setTimeout(() => $(el, '[part="next"]').click());
      const e = await oneEvent(el, 'immuno-step-change');
      expect(e.detail).to.deep.equal({ step: 5, id: items[4].id });
      expect(e.bubbles && e.composed).to.equal(true);
    });

    it('opens the step named in the URL hash', async () => {
      const before = location.href;
      history.replaceState(null, '', '#attack');
      try {
        const wrap = await fixture(html`<div><div style="block-size:3000px"></div><immuno-how-it-works></immuno-how-it-works><div style="block-size:3000px"></div></div>`);
        const el = wrap.querySelector("immuno-how-it-works") as El;
        await el.updateComplete;
        expect(el.step).to.equal(6);
        await el.updateComplete;
        expect(Math.abs(el.getBoundingClientRect().top)).to.be.below(2);
        location.hash = 'remember';
        await new Promise((r) => window.addEventListener('hashchange', r, { once: true }));
        await el.updateComplete;
        expect(el.step).to.equal(7);
      } finally {
        history.replaceState(null, '', before.replace(/#.*$/, ''));
      }
    });
  });

  describe('7. light-DOM authoring', () => {
    const markup = `<ol>
        <li id="find"><h3>Find</h3><p>Immune cells look for the cancer.</p></li>
        <li><h4>Fight back!</h4><p>They attack it.</p><p>It takes time.</p></li>
        <li><h3>Fight back!</h3>Just text.</li>
      </ol>`;
    let n = 0;
    const fresh = () => `x-hiw-${++n}`;

    it('is a readable numbered list before upgrade', async () => {
      const tag = fresh();
      const el = await fixture(`<${tag}>${markup}</${tag}>`);
      const li = el.querySelector('li')!;
      expect(getComputedStyle(li).display).to.equal('list-item');
      expect(getComputedStyle(el.querySelector('ol')!).listStyleType).to.equal('decimal');
      expect(el.querySelector('p')!.getBoundingClientRect().height).to.be.above(0);
    });

    it('reads the steps with their ids, titles and paragraphs', async () => {
      const tag = fresh();
      customElements.define(tag, class extends ImmunoHowItWorks {});
      const el = await fixture<El>(`<${tag} layout="list">${markup}</${tag}>`);
      await el.updateComplete;
      const lis = $$(el, '.steps > li');
      expect(lis.map((li) => li.id)).to.deep.equal(['find', 'fight-back', 'fight-back-2']);
      expect(lis[1].querySelectorAll('.text > p')).to.have.length(2);
      expect(lis[2].querySelector('.text > p')!.textContent).to.equal('Just text.');
      expect($$(el, '.steps svg')).to.have.length(0);
      expect($(el, '[part="footer"]')).to.exist;
    });

    it('does not shrink on upgrade, and with the documented min height nothing below moves', async () => {
      const tag = fresh();
      const wrap = await fixture(
        `<div style="inline-size:600px"><style>.r{display:flow-root;min-block-size:50rem}</style><${tag} class="r">${markup}</${tag}><p id="after">After</p></div>`,
      );
      const el = wrap.querySelector(tag) as El;
      const after = wrap.querySelector('#after')!;
      const top = after.getBoundingClientRect().top;
      customElements.define(tag, class extends ImmunoHowItWorks {});
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="progress"]')).to.exist;
      expect(after.getBoundingClientRect().top).to.equal(top);

      const tag2 = fresh();
      const wrap2 = await fixture(`<div style="inline-size:600px"><${tag2}>${markup}${markup}${markup}</${tag2}></div>`);
      const el2 = wrap2.firstElementChild as El;
      const h = el2.getBoundingClientRect().height;
      customElements.define(tag2, class extends ImmunoHowItWorks {});
      await el2.updateComplete;
      expect(el2.getBoundingClientRect().height).to.be.at.least(h - 0.001); // Firefox rounds to 1/60 px
    });
  });

  describe('8. motion, contrast, width', () => {
    it('animates the step change only without reduced motion, and not the first render', async () => {
      const el = await make();
      expect(getComputedStyle($(el, '.steps > [aria-current]')).animationName).to.equal('none');
      $(el, '[part~="next"]').click();
      await el.updateComplete;
      expect(getComputedStyle($(el, '.steps > [aria-current]')).animationName).to.equal('hiw-in');
      await emulateMedia({ reducedMotion: 'reduce' });
      expect(getComputedStyle($(el, '.steps > [aria-current]')).animationName).to.equal('none');
    });

    it('shows the current step by shape in forced-colors mode', async () => {
      const el = await make('step="2"');
      await emulateMedia({ forcedColors: 'active' });
      // Where titles show (a wide column), the ring is drawn on the number.
      const ring = (b: Element) => (getComputedStyle(b).borderTopWidth === '0px' ? b.querySelector('.n')! : b);
      const [other, cur] = $$(el, '[part="progress"] button').map((b) => getComputedStyle(ring(b)));
      expect(cur.borderTopWidth).to.not.equal(other.borderTopWidth);
      expect(cur.textDecorationLine).to.equal('underline');
      expect(cur.backgroundColor).to.not.equal(other.backgroundColor);
    });

    for (const layout of ['auto', 'horizontal', 'vertical', 'list']) {
      it(`fits a 280 px column in the ${layout} layout`, async () => {
        const el = await make(`layout="${layout}" step="4"`, 280);
        for (const node of $$(el, '*')) {
          const r = node.getBoundingClientRect();
          if (r.width) expect(r.right, node.localName + '.' + node.className).to.be.at.most(el.getBoundingClientRect().right + 0.5);
        }
      });
    }
  });

  describe('hostile content', () => {
    it('inserts titles as text and drops invalid steps with a warning naming the field', async () => {
      let el!: El;
      const warnings = await captureWarnings(async () => {
        el = await make();
        el.content = {
          meta: en.meta,
          steps: { items: [{ id: 'ok', title: '<img src=x onerror=alert(1)>', text: 'Fine.' }, { id: 'BAD', title: 'x', text: 'y' }] },
        };
        await el.updateComplete;
      });
      expect(warnings[0]).to.match(/^immuno-how-it-works: .*steps\.items\[1\]\.id/);
      expect($(el, '.steps h3').textContent).to.equal('<img src=x onerror=alert(1)>');
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect($(el, '[part="count"]').textContent).to.equal('Step 1 of 1');
    });

    it('clamps the step when new content has fewer steps', async () => {
      const el = await make('step="7"');
      el.content = { meta: en.meta, steps: { items: [{ id: 'a', title: 'A', text: 'a' }, { id: 'b', title: 'B', text: 'b' }] } };
      await el.updateComplete;
      expect(el.step).to.equal(2);
    });
  });
});
