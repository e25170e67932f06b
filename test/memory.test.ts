import { expect, fixture, html } from '@open-wc/testing';
import { defineAll } from '../src/define-all.js';
import { langListeners } from '../src/controllers/locale-controller.js';
import { MARK, everyWidget, markedPack } from './content-sources.js';
import { shadowText, waitFor } from './helpers.js';
import { neverIdle } from '../bench/never-idle.mjs';

defineAll();

/*
 * A removed widget must be collectable: nothing that outlives it (the page, window, document, a script it reads)
 * may hold it. Garbage collection cannot be forced in every engine, so these tests count what would hold it:
 * MutationObservers still watching a node in the document, listeners on window and document, and idle callbacks
 * still waiting (on a busy page idle may come long after the widget is gone, and a callback holds what its closure
 * holds). All are counted by wrapping the platform's methods for the length of each test; the idle callbacks never
 * run while a test runs, as on a page that is never idle. `npm run bench` (bench/memory.mjs)
 * checks the same in Chromium with forced collections, WeakRefs to the removed widgets and heap figures.
 */

/** Observers and the nodes each watches, as the page made them since `start()`. */
const watching = new Map<MutationObserver, Set<Node>>();
/** Listeners added to window or document (not `once`) and not removed again. */
const globalListeners: { target: EventTarget; type: string; listener: unknown; capture: boolean }[] = [];
const capture = (o?: boolean | AddEventListenerOptions) => (typeof o === 'boolean' ? o : !!o?.capture);
/** Idle callbacks requested and neither run nor cancelled (none runs during a test): bench/memory.mjs's never-idle page. */
let idle = new Map<number, IdleRequestCallback>();
const hadIdle = 'requestIdleCallback' in window;

const real = {
  observe: MutationObserver.prototype.observe,
  disconnect: MutationObserver.prototype.disconnect,
  add: EventTarget.prototype.addEventListener,
  remove: EventTarget.prototype.removeEventListener,
  requestIdle: window.requestIdleCallback,
  cancelIdle: window.cancelIdleCallback,
};

function start(): void {
  idle = neverIdle();
  MutationObserver.prototype.observe = function (this: MutationObserver, target: Node, options?: MutationObserverInit) {
    if (!watching.has(this)) watching.set(this, new Set());
    watching.get(this)!.add(target);
    return real.observe.call(this, target, options);
  };
  MutationObserver.prototype.disconnect = function (this: MutationObserver) {
    watching.delete(this);
    return real.disconnect.call(this);
  };
  EventTarget.prototype.addEventListener = function (this: EventTarget, type: string, listener: unknown, options?: boolean | AddEventListenerOptions) {
    const once = typeof options === 'object' && options?.once;
    if ((this === window || this === document) && listener && !once) globalListeners.push({ target: this, type, listener, capture: capture(options) });
    return real.add.call(this, type, listener as EventListener, options);
  };
  EventTarget.prototype.removeEventListener = function (this: EventTarget, type: string, listener: unknown, options?: boolean | EventListenerOptions) {
    const i = globalListeners.findIndex((l) => l.target === this && l.type === type && l.listener === listener && l.capture === capture(options));
    if (i >= 0) globalListeners.splice(i, 1);
    return real.remove.call(this, type, listener as EventListener, options);
  };
}

function stop(): void {
  Object.assign(MutationObserver.prototype, { observe: real.observe, disconnect: real.disconnect });
  Object.assign(EventTarget.prototype, { addEventListener: real.add, removeEventListener: real.remove });
  if (hadIdle) Object.assign(window, { requestIdleCallback: real.requestIdle, cancelIdleCallback: real.cancelIdle });
  else {
    delete (window as Partial<Window>).requestIdleCallback;
    delete (window as Partial<Window>).cancelIdleCallback;
  }
  idle.clear();
  watching.clear();
  globalListeners.length = 0;
}

/** What in the document still watches or listens: each would keep a removed widget alive with the page. */
function holders(): string[] {
  const out: string[] = [];
  for (const nodes of watching.values())
    for (const n of nodes) if (n.isConnected) out.push(`a MutationObserver on <${(n as Element).localName ?? n.nodeName}>`);
  for (const l of globalListeners) out.push(`a "${l.type}" listener on ${l.target === window ? 'window' : 'document'}`);
  for (const f of idle.values()) out.push(`an idle callback still waiting (${String(f).slice(0, 60)})`);
  return out;
}

describe('memory: a removed widget leaves nothing in the page that holds it', () => {
  let pack: HTMLScriptElement | undefined;
  beforeEach(start);
  afterEach(() => {
    stop();
    pack?.remove();
  });

  it('<immuno-therapy-explorer>: the idle warm-up of its search index is asked for again after a move, and cancelled by each removal', async () => {
    const box = await fixture<HTMLElement>(html`<div></div>`);
    const el = document.createElement('immuno-therapy-explorer') as HTMLElement & { updateComplete: Promise<unknown> };
    box.append(el);
    await el.updateComplete;
    expect(idle.size, 'asked for after the first render').to.equal(1);
    el.remove();
    expect(idle.size, 'cancelled on removal').to.equal(0);
    box.append(el);
    expect(idle.size, 'asked for again after the move').to.equal(1);
    el.remove();
    expect(holders()).to.deep.equal([]);
  });

  it('<immuno-therapy-explorer>: new content set on a removed explorer asks for no idle warm-up, and its return folds the new index', async () => {
    const box = await fixture<HTMLElement>(html`<div></div>`);
    const el = document.createElement('immuno-therapy-explorer') as HTMLElement & { updateComplete: Promise<unknown>; content: unknown };
    box.append(el);
    await el.updateComplete;
    el.remove();
    // A CMS that takes the widget out and hands it new content before (or instead of) putting it back: Lit updates a
    // removed element too, and that update made a new index and asked for idle time with nothing left to cancel it.
    el.content = markedPack('therapies');
    await el.updateComplete;
    expect(holders(), 'after new content on the removed explorer').to.deep.equal([]);
    box.append(el);
    expect(idle.size, 'asked for once the explorer is back').to.equal(1);
    el.remove();
    expect(holders()).to.deep.equal([]);
  });

  it("bench/memory.mjs's never-idle page keeps every callback not cancelled waiting (an id is never given twice)", () => {
    const waiting = neverIdle();
    const [a, b, c] = [() => undefined, () => undefined, () => undefined];
    const ia = window.requestIdleCallback(a);
    const ib = window.requestIdleCallback(b);
    window.cancelIdleCallback(ia);
    const ic = window.requestIdleCallback(c);
    expect(new Set([ia, ib, ic]).size).to.equal(3);
    expect([...waiting.values()]).to.deep.equal([b, c]);
  });

  for (const { tag, section } of everyWidget) {
    describe(tag, () => {
      it('plain: no observer on the page and no window/document listener left once it is removed', async () => {
        const box = await fixture<HTMLElement>(html`<div></div>`);
        const el = document.createElement(tag);
        el.id = 'w';
        box.append(el);
        await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        el.remove();
        expect(holders()).to.deep.equal([]);
        expect(langListeners().widgets).to.equal(0);
      });

      it('with content="#id", footer="shared", lang and id: nothing left once removed, and the referenced script is followed again after a move', async () => {
        pack = document.createElement('script');
        pack.type = 'application/json';
        pack.id = 'memory-pack';
        pack.textContent = JSON.stringify(markedPack(section));
        document.body.append(pack);
        const box = await fixture<HTMLElement>(html`<div lang="en"></div>`);
        const els = [0, 1].map((i) => {
          const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown> };
          Object.entries({ id: `w${i}`, content: '#memory-pack', footer: 'shared', lang: 'en' }).forEach(([k, v]) => el.setAttribute(k, v));
          return el;
        });
        box.append(...els);
        await Promise.all(els.map((e) => e.updateComplete));
        expect(shadowText(els[0])).to.include(MARK);
        for (const el of els) el.remove();
        expect(holders()).to.deep.equal([]);

        // Changed while the widget was out of the page: read again when it comes back, and watched again.
        const [el] = els;
        pack.textContent = JSON.stringify(markedPack(section)).replaceAll(MARK, 'Kilimanjaro');
        box.append(el);
        await waitFor(() => shadowText(el).includes('Kilimanjaro'), 3000, 'the changed pack after reconnect');
        pack.textContent = JSON.stringify(markedPack(section)).replaceAll(MARK, 'Serengeti');
        await waitFor(() => shadowText(el).includes('Serengeti'), 3000, 'a change while connected');
        el.remove();
        expect(holders()).to.deep.equal([]);
      });
    });
  }
});
