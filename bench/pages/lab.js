// Functions the benchmark calls inside the page (window.lab.*). Each returns
// milliseconds measured with performance.now() around real DOM work, ending
// after layout so the browser has done the work a patient waits for.
const en = await (await fetch('/dist/content/en.json')).json();
const tags = {
  faq: 'immuno-faq',
  steps: 'immuno-how-it-works',
  symptoms: 'immuno-side-effect-checklist',
  therapies: 'immuno-therapy-explorer',
};
const section = { faq: 'faq', steps: 'steps', symptoms: 'symptoms', therapies: 'therapies' };

/** A valid pack with `n` items in one section, cloned from the English pack. */
function pack(kind, n) {
  const src = en[section[kind]];
  const items = Array.from({ length: n }, (_, i) => {
    const base = structuredClone(src.items[i % src.items.length]);
    base.id = `${base.id ?? 'item'}-${i}`;
    if (kind === 'faq') base.question = `${base.question} (${i})`;
    if (kind === 'therapies') {
      base.name = `${base.name} ${i}`;
      base.medicines = (base.medicines ?? []).map((m, k) => ({ ...m, generic: `${m.generic}${i}x${k}` }));
    }
    if (kind === 'symptoms') base.label = `${base.label} (${i})`;
    if (kind === 'steps') base.title = `${base.title} ${i}`;
    return base;
  });
  return { meta: en.meta, [section[kind]]: { ...src, items } };
}

/** The same answer structure the widget renders (paragraphs, lists, links), built with DOM calls. */
function richBlocks(value) {
  const inline = (el, p) => {
    for (const run of typeof p === 'string' ? [p] : p) {
      if (typeof run === 'string') el.append(run);
      else {
        const a = document.createElement('a');
        a.href = run.href;
        a.textContent = run.text;
        el.append(a);
      }
    }
    return el;
  };
  return (typeof value === 'string' ? [value] : value).map((b) => {
    if (typeof b === 'object' && !Array.isArray(b) && 'list' in b) {
      const list = document.createElement(b.ordered ? 'ol' : 'ul');
      for (const item of b.list) list.append(inline(document.createElement('li'), item));
      return list;
    }
    return inline(document.createElement('p'), b);
  });
}

/** Resolves (in a microtask, not a timer) once `test()` holds after an attribute change under `root`. */
function until(root, test) {
  if (test()) return Promise.resolve();
  return new Promise((resolve) => {
    const mo = new MutationObserver(() => {
      if (!test()) return;
      mo.disconnect();
      resolve();
    });
    mo.observe(root, { attributes: true, subtree: true });
  });
}

/** Loads a peer's bundle once; Shoelace's theme stylesheet is in the page only while its FAQ is measured. */
async function loadPeer(peer) {
  await import(`./peers/${peer}.js`);
  await customElements.whenDefined(peer === 'shoelace' ? 'sl-details' : 'lion-accordion');
  if (peer === 'shoelace' && !document.querySelector('#sl-theme')) {
    const link = Object.assign(document.createElement('link'), { id: 'sl-theme', rel: 'stylesheet', href: './peers/shoelace-light.css' });
    document.head.append(link);
    await new Promise((r) => link.addEventListener('load', r, { once: true }));
  }
}

const layout = () => document.body.getBoundingClientRect().height;
const clear = () => document.body.replaceChildren();

window.lab = {
  ready: customElements.whenDefined('immuno-faq').then(() => true),

  async renderWidget(kind, n) {
    clear();
    const content = pack(kind, n);
    await new Promise((r) => setTimeout(r, 0));
    const t0 = performance.now();
    const el = document.createElement(tags[kind]);
    el.content = content;
    document.body.append(el);
    await el.updateComplete;
    layout();
    return performance.now() - t0;
  },

  async renderNative(n) {
    clear();
    const faq = pack('faq', n).faq.items;
    await new Promise((r) => setTimeout(r, 0));
    const t0 = performance.now();
    const root = document.createElement('div');
    for (const q of faq) {
      const d = document.createElement('details');
      const s = document.createElement('summary');
      s.textContent = q.question;
      d.append(s, ...richBlocks(q.answer));
      root.append(d);
    }
    document.body.append(root);
    layout();
    return performance.now() - t0;
  },

  /**
   * The same `n` questions and answers in a peer library's accordion, loaded from its own bundle
   * (bench/peers.mjs): `shoelace` is one `<sl-details summary>` per question, `lion` one
   * `<lion-accordion>` with an `<h3 slot="invoker"><button>` and a `<div slot="content">` per question.
   * Timed to the end of every element's own setup (Lit updates; Lion's slotchange wiring) and layout.
   */
  async renderPeer(peer, n) {
    clear();
    await loadPeer(peer);
    const faq = pack('faq', n).faq.items;
    await new Promise((r) => setTimeout(r, 0));
    const t0 = performance.now();
    let done;
    if (peer === 'shoelace') {
      const root = document.createElement('div');
      const items = faq.map((q) => {
        const d = document.createElement('sl-details');
        d.summary = q.question;
        d.append(...richBlocks(q.answer));
        return d;
      });
      root.append(...items);
      document.body.append(root);
      done = Promise.all(items.map((d) => d.updateComplete));
    } else {
      const acc = document.createElement('lion-accordion');
      for (const q of faq) {
        const h = document.createElement('h3');
        h.slot = 'invoker';
        const b = document.createElement('button');
        b.textContent = q.question;
        h.append(b);
        const c = document.createElement('div');
        c.slot = 'content';
        c.append(...richBlocks(q.answer));
        acc.append(h, c);
      }
      document.body.append(acc);
      const last = acc.querySelector(':scope > h3:last-of-type button');
      done = acc.updateComplete.then(() => until(acc, () => last.hasAttribute('aria-expanded')));
    }
    await done;
    layout();
    const t = performance.now() - t0;
    if (peer === 'shoelace') document.querySelector('#sl-theme')?.remove();
    return t;
  },

  /**
   * Types `text` into an explorer of `n` types, one `input` event per character with no pause between keys,
   * each key timed to the end of the update and a forced layout. Typing starts once the list is laid out and
   * the page has been idle (`settle`, as before any real keystroke: the first key used to pay the first
   * render's layout of 1,000 items, and the index is folded at idle, waited for); `settle = false` types straight after
   * the first render's update, as this bench did until 2026-12-01. `marks` (bench/ab-search-cpu.mjs): each key
   * between the performance marks `key<k>-0` and `key<k>-1`, so a trace tells the keys' CPU time apart (the
   * marks' thread time); `'tasks'`: each key in a task of its own as well (a timer between keys). `pauseMs` waits
   * that long after each key (a patient's pace: the explorer marks what it left for later meanwhile), then writes
   * `key<k>-2`.
   */
  async searchKeystrokes(n, text, settle = true, marks = undefined, pauseMs = 0) {
    clear();
    const el = document.createElement('immuno-therapy-explorer');
    el.content = pack('therapies', n);
    document.body.append(el);
    await el.updateComplete;
    if (settle) {
      layout();
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
      // Idle until the explorer's warm-up has folded every type (it goes on over several idle callbacks, and one
      // idle callback of our own was not enough: one time in three here the first key still folded most of 1,000
      // types). Reads the explorer's private index; a build from before 2026-12-01 has no `warmed` (its warm-up
      // folded every type in one idle callback), so one idle callback is waited for, as then.
      const idle = () => new Promise((r) => (window.requestIdleCallback ?? setTimeout)(r, { timeout: 1000 }));
      const folded = () => el.index?.warmed === undefined || el.index.warmed >= n;
      await idle();
      for (let k = 0; k < 100 && !folded(); k++) await idle();
      if (!folded()) throw new Error(`lab: the explorer had folded ${el.index.warmed} of ${n} types after 100 idle callbacks`);
    }
    const input = el.shadowRoot.querySelector('input[type="search"]');
    if (!input) throw new Error('no search field in <immuno-therapy-explorer>');
    const times = [];
    for (const [k, ch] of [...text].entries()) {
      if (marks === 'tasks') await new Promise((r) => setTimeout(r));
      if (marks) performance.mark(`key${k}-0`);
      const t0 = performance.now();
      input.value += ch;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: ch }));
      await el.updateComplete;
      layout();
      times.push(performance.now() - t0);
      if (marks) performance.mark(`key${k}-1`);
      if (pauseMs) {
        await new Promise((r) => setTimeout(r, pauseMs));
        if (marks) performance.mark(`key${k}-2`);
      }
    }
    return times;
  },

  async checklistTicks(n, ticks) {
    clear();
    const el = document.createElement('immuno-side-effect-checklist');
    el.content = pack('symptoms', n);
    document.body.append(el);
    await el.updateComplete;
    const boxes = [...el.shadowRoot.querySelectorAll('input[type="checkbox"]')].filter((b) => !/none/i.test(b.id + b.value));
    const times = [];
    for (let i = 0; i < ticks; i++) {
      const t0 = performance.now();
      boxes[(i * 7) % boxes.length].click();
      await el.updateComplete;
      layout();
      times.push(performance.now() - t0);
    }
    return times;
  },

  clear,
};
