/**
 * Real CMS editors in the browser: CKEditor 5 and TinyMCE from npm, set up the way
 * Drupal and WordPress set them up, for `setData`/`getData` round trips.
 *
 * The configurations are copied from the CMSs' own files (sources below); where a CMS
 * plugin cannot run outside the CMS, the nearest stock plugin stands in, as noted.
 * The recipes that make the widgets survive are not here: they are read from the guide
 * (docs/embed/editors.md), so the guide shows exactly what the tests prove.
 */

/** An editor we can put HTML into and read HTML out of. */
export interface RoundTrip {
  roundTrip(html: string): Promise<string>;
  destroy(): Promise<void>;
}

type Config = Record<string, unknown>;

const loaded = new Map<string, Promise<void>>();
/** Loads a classic script once. */
function script(src: string): Promise<void> {
  let p = loaded.get(src);
  if (!p) {
    p = new Promise((resolve, reject) => {
      const s = document.createElement('script');
      s.src = src;
      s.onload = () => resolve();
      s.onerror = () => reject(new Error(`could not load ${src}`));
      document.head.append(s);
    });
    loaded.set(src, p);
  }
  return p;
}

// ---------------------------------------------------------------------------
// CKEditor 5 (the npm package's browser build: one file, window.CKEDITOR)

/* eslint-disable @typescript-eslint/no-explicit-any -- the UMD build has no types on window */
async function ck(): Promise<any> {
  await script('/node_modules/ckeditor5/dist/browser/ckeditor5.umd.js');
  return (window as any).CKEDITOR;
}

/**
 * `<tag attr attr>` lists as Drupal writes them ("Manually editable HTML tags" of the
 * Source editing plugin) → CKEditor 5 General HTML Support `allow` entries, the way
 * Drupal's `HTMLRestrictions::toGeneralHtmlSupportConfig()` turns them into config:
 * a tag name each, attributes with value `true`, `data-*` as a name pattern.
 */
export function drupalTagsToGhs(tags: string): Config[] {
  return [...tags.matchAll(/<([a-z][a-z0-9-]*)([^>]*)>/g)].map(([, name, rest]) => {
    const attributes = rest
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map((a) => (a.endsWith('*') ? { key: new RegExp(`^${a.slice(0, -1).replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')}.*$`), value: true } : { key: a, value: true }));
    return attributes.length ? { name, attributes } : { name };
  });
}

/**
 * Drupal 10/11 standard profile, "Basic HTML": core/profiles/standard/config/install/editor.editor.basic_html.yml
 * (toolbar: bold, italic, link, lists, block quote, image, heading, code, source editing; source editing's
 * allowed tags below). Drupal's own plugins (DrupalHtmlEngine, DrupalImage) are left out.
 */
export const DRUPAL_BASIC_SOURCE_TAGS = '<cite> <dl> <dt> <dd> <a hreflang> <blockquote cite> <ul type> <ol start type> <h2 id> <h3 id> <h4 id> <h5 id> <h6 id>';

async function ckDrupal(kind: 'full' | 'basic', extraTags = ''): Promise<Config> {
  const C = await ck();
  const common = [C.Essentials, C.Paragraph, C.Heading, C.Bold, C.Italic, C.Link, C.List, C.BlockQuote, C.SourceEditing, C.GeneralHtmlSupport, C.PasteFromOffice];
  const heading = {
    options: [
      { model: 'paragraph', title: 'Paragraph', class: 'ck-heading_paragraph' },
      ...[2, 3, 4, 5, 6].map((n) => ({ model: `heading${n}`, view: `h${n}`, title: `Heading ${n}`, class: `ck-heading_heading${n}` })),
    ],
  };
  if (kind === 'full')
    // editor.editor.full_html.yml, plus ckeditor5_arbitraryHtmlSupport (ckeditor5.ckeditor5.yml), which Drupal
    // enables on every format without HTML restrictions: GHS allowing every element, attribute, class and style.
    return {
      plugins: [...common, C.Strikethrough, C.Superscript, C.Subscript, C.RemoveFormat, C.Table, C.HorizontalLine, C.CodeBlock, C.Autoformat, C.HtmlComment],
      heading,
      list: { properties: { reversed: true, startIndex: true, styles: false } },
      htmlSupport: { allow: [{ name: /.*/, attributes: true, classes: true, styles: true }] },
    };
  return {
    plugins: [...common, C.Code],
    heading,
    list: { properties: { reversed: false, startIndex: true, styles: false } },
    htmlSupport: { allow: drupalTagsToGhs(`${DRUPAL_BASIC_SOURCE_TAGS} ${extraTags}`) },
  };
}

async function ckEditor(config: Config): Promise<RoundTrip> {
  const C = await ck();
  const host = document.createElement('div');
  document.body.append(host);
  const editor = await C.ClassicEditor.create(host, { licenseKey: 'GPL', ...config });
  return {
    async roundTrip(html) {
      editor.setData(html);
      return editor.getData();
    },
    async destroy() {
      await editor.destroy();
      host.remove();
    },
  };
}

// ---------------------------------------------------------------------------
// TinyMCE (self-hosted from node_modules)

async function tinyEditor(config: Config): Promise<RoundTrip> {
  await script('/node_modules/tinymce/tinymce.min.js');
  const tinymce = (window as any).tinymce;
  const target = document.createElement('textarea');
  document.body.append(target);
  const [editor] = await tinymce.init({ target, base_url: '/node_modules/tinymce', suffix: '.min', license_key: 'gpl', ...config });
  if (!editor) throw new Error('TinyMCE did not start');
  return {
    async roundTrip(html) {
      editor.setContent(html);
      return editor.getContent();
    },
    async destroy() {
      editor.remove();
      target.remove();
    },
  };
}

/**
 * WordPress's classic editor (Visual tab): `_WP_Editors::default_settings()` and the per-editor `$mceInit`
 * in wp-includes/class-wp-editor.php. WordPress ships TinyMCE 4 with its own plugins (wordpress, wplink,
 * wpautop on load/save…); here TinyMCE 8 gets the same settings and the stock plugins that exist in it.
 */
export const WORDPRESS_CLASSIC: Config = {
  relative_urls: false,
  remove_script_host: false,
  convert_urls: false,
  browser_spellcheck: true,
  fix_list_elements: true,
  entities: '38,amp,60,lt,62,gt',
  entity_encoding: 'raw',
  keep_styles: false,
  resize: 'vertical',
  menubar: false,
  branding: false,
  end_container_on_empty_block: true,
  indent: false,
  plugins: 'charmap lists fullscreen link image media',
};
/* eslint-enable @typescript-eslint/no-explicit-any */

/** Every editor set-up the tests run, by id. `recipe` is the guide's configuration, when the set-up takes one. */
export const EDITORS = {
  'ckeditor5-drupal-full-html': {
    label: 'CKEditor 5 with Drupal "Full HTML"',
    start: async (_recipe?: unknown) => ckEditor(await ckDrupal('full')),
  },
  'ckeditor5-drupal-basic-html': {
    label: 'CKEditor 5 with Drupal "Basic HTML" (default allowed tags)',
    start: async (_recipe?: unknown) => ckEditor(await ckDrupal('basic')),
  },
  'ckeditor5-drupal-basic-html-recipe': {
    label: 'CKEditor 5 with Drupal "Basic HTML" plus the guide\'s tags',
    start: async (recipe?: unknown) => ckEditor(await ckDrupal('basic', String(recipe))),
  },
  'ckeditor5-drupal-basic-html-ghs-recipe': {
    label: 'CKEditor 5 with Drupal "Basic HTML" plus the guide\'s htmlSupport.allow',
    start: async (recipe?: unknown) => {
      const config = await ckDrupal('basic');
      const allow = (config.htmlSupport as { allow: Config[] }).allow;
      return ckEditor({ ...config, htmlSupport: { allow: [...allow, ...((recipe as { htmlSupport: { allow: Config[] } }).htmlSupport.allow)] } });
    },
  },
  'tinymce-defaults': {
    label: 'TinyMCE with its defaults',
    start: async (_recipe?: unknown) => tinyEditor({}),
  },
  'tinymce-wordpress-classic': {
    label: "TinyMCE with WordPress's classic-editor settings",
    start: async (_recipe?: unknown) => tinyEditor(WORDPRESS_CLASSIC),
  },
  'tinymce-wordpress-classic-recipe': {
    label: "TinyMCE with WordPress's classic-editor settings plus the guide's custom_elements and extended_valid_elements",
    start: async (recipe?: unknown) => tinyEditor({ ...WORDPRESS_CLASSIC, ...(recipe as Config) }),
  },
} as const;
export type EditorId = keyof typeof EDITORS;
