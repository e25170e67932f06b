/**
 * The widget registry: the one list of the widgets. Everything that needs "every
 * widget" derives from it: `defineAll()`, the root exports (through
 * src/elements.ts), the Vite entries, the size report, the screenshots, the
 * tests, and the check of package.json `exports` (scripts/check-registry.mjs).
 *
 * It is data only, on purpose: Node scripts read it through tsx's `tsImport`
 * and vite.config.ts imports it, neither of which should load Lit or a
 * component (the `import type` below disappears when compiled). The classes
 * are re-exported once each in src/elements.ts; `defineAll()` pairs them with
 * their tags by `className`, so a class missing there is a compile error.
 *
 * Adding a widget: see docs/architecture.md.
 */
import type { SectionName } from './content/schema.js';

export interface WidgetInfo {
  /**
   * The widget's folder `src/components/<name>/` (holding `<name>.ts` and the
   * entry `define.ts`), its package entry `immuno-widgets/<name>` built to
   * `dist/<name>.js`, and its docs page `docs/<name>.md`.
   */
  readonly name: string;
  /** Its custom element tag. */
  readonly tag: `immuno-${string}`;
  /** Its class, exported by `define.ts`, src/elements.ts and the package root. */
  readonly className: `Immuno${string}`;
  /** The content pack section it reads. */
  readonly section: SectionName;
  /** Shorter names people type (the CLI, the embed builder): `steps` for `how-it-works`. */
  readonly aliases: readonly string[];
}

export const widgets = [
  { name: 'therapy-explorer', tag: 'immuno-therapy-explorer', className: 'ImmunoTherapyExplorer', section: 'therapies', aliases: ['explorer', 'therapies'] },
  { name: 'how-it-works', tag: 'immuno-how-it-works', className: 'ImmunoHowItWorks', section: 'steps', aliases: ['steps', 'stepper'] },
  { name: 'side-effect-checklist', tag: 'immuno-side-effect-checklist', className: 'ImmunoSideEffectChecklist', section: 'symptoms', aliases: ['checklist', 'symptoms'] },
  { name: 'faq', tag: 'immuno-faq', className: 'ImmunoFaq', section: 'faq', aliases: [] },
] as const satisfies readonly WidgetInfo[];

export type Widget = (typeof widgets)[number];
export type WidgetName = Widget['name'];
export type WidgetTag = Widget['tag'];

/** The registry line of one widget. */
export const widget = <N extends WidgetName>(name: N): Extract<Widget, { name: N }> =>
  widgets.find((w) => w.name === name) as Extract<Widget, { name: N }>;

/**
 * The widget a person means by `name`: its name (`faq`), its tag (`immuno-faq`)
 * or an alias (`checklist`), any case. Undefined when none matches.
 */
export function widgetFor(name: string): WidgetName | undefined {
  const n = name.trim().toLowerCase().replace(/^immuno-/, '');
  return widgets.find((w) => w.name === n || (w.aliases as readonly string[]).includes(n))?.name;
}
