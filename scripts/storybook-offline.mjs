// The built Storybook is static and offline (issue 19): a designer can open it from a hospital's intranet or a
// laptop without a network, and opening it tells no one. Three checks:
//   1. `--build`: `storybook build` itself makes no outside connection (telemetry, update or "what's new" checks):
//      every host the Node processes look up or connect to is recorded (scripts/offline/record-connections.mjs),
//      and Storybook's telemetry is pointed at a local listener, which must hear nothing.
//   2. No HTML or CSS file of storybook-static loads anything from another host (`<script src>`, `<link href>`,
//      `url()`, `@import`: web fonts, CDNs).
//   3. In Chromium, the manager (index.html) and every docs page make no request outside 127.0.0.1; each story's
//      frame is checked the same way by scripts/smoke-stories.mjs (`guardRequests` below).
// Usage: node scripts/storybook-offline.mjs [--build]   (without --build, storybook-static must exist)
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Aborts and records every request of `context` that is not to `origin` (data: and blob: URLs never reach the
 * network and are not routed). Returns the list, `{ url, page }` each, that grows as pages load.
 */
export async function guardRequests(context, origin) {
  const outside = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin) return route.continue();
    outside.push({ url, page: route.request().frame()?.page()?.url() ?? '' });
    return route.abort('blockedbyclient');
  });
  return outside;
}

/** Resource references to another host in an HTML or CSS text (links a reader clicks are not loads). */
export function remoteLoads(text, type) {
  const found = [];
  const css = (s) => {
    for (const m of s.matchAll(/url\(\s*["']?((?:https?:)?\/\/[^"')\s]+)/gi)) found.push(m[1]);
    for (const m of s.matchAll(/@import\s+["']((?:https?:)?\/\/[^"']+)/gi)) found.push(m[1]);
  };
  if (type === 'css') css(text);
  else {
    for (const m of text.matchAll(/<(script|link|img|iframe|source|video|audio|embed|object|image)\b[^>]*>/gi))
      for (const a of m[0].matchAll(/\s(src|href|srcset|data|poster)\s*=\s*["']?((?:https?:)?\/\/[^"'\s>]+)/gi)) found.push(a[2]);
    for (const m of text.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) css(m[1]);
    for (const m of text.matchAll(/\sstyle\s*=\s*"([^"]*)"/gi)) css(m[1]);
  }
  return found;
}

function files(dir) {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

/** Runs `storybook build`, recording outside connections; resolves to the problems found. */
async function checkBuild() {
  const log = join('.tmp', `storybook-connections-${process.pid}.log`);
  rmSync(log, { force: true });
  let heard = 0;
  const listener = createServer((req, res) => {
    heard++;
    res.end();
  });
  await new Promise((ok) => listener.listen(0, '127.0.0.1', ok));
  const env = {
    ...process.env,
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import ${new URL('./offline/record-connections.mjs', import.meta.url).pathname}`,
    IMMUNO_CONNECTIONS_LOG: log,
    STORYBOOK_TELEMETRY_URL: `http://127.0.0.1:${listener.address().port}/event-log`,
    STORYBOOK_TELEMETRY_DEBUG: '1',
  };
  let out = '';
  const code = await new Promise((ok) => {
    const child = spawn('npx', ['storybook', 'build', '-o', 'storybook-static', '--quiet'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', ok);
  });
  listener.close();
  if (code !== 0) {
    console.error(out);
    return [`storybook build failed (exit code ${code})`];
  }
  const problems = [];
  if (heard) problems.push(`storybook build sent ${heard} telemetry request(s): set core.disableTelemetry in .storybook/main.ts`);
  if (out.includes('[telemetry]')) problems.push('storybook build prepared telemetry events (it printed "[telemetry]")');
  const hosts = existsSync(log)
    ? [...new Set(readFileSync(log, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l)).map((c) => `${c.host}${c.port ? `:${c.port}` : ''} (${c.what})`))]
    : [];
  rmSync(log, { force: true });
  for (const h of hosts) problems.push(`storybook build reached outside this machine: ${h}`);
  return problems;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const problems = [];
  if (process.argv.includes('--build')) {
    problems.push(...(await checkBuild()));
    console.log(`storybook build: ${problems.length ? 'reached the network' : 'no outside connection, no telemetry'}`);
  }
  if (!existsSync('storybook-static/index.json')) {
    console.error('No storybook-static/: run `npm run build-storybook` first, or pass --build.');
    process.exit(1);
  }

  const built = files('storybook-static').filter((f) => /\.(html|css)$/.test(f));
  for (const f of built)
    for (const u of remoteLoads(readFileSync(f, 'utf8'), f.endsWith('.css') ? 'css' : 'html'))
      problems.push(`${relative('storybook-static', f)} loads ${u}`);
  console.log(`${built.length} HTML and CSS files: ${problems.some((p) => p.includes(' loads ')) ? 'remote loads found' : 'nothing loaded from another host'}`);

  const { chromium } = await import('playwright-core');
  const { chromeArgs, findChrome } = await import('./chrome.mjs');
  const { serve } = await import('./serve.mjs');
  const { server, url } = await serve({ root: 'storybook-static' });
  const browser = await chromium.launch({ executablePath: findChrome(), args: chromeArgs, headless: true });
  const context = await browser.newContext();
  const outside = await guardRequests(context, url);
  const page = await context.newPage();
  const index = JSON.parse(readFileSync('storybook-static/index.json', 'utf8'));
  const docs = Object.values(index.entries).filter((e) => e.type === 'docs');
  const first = Object.values(index.entries).find((e) => e.type === 'story');
  // The manager with a story and with a docs page (its sidebar, toolbar, addon panels and fonts), then every docs page.
  const pages = [`${url}/index.html`, `${url}/index.html?path=/story/${first.id}`, ...docs.slice(0, 1).map((d) => `${url}/index.html?path=/docs/${d.id}`)];
  pages.push(...docs.map((d) => `${url}/iframe.html?id=${d.id}&viewMode=docs`));
  for (const p of pages) {
    await page.goto(p, { waitUntil: 'networkidle', timeout: 60000 }).catch((e) => problems.push(`${p}: ${e.message.split('\n')[0]}`));
    // Late requests (a version check after start-up, lazy fonts) get two more seconds.
    await page.waitForTimeout(p.includes('index.html') ? 2000 : 300);
  }
  await browser.close();
  server.close();
  for (const o of outside) problems.push(`request outside the host: ${o.url} (from ${o.page.replace(url, '')})`);
  console.log(`${pages.length} pages in Chromium (the manager, ${docs.length} docs pages): ${outside.length} request(s) outside ${url}`);

  if (problems.length) {
    console.error(`\nThe built Storybook is not offline:\n  ${[...new Set(problems)].join('\n  ')}`);
    process.exit(1);
  }
  console.log('The built Storybook is static and offline.');
}
