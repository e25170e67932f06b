import minifyHTMLLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { defineConfig, type Plugin } from 'vite';
import { widgets } from './src/widgets.js';

/**
 * Lit creates a Trusted Types policy named "lit-html" when it loads. Under a
 * strict CSP that policy name may already be taken (the page runs its own Lit,
 * or this bundle is loaded twice) and `createPolicy` would throw, stopping the
 * whole bundle. Ours gets its own name, "immuno-widgets", and a failure to
 * create it is caught. A second copy of the bundle does not even try (the
 * first leaves a flag), so it loads quietly and defines nothing, as it should.
 */
function trustedTypesPolicy(): Plugin {
  return {
    name: 'immuno-trusted-types-policy',
    transform(code, id) {
      if (!/lit-html[\\/](development[\\/])?lit-html\.js$/.test(id)) return null;
      const out = code.replace(
        /(\w+)\s*\?\s*\1\.createPolicy\(\s*['"]lit-html['"]\s*,/,
        // A second copy of the bundle finds the flag and makes no policy: it defines nothing anyway.
        '$1 && !globalThis.__immunoWidgetsPolicy ? ((p) => { globalThis.__immunoWidgetsPolicy = 1; ' +
          'try { return $1.createPolicy("immuno-widgets", p); } catch { try { return $1.createPolicy("lit-html", p); } catch { globalThis.__immunoWidgetsNoPolicy = 1; return undefined; } } })(',
      );
      if (out === code) this.warn('lit-html Trusted Types policy not found; the policy keeps its name "lit-html".');
      return out;
    },
  };
}

/**
 * Lit's `html`, `svg` and `css` templates ship as written, indentation and line
 * breaks included (about 6,800 characters of spaces and 1,400 line breaks in
 * the bundle). Lit's own minifier plugin (html-minifier-next for markup,
 * lightningcss for styles) removes them from our sources before bundling.
 * Whitespace between words and elements collapses to one space and is never
 * removed (`conservativeCollapse`): the CMS page's fonts and our inline custom
 * elements render exactly as before. Empty attributes stay (`<option value="">`
 * is a real choice), and so do the closing slashes of SVG shapes. A template it cannot parse fails the build instead of
 * shipping unminified; `node scripts/size.mjs --check` fails if whitespace runs
 * come back (see docs/performance.md, "Template minification").
 */
// A Rollup plugin (one `transform` hook using `this.warn` / `this.error`), which Vite's Rolldown runs as is;
// only its type names Rollup's context.
const minifyTemplates = () =>
  minifyHTMLLiterals({
    include: ['src/**/*.ts'],
    failOnError: true,
    options: {
      minifyOptions: {
        caseSensitive: true,
        collapseWhitespace: true,
        conservativeCollapse: true,
        decodeEntities: true,
        minifyCSS: { minify: true },
        minifyJS: false,
        removeAttributeQuotes: false,
        removeComments: true,
        removeEmptyAttributes: false,
        // Lit's `svg` fragments have no <svg> around them in the source: without the slash,
        // `<circle …/><path …/>` becomes `<circle …><path …>` and the browser nests the path inside the
        // circle, where it is not drawn (the how-it-works pictures lost their details).
        keepClosingSlash: true,
      },
    },
  }) as unknown as Plugin;

/** One entry per widget of the registry (dist/faq.js, …), then the shared ones. */
const entries = {
  ...Object.fromEntries(widgets.map((w) => [w.name, `src/components/${w.name}/define.ts`])),
  define: 'src/define.ts',
  'define-all': 'src/define-all.ts',
  index: 'src/index.ts',
};

/**
 * A translation's file is named after its language and part, `es-content-faq` (the FAQ's words in Spanish) or
 * `es-strings-faq` (its UI strings): every language has the same module names (`es/faq.ts`, `hi/faq.ts`).
 */
const translationFile = (moduleIds: string[]) =>
  moduleIds
    .map((id) => /src[\\/](content|i18n)[\\/]([a-z]{2,3})[\\/]([\w-]+)\.ts$/.exec(id))
    .filter((m) => m && m[2] !== 'en')
    .map((m) => `${m![2]}-${m![1] === 'i18n' ? 'strings' : 'content'}-${m![3]}`)[0];

/** A widget's chunk is named after its folder, not its module: every widget's entry module is `define.ts`. */
const widgetFolder = (moduleIds: string[]) =>
  moduleIds.map((id) => /components[\\/]([^\\/]+)[\\/]define\.ts$/.exec(id)?.[1]).find(Boolean);

export default defineConfig(({ mode }) => ({
  plugins: [minifyTemplates(), trustedTypesPolicy()],
  build: {
    target: 'es2022',
    // The self-contained bundle is built first; the per-widget entries join it.
    emptyOutDir: mode !== 'entries',
    reportCompressedSize: false,
    lib:
      mode === 'entries'
        ? { entry: entries, formats: ['es'] }
        : { entry: { 'immuno-widgets': 'src/immuno-widgets.ts' }, formats: ['es'] },
    rolldownOptions: {
      // Bundler users get Lit as a shared dependency; the CDN bundle carries its own.
      external: mode === 'entries' ? [/^lit($|\/)/, /^@lit\//, /^lit-html/, /^lit-element/] : [],
      output: {
        minify: true,
        comments: false,
        entryFileNames: '[name].js',
        // The bundle's only split points are the locale files loaded on demand (dist/locales/*.js), a file per
        // language and section or UI-string namespace, so a page fetches only what its widgets show; English never
        // needs them.
        chunkFileNames: (chunk) =>
          mode === 'entries'
            ? `chunks/${translationFile(chunk.moduleIds) ?? widgetFolder(chunk.moduleIds) ?? '[name]'}-[hash].js`
            : `locales/${translationFile(chunk.moduleIds) ?? '[name]'}-[hash].js`,
      },
    },
  },
}));
