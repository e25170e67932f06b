import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { plainText, richText, richTextPart } from '../src/content/rich-text.js';
import type { RichText } from '../src/content/schema.js';
import { terms } from '../src/shared/search.js';

const value: RichText = [
  'Ask your nurse about fever.',
  { list: ['A fever over 38 °C', ['Call ', { text: 'the fever line', href: 'https://example.org/fever' }]] },
  { list: ['First', 'Second'], ordered: true },
];

describe('richText', () => {
  it('renders paragraphs, lists and links with no highlight by default', async () => {
    const el = await fixture(html`<div>${richText(value)}</div>`);
    expect([...el.children].map((c) => c.localName)).to.deep.equal(['p', 'ul', 'ol']);
    expect(el.querySelector('a')!.getAttribute('href')).to.equal('https://example.org/fever');
    expect(el.querySelector('mark')).to.equal(null);
  });

  it('marks the search terms in text and link text, accents and case ignored', async () => {
    const el = await fixture(html`<div>${richText(value, { highlight: terms('FÉVER') })}</div>`);
    const marks = [...el.querySelectorAll('mark')];
    expect(marks.map((m) => m.textContent)).to.deep.equal(['fever', 'fever', 'fever']);
    expect(marks.every((m) => m.getAttribute('part') === 'mark')).to.equal(true);
    expect(el.querySelector('a mark')).to.not.equal(null);
    expect(el.textContent!.replace(/\s+/g, ' ')).to.contain('Call the fever line');
  });

  it('inserts text as text, never as markup, with or without highlight', async () => {
    const hostile: RichText = ['<img src=x onerror=alert(1)> img'];
    const el = await fixture(html`<div>${richText(hostile)}${richText(hostile, { highlight: terms('img') })}</div>`);
    expect(el.querySelector('img')).to.equal(null);
    expect(el.querySelectorAll('mark')).to.have.length(2);
  });

  it('renders nothing for undefined, and plainText keeps the words', async () => {
    const el = await fixture(html`<div>${richText(undefined, { highlight: ['x'] })}</div>`);
    expect(el.childElementCount).to.equal(0);
    expect(plainText(value)).to.equal('Ask your nurse about fever.\nA fever over 38 °C\nCall the fever line\nFirst\nSecond');
  });

  it('richTextPart gives the DOM richText gives (no comments), keeps it while the value stays, and highlights', async () => {
    const markup = (el: Element) => el.innerHTML.replace(/<!--[^]*?-->/g, '');
    const want = await fixture(html`<div>${richText(value)}</div>`);
    const el = document.createElement('div');
    const show = (words: string[], v: RichText = value) => render(richTextPart(v, { highlight: words }), el);
    show([]);
    expect(markup(el)).to.equal(markup(want));
    expect([...el.childNodes].filter((n) => n.nodeType === Node.COMMENT_NODE)).to.have.length(1); // render()'s own marker, none per block
    const first = el.querySelector('p');
    show([]);
    expect(el.querySelector('p')).to.equal(first);
    show(terms('fever'));
    expect([...el.querySelectorAll('mark')].map((m) => m.textContent)).to.deep.equal(['fever', 'fever', 'fever']);
    show([]);
    expect(markup(el)).to.equal(markup(want));
    show([], ['<b>x</b>', { list: [['a ', { text: 'b', href: 'https://example.org/' }]], ordered: true }]);
    expect(el.querySelector('b')).to.equal(null);
    expect(markup(el)).to.equal('<p>&lt;b&gt;x&lt;/b&gt;</p><ol><li>a <a href="https://example.org/">b</a></li></ol>');
  });
});
