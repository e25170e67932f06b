/**
 * Every code block of the platform guides in docs/embed/ is tested: each is marked `data-test`, each HTML block is
 * put in a page with the built bundle (dist/immuno-widgets.js; run `npm run build` first) and must render its
 * content with no error, and a block made by the renderer (`data-snippet="widget pack [--option value …]"`) must be
 * exactly what the renderer writes today. The editor settings in editors.md are used by test/editors.test.ts.
 */
import { expect } from '@open-wc/testing';
import { renderSnippet, type SnippetOptions } from '../src/embed/render.js';
import { widget, type WidgetName } from '../src/widgets.js';
import { fencedBlocks, guide, type TestedBlock } from './editors/markdown.js';
import { composedText, renderPage, squash } from './editors/page.js';

const GUIDES = ['html.md', 'drupal.md', 'editors.md', 'wix.md', 'squarespace.md', 'gtm.md'].map((f) => `docs/embed/${f}`);
const TAGS = ['immuno-faq', 'immuno-how-it-works', 'immuno-side-effect-checklist', 'immuno-therapy-explorer'];
/** The script URLs the guides use, served here by the test runner. */
const BUNDLE_URL = /(?:https:\/\/your-site\.example)?\/js\/immuno-widgets\.js/g;
const LOCAL = '/dist/immuno-widgets.js';

type Block = TestedBlock & { tested: boolean };
const blocks = async (file: string): Promise<Block[]> => fencedBlocks(await guide(file), file);

/** `data-snippet="faq examples/our-faq.json --form reference"` → the renderer's call. */
async function snippetOf(b: Block): Promise<{ name: WidgetName; options: SnippetOptions; pack: Record<string, unknown> } | undefined> {
  const spec = /data-snippet="([^"]+)"/.exec(b.info)?.[1];
  if (!spec) return undefined;
  const [name, packFile, ...rest] = spec.split(/\s+/);
  const pack = (await (await fetch(`/docs/embed/${packFile}`)).json()) as Record<string, unknown>;
  const options: SnippetOptions = { content: pack };
  for (let i = 0; i < rest.length; i += 2) {
    const [flag, value] = [rest[i], rest[i + 1]];
    if (flag === '--script') options.script = value;
    else if (flag === '--form') options.form = value as SnippetOptions['form'];
    else if (flag === '--content-id') options.contentId = value;
    else throw new Error(`${b.file} ${b.name}: unknown option ${flag} in data-snippet`);
  }
  return { name: name as WidgetName, options, pack };
}

/** The questions, step titles, symptom names or therapy names of a pack's section for a widget. */
function headlines(name: WidgetName, pack: Record<string, unknown>): string[] {
  const section = pack[widget(name).section] as { items: Record<string, unknown>[] };
  const key = { faq: 'question', 'how-it-works': 'title', 'side-effect-checklist': 'label', 'therapy-explorer': 'name' }[name];
  return section.items.map((i) => String(i[key]));
}

/** A page's parts: the guide's HTML, with its script URL pointed at the local bundle. */
function pageParts(code: string): { head: string; body: string; scripts: HTMLScriptElement[] } {
  const doc = new DOMParser().parseFromString(code, 'text/html');
  const scripts = [...doc.querySelectorAll('script')];
  const local = code.replace(BUNDLE_URL, LOCAL);
  const full = /^\s*<!doctype|^\s*<html/i.test(code);
  if (!full) return { head: '', body: local, scripts };
  const ldoc = new DOMParser().parseFromString(local, 'text/html');
  return { head: ldoc.head.innerHTML, body: ldoc.body.innerHTML, scripts };
}

const FAQ_PACK = 'examples/our-faq.json';

describe('the platform guides (docs/embed/)', function () {
  this.timeout(60000);
  for (const file of GUIDES) {
    it(`${file}: every code block is marked data-test, with a name used once`, async () => {
      const all = await blocks(file);
      expect(all.length, 'blocks').to.be.greaterThan(0);
      expect(all.filter((b) => !b.tested).map((b) => b.code.slice(0, 60))).to.deep.equal([]);
      const names = all.map((b) => b.name);
      expect(names.filter((n, i) => names.indexOf(n) !== i)).to.deep.equal([]);
    });
  }

  describe('each HTML block renders with the bundle', () => {
    let faqSnippet = '';
    let faqPack: Record<string, unknown> = {};
    before(async () => {
      faqPack = (await (await fetch(`/docs/embed/${FAQ_PACK}`)).json()) as Record<string, unknown>;
      faqSnippet = renderSnippet('faq', { content: faqPack }).html;
    });
    for (const file of GUIDES.filter((f) => !f.endsWith('editors.md')))
      it(`${file}`, async () => {
        for (const b of (await blocks(file)).filter((x) => x.lang === 'html')) {
          const what = `${file} "${b.name}"`;
          const made = await snippetOf(b);
          if (made) expect(b.code, `${what} is what the renderer writes`).to.contain(renderSnippet(made.name, made.options).html.trim());
          const { head, body, scripts } = pageParts(b.code);
          // Every script that loads the bundle is a module (a classic script stops at its first `export`).
          for (const s of scripts.filter((x) => /immuno-widgets\.js$/.test(x.src))) expect(s.type, `${what}: type="module"`).to.equal('module');
          const inline = scripts.some((s) => !s.src && /immuno-widgets\.js/.test(s.textContent ?? ''));
          const loadsItself = scripts.some((s) => /immuno-widgets\.js$/.test(s.src)) || inline;
          const hasWidget = TAGS.some((t) => body.includes(`<${t}`));
          // A block that only loads the script (GTM, a header) is tried with the FAQ snippet of the guides.
          const page = await renderPage(hasWidget ? body : `${faqSnippet}${body}`, { head, bundle: loadsItself ? '' : LOCAL });
          try {
            const el = page.doc.querySelector(TAGS.join(','));
            expect(el, `${what}: a widget`).to.not.equal(null);
            const tag = el!.localName;
            const name = tag.replace(/^immuno-/, '') as WidgetName;
            const expected = headlines(name, made?.pack ?? faqPack);
            const text = squash(composedText(el!));
            for (const t of expected) expect(text, `${what}: shows "${t}"`).to.contain(t);
            expect(page.errors, `${what}: no error`).to.deep.equal([]);
            expect(page.warnings.filter((w) => w.startsWith('immuno-')), `${what}: no widget warning`).to.deep.equal([]);
            expect([...page.contentErrors.values()].reduce((a, n) => a + n, 0), `${what}: no content error`).to.equal(0);
          } finally {
            page.remove();
          }
        }
      });
  });

  it('drupal.md: the library loads the file as a module, unaggregated, and the theme attaches that library', async () => {
    const all = await blocks('docs/embed/drupal.md');
    const lib = all.find((b) => b.name === 'drupal-library')!.code;
    const info = all.find((b) => b.name === 'drupal-info')!.code;
    const libName = /^([a-z0-9_-]+):/m.exec(lib)?.[1];
    expect(lib).to.match(/^\s+js\/immuno-widgets\.js: \{.*attributes: \{ type: module \}/m);
    expect(lib).to.match(/preprocess: false/);
    expect(info).to.match(new RegExp(`^libraries:\\n\\s+- mytheme/${libName}$`, 'm'));
  });

  it('the trap in html.md holds: loaded without type="module", the bundle stops with a syntax error and no widget starts', async () => {
    const page = await renderPage(faqSnippetFor(), { head: `<script src="${LOCAL}"></script>`, bundle: '', expectWidgets: false });
    try {
      expect(page.doc.defaultView!.customElements.get('immuno-faq')).to.equal(undefined);
      expect(page.errors.join(' ')).to.match(/syntax|export|unexpected|module/i);
    } finally {
      page.remove();
    }
  });

  it('the trap in gtm.md holds: under Trusted Types the tag cannot set the script URL, so no widget starts', async () => {
    const tag = (await blocks('docs/embed/gtm.md')).find((b) => b.name === 'gtm-tag')!.code.replace(BUNDLE_URL, LOCAL);
    const csp = `<meta http-equiv="Content-Security-Policy" content="require-trusted-types-for 'script'">`;
    const page = await renderPage(faqSnippetFor() + tag, { head: csp, bundle: '', expectWidgets: false });
    try {
      const enforced = 'trustedTypes' in page.doc.defaultView!;
      if (enforced) expect(page.doc.defaultView!.customElements.get('immuno-faq')).to.equal(undefined);
      else expect(page.doc.defaultView!.customElements.get('immuno-faq'), 'no Trusted Types here: the tag works').to.not.equal(undefined);
    } finally {
      page.remove();
    }
  });
});

/** The plain FAQ snippet of the guides, built in the test (the pack inline, so no fetch is needed). */
function faqSnippetFor(): string {
  return renderSnippet('faq').html;
}
