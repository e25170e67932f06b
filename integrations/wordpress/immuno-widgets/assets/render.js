/**
 * The package's snippet renderer and pack checker (build/embed.js, the
 * package's `immuno-widgets/embed` entry), with the two shapes the plugin
 * stores, so a block, a shortcode, an uploaded pack and `npx immuno-widgets
 * snippet` write the same HTML for the same content. Used by the block
 * editor, the upload page, and the build (Node), so nothing here touches the
 * DOM.
 */
export { renderSnippet, checkPack, hintFor, parseJson, widgetFor } from '../build/embed.js';
import { renderSnippet } from '../build/embed.js';

const WRAPPER = '<div class="immuno-embed">';

/**
 * The widget's element with its content written inside, without the style,
 * script or wrapper: what a block saves inside its own wrapper.
 *
 * @param {string} name Widget name (`faq`, …).
 * @param {{ content?: unknown, lang?: string, attributes?: Record<string, string | boolean> }} [options]
 * @returns {{ html: string, lang: string, issues: { path: string, message: string }[], warnings: string[] }}
 */
export function renderElement(name, options = {}) {
  const snippet = renderSnippet(name, { ...options, style: false });
  const html = snippet.html.trim();
  if (!html.startsWith(WRAPPER) || !html.endsWith('</div>')) throw new Error('immuno-widgets: the renderer changed its wrapper; update the WordPress plugin');
  return { ...snippet, html: html.slice(WRAPPER.length, -'</div>'.length) };
}

/**
 * The element in its `<div class="immuno-embed">`, as shortcodes print it.
 *
 * @param {string} name
 * @param {{ content?: unknown, lang?: string, attributes?: Record<string, string | boolean> }} [options]
 */
export function renderWrapped(name, options = {}) {
  const r = renderElement(name, options);
  return { ...r, html: `${WRAPPER}${r.html}</div>` };
}
