// `npm run build:wordpress`: the WordPress plugin's build and its zip.
// Copies the widgets' bundle and the renderer (dist/embed.js), with the files
// they import, into integrations/wordpress/immuno-widgets/build/, writes
// the upgrade-room style and widgets.json (the registry, each widget's
// attributes from the custom-elements manifest, and its built-in content
// pre-rendered for the shortcodes), then zips the plugin folder to
// dist/immuno-widgets-wordpress.zip. Needs `npm run build` first (the npm
// script runs it) and the `zip` command.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { TherapyKeySchema } from '../src/content/schema.js';
import { loadPluginRenderer } from './wordpress-renderer.js';
import { widgets } from '../src/widgets.js';

const root = join(dirname(new URL(import.meta.url).pathname), '..');
const plugin = join(root, 'integrations/wordpress/immuno-widgets');
const out = join(plugin, 'build');
const dist = join(root, 'dist');
export const zipPath = join(dist, 'immuno-widgets-wordpress.zip');

const fail = (message: string): never => {
  console.error(`build:wordpress: ${message}`);
  process.exit(1);
};
for (const f of ['immuno-widgets.js', 'embed.js', 'custom-elements.json']) if (!existsSync(join(dist, f))) fail(`dist/${f} is missing: run \`npm run build\` first.`);

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

// 1. The bundle and every file it imports by a relative path (its locale chunks).
const copied = new Set<string>();
const copy = (file: string) => {
  if (copied.has(file)) return;
  copied.add(file);
  const target = join(out, relative(dist, file));
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(file, target);
  for (const m of readFileSync(file, 'utf8').matchAll(/["'`](\.\.?\/[\w./-]+\.js)["'`]/g)) {
    const dep = join(dirname(file), m[1]);
    if (!existsSync(dep)) fail(`${relative(root, file)} imports ${m[1]}, which is not in dist/`);
    copy(dep);
  }
};
copy(join(dist, 'immuno-widgets.js'));

// 2. The renderer and pack checker (the package's `embed` entry) for the editor and the upload page.
copy(join(dist, 'embed.js'));
const { renderSnippet, renderWrapped } = await loadPluginRenderer();

// 3. The upgrade-room style: the renderer's own `<style>` of each widget, each rule once.
const rules = new Set<string>();
for (const w of widgets) {
  const style = /^<style>(.*?)<\/style>/s.exec(renderSnippet(w.name).html)?.[1];
  if (!style) fail(`the renderer wrote no <style> for ${w.name}`);
  rules.add(style!);
}
writeFileSync(join(out, 'upgrade.css'), [...rules].join('\n').replace(/(\.immuno-embed>\*>p:empty\{display:none\})(?=[\s\S]*\1)/g, '') + '\n');

// 4. widgets.json: the registry, the attributes from the manifest, the built-in content.
interface ManifestAttribute { name: string; type?: { text: string }; default?: string; description?: string }
interface Declaration { tagName?: string; summary?: string; attributes?: ManifestAttribute[] }
const manifest = JSON.parse(readFileSync(join(dist, 'custom-elements.json'), 'utf8')) as { modules: { declarations?: Declaration[] }[] };
const declarations = manifest.modules.flatMap((m) => m.declarations ?? []);
/** Type aliases the manifest names without spelling out. */
const aliases: Record<string, string[]> = {
  TherapyFilter: ['all', ...TherapyKeySchema.options],
  HowItWorksLayout: [...readFileSync(join(root, 'src/components/how-it-works/how-it-works.ts'), 'utf8').match(/type HowItWorksLayout = ([^;]+);/)![1].matchAll(/'([^']+)'/g)].map((m) => m[1]),
};
const SKIP = new Set(['lang', 'src', 'src-timeout']);
const TITLES: Record<string, string> = {
  faq: 'Immunotherapy FAQ',
  'how-it-works': 'How immunotherapy works',
  'side-effect-checklist': 'Side-effect checklist',
  'therapy-explorer': 'Immunotherapy explorer',
};
const unquote = (s?: string) => s?.replace(/^'(.*)'$/, '$1');
const registry = widgets.map((w) => {
  const d = declarations.find((x) => x.tagName === w.tag);
  if (!d) fail(`custom-elements.json has no ${w.tag}`);
  const attributes = (d!.attributes ?? [])
    .filter((a) => !SKIP.has(a.name))
    .map((a) => {
      const t = (a.type?.text ?? 'string').replace(/\s*\|\s*undefined$/, '');
      const literals = /^'[^']*'(\s*\|\s*'[^']*')*$/.test(t) ? [...t.matchAll(/'([^']*)'/g)].map((m) => m[1]) : aliases[t];
      const type = t === 'boolean' ? 'boolean' : t === 'number' ? 'number' : literals ? 'enum' : 'string';
      return { name: a.name, type, ...(literals ? { values: literals } : {}), default: unquote(a.default), description: a.description };
    });
  return {
    name: w.name,
    tag: w.tag,
    section: w.section,
    title: TITLES[w.name] ?? w.name,
    summary: d!.summary ?? '',
    shortcode: `immuno_${w.name.replace(/-/g, '_')}`,
    attributes,
    builtIn: renderWrapped(w.name).html,
  };
});
writeFileSync(join(out, 'widgets.json'), JSON.stringify({ widgets: registry }, null, 1) + '\n');

// 5. The zip, with the plugin folder at its root (what Plugins → Add New → Upload expects).
try {
  execFileSync('zip', ['-v'], { stdio: 'ignore' });
} catch {
  fail('the `zip` command is missing (Debian/Ubuntu: `sudo apt-get install -y zip`).');
}
rmSync(zipPath, { force: true });
execFileSync('zip', ['-qr', zipPath, 'immuno-widgets', '-x', '*.DS_Store'], { cwd: join(root, 'integrations/wordpress') });
console.log(`build:wordpress: ${relative(root, zipPath)} (${Math.round(readFileSync(zipPath).length / 1024)} KB)`);
