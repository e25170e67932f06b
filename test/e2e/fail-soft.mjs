// Fail soft, always (issue 14, point 3). Checks for test/e2e/bundle.e2e.mjs, each named "fail soft: …":
//   trusted types   the page's CSP requires Trusted Types and names only `lit-html`, which the page's own Lit
//                   already took: every widget shows the author's markup (or a note), one warning names the
//                   missing policy, and nothing is thrown on the page (uncaught errors and rejections are
//                   recorded by probe.js, as window.onerror sees them)
//   size cap        a content file over 1 MB is refused with a warning and the built-in content, before it is
//                   parsed: by its Content-Length, and by counting bytes when it is streamed without one (an
//                   endless response: the widget stops reading, the server sees the connection close)
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';

const TT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html";

export function failSoftChecks({ ctx, tags, page, snippet }) {
  const authored = tags.map((t) => snippet(t, { style: false }).html).join('\n');
  writeFileSync(
    '.tmp/e2e/failsoft-tt.html',
    page(
      `<script type="module" src="/.tmp/e2e/other-lit/other-lit.js"></script>
       ${authored}
       <immuno-faq id="empty"></immuno-faq>
       <script type="module" src="/dist/immuno-widgets.js"></script>`,
    ),
  );
  // A content pack just over the cap: valid JSON, so only the size can refuse it.
  const item = { id: 'q', question: 'A question?', answer: ['x'.repeat(1000)] };
  const items = Array.from({ length: 1100 }, (_, i) => ({ ...item, id: `q${i}` }));
  writeFileSync('.tmp/e2e/big.json', JSON.stringify({ faq: { items } }));
  writeFileSync(
    '.tmp/e2e/failsoft-big.html',
    page(`<immuno-faq src="/.tmp/e2e/big.json"></immuno-faq><script type="module" src="/dist/immuno-widgets.js"></script>`),
  );
  writeFileSync(
    '.tmp/e2e/failsoft-stream.html',
    page(`<immuno-faq src="/stream/endless.json"></immuno-faq><script type="module" src="/dist/immuno-widgets.js"></script>`),
  );

  /** Bytes the endless route wrote before the reader went away. */
  const stream = { sent: 0, closed: false };
  const routes = {
    '/stream/endless.json': (req, res) => {
      stream.sent = 0;
      stream.closed = false;
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' }); // no Content-Length: chunked
      const chunk = Buffer.from(`${JSON.stringify(item)},`.repeat(64));
      res.write('{"faq":{"items":[');
      const timer = setInterval(() => {
        if (stream.sent > 50 * 1048576) return res.end(); // a generous end, far past the cap
        res.write(chunk);
        stream.sent += chunk.length;
      }, 10);
      res.on('close', () => {
        stream.closed = true;
        clearInterval(timer);
      });
    },
  };
  const headers = (p) => (p.endsWith('failsoft-tt.html') ? { 'content-security-policy': TT_CSP } : {});
  const probed = (p) => p.evaluate(() => window.__probe);
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  const builtInFaq = (p) =>
    p.waitFor(() => (document.querySelector('immuno-faq')?.shadowRoot?.textContent ?? '').includes('immune system'), null, {
      timeout: 20000,
      what: 'the FAQ with its built-in content',
    });

  const checks = [
    {
      name: "fail soft: a Trusted Types policy list without ours (only the page's own lit-html): author's markup shown, one warning naming the policy, nothing thrown",
      async run(p) {
        await p.goto(`${ctx.url}/.tmp/e2e/failsoft-tt.html`);
        await p.waitFor((tags) => tags.every((t) => customElements.get(t)), tags, { what: 'the tags to be defined' });
        await sleep(1500);
        const { errors, warnings } = await probed(p);
        assert.deepEqual(errors, [], 'nothing thrown on the page');
        assert.equal(await p.evaluate(() => document.querySelector('other-lit-element')?.shadowRoot?.textContent), 'other Lit works', "the page's own Lit still works");
        const enforced = await p.evaluate(() => !!window.trustedTypes);
        const shown = await p.evaluate((tags) =>
          tags.map((t) => {
            const el = document.querySelector(`.immuno-embed > ${t}`);
            const texts = [...el.querySelectorAll('summary, h2, h3, li, p')].filter((e) => e.getBoundingClientRect().height > 0 && e.textContent.trim());
            return [t, texts.length, el.getBoundingClientRect().height];
          }),
          tags,
        );
        for (const [t, n, h] of shown) assert.ok(n > 3 && h > 100, `${t}: the author's markup is not on screen (${n} texts, ${h} px)`);
        if (!enforced) return; // an engine without Trusted Types renders the widgets: nothing to fail
        const tt = warnings.filter((w) => /immuno-widgets/.test(w) && /trusted-types/i.test(w));
        assert.equal(tt.length, 1, `one warning naming the policy, got: ${JSON.stringify(warnings)}`);
        assert.equal(warnings.length, 1, `no other warnings: ${JSON.stringify(warnings)}`);
        const note = await p.evaluate(() => document.querySelector('#empty').shadowRoot?.querySelector('[role="note"]')?.textContent ?? '');
        assert.match(note, /could not be shown/, 'an element with no markup of its own shows a short note');
      },
    },
    {
      name: 'fail soft: a content file over 1 MB (Content-Length) is refused before parsing, with one warning and the built-in content',
      async run(p) {
        await p.goto(`${ctx.url}/.tmp/e2e/failsoft-big.html`);
        await builtInFaq(p);
        const { errors, warnings } = await probed(p);
        assert.deepEqual(errors, []);
        const big = warnings.filter((w) => /larger than 1048576 bytes/.test(w));
        assert.equal(big.length, 1, JSON.stringify(warnings));
      },
    },
    {
      name: 'fail soft: a streamed content file with no Content-Length is cut off once it passes 1 MB (the download stops), with one warning',
      async run(p) {
        await p.goto(`${ctx.url}/.tmp/e2e/failsoft-stream.html`);
        await builtInFaq(p);
        await sleep(300);
        const { errors, warnings } = await probed(p);
        assert.deepEqual(errors, []);
        assert.equal(warnings.filter((w) => /larger than 1048576 bytes/.test(w)).length, 1, JSON.stringify(warnings));
        assert.ok(stream.closed, 'the widget closed the connection');
        assert.ok(stream.sent < 8 * 1048576, `the server sent ${stream.sent} bytes before the widget stopped reading`);
      },
    },
  ];
  return { checks, headers, routes };
}
