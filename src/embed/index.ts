/**
 * `immuno-widgets/embed` (built to `dist/embed.js`): the snippet renderer and
 * the pack validator for tools that run in a browser: the embed builder
 * (demo/embed.html), the WordPress block editor, a CMS plugin. Plain ES module,
 * no DOM access, no Lit, no side effects; valibot and the built-in English
 * content are inside. Not part of the widget bundle: a patient's page never
 * loads it.
 *
 * Exports:
 * - `renderSnippet(widget, { content?, lang?, attributes?, script?, style? })`
 *   → `{ html, lang, issues, warnings }`: the HTML to paste (the element with
 *   its content written as the light-DOM form it reads). Never throws for bad
 *   content (invalid parts are left out, `issues` says which); throws for an
 *   unknown widget name.
 * - `checkPack(pack)` → `{ errors, warnings, found }`: every problem of a
 *   parsed content pack, each `{ path, message, hint? }` (`path` like
 *   `faq.items[2].answer`, `hint` how to fix it); `found` counts items per section.
 * - `parseJson(text, fileName)` → `{ ok, value?, message? }`: `JSON.parse`
 *   whose message names the file, line and column, and what a CMS probably did
 *   (curly quotes, `&quot;`, `<p>` wrappers).
 * - `builtInPack(widget)` → the built-in English pack for one widget
 *   (`{ meta, <section> }`), a starting point to edit. A fresh copy each call.
 * - `widgets` (the registry: `{ name, tag, className, section, aliases }` per
 *   widget), `widgetFor(nameTagOrAlias)` → the widget name or undefined,
 *   `sectionFor(widget)` (schema and built-in content of its section),
 *   `preUpgradeCss(widget)`.
 *
 * The same functions run in Node (dist/cli.js); see docs/embed/README.md.
 */
import { sectionFor } from './render.js';
import { widgetFor, type WidgetName } from '../widgets.js';
import type { ContentPack } from '../content/schema.js';

export { renderSnippet, sectionFor, preUpgradeCss, type Snippet, type SnippetOptions } from './render.js';
export { checkPack, hintFor, type PackReport } from './check-pack.js';
export { parseJson, type JsonResult } from './diagnose.js';
export { widgets, widgetFor, type Widget, type WidgetName } from '../widgets.js';
export type { ContentIssue } from '../content/validate.js';
export type { ContentPack } from '../content/schema.js';

/** The built-in English pack for one widget (name, tag or alias): `{ meta, <section> }`, a deep copy. Throws for an unknown widget. */
export function builtInPack(name: string): ContentPack {
  const key: WidgetName | undefined = widgetFor(name);
  if (!key) throw new Error(`unknown widget "${name}"`);
  const def = sectionFor(key);
  return structuredClone({ meta: def.builtIn.meta, [def.name]: def.builtIn.section }) as ContentPack;
}
