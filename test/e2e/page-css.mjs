// The page's CSS cannot break a widget (issue 14, point 2). Checks for test/e2e/bundle.e2e.mjs, each named
// "page CSS: …", run in every engine against the built bundle:
//   sizes       under a hostile theme (test/e2e/hostile-theme.css: html { font-size: 62.5% }, resets, tag rules)
//               every box in each widget's shadow root has the size it has on a plain page, at two column widths
//               (so container-query breakpoints hold too); targets ≥ 24 px, checkboxes ≥ 24 px, text ≥ 16 px
//   text        the inherited text properties the theme sets (alignment, spacing, case, indent, white-space, …)
//               are not those of the widget's text; the font family is the page's
//   hidden      <immuno-x hidden> stays hidden, before and after upgrade, under every CSS rule the docs and the
//               snippet renderer give for the element
//   contrast    on a dark page with the default colours, and with the dark theme of docs/theming.md, every piece
//               of text in every widget (marks, the chosen type, urgency levels, call buttons) meets WCAG AA,
//               computed from the colours the browser rendered
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import Color from 'colorjs.io';

/** CSS rules for the widget elements found in the docs and the README (code blocks and inline code). */
export function documentedRules(tags) {
  const files = ['README.md', ...readdirSync('docs').filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`), 'docs/embed/README.md'];
  const rules = [];
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    for (const m of text.matchAll(/(immuno-[a-z-]+[^{}`\n]*)\{([^{}`]*)\}/g)) {
      const tag = tags.find((t) => m[1].trim().startsWith(t));
      if (tag && !m[2].includes('…')) rules.push({ from: f, tag, css: `${m[1].trim()} { ${m[2].trim()} }` });
    }
  }
  return rules;
}

/** The dark theme documented in docs/theming.md: its first css block that sets --immuno-color-surface. */
export function documentedDarkTheme() {
  const text = readFileSync('docs/theming.md', 'utf8');
  const block = [...text.matchAll(/```css\n([\s\S]*?)```/g)].map((m) => m[1]).find((c) => c.includes('--immuno-color-surface') && /dark/i.test(c));
  if (!block) throw new Error('docs/theming.md has no dark theme (a css block setting --immuno-color-surface)');
  return block;
}

/**
 * Writes the pages; returns the checks. `ctx.url` is read when a check runs.
 * `snippet(name, options)` is the snippet renderer; `widgetCss` maps tags to the renderer's pre-upgrade rules.
 */
export function pageCssChecks({ ctx, tags, page, snippet, widgetCss }) {
  const markup = (col) =>
    `<div id="col" style="inline-size:${col}px">
      <immuno-therapy-explorer searchable></immuno-therapy-explorer>
      <immuno-how-it-works></immuno-how-it-works>
      <immuno-side-effect-checklist care-team-phone="+1 555 0100" emergency-number="911"></immuno-side-effect-checklist>
      <immuno-faq searchable></immuno-faq>
    </div><script type="module" src="/dist/immuno-widgets.js"></script>`;
  const font = '<style>body{font-family:Arial,Helvetica,sans-serif;margin:8px}</style>';
  writeFileSync('.tmp/e2e/css-plain.html', page(`${font}${markup(720)}`));
  writeFileSync(
    '.tmp/e2e/css-hostile.html',
    page(`<link rel="stylesheet" href="/test/e2e/hostile-theme.css"><main><article class="entry-content">${markup(720)}</article></main>`),
  );
  writeFileSync('.tmp/e2e/css-dark.html', page(`<style>:root{background:#121212;color:#eee}</style>${markup(720)}`));
  writeFileSync('.tmp/e2e/css-dark-theme.html', page(`<style>:root{background:#121212;color:#eee}\n${documentedDarkTheme()}</style>${markup(720)}`));

  // hidden: one page per documented rule (and the renderer's rules), the element written as the snippet writes it.
  const recipes = [...documentedRules(tags), ...tags.map((tag) => ({ from: 'src/embed/render.ts', tag, css: widgetCss[tag] }))];
  recipes.forEach((r, i) => {
    const html = snippet(r.tag, { style: false }).html.replace(`<${r.tag} `, `<${r.tag} hidden `);
    writeFileSync(`.tmp/e2e/css-hidden-${i}.html`, page(`<style>${r.css}</style>${html}<p id="after">after</p>`));
  });

  const ready = (p) =>
    p.waitFor((tags) => tags.every((t) => (document.querySelector(t)?.shadowRoot?.textContent ?? '').trim().length > 200), tags, {
      timeout: 20000,
      what: 'the widgets to render',
    });

  /** Per widget, per shadow element: size, and the text properties that should not come from the page. */
  const snapshot = (p) =>
    p.evaluate((tags) => {
      const props = ['font-size', 'line-height', 'letter-spacing', 'word-spacing', 'text-align', 'text-align-last', 'text-transform', 'text-indent', 'white-space', 'word-break', 'hyphens', 'font-style', 'font-weight', 'font-variant-caps', 'text-shadow', 'cursor'];
      const out = {};
      for (const t of tags) {
        const host = document.querySelector(t);
        const els = [...host.shadowRoot.querySelectorAll('*')].filter((e) => !['STYLE', 'SLOT', 'path', 'circle', 'rect', 'line', 'polyline', 'ellipse', 'g'].includes(e.localName === 'style' ? 'STYLE' : e.localName));
        out[t] = {
          hostFont: getComputedStyle(host).fontSize,
          family: getComputedStyle(host.shadowRoot.querySelector('.base') ?? host).fontFamily,
          pageFamily: getComputedStyle(host.parentElement).fontFamily,
          els: els.map((e) => {
            const r = e.getBoundingClientRect();
            const cs = getComputedStyle(e);
            const cls = typeof e.className === 'string' ? e.className : '';
            return {
              what: `${e.localName}${e.id ? `#${e.id}` : ''}${cls ? `.${cls.trim().split(/\s+/).join('.')}` : ''}${e.getAttribute('part') ? `[part=${e.getAttribute('part')}]` : ''}`,
              w: Math.round(r.width),
              h: Math.round(r.height),
              type: e.getAttribute('type'),
              text: Object.fromEntries(props.map((n) => [n, cs.getPropertyValue(n)])),
              fontSize: parseFloat(cs.fontSize),
              hasText: [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim()),
            };
          }),
        };
      }
      return out;
    }, tags);

  const both = async (p, col) => {
    const shots = {};
    for (const name of ['css-plain', 'css-hostile']) {
      await p.goto(`${ctx.url}/.tmp/e2e/${name}.html`);
      await ready(p);
      await p.evaluate((col) => {
        document.querySelector('#col').style.inlineSize = `${col}px`;
      }, col);
      await new Promise((r) => setTimeout(r, 300));
      shots[name] = await snapshot(p);
    }
    return [shots['css-plain'], shots['css-hostile']];
  };

  return [
    {
      name: 'page CSS: sizes do not shrink under a theme with html { font-size: 62.5% } (every box as on a plain page, two column widths)',
      async run(p) {
        for (const col of [400, 720]) {
          const [plain, hostile] = await both(p, col);
          for (const t of tags) {
            assert.ok(parseFloat(hostile[t].hostFont) >= 16, `${t}: text is ${hostile[t].hostFont} on the hostile page`);
            assert.equal(hostile[t].els.length, plain[t].els.length, `${t} at ${col} px: same elements`);
            const diff = hostile[t].els
              .map((e, i) => [e, plain[t].els[i]])
              .filter(([a, b]) => Math.abs(a.w - b.w) > 1 || Math.abs(a.h - b.h) > 1)
              .map(([a, b]) => `${a.what} ${a.w}×${a.h} (plain page ${b.w}×${b.h})`);
            assert.deepEqual(diff.slice(0, 8), [], `${t} at ${col} px: boxes that changed size under the theme (${diff.length})`);
            for (const e of hostile[t].els) {
              if (e.w === 0 && e.h === 0) continue;
              if (['button', 'select'].includes(e.what.split(/[.#[]/)[0]) || ['checkbox', 'radio', 'search'].includes(e.type))
                assert.ok(e.w >= 24 && e.h >= 24, `${t}: ${e.what} is ${e.w}×${e.h} (targets are at least 24×24 px)`);
              if (e.hasText && !e.what.includes('visually-hidden')) assert.ok(e.fontSize >= 15, `${t}: ${e.what} text is ${e.fontSize}px`);
            }
          }
        }
      },
    },
    {
      name: 'page CSS: text properties the theme sets on ancestors stop at the widget (font family follows the page)',
      async run(p) {
        const [plain, hostile] = await both(p, 720);
        for (const t of tags) {
          assert.match(hostile[t].pageFamily, /Arial/, 'the hostile theme sets Arial');
          assert.equal(hostile[t].family, hostile[t].pageFamily, `${t}: the page's font family`);
          const diff = [];
          hostile[t].els.forEach((e, i) => {
            for (const [k, v] of Object.entries(e.text)) if (plain[t].els[i].text[k] !== v) diff.push(`${e.what} ${k}: ${v} (plain page ${plain[t].els[i].text[k]})`);
          });
          assert.deepEqual(diff.slice(0, 8), [], `${t}: text properties taken from the hostile page (${diff.length})`);
        }
      },
    },
    {
      name: `page CSS: hidden hides the element under every documented CSS rule (${recipes.length} rules), before and after upgrade`,
      async run(p) {
        for (const [i, r] of recipes.entries()) {
          await p.goto(`${ctx.url}/.tmp/e2e/css-hidden-${i}.html`);
          const seen = () => p.evaluate((tag) => {
            const e = document.querySelector(tag);
            const r = e.getBoundingClientRect();
            return { h: r.height, w: r.width, display: getComputedStyle(e).display, after: document.querySelector('#after').getBoundingClientRect().top };
          }, r.tag);
          const before = await seen();
          assert.ok(before.h === 0 && before.display === 'none', `before upgrade, ${r.tag} hidden is ${before.h} px tall (display ${before.display}) with ${r.from}'s rule ${r.css}`);
          await p.evaluate(() => {
            const s = document.createElement('script');
            s.type = 'module';
            s.src = '/dist/immuno-widgets.js';
            document.body.append(s);
          });
          await p.waitFor((tag) => !!customElements.get(tag) && !!document.querySelector(tag).shadowRoot, r.tag, { what: `${r.tag} to upgrade` });
          await p.evaluate((tag) => document.querySelector(tag).updateComplete, r.tag);
          const after = await seen();
          assert.ok(after.h === 0 && after.display === 'none', `after upgrade, ${r.tag} hidden is ${after.h} px tall (display ${after.display}) with ${r.from}'s rule ${r.css}`);
          assert.equal(after.after, before.after, 'the text after it did not move');
        }
      },
    },
    ...[
      ['a dark page, default colours', 'css-dark'],
      ['the dark theme of docs/theming.md', 'css-dark-theme'],
      ['a hostile dark theme', 'css-hostile'],
    ].map(([what, file]) => ({
      name: `page CSS: contrast on ${what}: every text in every widget meets WCAG AA (rendered colours; marks, chosen type, urgency levels)`,
      async run(p) {
        await p.goto(`${ctx.url}/.tmp/e2e/${file}.html`);
        await ready(p);
        await showEveryColour(p);
        const texts = await p.evaluate(renderedTextColours, tags);
        assert.ok(texts.length > 100, `only ${texts.length} texts found`);
        const kinds = new Set(texts.map((x) => x.what.split(' ').pop()));
        for (const k of ['mark', 'button', 'a']) assert.ok(kinds.has(k), `no ${k} text found (the states did not show)`);
        const low = [];
        for (const x of texts) {
          const fg = composite(x.color, x.bgs);
          const bg = composite(x.bgs[0], x.bgs.slice(1));
          const ratio = fg.contrast(bg, 'WCAG21');
          const large = x.size >= 24 || (x.size >= 18.66 && x.weight >= 700);
          if (ratio < (large ? 3 : 4.5) - 0.005) low.push(`${x.what} "${x.text}": ${ratio.toFixed(2)}:1 (${x.color} on ${x.bgs[0]})`);
        }
        assert.deepEqual(low.slice(0, 10), [], `texts below AA (${low.length} of ${texts.length})`);
      },
    })),
  ];
}

/** Puts each widget in the states that show its other colours: search marks, a chosen type, ticked urgent symptoms. */
async function showEveryColour(p) {
  await p.evaluate(async () => {
    const type = (root, text) => {
      const input = root.querySelector('input[type="search"]');
      input.value = text;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    };
    const faq = document.querySelector('immuno-faq');
    type(faq.shadowRoot, 'immune');
    const explorer = document.querySelector('immuno-therapy-explorer');
    type(explorer.shadowRoot, 'cell');
    await explorer.updateComplete;
    explorer.shadowRoot.querySelector('.list button')?.click();
    const checklist = document.querySelector('immuno-side-effect-checklist');
    for (const box of checklist.shadowRoot.querySelectorAll('input[type="checkbox"]')) {
      if (box.closest('.none, .remember') || box.checked) continue;
      box.click();
      await checklist.updateComplete;
    }
    await Promise.all([faq, explorer, checklist].map((e) => e.updateComplete));
  });
  // Past the searches' announcement pause (0.6 s), then until every colour transition has ended:
  // a colour read mid-transition is neither the old nor the new one.
  await new Promise((r) => setTimeout(r, 900));
  await p.evaluate(async () => {
    const roots = [...document.querySelectorAll('immuno-faq, immuno-therapy-explorer, immuno-side-effect-checklist, immuno-how-it-works')].map((e) => e.shadowRoot).filter(Boolean);
    await Promise.all(roots.flatMap((r) => r.getAnimations()).map((a) => a.finished.catch(() => {})));
  });
}

/** In the page: each rendered element with text of its own, its colour and the backgrounds behind it (nearest first). */
function renderedTextColours(tags) {
  const out = [];
  const transparent = (c) => c === 'transparent' || /rgba\(.*,\s*0\)$/.test(c) || /\/\s*0\)$/.test(c);
  const parentOf = (e) => e.parentElement ?? e.getRootNode().host ?? null;
  for (const t of tags) {
    const host = document.querySelector(t);
    for (const e of host.shadowRoot.querySelectorAll('*')) {
      const own = [...e.childNodes].filter((n) => n.nodeType === 3 && n.textContent.trim()).map((n) => n.textContent.trim()).join(' ');
      if (!own) continue;
      const r = e.getBoundingClientRect();
      if (r.width < 2 || r.height < 2 || (e.checkVisibility && !e.checkVisibility({ visibilityProperty: true })) || e.closest('.visually-hidden')) continue;
      const cs = getComputedStyle(e);
      const bgs = [];
      for (let a = e; a; a = parentOf(a)) {
        const bg = getComputedStyle(a).backgroundColor;
        if (transparent(bg)) continue;
        bgs.push(bg);
        if (!/rgba|\/ /.test(bg)) break;
      }
      bgs.push(getComputedStyle(document.documentElement).backgroundColor, 'rgb(255, 255, 255)');
      out.push({ what: `${t} ${e.localName}`, text: own.slice(0, 40), color: cs.color, bgs: bgs.filter((b) => !transparent(b)), size: parseFloat(cs.fontSize), weight: Number(cs.fontWeight) });
    }
  }
  return out;
}

/** A colour with alpha laid over the stack of backgrounds below it (nearest first), as the browser paints it. */
function composite(top, below) {
  const c = new Color(top).to('srgb');
  if (c.alpha >= 1 || !below.length) return c;
  const under = composite(below[0], below.slice(1));
  const a = c.alpha;
  return new Color('srgb', c.coords.map((v, i) => a * v + (1 - a) * under.coords[i]), 1);
}
