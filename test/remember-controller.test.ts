import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { RememberController, type RememberOptions } from '../src/controllers/remember-controller.js';

/** A host that only counts re-render requests. */
function host() {
  const h = {
    updates: 0,
    controllers: [] as ReactiveController[],
    addController: (c: ReactiveController) => void h.controllers.push(c),
    removeController: () => {},
    requestUpdate: () => void h.updates++,
    updateComplete: Promise.resolve(true),
  };
  return h satisfies ReactiveControllerHost;
}

const list = (data: unknown) => (Array.isArray(data) ? data.map(String) : undefined);
const make = (options: Partial<RememberOptions<string[]>> = {}) =>
  new RememberController<string[]>(host(), { storage: 'session', key: 'immuno-test:a', read: list, ...options });

describe('RememberController', () => {
  afterEach(() => {
    sessionStorage.clear();
    localStorage.clear();
  });

  it('registers with its host and touches no storage until asked', () => {
    const h = host();
    sessionStorage.setItem('immuno-test:a', '["x"]');
    const c = new RememberController<string[]>(h, { storage: 'session', key: 'immuno-test:a', read: list });
    expect(h.controllers).to.deep.equal([c]);
    expect(sessionStorage.getItem('immuno-test:a')).to.equal('["x"]');
  });

  it('saves a value as JSON under its key, in the storage it names, and loads it again', () => {
    expect(make().save(['a', 'b'])).to.equal(true);
    expect(sessionStorage.getItem('immuno-test:a')).to.equal('["a","b"]');
    expect(make().load()).to.deep.equal(['a', 'b']);
    make({ storage: 'local' }).save(['c']);
    expect(localStorage.getItem('immuno-test:a')).to.equal('["c"]');
    expect(make().load()).to.deep.equal(['a', 'b']);
  });

  it('has nothing to load when nothing was saved', () => {
    expect(make().load()).to.equal(undefined);
  });

  it('reads the key when it is used, so it can follow the element', () => {
    let id = 'one';
    const c = make({ key: () => `immuno-test:${id}` });
    c.save(['1']);
    id = 'two';
    expect(c.load()).to.equal(undefined);
    c.save(['2']);
    expect(sessionStorage.getItem('immuno-test:one')).to.equal('["1"]');
    expect(sessionStorage.getItem('immuno-test:two')).to.equal('["2"]');
  });

  it('writes through write() and reads back through read()', () => {
    const c = new RememberController<Set<string>>(host(), {
      storage: 'session',
      key: 'immuno-test:set',
      write: (value) => [...value],
      read: (data) => (Array.isArray(data) ? new Set(data.map(String)) : undefined),
    });
    c.save(new Set(['x', 'y']));
    expect(sessionStorage.getItem('immuno-test:set')).to.equal('["x","y"]');
    expect([...c.load()!]).to.deep.equal(['x', 'y']);
  });

  it('with maxAge, stores an expiry beside the fields, loads until then and removes it after', () => {
    const c = new RememberController<{ ids: string[] }>(host(), {
      storage: 'local',
      key: 'immuno-test:b',
      maxAge: 60_000,
      read: (data) => (Array.isArray((data as { ids?: unknown }).ids) ? { ids: (data as { ids: string[] }).ids } : undefined),
    });
    const before = Date.now();
    c.save({ ids: ['x'] });
    const stored = JSON.parse(localStorage.getItem('immuno-test:b')!);
    expect(stored.ids).to.deep.equal(['x']);
    expect(stored.expires).to.be.within(before + 60_000, Date.now() + 60_000);
    expect(c.load()).to.deep.equal({ ids: ['x'] });
    localStorage.setItem('immuno-test:b', JSON.stringify({ ids: ['x'], expires: Date.now() - 1 }));
    expect(c.load()).to.equal(undefined);
    expect(localStorage.getItem('immuno-test:b')).to.equal(null);
    localStorage.setItem('immuno-test:b', JSON.stringify({ ids: ['x'] }));
    expect(c.load(), 'no expiry at all').to.equal(undefined);
  });

  it('removes an unreadable value instead of trusting it', () => {
    for (const raw of ['{not json', '{"a":1}', 'null']) {
      sessionStorage.setItem('immuno-test:a', raw);
      expect(make().load(), raw).to.equal(undefined);
      expect(sessionStorage.getItem('immuno-test:a'), raw).to.equal(null);
    }
  });

  it('clear() removes the value, and with a prefix every key under it, and nothing else', () => {
    for (const k of ['immuno-test:a', 'immuno-test:old', 'immuno-other']) sessionStorage.setItem(k, '[]');
    make().clear();
    expect(Object.keys(sessionStorage).sort()).to.deep.equal(['immuno-other', 'immuno-test:old']);
    make({ prefix: 'immuno-test:' }).clear();
    expect(Object.keys(sessionStorage)).to.deep.equal(['immuno-other']);
  });

  it('reports a failed save, asks the host to re-render, and resets on clear', () => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    const h = host();
    const c = new RememberController<string[]>(h, { storage: 'session', key: 'immuno-test:a', read: list });
    try {
      expect(c.save(['a'])).to.equal(false);
    } finally {
      Storage.prototype.setItem = original;
    }
    expect(c.failed).to.equal(true);
    expect(h.updates).to.equal(1);
    c.clear();
    expect(c.failed).to.equal(false);
    expect(h.updates).to.equal(2);
    expect(c.save(['a'])).to.equal(true);
    expect(h.updates, 'no re-render when nothing changed').to.equal(2);
  });
});
