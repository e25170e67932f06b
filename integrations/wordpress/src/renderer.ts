/**
 * The browser build the plugin's editor and upload page use (built to
 * immuno-widgets/build/renderer.js by scripts/build-wordpress.ts): the
 * package's own embed renderer and pack checker, so a block, a shortcode and
 * `npx immuno-widgets snippet` write the same HTML for the same content.
 */
import { renderSnippet, type SnippetOptions } from '../../../src/embed/render.js';

export { renderSnippet, widgetFor } from '../../../src/embed/render.js';
export { checkPack, hintFor } from '../../../src/embed/check-pack.js';
export { parseJson } from '../../../src/embed/diagnose.js';

const WRAPPER = '<div class="immuno-embed">';

/**
 * The widget's element with its content written inside (no style, no
 * script, no wrapper): what a block saves inside its own wrapper.
 */
export function renderElement(name: string, options: Omit<SnippetOptions, 'style' | 'script'> = {}) {
  const snippet = renderSnippet(name, { ...options, style: false });
  const html = snippet.html.trim();
  if (!html.startsWith(WRAPPER) || !html.endsWith('</div>')) throw new Error('the renderer changed its wrapper; update integrations/wordpress');
  return { ...snippet, html: html.slice(WRAPPER.length, -'</div>'.length) };
}

/** The wrapped element, as the shortcodes print it (the renderer's snippet without style or script). */
export function renderWrapped(name: string, options: Omit<SnippetOptions, 'style' | 'script'> = {}) {
  const r = renderElement(name, options);
  return { ...r, html: `${WRAPPER}${r.html}</div>` };
}
