// The WordPress plugin's renderer module (integrations/wordpress/immuno-widgets/assets/render.js,
// over the package's dist/embed.js), loaded in Node with its types, for the plugin's build and its test:
// both then write exactly what the block editor and the upload page write.
import { join } from 'node:path';
import type { PackReport, Snippet, SnippetOptions } from '../src/embed/index.js';

type Options = Omit<SnippetOptions, 'style' | 'script' | 'form' | 'contentId'>;

export interface PluginRenderer {
  renderSnippet(name: string, options?: SnippetOptions): Snippet;
  /** The element with its content, no style, script or wrapper: what a block saves inside its wrapper. */
  renderElement(name: string, options?: Options): Snippet;
  /** The element in its `<div class="immuno-embed">`: what a shortcode prints. */
  renderWrapped(name: string, options?: Options): Snippet;
  checkPack(pack: unknown): PackReport;
}

export const pluginDir = join(new URL('..', import.meta.url).pathname, 'integrations/wordpress/immuno-widgets');

/** Imports the plugin's render.js; build/embed.js must be there (scripts/build-wordpress.ts copies it). */
export const loadPluginRenderer = async (): Promise<PluginRenderer> => (await import(join(pluginDir, 'assets/render.js'))) as PluginRenderer;
