// `npm run test:wordpress`: the plugin and the guide in a real WordPress.
//
// Starts Debian's WordPress (Apache with mod_php, MariaDB) on 127.0.0.1 in a
// throw-away site: its own database, wp-content folder and Apache instance,
// stopped at the end. Installs the plugin from the zip `npm run
// build:wordpress` makes, uploads a hospital's content pack through the
// plugin's settings page, and creates posts as Administrator, Editor and
// Author: blocks inserted and saved in the real block editor, classic content
// (the_content runs wpautop) with the renderer's snippet, and shortcodes; then
// the guide's snippets without the plugin. Each page is checked in Chromium:
// every widget upgraded and showing the hospital's text, no console error, no
// stray <p> in or around a widget, and the bundle loaded once, in <head>, only
// on pages with a widget.
//
// Needs, on Debian/Ubuntu: `apt-get install -y wordpress mariadb-server
// apache2 libapache2-mod-php php-mysql zip` (run as root, the test installs
// them itself). Where they cannot be installed the test fails and says what
// to install; IMMUNO_SKIP_WORDPRESS=1 skips it on purpose (say so in CI).
//
//   --screenshots   also writes docs/embed/images/wordpress-<widget>-<width>.png
//   IMMUNO_WP_PORT  the port (default 8089); IMMUNO_WP_KEEP=1 leaves the site running
import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
// @ts-expect-error -- a plain .mjs helper without types
import { chromeArgs, findChrome } from '../../scripts/browsers.mjs';
import { faqSection, stepsSection, symptomsSection, therapiesSection } from '../../src/content/sections.js';
import { widgets } from '../../src/widgets.js';
import { loadPluginRenderer, type PluginRenderer } from '../../scripts/wordpress-renderer.js';
import { snippets as guideSnippets } from './guide.js';

const root = join(dirname(new URL(import.meta.url).pathname), '../..');
const port = Number(process.env.IMMUNO_WP_PORT ?? 8089);
const site = `http://127.0.0.1:${port}`;
const work = '/tmp/immuno-wp-test';
const password = randomBytes(12).toString('hex');
const db = { name: 'immuno_wp_test', user: 'immuno_wp_test', password: randomBytes(12).toString('hex') };
const screenshots = process.argv.includes('--screenshots');
const PACK = 'st-elsewhere';
/** Text only the hospital's pack has, one per widget, and built-in text the pack left out. */
const MARK = 'St Elsewhere';

const log = (s: string) => console.log(`  ${s}`);
const failures: string[] = [];
const check = (ok: unknown, what: string) => {
  if (ok) log(`✔ ${what}`);
  else {
    log(`✖ ${what}`);
    failures.push(what);
  }
};

// ---------------------------------------------------------------------------
// 1. WordPress, Apache, MariaDB and PHP, or what to install.
const PACKAGES = ['wordpress', 'mariadb-server', 'apache2', 'libapache2-mod-php', 'php-mysql', 'zip'];
const phpModule = () => ['8.2', '8.3', '8.4', '8.1', '7.4'].map((v) => `/usr/lib/apache2/modules/libphp${v}.so`).find(existsSync);
const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
const missing = () => {
  const m: string[] = [];
  if (!existsSync('/usr/share/wordpress/wp-load.php')) m.push('wordpress');
  if (!has('mariadbd') && !has('mysqld') && !existsSync('/usr/sbin/mariadbd') && !existsSync('/usr/sbin/mysqld')) m.push('mariadb-server');
  if (!existsSync('/usr/sbin/apache2')) m.push('apache2');
  if (!phpModule()) m.push('libapache2-mod-php');
  if (!has('php') || !/mysqli/.test(spawnSync('php', ['-m'], { encoding: 'utf8' }).stdout ?? '')) m.push('php-mysql');
  if (!has('zip')) m.push('zip');
  return m;
};
if (process.env.IMMUNO_SKIP_WORDPRESS === '1') {
  console.log('WordPress test SKIPPED (IMMUNO_SKIP_WORDPRESS=1): the plugin and the WordPress guide were not tested.');
  process.exit(0);
}
let need = missing();
if (need.length) {
  const root_ = process.getuid?.() === 0;
  if (root_ && has('apt-get')) {
    console.log(`Installing ${PACKAGES.join(' ')} (Debian packages) …`);
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', ...PACKAGES], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    need = missing();
  }
  if (need.length) {
    console.error(
      `The WordPress test needs ${need.join(', ')}, not found.\n` +
        `Install them (Debian/Ubuntu, as root: \`apt-get install -y ${PACKAGES.join(' ')}\`) or run it as root on Debian, where it installs them itself.\n` +
        'To skip it on purpose: IMMUNO_SKIP_WORDPRESS=1 (then the plugin is untested).',
    );
    process.exit(1);
  }
}
if (process.getuid?.() !== 0) {
  console.error('The WordPress test starts MariaDB and its own Apache as root (it writes /etc/wordpress/config-immunotest.php). Run it as root, or IMMUNO_SKIP_WORDPRESS=1 to skip it.');
  process.exit(1);
}

const sh = (cmd: string, args: string[], input?: string) => execFileSync(cmd, args, { encoding: 'utf8', input, stdio: ['pipe', 'pipe', 'pipe'] });

// ---------------------------------------------------------------------------
// 2. The plugin zip.
if (!existsSync(join(root, 'dist/immuno-widgets.js')) || !existsSync(join(root, 'dist/embed.js'))) execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
execFileSync('npx', ['tsx', 'scripts/build-wordpress.ts'], { cwd: root, stdio: 'inherit' });
const { checkPack, renderElement, renderSnippet }: PluginRenderer = await loadPluginRenderer();

// ---------------------------------------------------------------------------
// 3. A throw-away site.
const apacheConf = join(work, 'apache.conf');
const stopApache = () => spawnSync('/usr/sbin/apache2', ['-f', apacheConf, '-k', 'stop'], { stdio: 'ignore' });
if (existsSync(apacheConf)) stopApache();
rmSync(work, { recursive: true, force: true });
const content = join(work, 'wp-content');
for (const d of ['plugins', 'themes', 'uploads', 'immuno-js']) mkdirSync(join(content, d), { recursive: true });
chmodSync(work, 0o755);
execFileSync('unzip', ['-q', join(root, 'dist/immuno-widgets-wordpress.zip'), '-d', join(content, 'plugins')]);
symlinkSync('/usr/share/wordpress/wp-content/themes/twentytwentythree', join(content, 'themes/twentytwentythree'));
cpSync(join(root, 'test/wordpress/classic-theme'), join(content, 'themes/immuno-classic'), { recursive: true });
mkdirSync(join(content, 'mu-plugins'));
cpSync(join(root, 'test/wordpress/classic-editor.php'), join(content, 'mu-plugins/classic-editor.php'));
execFileSync('chown', ['-R', 'www-data:www-data', join(content, 'uploads')]);

// MariaDB: start it if it is not running (and stop it again at the end).
let startedDb = false;
const dbUp = () => spawnSync('mysqladmin', ['ping', '--silent'], { stdio: 'ignore' }).status === 0;
if (!dbUp()) {
  spawnSync('service', ['mariadb', 'start'], { stdio: 'ignore' });
  for (let i = 0; i < 60 && !dbUp(); i++) await new Promise((r) => setTimeout(r, 500));
  if (!dbUp()) throw new Error('MariaDB did not start (`service mariadb start`)');
  startedDb = true;
}
sh('mysql', [], `DROP DATABASE IF EXISTS ${db.name}; CREATE DATABASE ${db.name} CHARACTER SET utf8mb4;
CREATE USER IF NOT EXISTS '${db.user}'@'localhost'; ALTER USER '${db.user}'@'localhost' IDENTIFIED BY '${db.password}';
GRANT ALL ON ${db.name}.* TO '${db.user}'@'localhost'; FLUSH PRIVILEGES;`);

writeFileSync(
  '/etc/wordpress/config-immunotest.php',
  `<?php
// Written by immuno-widgets' test/wordpress/wordpress.test.ts for its throw-away site.
define('DB_NAME', '${db.name}'); define('DB_USER', '${db.user}'); define('DB_PASSWORD', '${db.password}'); define('DB_HOST', 'localhost');
define('WP_HOME', '${site}'); define('WP_SITEURL', '${site}');
define('WP_CONTENT_DIR', '${content}'); define('WP_CONTENT_URL', '${site}/wp-content');
define('WP_DEBUG', true); define('WP_DEBUG_LOG', '${work}/debug.log'); define('WP_DEBUG_DISPLAY', false);
define('DISABLE_WP_CRON', true); define('AUTOMATIC_UPDATER_DISABLED', true); define('WP_HTTP_BLOCK_EXTERNAL', true);
define('FS_METHOD', 'direct');
`,
);
chmodSync('/etc/wordpress/config-immunotest.php', 0o640);
execFileSync('chgrp', ['www-data', '/etc/wordpress/config-immunotest.php']);

const mods = '/usr/lib/apache2/modules';
writeFileSync(
  apacheConf,
  `ServerRoot /etc/apache2
ServerName 127.0.0.1
PidFile ${work}/apache.pid
DefaultRuntimeDir ${work}
Mutex file:${work} default
Listen 127.0.0.1:${port}
User www-data
Group www-data
ErrorLog ${work}/apache-error.log
LogLevel warn
LoadModule mpm_prefork_module ${mods}/mod_mpm_prefork.so
LoadModule authz_core_module ${mods}/mod_authz_core.so
LoadModule mime_module ${mods}/mod_mime.so
LoadModule dir_module ${mods}/mod_dir.so
LoadModule alias_module ${mods}/mod_alias.so
LoadModule env_module ${mods}/mod_env.so
LoadModule php_module ${phpModule()}
StartServers 2
MaxRequestWorkers 8
TypesConfig /etc/mime.types
AddType text/javascript .js
DirectoryIndex index.php index.html
SetEnv WORDPRESS_CONFIG immunotest
DocumentRoot /usr/share/wordpress
Alias /wp-content ${content}
<FilesMatch "\\.php$">
  SetHandler application/x-httpd-php
</FilesMatch>
<Directory />
  Require all denied
</Directory>
<Directory /usr/share/wordpress>
  Require all granted
</Directory>
<Directory ${content}>
  Require all granted
  <FilesMatch "\\.php$">
    SetHandler none
  </FilesMatch>
</Directory>
<Directory ${content}/plugins>
  <FilesMatch "\\.php$">
    Require all denied
  </FilesMatch>
</Directory>
`,
);
execFileSync('/usr/sbin/apache2', ['-f', apacheConf, '-k', 'start']);

/** Runs a command of site.php (WordPress's own functions, through the PHP command line). */
const wp = <T = Record<string, unknown>>(command: string, args: object = {}): T => {
  const r = spawnSync('php', [join(root, 'test/wordpress/site.php'), command, JSON.stringify(args)], {
    encoding: 'utf8',
    env: { ...process.env, IMMUNO_WP_URL: site },
  });
  if (r.status !== 0) throw new Error(`site.php ${command}: ${r.stderr || r.stdout}`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1)!) as T;
};

// ---------------------------------------------------------------------------
// The checks.

/** The hospital's pack: the built-in content cut down and marked, so a page with the built-in text fails. */
function hospitalPack() {
  const meta = { ...faqSection.builtIn.meta, publisher: 'St Elsewhere Hospital' };
  const faq = faqSection.builtIn.section;
  const steps = stepsSection.builtIn.section;
  const symptoms = symptomsSection.builtIn.section;
  const therapies = therapiesSection.builtIn.section;
  return {
    meta,
    faq: {
      ...faq,
      items: [
        // Quotes, an ampersand and a list: what a CMS likes to mangle.
        { id: 'parking', question: `Where do I park at ${MARK}?`, answer: ['Level 2 of the "Oncology & Infusion" garage.', { list: ['Bring your ticket', 'Ask at desk B'] }] },
        ...faq.items.slice(0, 2),
      ],
    },
    steps: { ...steps, items: [{ ...steps.items[0], title: `Your first visit to ${MARK}` }, ...steps.items.slice(1, 3)] },
    symptoms: { ...symptoms, items: [{ ...symptoms.items[0], label: `${symptoms.items[0].label} (${MARK} checklist)` }, ...symptoms.items.slice(1)] },
    therapies: { ...therapies, items: [{ ...therapies.items[0], name: `${therapies.items[0].name} at ${MARK}` }, ...therapies.items.slice(1)] },
  };
}

/** Built-in text each widget shows that the pack does not have (it must be gone). */
const builtInOnly: Record<string, string> = {
  faq: faqSection.builtIn.section.items.at(-1)!.question,
  'how-it-works': stepsSection.builtIn.section.items.at(-1)!.title,
  // The checklist and the explorer keep every built-in item (the explorer names the checklist's symptoms).
  'side-effect-checklist': '',
  'therapy-explorer': '',
};

interface PageReport {
  errors: string[];
  warnings: string[];
  scripts: { head: boolean; type: string; src: string }[];
  loads: number;
  widgets: { tag: string; upgraded: boolean; shadow: string; inP: boolean; pChildren: number; fullP: number; brChildren: number; strayP: number }[];
  head: string;
}

/** Opens a page and reads what the checks need. */
async function inspect(page: Page, url: string): Promise<PageReport> {
  const errors: string[] = [];
  const warnings: string[] = [];
  const onConsole = (m: { type(): string; text(): string }) => {
    if (m.type() === 'error') errors.push(m.text());
    if (m.type() === 'warning') warnings.push(m.text());
  };
  const onError = (e: Error) => errors.push(`uncaught: ${e.message}`);
  page.on('console', onConsole);
  page.on('pageerror', onError);
  await page.goto(url, { waitUntil: 'load' });
  await page
    .waitForFunction(() => [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('immuno-')).every((e) => customElements.get(e.localName) && e.shadowRoot?.childElementCount), null, { timeout: 15000 })
    .catch(() => undefined);
  await page.waitForTimeout(300);
  const report = await page.evaluate(() => {
    const tags = [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('immuno-'));
    const blank = (e: Element | null) => !!e && e.localName === 'p' && !e.textContent!.trim();
    return {
      scripts: [...document.querySelectorAll<HTMLScriptElement>('script[src*="immuno-widgets.js"]')].map((s) => ({ head: s.parentElement === document.head, type: s.type, src: s.src })),
      loads: performance.getEntriesByType('resource').filter((r) => /\/immuno-widgets\.js(\?|$)/.test(r.name)).length,
      widgets: tags.map((e) => {
        const wrapper = e.parentElement?.classList.contains('immuno-embed') ? e.parentElement : e;
        return {
          tag: e.localName,
          upgraded: !!customElements.get(e.localName) && !!e.shadowRoot,
          shadow: e.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '',
          inP: !!e.closest('p'),
          // Paragraphs as direct children: the renderer writes none (wpautop does).
          pChildren: [...e.children].filter((c) => c.localName === 'p').length,
          fullP: [...e.children].filter((c) => c.localName === 'p' && c.textContent!.trim()).length,
          brChildren: [...e.children].filter((c) => c.localName === 'br').length,
          // Empty paragraphs just outside: what wpautop leaves around a block it split.
          strayP: [wrapper.previousElementSibling, wrapper.nextElementSibling].filter(blank).length,
        };
      }),
      head: document.head.innerHTML,
    };
  });
  page.off('console', onConsole);
  page.off('pageerror', onError);
  return { ...report, errors, warnings };
}

/** The checks every page with widgets must pass. */
function checkWidgets(what: string, r: PageReport, expected: string[], opts: { hospital?: boolean; pluginScript?: boolean; shows?: string; emptyP?: boolean } = {}) {
  const { hospital = true, pluginScript = true, shows, emptyP = false } = opts;
  check(r.errors.length === 0, `${what}: no console error${r.errors.length ? ` (${r.errors.join(' | ')})` : ''}`);
  if (r.warnings.length) log(`  (console warnings: ${r.warnings.join(' | ')})`);
  check(r.scripts.length === 1 && r.loads === 1, `${what}: the bundle loaded once (${r.scripts.length} tag(s), ${r.loads} request(s))`);
  if (pluginScript) check(r.scripts.length === 1 && r.scripts[0].head && r.scripts[0].type === 'module', `${what}: the bundle is a module in <head>`);
  check(
    expected.every((tag) => r.widgets.some((w) => w.tag === tag)) && r.widgets.length === expected.length,
    `${what}: widgets ${expected.join(', ')} on the page (found ${r.widgets.map((w) => w.tag).join(', ') || 'none'})`,
  );
  for (const w of r.widgets) {
    const name = w.tag.replace(/^immuno-/, '');
    check(w.upgraded && w.shadow.length > 100, `${what}: <${w.tag}> upgraded`);
    if (hospital) {
      check(w.shadow.includes(MARK), `${what}: <${w.tag}> shows the hospital's content ("${MARK}")`);
      const gone = builtInOnly[name];
      if (gone) check(!w.shadow.includes(gone), `${what}: <${w.tag}> does not show built-in content the pack left out ("${gone.trim()}")`);
    }
    if (shows) check(w.shadow.includes(shows), `${what}: <${w.tag}> shows "${shows}"`);
    if (emptyP) check(!w.inP && w.fullP === 0 && w.strayP === 0, `${what}: <${w.tag}> has no <p> with text around or inside it (the ${w.pChildren} empty ones are hidden)`);
    else
      check(
        !w.inP && w.pChildren === 0 && w.brChildren === 0 && w.strayP === 0,
        `${what}: <${w.tag}> has no stray <p> or <br> (inside a p: ${w.inP}, p children: ${w.pChildren}, br children: ${w.brChildren}, empty p beside: ${w.strayP})`,
      );
  }
}

/** A browser context where functions compiled by tsx (which names them with `__name`) can run. */
async function newContext(b: Browser, viewport: { width: number; height: number }, deviceScaleFactor = 1) {
  const context = await b.newContext({ viewport, deviceScaleFactor });
  await context.addInitScript('window.__name = (f) => f;');
  return context;
}

/**
 * Closes a page's browser context, waiting at most 15 s: Playwright's `close()` has no timeout of its own, and once
 * (a clean-clone CI run, after publishing from the classic editor) it never returned and held the whole test run
 * with no timer left. A context that does not close in time is left to the browser's own close at the end.
 */
async function closeContext(page: Page): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), 15000)));
  const result = await Promise.race([page.context().close().then(() => 'closed' as const), late]);
  clearTimeout(timer);
  if (result === 'late') console.warn('  (a browser context did not close within 15 s; left open)');
}

/** Logs in a fresh browser context. */
async function login(b: Browser, user: string, width = 1280, height = 900): Promise<Page> {
  const context = await newContext(b, { width, height });
  const page = await context.newPage();
  await page.goto(`${site}/wp-login.php`);
  await page.fill('#user_login', user);
  await page.fill('#user_pass', password);
  await Promise.all([page.waitForNavigation(), page.click('#wp-submit')]);
  if (!/wp-admin/.test(page.url())) throw new Error(`could not log in as ${user} (${page.url()})`);
  return page;
}

/** Uploads the pack through Settings → Immunotherapy widgets, as the Administrator would. */
async function uploadPack(b: Browser) {
  const page = await login(b, 'admin');
  const packFile = join(work, `${PACK}.json`);
  writeFileSync(packFile, JSON.stringify(hospitalPack(), null, 2));
  const brokenFile = join(work, 'from-word.json');
  writeFileSync(brokenFile, JSON.stringify(hospitalPack(), null, 2).replace(/"Where do I park/, '“Where do I park'));
  await page.goto(`${site}/wp-admin/options-general.php?page=immuno-widgets`);

  await page.setInputFiles('#immuno-widgets-file', brokenFile);
  await page.waitForSelector('#immuno-widgets-check .notice-error');
  const said = await page.textContent('#immuno-widgets-check');
  check(/curly quotes/.test(said ?? '') && (await page.isDisabled('#submit')), 'upload page: a pack with curly quotes is refused in the browser, saying why');

  const invalid = join(work, 'invalid.json');
  writeFileSync(invalid, JSON.stringify({ ...hospitalPack(), meta: { ...hospitalPack().meta, lastReviewed: '31/05/2026' } }));
  await page.setInputFiles('#immuno-widgets-file', invalid);
  await page.waitForSelector('#immuno-widgets-check .notice-error li');
  check(/meta\.lastReviewed/.test((await page.textContent('#immuno-widgets-check')) ?? '') && (await page.isDisabled('#submit')), 'upload page: an invalid pack lists its problems with their field path');

  await page.setInputFiles('#immuno-widgets-file', packFile);
  await page.waitForSelector('#immuno-widgets-check .notice-success');
  check((await page.inputValue('#immuno-widgets-name')) === PACK, 'upload page: the pack name comes from the file name');
  await Promise.all([page.waitForNavigation(), page.click('#submit')]);
  check(((await page.textContent('#immuno-widgets-packs')) ?? '').includes(PACK), 'upload page: the pack is listed after upload');
  const served = await fetch(`${site}/wp-content/uploads/immuno-widgets/${PACK}.json`);
  check(served.ok && /json/.test(served.headers.get('content-type') ?? ''), 'the pack is served from the site as JSON');

  // Forged request: no nonce.
  const forged = await page.evaluate(async (url) => {
    const f = new FormData();
    f.append('immuno_widgets_action', 'delete');
    f.append('immuno_widgets_slug', 'st-elsewhere');
    return (await fetch(url, { method: 'POST', body: f })).status;
  }, `${site}/wp-admin/options-general.php?page=immuno-widgets`);
  check(forged === 403, `upload page: a request without the nonce is refused (HTTP ${forged})`);
  await closeContext(page);

  // An Editor cannot reach the page.
  const editor = await login(b, 'editor');
  const res = await editor.goto(`${site}/wp-admin/options-general.php?page=immuno-widgets`);
  check((res?.status() ?? 0) >= 400 || /not allowed/i.test(await editor.content()), 'upload page: an Editor cannot open it (manage_options)');
  await closeContext(editor);
}

/* eslint-disable @typescript-eslint/no-explicit-any -- WordPress's editor globals (wp.data, wp.blocks) have no types here */
/** Inserts every widget's block in the real block editor as `user`, picks the pack, saves, and checks the blocks are valid when reopened. */
async function blockPost(b: Browser, user: string): Promise<string> {
  const page = await login(b, user);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${site}/wp-admin/post-new.php`);
  await page.waitForFunction(() => (window as any).wp?.data?.select('core/editor')?.getCurrentPostId() && (window as any).wp.blocks.getBlockType('immuno-widgets/faq'), null, { timeout: 60000 });
  await page.evaluate(() => {
    const { data } = (window as any).wp;
    data.dispatch('core/preferences')?.set?.('core/edit-post', 'welcomeGuide', false);
  });
  for (const w of widgets) {
    await page.evaluate((name) => {
      const { data, blocks } = (window as any).wp;
      const block = blocks.createBlock(`immuno-widgets/${name}`);
      data.dispatch('core/block-editor').insertBlocks(block);
      data.dispatch('core/block-editor').selectBlock(block.clientId);
    }, w.name);
    // The block renders the built-in content first, then the pack chosen in its settings.
    await page.getByLabel('Content pack').selectOption(PACK);
    await page.waitForFunction(
      ([name, mark]) => {
        const { data } = (window as any).wp;
        const block = data.select('core/block-editor').getSelectedBlock();
        return block?.name === `immuno-widgets/${name}` && (block.attributes.html ?? '').includes(mark);
      },
      [w.name, MARK],
      { timeout: 20000 },
    );
  }
  if (user === 'admin') {
    // The pasted pack: checked as typed, used when it has no problem.
    const select = async (name: string) =>
      page.evaluate((n) => {
        const { data } = (window as any).wp;
        const block = data.select('core/block-editor').getBlocks().find((x: any) => x.name === `immuno-widgets/${n}`);
        data.dispatch('core/block-editor').selectBlock(block.clientId);
        return block.attributes.html as string;
      }, name);
    await select('faq');
    await page.getByLabel('Content pack').selectOption('#paste');
    const pasted = JSON.stringify(hospitalPack()).replace('Where do I park at', 'Where can I park at');
    await page.getByLabel('Pack (JSON)').fill(pasted.replace('"meta"', '“meta”'));
    await page.waitForSelector('.immuno-widgets-problems');
    check(/curly quotes/.test((await page.textContent('.immuno-widgets-problems')) ?? ''), 'block editor: a pasted pack with curly quotes is refused, saying why');
    await page.getByLabel('Pack (JSON)').fill(pasted);
    await page.waitForFunction(() => {
      const { data } = (window as any).wp;
      return (data.select('core/block-editor').getSelectedBlock()?.attributes.html ?? '').includes('Where can I park at');
    });
    check(true, 'block editor: a valid pasted pack replaces the content');
    // The heading level control moves the steps' headings.
    await select('how-it-works');
    await page.getByLabel('Heading level').selectOption('2');
    const steps = await select('how-it-works');
    check(/<immuno-how-it-works[^>]* heading-level="2"/.test(steps) && /<li[^>]*><h2>/.test(steps) && !/<li[^>]*><h3>/.test(steps), 'block editor: Heading level H2 writes the attribute and moves the step titles to <h2>');
  }
  // An attribute control: the FAQ's search box.
  await page.evaluate(() => {
    const { data } = (window as any).wp;
    const faq = data.select('core/block-editor').getBlocks().find((x: any) => x.name === 'immuno-widgets/faq');
    data.dispatch('core/block-editor').selectBlock(faq.clientId);
  });
  await page.getByLabel('Searchable').check();
  await page.evaluate((title) => {
    const { data } = (window as any).wp;
    data.dispatch('core/editor').editPost({ title, status: 'publish' });
    return data.dispatch('core/editor').savePost();
  }, `Blocks by the ${user}`);
  await page.waitForFunction(() => {
    const s = (window as any).wp.data.select('core/editor');
    return !s.isSavingPost() && !s.isEditedPostDirty();
  });
  const id = await page.evaluate(() => (window as any).wp.data.select('core/editor').getCurrentPostId());
  const stored = wp<{ stored: string }>('get', { id }).stored;
  check(widgets.every((w) => stored.includes(`<!-- wp:immuno-widgets/${w.name}`)) && stored.includes(MARK), `block editor (${user}): the post stores the four blocks with the hospital's text`);
  check(/<immuno-faq[^>]* searchable/.test(stored), `block editor (${user}): the Searchable control wrote the attribute`);
  check(!/<script/i.test(stored), `block editor (${user}): no <script> in the stored post`);

  await page.goto(`${site}/wp-admin/post.php?post=${id}&action=edit`);
  await page.waitForFunction(() => (window as any).wp?.data?.select('core/block-editor')?.getBlocks().length >= 4, null, { timeout: 60000 });
  const validity = await page.evaluate(() =>
    (window as any).wp.data.select('core/block-editor').getBlocks().map((x: any) => `${x.name}:${x.isValid}`),
  );
  check(validity.every((v: string) => v.endsWith(':true')), `block editor (${user}): the saved blocks are valid when the post is opened again (${validity.join(', ')})`);
  check(errors.length === 0, `block editor (${user}): no error in the editor${errors.length ? ` (${errors.join(' | ')})` : ''}`);
  await closeContext(page);
  return `${site}/?p=${id}`;
}

/**
 * The classic editor (TinyMCE 4): the snippets pasted in the Text tab, a
 * switch to the Visual tab and back, then published. Returns the page's URL,
 * or undefined when the tags did not survive.
 */
async function classicVisual(b: Browser, user: string, html: string, expectKept: boolean, what: string): Promise<string | undefined> {
  const page = await login(b, user);
  await page.goto(`${site}/wp-admin/post-new.php?classic-editor=1`);
  // The tab open at first is the one this user used last.
  await page.waitForSelector('#content-html');
  await page.click('#content-html');
  await page.fill('#content', html);
  await page.click('#content-tmce');
  await page.waitForFunction(() => (window as any).tinymce?.get('content')?.initialized && !(window as any).tinymce.get('content').isHidden(), null, { timeout: 30000 });
  await page.waitForTimeout(300);
  await page.click('#content-html');
  const after = await page.inputValue('#content');
  writeFileSync(join(work, `visual-tab-${user}-${expectKept ? 'plugin' : 'no-plugin'}.html`), after);
  // Each element still holds its content (TinyMCE closes an element it may not nest right after its opening tag).
  const inside = (tag: string) => new RegExp(`<${tag}[^>]*>([\\s\\S]*?)</${tag}>`).exec(after)?.[1] ?? '';
  const kept =
    widgets.every((w) => inside(w.tag).includes(MARK)) && (after.match(/<details/g)?.length ?? 0) === (html.match(/<details/g)?.length ?? 0) && /data-therapies=/.test(after);
  if (!expectKept) {
    check(!/<immuno-/.test(after), `${what}: the Visual tab removes the widgets' tags, as the guide says`);
    await closeContext(page);
    return undefined;
  }
  check(kept, `${what}: the widgets' tags, details and data attributes survive a switch to the Visual tab and back`);
  await page.fill('#title', what);
  await Promise.all([page.waitForNavigation(), page.click('#publish')]);
  const id = new URL(page.url()).searchParams.get('post');
  await closeContext(page);
  return `${site}/?p=${id}`;
}

/* eslint-enable @typescript-eslint/no-explicit-any */

/** The shortcodes, one paragraph of text around each, as typed in the classic editor. */
const shortcodeContent = () =>
  [
    'Our team explains immunotherapy below.',
    `[immuno_faq pack="${PACK}" searchable]`,
    `[immuno_how_it_works pack="${PACK}" heading-level="2"]`,
    'Call us if anything worries you.',
    `[immuno_side_effect_checklist pack="${PACK}" care-team-phone="+1 555 0100"]`,
    `[immuno_therapy_explorer pack="${PACK}"]`,
    'Last line.',
  ].join('\n\n');

/** The renderer's snippets (with style, no script), pasted as HTML into the classic editor. */
const classicContent = () => {
  const pack = hospitalPack();
  return ['Before the widgets.', ...widgets.map((w) => renderSnippet(w.name, { content: pack }).html), 'After the widgets.'].join('\n\n');
};

/** Block editor saved format: the block delimiters and the block's saved HTML (what blocks.js save() writes). */
const blockMarkup = () => {
  const pack = hospitalPack();
  return widgets
    .map((w) => `<!-- wp:immuno-widgets/${w.name} {"pack":"${PACK}"} -->\n<div class="wp-block-immuno-widgets-${w.name} immuno-embed">${renderElement(w.name, { content: pack }).html}</div>\n<!-- /wp:immuno-widgets/${w.name} -->`)
    .join('\n\n');
};

async function run(b: Browser) {
  console.log('\n▶ plugin settings page: upload a content pack');
  await uploadPack(b);

  const viewer = await (await newContext(b, { width: 1000, height: 900 })).newPage();
  const tags = widgets.map((w) => w.tag);
  const shotsFrom: Record<string, string> = {};

  for (const theme of ['twentytwentythree', 'immuno-classic']) {
    wp('theme', { theme });
    console.log(`\n▶ theme ${theme}`);
    for (const user of ['admin', 'editor', 'author']) {
      for (const [kind, make] of [
        ['blocks (saved format)', blockMarkup],
        ['classic editor, pasted HTML (wpautop)', classicContent],
        ['shortcodes (wpautop)', shortcodeContent],
      ] as const) {
        const post = wp<{ url: string; stored: string; filtered: boolean }>('post', { user, title: `${kind} by ${user}`, content: make() });
        const r = await inspect(viewer, post.url);
        checkWidgets(`${theme}, ${user}${post.filtered ? ' (kses)' : ''}, ${kind}`, r, tags);
        if (kind.startsWith('blocks') && user === 'author') shotsFrom[theme] = post.url;
      }
    }
    const plain = wp<{ url: string }>('post', { user: 'admin', title: 'No widget here', content: 'Just text about [not a shortcode] and immunology.' });
    const r = await inspect(viewer, plain.url);
    check(r.scripts.length === 0 && r.loads === 0 && !/immuno-embed/.test(r.head), `${theme}: a page without a widget loads neither the bundle nor the style`);
  }

  wp('theme', { theme: 'twentytwentythree' });
  console.log('\n▶ the block editor, as each role');
  for (const user of ['admin', 'editor', 'author']) {
    const url = await blockPost(b, user);
    checkWidgets(`block editor post by ${user}`, await inspect(viewer, url), tags);
  }

  console.log('\n▶ the classic editor (TinyMCE 4): Text tab, Visual tab, Text tab, publish');
  const noStyle = widgets.map((w) => renderSnippet(w.name, { content: hospitalPack(), style: false }).html).join('\n');
  for (const user of ['admin', 'author']) {
    const url = await classicVisual(b, user, noStyle, true, `classic editor, Visual tab, ${user}, with the plugin`);
    if (url) checkWidgets(`classic editor, Visual tab, ${user}, with the plugin`, await inspect(viewer, url), tags);
  }
  wp('plugin', { active: false });
  await classicVisual(b, 'admin', noStyle, false, 'classic editor, Visual tab, admin, without the plugin');
  wp('plugin', { active: true });

  console.log('\n▶ a missing pack in a shortcode');
  const missingPack = wp<{ url: string }>('post', { user: 'author', title: 'Missing pack', content: '[immuno_faq pack="no-such-pack"]' });
  const html = await (await fetch(missingPack.url)).text();
  check(/<immuno-faq/.test(html) && /No uploaded content pack is named &quot;no-such-pack&quot;|No uploaded content pack is named "no-such-pack"/.test(html), 'a shortcode naming a pack that does not exist shows the built-in content and says why in an HTML comment');
  check(!/immuno-widgets-notice/.test(html), 'visitors do not see the notice meant for editors');

  console.log('\n▶ the guide (docs/embed/wordpress.md)');
  // The guide's "copy the script folder by SFTP" step, for the way without the plugin.
  cpSync(join(root, 'integrations/wordpress/immuno-widgets/build'), join(content, 'uploads/immuno-widgets-js'), { recursive: true });
  const all = guideSnippets();
  check(all.some((x) => x.runs.length), `the guide has snippets to paste (${all.length} fenced blocks, each tested)`);
  const desk = join(work, 'desk');
  mkdirSync(desk, { recursive: true });
  all.forEach((s, i) => {
    if (s.kind === 'pack') {
      writeFileSync(join(desk, s.file!), s.code);
      const report = checkPack(JSON.parse(s.code));
      check(report.errors.length === 0, `guide "${s.name}": the pack is valid${report.errors.length ? ` (${report.errors.map((e: { path: string; message: string }) => `${e.path}: ${e.message}`).join('; ')})` : ''}`);
    } else if (s.kind === 'cli') {
      const args = s.code.trim().replace(/^npx immuno-widgets\s+/, '').match(/"[^"]*"|\S+/g)!.map((a) => a.replace(/^"|"$/g, ''));
      const printed = execFileSync('node', [join(root, 'bin/immuno-widgets.mjs'), ...args], { cwd: desk, encoding: 'utf8' });
      const next = all[i + 1];
      check(next && printed.trim() === next.code.trim(), `guide "${s.name}": prints exactly the snippet the guide shows next ("${next?.name}"; when the renderer changed on purpose, paste its new output into docs/embed/wordpress.md)`);
    } else if (!s.runs.length) check(false, `guide "${s.name}": says how it is used (runs="user:where:expect")`);
  });
  for (const plugin of [true, false]) {
    wp('plugin', { active: plugin });
    for (const s of all.filter((x) => x.kind === 'post' && x.plugin === plugin)) {
      for (const run of s.runs) {
        const body = s.code.replaceAll('https://www.example-hospital.org', site).replaceAll('our-pack', PACK);
        const post = wp<{ url: string; stored: string; filtered: boolean }>('post', { user: run.user, title: `Guide: ${s.name}`, content: run.wrap ? run.wrap(body) : body });
        const r = await inspect(viewer, post.url);
        const what = `guide "${s.name}" as ${run.user}${run.wrap ? ' in a Custom HTML block' : ' in classic content'}, ${plugin ? 'with' : 'without'} the plugin`;
        // Without the plugin, wpautop leaves two empty <p> inside the element (the snippet's style hides them): the guide says so.
        if (run.expect === 'works') checkWidgets(what, r, s.tags, { hospital: body.includes(PACK), pluginScript: plugin, shows: s.shows, emptyP: !plugin && !run.wrap });
        else check(r.widgets.length === 0 && !/<immuno-|<script/i.test(post.stored), `${what}: WordPress strips the tags and the script, as the guide says`);
      }
    }
  }
  wp('plugin', { active: true });

  if (screenshots) {
    console.log('\n▶ screenshots (docs/embed/images/)');
    const dir = join(root, 'docs/embed/images');
    mkdirSync(dir, { recursive: true });
    for (const width of [390, 1000]) {
      const page = await (await newContext(b, { width, height: width < 500 ? 844 : 800 })).newPage();
      await page.goto(shotsFrom.twentytwentythree, { waitUntil: 'load' });
      await page.waitForFunction(() => document.querySelector('immuno-therapy-explorer')?.shadowRoot?.childElementCount);
      await page.addStyleTag({ content: '*{caret-color:transparent}' });
      for (const w of widgets) {
        await page.evaluate((tag) => document.querySelector(tag)!.scrollIntoView({ block: 'start' }), w.tag);
        await page.evaluate(() => window.scrollBy(0, -24));
        await page.waitForTimeout(200);
        const file = join(dir, `wordpress-${w.name}-${width}.png`);
        await page.screenshot({ path: file });
        try {
          execFileSync('optipng', ['-quiet', '-o2', file]);
        } catch {
          /* optipng is optional */
        }
        log(`wrote docs/embed/images/wordpress-${w.name}-${width}.png`);
      }
      await closeContext(page);
    }
  }
}

// ---------------------------------------------------------------------------
// Run.
let browser: Browser | undefined;
const cleanup = () => {
  if (process.env.IMMUNO_WP_KEEP === '1') return console.log(`site left running at ${site} (users admin, editor, author; password ${password})`);
  stopApache();
  if (startedDb) spawnSync('service', ['mariadb', 'stop'], { stdio: 'ignore' });
};

try {
  for (let i = 0; ; i++) {
    try {
      const res = await fetch(`${site}/wp-login.php`);
      if (res.status < 500) break;
    } catch {
      /* not up yet */
    }
    if (i > 40) throw new Error(`Apache did not answer on ${site}; see ${work}/apache-error.log`);
    await new Promise((r) => setTimeout(r, 250));
  }
  wp('install', { password, theme: 'twentytwentythree' });
  check((wp<{ active: boolean }>('plugin', { active: true })).active, 'the plugin activates (installed from dist/immuno-widgets-wordpress.zip)');

  browser = await chromium.launch({ executablePath: findChrome(), args: chromeArgs, headless: true });
  await run(browser);
} finally {
  await browser?.close();
  cleanup();
}

if (existsSync(join(work, 'debug.log'))) {
  const php = readFileSync(join(work, 'debug.log'), 'utf8');
  const ours = php.split('\n').filter((l) => /immuno-widgets/.test(l) && /PHP (Warning|Notice|Fatal|Deprecated)/.test(l));
  check(ours.length === 0, `no PHP warning from the plugin${ours.length ? `:\n${ours.join('\n')}` : ''}`);
}
if (failures.length) {
  console.error(`\n✖ WordPress: ${failures.length} check(s) failed:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log('\n✔ WordPress: every check passed');

