import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Meta, SectionName, Sections } from '../content/schema.js';
import type { SectionDefinition } from '../content/sections.js';
import { validateContent, validateSection, type ContentIssue } from '../content/validate.js';
import type { Strings } from '../i18n/i18n.js';
import { problem, readJsonText } from '../content/read-json.js';

/**
 * The largest content file a widget reads from `src`, in bytes (1 MB = 1,048,576 bytes; the built-in English pack
 * is about 60 KB). A larger file is refused before it is parsed: by its Content-Length when the server sends one,
 * else by counting the bytes as they arrive, so a huge or endless response never fills the patient's phone.
 */
export const MAX_CONTENT_BYTES = 1_048_576;

/** The body of a response as text, or undefined (and the download stopped) once it passes `max` bytes. */
async function textUpTo(response: Response, max: number): Promise<string | undefined> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > max) {
    void response.body?.cancel().catch(() => {});
    return undefined;
  }
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > max) {
      void reader.cancel().catch(() => {});
      return undefined;
    }
    chunks.push(value);
  }
  const all = new Uint8Array(bytes);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.byteLength;
  }
  return new TextDecoder().decode(all);
}

/**
 * Where a widget's content came from: the `content` property, a JSON script
 * named by `content="#id"` (`reference`), a JSON script child, `src`, the
 * author's markup, or the built-in pack.
 */
export type ContentSource = 'property' | 'reference' | 'script' | 'src' | 'light-dom' | 'built-in';

/** `detail` of `immuno-content-error`. */
export interface ContentErrorDetail {
  /** Every problem found, each with its field path (empty for the pack as a whole). */
  issues: ContentIssue[];
  /** The source the problems were found in. */
  source: ContentSource;
}

/** What a widget needs from its host element. */
export interface ContentHost extends ReactiveControllerHost, HTMLElement {
  content?: unknown;
  src?: string;
  /** Milliseconds before a `src` fetch is given up. */
  srcTimeout?: number;
}

/** Reads the page author's own light-DOM markup as a content pack, or returns undefined. */
export type LightDomReader = () => unknown;

/**
 * Finds, loads and validates a widget's content. Sources, first present wins:
 * the `content` property (an object, or `#id` of a `<script type="application/json">`
 * anywhere in the page) → a `<script type="application/json">` child → the
 * `src` URL → the widget's light-DOM markup → the built-in pack.
 *
 * Problems never throw: they are reported once with `console.warn` (tag name
 * and field path first) and an `immuno-content-error` event, and the widget
 * keeps what is valid and falls back to the built-in content for the rest.
 */
export class ContentController<S extends SectionName> implements ReactiveController {
  meta: Meta;
  section: Sections[S];
  strings: Strings = {};
  source: ContentSource = 'built-in';
  /** True while a `src` fetch is under way. */
  loading = false;
  private request = 0;
  private abort?: AbortController;
  /** The pack the widget's own section came from (undefined for built-in content). */
  private pack?: unknown;
  /** Other sections read from that pack, validated once per pack. */
  private others = new Map<SectionName, unknown>();

  /**
   * @param host The widget.
   * @param definition The section the widget shows, from `src/content/sections.ts`.
   * @param readLightDom Reads the author's markup (content source 4), when the widget has such markup.
   */
  constructor(
    private host: ContentHost,
    private definition: SectionDefinition<S>,
    private readLightDom?: LightDomReader,
  ) {
    host.addController(this);
    this.meta = definition.builtIn.meta;
    this.section = definition.builtIn.section;
  }

  /**
   * Another section of the same pack (the explorer reads symptom names from the
   * pack it was given). Returns the built-in section when the pack has none or
   * nothing in it is usable; problems are reported like the widget's own.
   */
  other<O extends SectionName>(definition: SectionDefinition<O>): Sections[O] {
    const cached = this.others.get(definition.name) as Sections[O] | undefined;
    if (cached) return cached;
    const raw = this.pack && typeof this.pack === 'object' ? (this.pack as Record<string, unknown>)[definition.name] : undefined;
    let section = definition.builtIn.section;
    if (raw !== undefined) {
      const issues: ContentIssue[] = [];
      section = validateSection(raw, definition, issues) ?? section;
      if (issues.length) this.report(issues, this.source);
    }
    this.others.set(definition.name, section);
    return section;
  }

  hostConnected(): void {
    this.resolve();
  }

  hostDisconnected(): void {
    this.abort?.abort();
  }

  /** Re-reads every source; call when `content` or `src` changes. */
  resolve(): void {
    const request = ++this.request;
    this.abort?.abort();
    this.loading = false;
    const host = this.host;
    if (typeof host.content === 'string') return this.fromReference(host.content);
    if (host.content !== undefined && host.content !== null) return this.apply(host.content, 'property');

    const script = host.querySelector(':scope > script[type="application/json"]');
    if (script) return this.fromJson(script.textContent, 'script', 'the JSON script child');

    if (host.src) {
      this.loading = true;
      void this.load(host.src, request);
      return;
    }

    let light: unknown;
    try {
      light = this.readLightDom?.();
    } catch (e) {
      this.report([{ path: '', message: `could not read the page's markup (${(e as Error).message})` }], 'light-dom');
    }
    if (light !== undefined) return this.apply(light, 'light-dom');
    this.useBuiltIn();
  }

  /** `content="#id"`: the text of a `<script type="application/json" id>` anywhere in the page. */
  private fromReference(ref: string): void {
    const id = /^\s*#(.+?)\s*$/.exec(ref)?.[1];
    if (!id)
      return this.fail('reference', problem(`content="${ref}" is not a reference: give "#id" of a <script type="application/json" id="id"> in the page`));
    const root = this.host.getRootNode() as Document | ShadowRoot;
    const target = (root.getElementById ? root.getElementById(id) : null) ?? document.getElementById(id);
    if (!target) {
      if (document.readyState === 'loading') {
        // The script may come later in the page: look again when the page is parsed.
        this.loading = true;
        const request = this.request;
        document.addEventListener('DOMContentLoaded', () => request === this.request && this.resolve(), { once: true });
        this.host.requestUpdate();
        return;
      }
      return this.fail('reference', problem(`content="#${id}": no element with id "${id}" in the page`));
    }
    if (!(target instanceof HTMLScriptElement) || target.type !== 'application/json')
      return this.fail('reference', problem(`content="#${id}" is a <${target.localName}>, not a <script type="application/json">`));
    this.fromJson(target.textContent, 'reference', `the JSON script #${id}`);
  }

  /** JSON text from a script: applied, or reported with the built-in content. */
  private fromJson(text: string | null, source: ContentSource, where: string): void {
    const read = readJsonText(text, where);
    if ('problem' in read) return this.fail(source, problem(read.problem));
    this.apply(read.value, source);
  }

  private async load(url: string, request: number): Promise<void> {
    const abort = (this.abort = new AbortController());
    const timeout = this.host.srcTimeout ?? 8000;
    const timer = setTimeout(() => abort.abort(new DOMException('timed out', 'TimeoutError')), timeout);
    let data: unknown;
    let problem: string | undefined;
    try {
      const response = await fetch(url, { signal: abort.signal, credentials: 'same-origin' });
      if (!response.ok) problem = `could not load ${url} (HTTP ${response.status})`;
      else {
        const text = await textUpTo(response, MAX_CONTENT_BYTES);
        if (text === undefined) problem = `${url} is larger than ${MAX_CONTENT_BYTES} bytes (1 MB), the most a content file may be; not read`;
        else
          try {
            data = JSON.parse(text);
          } catch {
            problem = `${url} is not valid JSON`;
          }
      }
    } catch (e) {
      const err = e as Error;
      problem =
        abort.signal.reason instanceof DOMException && abort.signal.reason.name === 'TimeoutError'
          ? `loading ${url} took longer than ${timeout} ms`
          : `could not load ${url} (${err.message || err.name})`;
    } finally {
      clearTimeout(timer);
    }
    if (request !== this.request) return; // a newer source won
    this.loading = false;
    if (problem) this.fail('src', [{ path: '', message: problem }]);
    else this.apply(data, 'src');
  }

  private apply(input: unknown, source: ContentSource): void {
    const r = validateContent(input, this.definition);
    this.pack = input;
    this.others.clear();
    this.meta = r.meta;
    this.section = r.section;
    this.strings = r.strings;
    this.source = source;
    if (r.issues.length) this.report(r.issues, source);
    this.host.requestUpdate();
  }

  private fail(source: ContentSource, issues: ContentIssue[]): void {
    this.useBuiltIn();
    this.report(issues, source);
  }

  private useBuiltIn(): void {
    this.pack = undefined;
    this.others.clear();
    this.meta = this.definition.builtIn.meta;
    this.section = this.definition.builtIn.section;
    this.strings = {};
    this.source = 'built-in';
    this.host.requestUpdate();
  }

  private report(issues: ContentIssue[], source: ContentSource): void {
    const tag = this.host.localName;
    const first = issues[0];
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
    console.warn(
      `${tag}: content problem in ${source}${first.path ? ` at ${first.path}` : ''}: ${first.message}${more}. ` +
        'Showing what is valid and built-in content for the rest.',
      issues,
    );
    this.host.dispatchEvent(
      new CustomEvent<ContentErrorDetail>('immuno-content-error', { bubbles: true, composed: true, detail: { issues, source } }),
    );
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'immuno-content-error': CustomEvent<ContentErrorDetail>;
  }
}
