// Upgrading in turn (issue 20, point 7): checks for test/e2e/bundle.e2e.mjs, each named "upgrade in turn: …".
// The four widgets pasted as the snippet renderer writes them (pre-rendered light DOM, the snippet's <style>, the
// sign data-upgrade="in-turn in-pieces") with the bundle at the end of the body, served late so the page is painted first.
// The bundle then defines one kind of widget per task (src/shared/define.ts). What must hold in every engine:
//   frames    in every animation frame from first paint to the end, each widget is either arriving (the parser has
//             not reached its end tag yet), waiting (not defined, or
//             upgrading in pieces, its page markup drawn under the snippet's rules) or rendered (defined, its shadow root showing its
//             content); never defined and blank; the page around them does not move (CLS ≤ 0.02 by the same
//             frame-by-frame score as the layout-shift checks, and Chromium's own entries)
//   boundary  with each task held until the check lets it run, a screenshot at every task boundary shows ink in
//             every widget's box (saved in .tmp/e2e/turns/ to look at)
//   api       `customElements.whenDefined()` then `updateComplete` resolve with the widget rendered
//   without   a page whose elements lack the sign (snippets pasted before it), or with footer="shared", defines
//             every kind in one run, as before
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';

const DELAY_MS = 800;

/** Loaded first: wraps customElements.define to log each call, and checks every frame. `hold` holds each scheduler task. */
const recorder = (tags, hold) => `<script>(() => {
  const tags = ${JSON.stringify(tags)};
  const rec = { frames: 0, mixed: 0, bad: [], defines: [], states: [], done: false, api: {} };
  window.__turns = rec;
  const define = customElements.define.bind(customElements);
  let sameRun = false;
  customElements.define = (tag, ctor, o) => {
    rec.defines.push({ tag, sameRun });
    sameRun = true;
    Promise.resolve().then(() => { sameRun = false; });
    return define(tag, ctor, o);
  };
  ${hold ? `const queue = []; window.__held = queue;
  Object.defineProperty(window, 'scheduler', { configurable: true, value: { postTask(fn) { return new Promise((res) => queue.push(() => res(fn()))); } } });` : ''}
  const drawn = (el) => [...el.children].some((c) => c.getBoundingClientRect().height > 0);
  const following = (el) => {
    for (let n = el; n && n !== document.documentElement; n = n.parentNode) if (n.nextSibling) return true;
    return false;
  };
  window.__state = () => tags.flatMap((t) => [...document.querySelectorAll(t)]).map((el) => {
    // Upgrading in pieces (the state upgrading) is waiting too: its page markup is what is drawn meanwhile.
    let pieces = false;
    try {
      pieces = el.matches(':state(upgrading)');
    } catch {
      /* no :state() in this browser: no pieces either */
    }
    // Still arriving: the parser has not reached its end tag yet (nothing after it in the document), so its markup
    // may not be there to draw. That is the network's pace, before any script of ours could run.
    if (!el.matches(':defined') && document.readyState === 'loading' && !following(el)) return 'arriving';
    if (!el.matches(':defined') || pieces) return drawn(el) ? 'waiting' : 'blank: waiting, its markup not drawn';
    const root = el.shadowRoot;
    const shown = root?.querySelector('[part~=base], [part~=loading], [part~=fallback]');
    const h = el.getBoundingClientRect().height;
    return shown && h > 0 && root.textContent.trim().length > 100 ? 'rendered' : 'blank: defined, not rendered';
  });
  const frame = () => {
    if (document.body) {
      const s = window.__state();
      rec.frames++;
      if (s.includes('waiting') && s.includes('rendered')) rec.mixed++;
      s.forEach((x, i) => { if (x.startsWith('blank') && rec.bad.length < 5) rec.bad.push({ frame: rec.frames, widget: i, state: x }); });
      if (rec.states.at(-1) !== s.join()) rec.states.push(s.join());
    }
    if (!rec.done) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})();</script>`;

export function upgradeInTurnChecks({ ctx, page, snippet, tags }) {
  mkdirSync('.tmp/e2e/turns', { recursive: true });
  const names = tags.map((t) => t.replace(/^immuno-/, ''));
  const body = (opts = {}) =>
    names
      .map((n) => {
        let html = snippet(n, { attributes: opts.footer ? { footer: opts.footer } : {} }).html;
        if (opts.unsigned) html = html.replace(/ data-upgrade="[^"]*"/, '');
        return `<h2 data-track>About ${n}</h2>\n${html}`;
      })
      .join('\n') + `<p data-track>The rest of the hospital's page, which must not move while the widgets start.</p>`;
  const api = `<script type="module">
    for (const t of ${JSON.stringify(tags)})
      customElements.whenDefined(t).then(() => document.querySelector(t).updateComplete).then(() => {
        window.__turns.api[t] = (document.querySelector(t).shadowRoot?.textContent ?? '').trim().length;
      });
  </script>`;
  const files = {
    'turns.html': page(`${body()}<script type="module" src="/slow-turns/immuno-widgets.js"></script>${api}`).replace(
      '<head>',
      `<head><script src="/test/e2e/layout-shift.js"></script>${recorder(tags, false)}`,
    ),
    'turns-held.html': page(`${body()}<script type="module" src="/dist/immuno-widgets.js"></script>`).replace('<head>', `<head>${recorder(tags, true)}`),
    'turns-unsigned.html': page(`${body({ unsigned: true })}<script type="module" src="/dist/immuno-widgets.js"></script>`).replace('<head>', `<head>${recorder(tags, false)}`),
    'turns-shared.html': page(`${body({ footer: 'shared' })}<script type="module" src="/dist/immuno-widgets.js"></script>`).replace('<head>', `<head>${recorder(tags, false)}`),
  };
  for (const [f, html] of Object.entries(files)) writeFileSync(`.tmp/e2e/${f}`, html);

  const routes = {
    '/slow-turns/immuno-widgets.js': (req, res) => {
      setTimeout(() => {
        res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' });
        res.end(readFileSync(process.env.IMMUNO_TURNS_BUNDLE ?? 'dist/immuno-widgets.js'));
      }, DELAY_MS);
    },
  };
  const rendered = (p) =>
    p.waitFor((ts) => ts.every((t) => (document.querySelector(t)?.shadowRoot?.textContent ?? '').trim().length > 200), tags, {
      timeout: 20000,
      what: 'all four widgets to render',
    });
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

  const checks = [];
  for (const [width, height] of [
    [412, 823],
    [1280, 900],
  ])
    checks.push({
      name: `upgrade in turn: four pre-rendered snippets at ${width} px, the bundle ${DELAY_MS} ms late: every frame shows each widget waiting (its markup drawn) or rendered, never blank; one kind per task, in page order; nothing moves (CLS ≤ 0.02); whenDefined → updateComplete finds it rendered`,
      async run(p, b) {
        await p.setViewport(width, height);
        await p.goto(`${ctx.url}/.tmp/e2e/turns.html`);
        await rendered(p);
        await sleep(500);
        const r = await p.evaluate(() => {
          window.__turns.done = true;
          window.__shift.done = true;
          return { ...window.__turns, shift: window.__shift, errors: window.__probe?.errors ?? [] };
        });
        console.log(
          `       ${width} px: ${r.frames} frames, ${r.mixed} with some widgets rendered and others waiting; states in order: ${r.states.map((x) => x.split(',').map((y) => y[0]).join('')).join(' → ')} (a arriving, w waiting, r rendered, b blank); ` +
            `shift score ${r.shift.score.toFixed(4)}${b.cdp ? `, Chromium CLS ${r.shift.entries.toFixed(4)}` : ''}, moved ${Math.round(r.shift.moved)} px`,
        );
        assert.deepEqual(r.errors, [], 'page errors');
        assert.deepEqual(r.bad, [], `blank widgets in ${r.bad.length} frames; states seen:\n${r.states.join('\n')}`);
        assert.ok(r.frames >= 5, `only ${r.frames} frames sampled`);
        // Frames drawn while the parser has not yet reached every widget hold fewer states (none at all at first):
        // until the bundle runs, whatever is in the page waits, and the first frame with all of them has all waiting.
        const whole = r.states.findIndex((x) => x.split(',').length === tags.length);
        assert.ok(whole >= 0, `no frame held all ${tags.length} widgets; states seen:\n${r.states.join('\n')}`);
        for (const x of r.states.slice(0, whole + 1))
          assert.ok(x === '' || x.split(',').every((s) => s === 'waiting' || s === 'arriving'), `a frame before the bundle ran: ${x}`);
        assert.deepEqual(r.defines.map((d) => d.tag), tags, 'defined in page order');
        assert.deepEqual(r.defines.map((d) => d.sameRun), tags.map(() => false), `each kind in a run of its own: ${JSON.stringify(r.defines)}`);
        for (const t of tags) assert.ok(r.api[t] > 200, `${t}: whenDefined → updateComplete resolved before it rendered (${r.api[t]} characters)`);
        const worst = Math.max(r.shift.score, b.cdp ? r.shift.entries : 0);
        assert.ok(worst <= 0.02, `layout shift ${worst.toFixed(4)} (moved ${Math.round(r.shift.moved)} px)`);
      },
    });

  checks.push({
    name: 'upgrade in turn: at every task boundary (each task held) a screenshot shows ink in every widget box, and each widget is waiting or rendered',
    async run(p, b) {
      await p.setViewport(412, 823);
      await p.goto(`${ctx.url}/.tmp/e2e/turns-held.html`);
      await p.waitFor(() => window.__held?.length > 0, undefined, { what: 'the first held task' });
      for (let step = 0; ; step++) {
        await p.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        const { state, boxes } = await p.evaluate((ts) => ({
          state: window.__state(),
          boxes: ts.map((t) => {
            const r = document.querySelector(t).getBoundingClientRect();
            return { top: r.top + scrollY, height: r.height };
          }),
        }), tags);
        assert.ok(!state.some((s) => s.startsWith('blank')), `step ${step}: ${state.join(', ')}`);
        // Screenshots where the driver shoots a whole page at once (WebKit's WebDriver would resize the window).
        const file = `.tmp/e2e/turns/${b.engine}-step-${step}.png`;
        if (b.engine !== 'webkit') await p.screenshot(file, { fullPage: true });
        const png = b.engine === 'webkit' ? undefined : PNG.sync.read(readFileSync(file));
        const ratio = png ? png.width / 412 : 1;
        for (const [i, box] of png ? boxes.entries() : []) {
          // The share of the widget's first screenful (at most) whose pixels are not the page's white.
          const y0 = Math.round(box.top * ratio);
          const y1 = Math.min(png.height, Math.round((box.top + Math.min(box.height, 800)) * ratio));
          let ink = 0;
          let all = 0;
          for (let y = y0; y < y1; y += 2)
            for (let x = 0; x < png.width; x += 2) {
              const o = (y * png.width + x) * 4;
              all++;
              if (png.data[o] < 200 || png.data[o + 1] < 200 || png.data[o + 2] < 200) ink++;
            }
          assert.ok(all > 0 && ink / all > 0.01, `step ${step}: ${state[i]} widget ${i} shows ${((100 * ink) / all).toFixed(2)} % ink in ${file}`);
        }
        const left = await p.evaluate(() => window.__held.length);
        if (!left) break;
        await p.evaluate(() => window.__held.shift()());
        assert.ok(step < 60, 'more than 60 tasks'); // the kinds' turns and their pieces (how it works: a piece per step)
      }
      await rendered(p);
    },
  });

  checks.push({
    name: "upgrade in turn: a keyboard reader who tabbed into the page markup before the widgets ran keeps their place (real Tab keys): focus moves to the widget's own control, visibly focused, and the next Tab goes on inside the widget",
    async run(p) {
      await p.setViewport(412, 823);
      await p.goto(`${ctx.url}/.tmp/e2e/turns-held.html`);
      await p.waitFor(() => window.__held?.length > 0, undefined, { what: 'the first held task' });
      const where = () => {
        let a = document.activeElement;
        const host = a?.closest('[data-upgrade]')?.localName ?? (a?.shadowRoot ? a.localName : '');
        while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
        return {
          host,
          inShadow: a?.getRootNode() !== document,
          tag: a?.localName,
          id: a?.id ?? '',
          text: (a?.textContent ?? '').trim().slice(0, 40),
          drawn: !!a && a.getClientRects().length > 0,
          visible: !!a?.matches(':focus-visible'),
        };
      };
      // The first control of the page is the explorer's "Cancer type" in its page markup (the widget not yet defined).
      let at;
      for (let k = 0; k < 8; k++) {
        await p.press('Tab');
        at = await p.evaluate(where);
        if (at.tag === 'summary') break;
      }
      assert.equal(at.tag, 'summary', `Tab reached ${JSON.stringify(at)}`);
      assert.equal(at.host, tags[0], `Tab reached ${JSON.stringify(at)}`);
      assert.ok(!at.inShadow && at.drawn, `before: ${JSON.stringify(at)}`);
      for (let step = 0; ; step++) {
        const left = await p.evaluate(() => window.__held.length);
        if (!left) break;
        await p.evaluate(() => window.__held.shift()());
        await p.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r))));
        assert.ok(step < 60, 'more than 60 tasks');
      }
      await rendered(p);
      const after = await p.evaluate(where);
      assert.deepEqual(
        { host: after.host, inShadow: after.inShadow, id: after.id, drawn: after.drawn, visible: after.visible },
        // :focus-visible as the markup's control was (WebKitGTK's WebDriver keys match it in neither).
        { host: tags[0], inShadow: true, id: 'cancer', drawn: true, visible: at.visible },
        `after: ${JSON.stringify(after)}`,
      );
      await p.press('Tab');
      const next = await p.evaluate(where);
      assert.ok(next.host === tags[0] && next.inShadow && next.drawn && next.id !== 'cancer', `the next Tab: ${JSON.stringify(next)}`);
      console.log(`       before: ${at.tag} "${at.text}" in the page markup; after: ${after.tag}#${after.id} in the widget, :focus-visible ${after.visible}; next Tab: ${next.tag} "${next.text}"`);
    },
  });

  for (const [file, why] of [
    ['turns-unsigned.html', 'elements without the sign (snippets pasted before it)'],
    ['turns-shared.html', 'footer="shared" on the widgets'],
  ])
    checks.push({
      name: `upgrade in turn: a page with ${why} defines every kind in one run, as before`,
      async run(p) {
        await p.goto(`${ctx.url}/.tmp/e2e/${file}`);
        await rendered(p);
        const r = await p.evaluate(() => {
          window.__turns.done = true;
          return window.__turns;
        });
        assert.deepEqual(r.defines.map((d) => d.sameRun), tags.map((_, i) => i > 0), JSON.stringify(r.defines));
        assert.deepEqual(r.bad, [], r.states.join('\n'));
      },
    });
  return { checks, routes };
}
