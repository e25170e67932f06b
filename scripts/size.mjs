// Prints raw, gzip and brotli bytes of the bundle and of each per-widget entry
// (bundled with Lit, as a page would get it). With --check, fails when a ceiling is broken
// or when the built files carry template whitespace again (the template minifier dropped out).
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { tsImport } from 'tsx/esm/api';
import { build } from 'vite';
import { templateWhitespace } from './template-whitespace.mjs';

// The widget registry (data only) is TypeScript; tsx loads it.
const { widgets } = await tsImport('../src/widgets.ts', import.meta.url);

const kib = (n) => Math.round(n * 1024);

/**
 * The product's budgets (issue 20), enforced by `npm run bench`:
 * - `code`: `dist/immuno-widgets.js` without the built-in English content, brotli (see `measureCode`);
 * - `bundle`: the whole file with that content; its budget is its ceiling (report it, keep it under the line);
 * - `widget`: a per-widget entry bundled with Lit (what a page showing one widget downloads).
 */
export const budgets = { code: 20 * 1024, widget: 15 * 1024 };
/**
 * Ceilings `npm test` enforces (`--check`): today's size plus about 0.5 KB, so no change makes a patient's
 * download grow unnoticed while the budgets above are not met (see docs/performance.md, "Where the bytes go",
 * for the history and for where each KB goes). Lower them as the files shrink.
 */
export const ceilings = {
  bundle: kib(55.5),
  code: kib(40.45),
  /** Per widget entry: each has its own, so one entry's savings leave no room for another's growth. */
  widget: { 'therapy-explorer': kib(34.3), 'how-it-works': kib(27.2), 'side-effect-checklist': kib(33.35), faq: kib(31.45) },
};

/**
 * The modules that hold the built-in English content pack (src/content/en/*.ts except the index, which only
 * gathers them). The code figure is the bundle built with each of them replaced by empty objects.
 */
const contentModule = /[\\/]src[\\/]content[\\/]en[\\/](?!index\.ts$)[^\\/]+\.ts$/;

/**
 * A Vite plugin that builds the bundle without its built-in content: every `export const name` of a content
 * module becomes `export const name = {}`. Nothing else changes, so every other module renders to exactly the same
 * code (`measureCode` checks this), and the figure is the code alone.
 */
const withoutContent = () => ({
  name: 'immuno-size-without-content',
  enforce: 'pre',
  load(id) {
    if (!contentModule.test(id)) return null;
    const names = [...readFileSync(id, 'utf8').matchAll(/^export const (\w+)/gm)].map((m) => m[1]);
    return names.map((n) => `export const ${n} = {};`).join('\n');
  },
});

const sizes = (code) => ({
  raw: Buffer.byteLength(code),
  gzip: gzipSync(code, { level: 9 }).length,
  brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});

/**
 * Builds `entry` with everything it imports, Lit included (as a page gets it) and returns its entry chunk.
 * `external` keeps modules out; `plugins` are added to vite.config.ts's.
 */
async function bundle(entry, { plugins = [], external = [] } = {}) {
  const out = await build({
    configFile: 'vite.config.ts',
    logLevel: 'silent',
    plugins,
    build: {
      write: false,
      lib: { entry, formats: ['es'] },
      rolldownOptions: { external, output: { minify: true, comments: false } },
    },
  });
  const result = Array.isArray(out) ? out[0] : out;
  // The entry chunk only: locale files load on demand and are not paid for English.
  return result.output.find((o) => o.type === 'chunk' && o.isEntry);
}

/**
 * The bundle's code: src/immuno-widgets.ts built as dist/immuno-widgets.js is, once more with the content
 * modules emptied (`withoutContent`). Measured this way rather than as "whole file minus the content compressed
 * alone", because brotli compresses the content better next to the code that names its fields; the difference
 * whole − code is what the content adds to the file. Throws if any other module renders differently in the two
 * builds (then the figure would not be the code alone).
 */
export async function measureCode() {
  const [whole, code] = await Promise.all([bundle('src/immuno-widgets.ts'), bundle('src/immuno-widgets.ts', { plugins: [withoutContent()] })]);
  for (const [id, m] of Object.entries(whole.modules))
    if (!contentModule.test(id) && m.renderedLength !== code.modules[id]?.renderedLength)
      throw new Error(`size: ${id} renders differently without the built-in content; the code figure would be wrong.`);
  return { whole: whole.code, code: code.code };
}

/**
 * Brotli bytes of each module of `entry`'s bundle, each module's code as rendered before the final minification
 * (which renames local names) compressed alone, so the figures add up to more than the file; largest first.
 */
export async function measureModules(entry = 'src/immuno-widgets.ts') {
  const chunk = await bundle(entry);
  return Object.entries(chunk.modules)
    .map(([id, m]) => ({
      module: id.replace(`${process.cwd()}/`, '').replace(/^.*node_modules\/(?:\.pnpm\/)?/, ''),
      rendered: m.renderedLength,
      brotli: m.code ? sizes(m.code).brotli : 0,
    }))
    .filter((m) => m.rendered > 0)
    .sort((a, b) => b.brotli - a.brotli);
}

/**
 * The groups of docs/performance.md ("Where the code's KB go"): each module goes to the first group whose
 * pattern matches its path.
 */
export const moduleGroups = [
  ['validator: valibot, schema.ts, validate.ts, sections.ts', /valibot|src\/content\/(schema|validate|sections)\.ts/],
  ['Lit (lit-html, reactive-element, lit-element, directives, decorators)', /node_modules|rolldown\/runtime|oxc-project/],
  ['built-in English content', /src\/content\/en\//],
  ['content readers: JSON, light DOM, rich text, editor damage', /src\/content\/(read-json|read-rich-text|rich-text|editor-damage)\.ts|light-dom\.ts/],
  ['translations: languages.ts, translation.ts', /src\/content\/(languages|translation)\.ts/],
  ["the checklist's plan: triage, plan, summary, answers", /src\/content\/triage\.ts|\/(plan|plan-words|plan-view|summary|answers)\.ts$/],
  ['controllers', /src\/controllers\//],
  ['base class and shared helpers', /src\/shared\/|src\/(widgets|elements|define|define-all|immuno-widgets)\.ts/],
  ['English UI strings and i18n.ts', /src\/i18n\//],
  ['widget styles', /\.styles\.ts$/],
  ["the widgets' classes and views", /src\/components\//],
];

/** Brotli bytes of each group of `entry`'s modules (`moduleGroups`), the group's code compressed together. */
export async function measureGroups(entry = 'src/immuno-widgets.ts') {
  const chunk = await bundle(entry);
  const codes = new Map(moduleGroups.map(([name]) => [name, []]));
  for (const [id, m] of Object.entries(chunk.modules)) {
    const path = id.replaceAll('\\', '/');
    const group = moduleGroups.find(([, re]) => re.test(path))?.[0] ?? 'other';
    if (!codes.has(group)) codes.set(group, []);
    codes.get(group).push(m.code ?? '');
  }
  return [...codes].map(([group, code]) => ({ group, brotli: sizes(code.join('\n')).brotli })).filter((g) => g.brotli > 1);
}

export async function measure() {
  if (!existsSync('dist/immuno-widgets.js')) throw new Error('dist/immuno-widgets.js is missing: run `npm run build` first.');
  const { code } = await measureCode();
  const rows = [
    {
      name: 'immuno-widgets.js code (no content)',
      budget: budgets.code,
      ceiling: ceilings.code,
      ...sizes(code),
    },
    {
      name: 'immuno-widgets.js (all widgets, English)',
      budget: ceilings.bundle,
      ceiling: ceilings.bundle,
      ...sizes(readFileSync('dist/immuno-widgets.js')),
    },
  ];
  for (const { name, section } of widgets) {
    const chunk = await bundle(`src/components/${name}/define.ts`);
    rows.push({
      name: `${name} entry + Lit`,
      budget: budgets.widget,
      ceiling: ceilings.widget[name] ?? missingCeiling(name),
      ...sizes(chunk.code),
      foreign: foreignModules(Object.keys(chunk.modules), section),
    });
  }
  return rows;
}

function missingCeiling(name) {
  throw new Error(`scripts/size.mjs: no size ceiling for the ${name} entry; add one to ceilings.widget.`);
}

/**
 * The built-in content and UI strings a per-widget entry carries that are not its widget's: any content section
 * module other than its own (`src/content/en/<section>.ts`; the metadata and the symptom names are shared), and
 * more than one widget's UI strings besides the shared ones (`src/i18n/en/<namespace>.ts`).
 */
export function foreignModules(ids, section) {
  const rel = ids.map((id) => id.replaceAll('\\', '/').replace(/^.*?\/src\//, 'src/'));
  const content = rel.filter(
    (id) => /^src\/content\/en\/[^/]+\.ts$/.test(id) && !/\/(meta|symptom-labels|index)\.ts$/.test(id) && id !== `src/content/en/${section}.ts`,
  );
  const strings = rel.filter((id) => /^src\/i18n\/en\/[^/]+\.ts$/.test(id) && !id.endsWith('/shared.ts'));
  return [...content, ...(strings.length > 1 || rel.includes('src/i18n/en.ts') ? strings : [])];
}

/**
 * Runs of template whitespace (a line break with indentation, or 3+ spaces)
 * a built file may keep: the few left are plain-text strings, not markup (the
 * copied plan's indentation, a character class of Lit's). Before the template
 * minifier (vite.config.ts) the bundle held about 1,400.
 */
export const templateWhitespaceAllowance = 5;

/** The built files whose templates must stay minified: the bundle and the per-widget entries' chunks. */
export function templateWhitespaceRows() {
  const files = [
    'dist/immuno-widgets.js',
    ...(existsSync('dist/chunks') ? readdirSync('dist/chunks').map((f) => `dist/chunks/${f}`) : []),
  ];
  return files.filter((f) => f.endsWith('.js')).map((file) => ({ file, ...templateWhitespace(file) }));
}

const kb = (n) => `${(n / 1024).toFixed(2)} KB`;

if (import.meta.url === `file://${process.argv[1]}`) {
  // --modules [entry]: where the bytes of a file go, module by module (docs/performance.md, "Where the bytes go").
  const at = process.argv.indexOf('--modules');
  if (at > 0) {
    const entry = process.argv[at + 1] ?? 'src/immuno-widgets.ts';
    const modules = await measureModules(entry);
    console.log(`\nModules of ${entry} + Lit, largest first (bytes as rendered before the final minification; brotli of each module alone):`);
    for (const m of modules) console.log(`  ${String(m.brotli).padStart(6)} B  ${String(m.rendered).padStart(7)} raw  ${m.module}`);
    console.log(`  ${String(modules.reduce((n, m) => n + m.brotli, 0)).padStart(6)} B  in total, compressed module by module`);
    console.log(`\nThe same by group (docs/performance.md), each group's modules compressed together:`);
    for (const g of await measureGroups(entry)) console.log(`  ${String(g.brotli).padStart(6)} B  ${g.group}`);
    console.log(`  ${String(sizes((await bundle(entry)).code).brotli).padStart(6)} B  the whole file`);
    process.exit(0);
  }
  const rows = await measure();
  console.log('\nSize (brotli: [budget / ceiling]):');
  for (const r of rows)
    console.log(
      `  ${r.name.padEnd(40)} raw ${kb(r.raw).padStart(10)}  gzip ${kb(r.gzip).padStart(9)}  brotli ${kb(r.brotli).padStart(9)} ` +
        `[${kb(r.budget)} / ${kb(r.ceiling)}] ${r.brotli > r.ceiling ? 'OVER CEILING' : r.brotli > r.budget ? 'over budget' : 'ok'}`,
    );
  const whitespace = templateWhitespaceRows();
  const loose = whitespace.filter((r) => r.longRuns.length > templateWhitespaceAllowance || r.unclosedShapes.length);
  console.log(
    `\nTemplate whitespace (runs of a line break with indentation or 3+ spaces; at most ${templateWhitespaceAllowance} a file):`,
  );
  for (const r of whitespace)
    console.log(
      `  ${r.file.padEnd(48)} ${String(r.longRuns.length).padStart(5)} runs  ${String(r.spaceChars).padStart(6)} spaces in runs  ` +
        `${String(r.newlines).padStart(5)} line breaks ${r.longRuns.length > templateWhitespaceAllowance ? 'NOT MINIFIED' : r.unclosedShapes.length ? 'UNCLOSED SVG SHAPES' : 'ok'}`,
    );
  if (process.argv.includes('--check') && loose.length) {
    for (const r of loose)
      console.error(
        r.unclosedShapes.length
          ? `\n${r.file} has SVG shapes without their closing slash (not drawn), e.g.:\n  ${r.unclosedShapes.slice(0, 3).join('\n  ')}`
          : `\n${r.file} keeps template whitespace, e.g.:\n  ${r.longRuns.slice(0, 3).join('\n  ')}`,
      );
    console.error('\nTemplate minification dropped out of the build or broke SVG (see vite.config.ts, minifyTemplates).');
    process.exit(1);
  }
  const mixed = rows.filter((r) => r.foreign?.length);
  for (const r of mixed) console.error(`\n${r.name} carries another widget's content or strings: ${r.foreign.join(', ')}`);
  if (process.argv.includes('--check') && mixed.length) process.exit(1);
  // --check: fail above the ceilings (npm test); --budget: fail above the budgets.
  const limit = process.argv.includes('--budget') ? 'budget' : 'ceiling';
  const over = rows.filter((r) => r.brotli > r[limit]);
  if ((process.argv.includes('--check') || limit === 'budget') && over.length) {
    console.error(`\nSize ${limit} broken: ${over.map((r) => r.name).join(', ')}`);
    process.exit(1);
  }
}
