/// <reference types="vite/client" />
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, unsafeCSS, type TemplateResult } from 'lit';
import { arabicPack, darkTheme } from './support/stories.js';

/**
 * All four widgets together on pages that are not ours: what the page's CSS can and cannot change
 * (docs/theming.md), one footer for the page, and whole pages in each language.
 */
const meta: Meta = {
  title: 'Host pages',
  tags: ['!autodocs'],
};
export default meta;

type Story = StoryObj;

const widgets = html`
  <immuno-therapy-explorer searchable></immuno-therapy-explorer>
  <immuno-how-it-works></immuno-how-it-works>
  <immuno-side-effect-checklist care-team-phone="+1 555 0100" emergency-number="911"></immuno-side-effect-checklist>
  <immuno-faq searchable></immuno-faq>
`;
const page = (css: string) => html`<style>
    ${unsafeCSS(css)}
  </style>
  <div class="dark-page">${widgets}</div>`;

/** A dark page with the documented dark theme: every text pair meets WCAG AA. */
export const DarkPage: Story = {
  render: () => page(`.dark-page{background:#121212;color:#eee;padding:1em;display:grid;gap:2em}${darkTheme}`),
};

/** A dark page that sets no tokens: each widget paints its own light surface, so its text keeps its contrast. */
export const DarkPageDefaultColours: Story = {
  render: () => page('.dark-page{background:#121212;color:#eee;padding:1em;display:grid;gap:2em}'),
};

/**
 * A hostile theme: the root font size at 10 px, justified, spaced, upper-case, italic text on the content area.
 * The widgets keep their sizes (targets of 24 and 44 px) and their own text setting.
 */
export const HostileTheme: Story = {
  render: () =>
    page(
      `:root{font-size:62.5%}.dark-page{font-size:1.4rem;line-height:1.1;text-align:justify;letter-spacing:.12em;` +
        `word-spacing:.4em;text-transform:uppercase;text-indent:3em;font-style:italic;font-weight:700;white-space:pre-line}`,
    ),
};

/**
 * Four widgets with `footer="shared"`: the disclaimer, review line and sources are shown (and
 * heard by a screen reader) once, after the last widget, instead of four times.
 */
export const OneFooterForThePage: Story = {
  render: () => html`<div style="display: grid; gap: 2em">
    <immuno-therapy-explorer footer="shared"></immuno-therapy-explorer>
    <immuno-how-it-works footer="shared"></immuno-how-it-works>
    <immuno-side-effect-checklist footer="shared" care-team-phone="+1 555 0100" emergency-number="911"></immuno-side-effect-checklist>
    <immuno-faq footer="shared" searchable></immuno-faq>
  </div>`,
};

const all = (content?: unknown): TemplateResult => html`
  <immuno-how-it-works .content=${content}></immuno-how-it-works>
  <immuno-therapy-explorer .content=${content}></immuno-therapy-explorer>
  <immuno-side-effect-checklist therapy="car-t" care-team-phone="+1 555 0100" .content=${content}></immuno-side-effect-checklist>
  <immuno-faq .content=${content}></immuno-faq>
`;

const frame = (lang: string, dir: string, width: number, body: TemplateResult) =>
  html`<div lang=${lang} dir=${dir} style="max-inline-size:${width}px;display:grid;gap:2rem">${body}</div>`;

/** A Spanish page: every widget follows `<div lang="es">`, content and UI (built in). */
export const SpanishPage: Story = { render: () => frame('es', 'ltr', 800, all()) };
export const SpanishPage320: Story = { render: () => frame('es', 'ltr', 320, all()) };

/** A Hindi page (built in): Devanagari with the page's fonts (system fonts for what they lack) and taller lines. */
export const HindiPage: Story = { render: () => frame('hi', 'ltr', 800, all()) };
export const HindiPage320: Story = { render: () => frame('hi', 'ltr', 320, all()) };

/** A right-to-left page: the sample Arabic strings and content (`stories/samples/arabic.ts`, not built in). */
export const ArabicPage: Story = { render: () => frame('ar', 'rtl', 800, all(arabicPack)) };
export const ArabicPage320: Story = { render: () => frame('ar', 'rtl', 320, all(arabicPack)) };

/** A plain `<button type="button">` of the story's own controls. */
function button(text: string): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = text;
  return b;
}

/**
 * Upgrading in pieces, one task per click: the explorer's snippet (`data-upgrade="in-turn in-pieces"`) is put in the
 * page again with the tasks it schedules held, so each click runs one. Until the last piece the page markup is what
 * is drawn (the element is in the state `upgrading`); the widget then replaces it in one frame, and the page below
 * does not move (docs/embed/README.md, "Starting one widget at a time").
 */
export const UpgradingInPieces: Story = {
  render: () => {
    const queue: (() => void)[] = [];
    const box = document.createElement('div');
    const status = document.createElement('p');
    status.setAttribute('role', 'status');
    const next = button('Run the next task');
    const restart = button('Start again');
    const g = globalThis as { scheduler?: unknown };
    const own = Object.getOwnPropertyDescriptor(globalThis, 'scheduler');
    const say = () => {
      const el = box.querySelector('immuno-therapy-explorer');
      let upgrading = false;
      try {
        upgrading = !!el?.matches(':state(upgrading)');
      } catch {
        /* no :state() in this browser: it renders at once */
      }
      status.textContent = upgrading
        ? `Upgrading: the page markup is drawn; ${queue.length} task${queue.length === 1 ? '' : 's'} waiting.`
        : 'Shown: the widget has replaced its page markup.';
      next.disabled = !queue.length;
      if (!queue.length) {
        if (own) Object.defineProperty(globalThis, 'scheduler', own);
        else delete g.scheduler;
      }
    };
    const start = async () => {
      queue.length = 0;
      // Hold the tasks the widget schedules (it uses scheduler.postTask where there is one).
      Object.defineProperty(globalThis, 'scheduler', {
        configurable: true,
        value: { postTask: (fn: () => unknown) => new Promise((resolve) => queue.push(() => resolve(fn()))) },
      });
      const { renderSnippet } = await import('../src/embed/render.js');
      box.innerHTML = renderSnippet('therapy-explorer').html + '<p>The hospital’s page goes on below the widget.</p>';
      await Promise.resolve();
      say();
    };
    next.addEventListener('click', () => {
      queue.shift()?.();
      requestAnimationFrame(say);
    });
    restart.addEventListener('click', () => void start());
    void start();
    return html`<div style="display:grid;gap:1em;max-inline-size:60em">
      <div style="display:flex;gap:1em">${next} ${restart}</div>
      ${status} ${box}
    </div>`;
  },
};

/**
 * A keyboard reader's place kept when a widget takes over its page markup: the FAQ's snippet waits until "Start the
 * widget in 3 seconds" is pressed, so there is time to Tab into one of its questions (the page markup's own
 * `<summary>`, not yet a widget) and open it with Enter. When the widget takes over, focus moves to its button for the
 * same question, open, with the focus ring; the line below says where focus is. Without this a reader's focus stayed
 * on a node no longer drawn (Chromium, WebKit) or fell to the page's start (Firefox).
 */
export const KeyboardPlaceKeptOnUpgrade: Story = {
  render: () => {
    const box = document.createElement('div');
    const status = document.createElement('p');
    status.setAttribute('role', 'status');
    const start = button('Start the widget in 3 seconds');
    const tag = `immuno-faq-kept-${Math.random().toString(36).slice(2, 8)}`;
    const where = () => {
      let a = document.activeElement;
      while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
      const inWidget = !!a && a.getRootNode() !== document;
      return a && box.contains(a.getRootNode() instanceof ShadowRoot ? (a.getRootNode() as ShadowRoot).host : a)
        ? `Focus: “${(a.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60)}”, ${inWidget ? 'in the widget' : 'in the page markup'}.`
        : 'Focus is outside the FAQ.';
    };
    void import('../src/embed/render.js').then(({ renderSnippet }) => {
      box.innerHTML = renderSnippet('faq').html.replaceAll('immuno-faq', tag);
    });
    start.addEventListener('click', () => {
      start.disabled = true;
      status.textContent = 'Tab into a question now; the widget starts in 3 seconds.';
      setTimeout(async () => {
        const { ImmunoFaq } = await import('../src/components/faq/faq.js');
        if (!customElements.get(tag)) customElements.define(tag, class extends ImmunoFaq {});
        await (box.querySelector(tag) as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
        status.textContent = `Shown. ${where()}`;
      }, 3000);
    });
    return html`<div style="display:grid;gap:1em;max-inline-size:60em">${start} ${status} ${box}</div>`;
  },
};
