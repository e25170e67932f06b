import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Meta, SectionName, Sections } from '../content/schema.js';
import { builtInIn, builtInLanguage, contentLoaded, loadContentLanguage } from '../content/languages.js';
import type { SectionDefinition } from '../content/sections.js';
import { validateContent, validateSection, type ContentIssue, type ResolvedContent } from '../content/validate.js';
import type { NamespaceName } from '../i18n/en.js';
import { hasLocale, loadLocale, type Strings } from '../i18n/i18n.js';
import { problem, readJsonText } from '../content/read-json.js';
import { JSON_CHILD, SHARED_CHILDREN, adoptStrayContent, describeNodes, looseJsonText, unusedChildren } from '../content/editor-damage.js';
import { nearestLang } from './locale-controller.js';

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

/**
 * What a widget shows of a built-in translation besides its own section: each is a file of its own, fetched
 * before the widget renders in that language (never English headings over Spanish advice, even for a moment).
 */
export interface BuiltInUse {
  /** Its UI-string namespace; without it, every namespace is fetched. */
  readonly strings?: NamespaceName;
  /** Other sections it reads with `other()` (the explorer names symptoms). */
  readonly others?: readonly SectionDefinition<SectionName, unknown>[];
  /** The language the page asks for (the nearest `lang` by default); picks the built-in content. */
  readonly locale?: () => string;
}

/** Reads the page author's own light-DOM markup as a content pack, or returns undefined. */
export type LightDomReader = () => unknown;

/**
 * Light-DOM content read and validated ahead of an element's upgrade, in a task of its own (`prepareContent`), with
 * what watches the element for a change since and the language it was read under.
 */
const prepared = new WeakMap<Element, { name: SectionName; input: unknown; result: ResolvedContent<SectionName>; lang: string; watch: MutationObserver }>();

/**
 * Reads and validates an element's light-DOM content before its kind is defined (upgrading in turn, `define.ts`), so
 * the upgrade's own task is shorter: the page's markup is still what is drawn meanwhile. Its first read uses the
 * result only when nothing in the element changed and its language is the same; otherwise it reads again. Nothing
 * for an element with another source (`content`, `src`, a JSON child), which is read as before.
 */
export function prepareContent(host: Element, read: (host: Element) => unknown, definition: SectionDefinition<SectionName>): void {
  if (host.hasAttribute('content') || host.hasAttribute('src') || host.querySelector(JSON_CHILD)) return;
  const input = read(host);
  if (input === undefined) return;
  const watch = new MutationObserver(() => undefined);
  watch.observe(host, { childList: true, subtree: true, characterData: true, attributes: true });
  prepared.set(host, { name: definition.name, input, result: validateContent(input, definition), lang: nearestLang(host), watch });
}

/**
 * Finds, loads and validates a widget's content. Sources, first present wins:
 * the `content` property (an object, or `#id` of a `<script type="application/json">`
 * anywhere in the page) → a `<script type="application/json">` child → the
 * `src` URL → the widget's light-DOM markup → the built-in pack.
 *
 * Problems never throw: they are reported once with `console.warn` (tag name
 * and field path first) and an `immuno-content-error` event, and the widget
 * keeps what is valid and falls back to the built-in content for the rest.
 *
 * Lifecycle (docs/architecture.md#lifecycle): content is read on the first
 * connect; then again when `content` or `src` changes (also when they were set
 * before the element was defined), when the author's markup changes (children
 * added, removed or edited, the JSON child's text, the referenced script's
 * text: a `MutationObserver`, so content that arrives after connect is used),
 * and not on a move: an element taken out and put back keeps what it read
 * unless something changed meanwhile. While the page is still being parsed,
 * content may be half there: problems are held back and reported once, after
 * `DOMContentLoaded`, from a final read.
 */
export class ContentController<S extends SectionName> implements ReactiveController {
  meta: Meta;
  section: Sections[S];
  strings: Strings = {};
  source: ContentSource = 'built-in';
  /** The language the page asks for. */
  private readonly locale: () => string;
  /** True while a `src` fetch, or the built-in content of the widget's language, is under way. */
  loading = false;
  /** The built-in language shown (or being fetched) when `source` is `built-in`. */
  private builtInLang = 'en';
  private request = 0;
  private abort?: AbortController;
  /** The pack the widget's own section came from (undefined for built-in content). */
  private pack?: unknown;
  /** Other sections read from that pack, validated once per pack. */
  private others = new Map<SectionName, unknown>();
  /** The `content` and `src` the last read used; undefined before the first read. */
  private used?: { content: unknown; src?: string };
  /** Something content is read from changed while the element was out of the document. */
  private stale = false;
  /**
   * Watches the author's markup; kept while the element is out of the document (collected with it). A change the
   * widget makes itself (the FAQ placing its answers after upgrading in pieces) takes its records: no new read.
   */
  observer?: MutationObserver;
  /**
   * Watches the script `content="#id"` names, while the element is in the document: the script stays in the page,
   * and an observer on it would keep a removed widget alive (with its whole shadow tree) as long as the page.
   * `text` is the script's text when the element left, to tell on reconnect whether it changed meanwhile.
   */
  private reference?: { target: Element; observer: MutationObserver; text?: string | null };
  /** What was moved back into the element (see `adoptStrayContent`); kept for the warning. */
  private adopted?: string;
  /** What this read undid of an editor's damage, for the one warning. */
  private notes: string[] = [];
  /** A read after `DOMContentLoaded` is booked (problems found while the page was parsed wait for it). */
  private afterParse = false;

  /**
   * @param host The widget.
   * @param definition The section the widget shows, from `src/content/sections.ts`.
   * @param readLightDom Reads the author's markup (content source 4), when the widget has such markup.
   * @param children Selector of the element's own children in that markup (`details`, `ol`…), besides the
   *   shared parts: what is not matched is reported as unused, and what an editor moved out is moved back.
   * @param uses What else the widget shows of a built-in translation, fetched with its section before it
   *   renders in that language (see `BuiltInUse`).
   */
  constructor(
    private host: ContentHost,
    private definition: SectionDefinition<S>,
    private readLightDom?: LightDomReader,
    private children = '',
    private uses: BuiltInUse = {},
  ) {
    host.addController(this);
    this.locale = uses.locale ?? (() => nearestLang(host));
    this.meta = definition.builtIn.meta;
    this.section = definition.builtIn.section;
  }

  /**
   * The language of the content shown, or about to be shown while the
   * built-in translation loads. The UI strings follow it (never a mix).
   */
  get language(): string {
    return this.source === 'built-in' ? this.builtInLang : this.meta.language;
  }

  /**
   * Another section of the same pack (the explorer reads symptom names from the
   * pack it was given). Returns the built-in section when the pack has none or
   * nothing in it is usable; problems are reported like the widget's own.
   */
  other<O extends SectionName, B>(definition: SectionDefinition<O, B>): Sections[O] | B {
    const cached = this.others.get(definition.name) as Sections[O] | B | undefined;
    if (cached) return cached;
    const raw = this.pack && typeof this.pack === 'object' ? (this.pack as Record<string, unknown>)[definition.name] : undefined;
    let section: Sections[O] | B = (builtInIn(definition, this.builtInLang) ?? definition.builtIn).section;
    if (raw !== undefined) {
      const issues: ContentIssue[] = [];
      section = validateSection(raw, definition, issues) ?? section;
      if (issues.length) this.report(issues, this.source, false);
    }
    this.others.set(definition.name, section);
    return section;
  }

  hostConnected(): void {
    if (!this.observer) {
      this.observer = new MutationObserver((records) => records.some(authored) && this.changed());
      this.observer.observe(this.host, { childList: true, subtree: true, characterData: true });
    }
    const ref = this.reference;
    if (ref && ref.text !== undefined) {
      ref.observer.observe(ref.target, REFERENCE_WATCH);
      if (!ref.target.isConnected || ref.target.textContent !== ref.text) this.stale = true;
      ref.text = undefined;
    }
    // A move (out and back in) keeps what was read, and so what the patient did with it.
    if (!this.used || this.stale) this.resolve();
  }

  hostDisconnected(): void {
    const ref = this.reference;
    if (ref && ref.text === undefined) {
      ref.observer.disconnect();
      ref.text = ref.target.textContent;
    }
    if (!this.loading) return;
    this.request++; // the aborted fetch is not a problem to report
    this.abort?.abort();
    this.stale = true;
  }

  /**
   * Follows a change of `lang` on the element or an ancestor: built-in content
   * switches to that language. The host calls it first thing in `willUpdate`,
   * so the UI strings, resolved after it, follow the same language.
   */
  followLanguage(): void {
    if (this.source === 'built-in' && builtInLanguage(this.locale()) !== this.builtInLang) this.useBuiltIn();
  }

  /** Re-reads when `content` or `src` differ from what the last read used (the widget calls it from `willUpdate`). */
  sync(): void {
    if (!this.used || this.used.content !== this.host.content || this.used.src !== this.host.src) this.resolve();
  }

  /** Something content is read from changed: read again now, or on reconnect. */
  private changed(): void {
    if (this.host.isConnected) this.resolve();
    else this.stale = true;
  }

  /** Re-reads every source. */
  resolve(): void {
    this.read();
    // What the reading itself did to the light DOM (the FAQ moves answers into slots) is not a change.
    this.observer?.takeRecords();
  }

  private read(): void {
    const request = ++this.request;
    this.used = { content: this.host.content, src: this.host.src };
    this.stale = false;
    this.abort?.abort();
    this.loading = false;
    const host = this.host;
    this.notes = [];
    if (typeof host.content !== 'string') this.watchReference(undefined);
    if ((host.content === undefined || host.content === null) && !host.src) {
      const note = adoptStrayContent(host, this.children || SHARED_CHILDREN, !!this.adopted);
      if (note) this.adopted = note;
    }
    // Said in every warning until one is shown (a read while the page is parsed holds its warning back).
    if (this.adopted) this.notes.push(this.adopted);
    if (typeof host.content === 'string') return this.fromReference(host.content);
    if (host.content !== undefined && host.content !== null) return this.apply(host.content, 'property');

    const script = host.querySelector(JSON_CHILD);
    if (script) return this.fromJson(script.textContent, 'script', 'the JSON script child');

    if (host.src) {
      this.loading = true;
      void this.load(host.src, request);
      return;
    }

    const early = this.takePrepared();
    if (early) return this.apply(early.input, 'light-dom', early.result);
    let light: unknown;
    try {
      light = this.readLightDom?.();
    } catch (e) {
      this.notes.push(`could not read the page's markup (${(e as Error).message})`);
    }
    if (light !== undefined) return this.apply(light, 'light-dom');
    // A pack whose <script> tags an editor removed, left as the element's text (or in a <p>).
    const text = looseJsonText(unusedChildren(host, this.usedChildren));
    if (text) return this.fromJson(text, 'script', 'the pack written as text in the element (an editor removed its <script> tags)', true);
    this.useBuiltIn();
    this.report([], 'built-in');
  }

  /** The children the widget reads or keeps for visitors without JavaScript. */
  private get usedChildren(): string {
    return this.children ? `${this.children}, ${SHARED_CHILDREN}` : SHARED_CHILDREN;
  }

  /** `content="#id"`: the text of a `<script type="application/json" id>` anywhere in the page. */
  private fromReference(ref: string): void {
    const id = /^\s*#(.+?)\s*$/.exec(ref)?.[1];
    if (!id)
      return this.fail('reference', problem(`content="${ref}" is not a reference: give "#id" of a <script type="application/json" id="id"> in the page`));
    const root = this.host.getRootNode() as Document | ShadowRoot;
    const target = (root.getElementById ? root.getElementById(id) : null) ?? document.getElementById(id);
    this.watchReference(target ?? undefined);
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

  /** Re-reads when the text of the referenced script changes (it may be filled in by a later script). */
  private watchReference(target: Element | undefined): void {
    if (this.reference?.target === target) return;
    this.reference?.observer.disconnect();
    this.reference = undefined;
    if (!target) return;
    const observer = new MutationObserver(() => this.changed());
    // Read while out of the document (a property set on a removed widget): watched from the next connect.
    if (this.host.isConnected) observer.observe(target, REFERENCE_WATCH);
    this.reference = { target, observer, text: this.host.isConnected ? undefined : target.textContent };
  }

  /** JSON text from a script: applied, or reported with the built-in content. */
  private fromJson(text: string | null, source: ContentSource, where: string, loose = false): void {
    const read = readJsonText(text, where);
    if ('problem' in read) return this.fail(source, problem(read.problem));
    if (loose) this.notes.push(`${where}: read it as the content; put it back in <script type="application/json">, or use content="#id"`);
    if (read.repaired.length) this.notes.push(`${where} had ${read.repaired.join(', ')}: read as JSON anyway`);
    this.looseUsed = loose;
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

  /** What `prepareContent` read for this element, once, unless its markup or language changed since. */
  private takePrepared(): { input: unknown; result: ResolvedContent<S> } | undefined {
    const early = prepared.get(this.host);
    if (!early) return undefined;
    prepared.delete(this.host);
    // The element's own attributes are not its markup (its upgrade sets a style; `content`, `src` and `lang` are
    // checked on their own): a change inside it, or of its language, means reading again.
    const recs = early.watch.takeRecords().filter((r) => r.target !== this.host || r.type !== 'attributes');
    const changed = recs.length > 0 || early.lang !== nearestLang(this.host);
    early.watch.disconnect();
    // Only for the section this widget shows (the same reader and schema), read under the same language and markup.
    return changed || !this.readLightDom || early.name !== this.definition.name ? undefined : (early as unknown as { input: unknown; result: ResolvedContent<S> });
  }

  private apply(input: unknown, source: ContentSource, validated?: ResolvedContent<S>): void {
    const r = validated ?? validateContent(input, this.definition);
    this.pack = input;
    this.others.clear();
    this.meta = r.meta;
    this.section = r.section;
    this.strings = r.strings;
    this.source = source;
    this.report(r.issues, source);
    this.host.requestUpdate();
  }

  private fail(source: ContentSource, issues: ContentIssue[]): void {
    this.useBuiltIn();
    this.report(issues, source);
  }

  private useBuiltIn(): void {
    const lang = builtInLanguage(this.locale());
    // Content and UI strings arrive together: never Spanish advice under English headings, even for a moment.
    const { strings } = this.uses;
    const sections = [this.definition.name, ...(this.uses.others ?? []).map((d) => d.name)];
    const ready = hasLocale(lang, strings) && contentLoaded(lang, sections) ? builtInIn(this.definition, lang) : undefined;
    this.pack = undefined;
    this.others.clear();
    this.strings = {};
    this.source = 'built-in';
    this.builtInLang = lang;
    if (ready) {
      this.loading = false;
      this.meta = ready.meta;
      this.section = ready.section;
    } else {
      // The translation is fetched once per page; until then the loading state, not English.
      this.loading = true;
      const request = this.request;
      const by = this.host.localName;
      void Promise.all([loadContentLanguage(lang, sections, by), loadLocale(lang, by, strings)]).then(([loaded]) => {
        if (request !== this.request || this.builtInLang !== lang) return; // a newer source or language won
        if (!loaded) {
          // Could not load: English content and English UI, with one warning per language naming the file (see loadContentLanguage).
          this.builtInLang = 'en';
        }
        const value = builtInIn(this.definition, this.builtInLang) ?? this.definition.builtIn;
        this.loading = false;
        this.others.clear();
        this.meta = value.meta;
        this.section = value.section;
        this.host.requestUpdate();
      });
    }
    this.host.requestUpdate();
  }

  /** The loose text of the element was the pack (so it is not unused). */
  private looseUsed = false;

  /**
   * Reports this read's problems in one warning and one `immuno-content-error`: what an
   * editor did (and was undone), what the element holds and did not use, and `issues`.
   * Nothing when there is nothing to say.
   */
  private report(found: ContentIssue[], source: ContentSource, whole = true): void {
    const unused = this.looseUsed || !whole ? [] : unusedChildren(this.host, this.usedChildren);
    this.looseUsed = false;
    const issues: ContentIssue[] = [
      ...this.notes.map((message) => ({ path: '', message })),
      ...(unused.length
        ? [{ path: '', message: `the element holds ${describeNodes(unused)} that ${source === 'built-in' ? 'is not content it can read' : 'it did not use'} (not part of its form; see docs/embed/)` }]
        : []),
      ...found,
    ];
    this.notes = [];
    if (!issues.length) return;
    const fellBack = source === 'built-in' || found.length > 0;
    if (document.readyState === 'loading' && source !== 'property' && source !== 'src') {
      // The parser may still be adding the author's markup: report from the final read instead.
      if (!this.afterParse) {
        this.afterParse = true;
        document.addEventListener('DOMContentLoaded', () => ((this.afterParse = false), this.changed()), { once: true });
      }
      return;
    }
    this.adopted = undefined;
    const tag = this.host.localName;
    const first = issues[0];
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
    console.warn(
      `${tag}: ${fellBack ? 'content problem' : 'content read through a problem'} in ${source}${first.path ? ` at ${first.path}` : ''}: ${first.message}${more}. ` +
        (fellBack ? 'Showing what is valid and built-in content for the rest.' : 'The content was read.'),
      issues,
    );
    this.host.dispatchEvent(
      new CustomEvent<ContentErrorDetail>('immuno-content-error', { bubbles: true, composed: true, detail: { issues, source } }),
    );
  }
}

/** Script text the widgets write themselves (the FAQ's JSON-LD) is not the author's content. */
const REFERENCE_WATCH: MutationObserverInit = { childList: true, subtree: true, characterData: true };
const OWN = 'script[type="application/ld+json"]';
const own = (node: Node): boolean => (node instanceof Element ? node : node.parentElement)?.closest(OWN) != null;

/** A mutation of the author's content, not one of the widget's own writes. */
function authored(r: MutationRecord): boolean {
  if (r.type === 'characterData') return !own(r.target);
  if (own(r.target)) return false;
  return [...r.addedNodes, ...r.removedNodes].some((n) => !own(n));
}

declare global {
  interface GlobalEventHandlersEventMap {
    'immuno-content-error': CustomEvent<ContentErrorDetail>;
  }
}
