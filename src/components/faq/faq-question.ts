/**
 * The FAQ's question heading and button, made as plain nodes a directive keeps (500 questions: one clone of a
 * prototype each, not three template instances with their parts and marker comments), updated in place.
 */
import { noChange } from 'lit';
import { Directive, directive, PartType, type Part, type PartInfo } from 'lit/directive.js';
import { clampLevel } from '../../shared/heading.js';
import { MarkedRuns } from '../../shared/search.js';

/** What a question's toggle says: the visible word, and visually hidden words before and after it (or none). */
export interface ToggleWords {
  verb: string;
  before?: string;
  after?: string;
}

/** Arguments of {@link question}. */
export interface QuestionArgs {
  /** Heading level, clamped to 1–6. */
  level: number;
  id: string;
  question: string;
  /** Folded search terms to mark in the question; undefined: those it was last marked with (a question a search hides is not drawn). */
  words?: readonly string[];
  open: boolean;
  /** `aria-labelledby` of the button (undefined: named by its content, with `, ` visually hidden after the question). */
  labelledBy?: string;
  toggle: ToggleWords;
  /** Called on a click with `!open`. */
  onToggle: (open: boolean) => void;
}

const prototypes = new Map<number, HTMLElement>();

/**
 * `<h{level} class="heading"><button class="question" part="question"> <span class="text"></span><span
 * class="toggle" part="toggle"></span></button></h{level}>`. The toggle's chevron is its `::before` (faq.styles.ts),
 * not an element: at 500 questions an SVG and its path per question cost more than the rest of the button.
 */
function prototype(level: number): HTMLElement {
  let h = prototypes.get(level);
  if (!h) {
    h = document.createElement(`h${level}`);
    h.className = 'heading';
    const button = document.createElement('button');
    button.className = 'question';
    button.setAttribute('part', 'question');
    const text = document.createElement('span');
    text.className = 'text';
    const toggle = document.createElement('span');
    toggle.className = 'toggle';
    toggle.setAttribute('part', 'toggle');
    button.append(' ', text, toggle);
    h.append(button);
    prototypes.set(level, h);
  }
  return h.cloneNode(true) as HTMLElement;
}

function hiddenSpan(): HTMLElement {
  const span = document.createElement('span');
  span.className = 'visually-hidden';
  return span;
}

/** A space at the edge of a visually hidden span is dropped from the name: keep it as a no-break space. */
const nbspEdges = (text: string) => text.replace(/^ | $/g, '\u00a0');

class QuestionDirective extends Directive {
  private heading?: HTMLElement;
  private level = 0;
  private button!: HTMLButtonElement;
  private text!: HTMLElement;
  private toggle!: HTMLElement;
  private runs = new MarkedRuns();
  /** The words the question is marked with. */
  private words: readonly string[] = [];
  private comma?: HTMLElement;
  /** The toggle's nodes after the chevron: hidden words before, the visible word, hidden words after. */
  private before?: HTMLElement;
  private verb!: Text;
  private after?: HTMLElement;
  /** The arguments the nodes show (compared field by field: a render that changes nothing touches and reads no node). */
  private last?: QuestionArgs;

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.CHILD) throw new Error('question() goes in element content');
  }

  render(args: QuestionArgs): unknown {
    void args;
    return noChange;
  }

  override update(_part: Part, [args]: [QuestionArgs]): unknown {
    const level = clampLevel(args.level);
    const made = !this.heading || level !== this.level;
    if (made) this.make(level);
    const { verb, before, after } = args.toggle;
    const last = made ? undefined : this.last;
    this.last = args;
    const { button, text, toggle } = this;
    const moved = args.id !== last?.id;
    if (moved) button.setAttribute('id', `q-${args.id}`);
    if (args.open !== last?.open) button.setAttribute('aria-expanded', String(args.open));
    if (moved) button.setAttribute('aria-controls', `a-${args.id}`);
    if (moved) text.setAttribute('id', `t-${args.id}`);
    if (args.labelledBy !== last?.labelledBy) {
      if (args.labelledBy === undefined) button.removeAttribute('aria-labelledby');
      else button.setAttribute('aria-labelledby', args.labelledBy);
    }
    const words = (this.words = args.words ?? this.words);
    this.runs.set(text, args.question, words); // It keeps what it wrote: the same question and words cost nothing.
    if (!args.labelledBy !== !!this.comma) {
      if (this.comma) {
        this.comma.remove();
        this.comma = undefined;
      } else {
        this.comma = hiddenSpan();
        this.comma.textContent = ', ';
        toggle.before(this.comma);
      }
    }
    const was = last?.toggle;
    if (verb !== was?.verb || before !== was.before || after !== was.after) {
      this.before = this.hidden(this.before, before, this.verb);
      if (this.verb.data !== verb) this.verb.data = verb;
      this.after = this.hidden(this.after, after, null);
    }
    return made ? this.heading : noChange;
  }

  private make(level: number) {
    this.level = level;
    this.heading = prototype(level);
    this.button = this.heading.firstChild as HTMLButtonElement;
    this.text = this.button.children[0] as HTMLElement;
    this.toggle = this.button.children[1] as HTMLElement;
    this.verb = this.toggle.appendChild(new Text(''));
    this.runs = new MarkedRuns();
    this.comma = this.before = this.after = undefined;
    this.button.addEventListener('click', () => this.last?.onToggle(!this.last.open));
  }

  /** The visually hidden span of `words` in the toggle before `ref` (null: at its end), or none without words. */
  private hidden(span: HTMLElement | undefined, words: string | undefined, ref: Node | null): HTMLElement | undefined {
    if (!words?.trim()) {
      span?.remove();
      return undefined;
    }
    if (!span) {
      span = hiddenSpan();
      this.toggle.insertBefore(span, ref);
    }
    const text = nbspEdges(words);
    if (span.textContent !== text) span.textContent = text;
    return span;
  }
}

/**
 * One question's heading and button (see the file's comment). The button is named by `labelledBy` when given,
 * else by its content; a click calls `onToggle`. Only in a child position, alone between its markers.
 */
export const question = directive(QuestionDirective);
