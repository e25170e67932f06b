/**
 * `<immuno-sb-theme-builder>`: the "Theme builder" story. A designer picks the brand's accent, text, surface and
 * focus colours and a font; the four widgets beside the controls take them live (as `--immuno-*` tokens on a
 * wrapper, exactly what the copied CSS sets on `:root`); every pair the widgets draw is checked against WCAG 2.2
 * AA (1.4.3 text 4.5:1, 1.4.11 borders and focus 3:1) with Color.js, and a failing pair is named in text beside
 * the colour that causes it. "Copy CSS" writes the CSS with the Clipboard API; the CSS is always shown in a text
 * box below, to select and copy by hand if the browser refuses.
 *
 * Storybook only: not part of the bundle.
 */
import { LitElement, css, html, nothing } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { check, fonts, from, themeCss, themeTokens, type Picks } from './theme.js';

const controls: readonly { key: Exclude<keyof Picks, 'font'>; label: string; hint: string }[] = [
  { key: 'accent', label: 'Primary (accent)', hint: 'Links, buttons, the current step.' },
  { key: 'text', label: 'Text', hint: 'Body text; hints and borders are made from it.' },
  { key: 'surface', label: 'Surface', hint: 'The widget\u2019s background.' },
  { key: 'focus', label: 'Focus ring', hint: 'The outline around what the keyboard is on.' },
];

export class ImmunoSbThemeBuilder extends LitElement {
  static override styles = css`
    :host {
      display: grid;
      grid-template-columns: minmax(16em, 22em) 1fr;
      gap: 2em;
      align-items: start;
      font-family: system-ui, sans-serif;
      color: #1b2330;
      background: #fff;
      padding: 1em;
    }
    @media (max-width: 50em) {
      :host {
        grid-template-columns: 1fr;
      }
    }
    form {
      display: grid;
      gap: 1em;
    }
    .field {
      display: grid;
      gap: 0.25em;
    }
    label {
      font-weight: 600;
    }
    .row {
      display: flex;
      gap: 0.5em;
      align-items: center;
    }
    input[type='color'] {
      inline-size: 3em;
      block-size: 2.75em;
      padding: 0.125em;
    }
    select,
    button {
      font: inherit;
      min-block-size: 2.75em;
    }
    .hint {
      color: #4a5566;
      margin: 0;
    }
    .warning {
      color: #a1161b;
      margin: 0;
    }
    .warning::before {
      content: '\\26A0\\FE0E  ';
    }
    textarea {
      inline-size: 100%;
      box-sizing: border-box;
      font-family: ui-monospace, monospace;
      font-size: 0.875em;
    }
    .preview {
      display: grid;
      gap: 2em;
      min-inline-size: 0;
    }
    :focus-visible {
      outline: 3px solid #0a58a8;
      outline-offset: 2px;
    }
  `;

  static override properties = { picks: { attribute: false }, copyMessage: { state: true } };

  picks: Picks = { accent: '#0a58a8', text: '#1b2330', surface: '#ffffff', focus: '#0a58a8', font: 'inherit' };
  copyMessage = '';

  private set(key: keyof Picks, value: string) {
    this.picks = { ...this.picks, [key]: value };
    this.copyMessage = '';
  }

  private async copy(text: string) {
    try {
      await navigator.clipboard.writeText(text);
      this.copyMessage = 'CSS copied to the clipboard. Paste it into your page\u2019s stylesheet.';
    } catch {
      this.copyMessage = 'Your browser did not let the page copy. Select the CSS in the box below and copy it.';
      this.renderRoot.querySelector('textarea')?.select();
    }
  }

  override render() {
    const tokens = themeTokens(this.picks);
    const results = check(tokens);
    const failing = results.filter((r) => !r.pass);
    const warningsFor = (key: keyof Picks) =>
      failing.filter((r) => [...(from[r.fore] ?? []), ...(from[r.back] ?? [])].includes(key));
    const cssText = themeCss(tokens);
    return html`
      <form @submit=${(e: Event) => e.preventDefault()}>
        <p id="summary" role="status">
          ${failing.length
            ? `${failing.length} colour ${failing.length === 1 ? 'pair fails' : 'pairs fail'} WCAG 2.2 AA: see the warnings beside the colours.`
            : 'Every colour pair meets WCAG 2.2 AA (text 4.5:1, borders and focus 3:1).'}
        </p>
        ${controls.map(({ key, label, hint }) => {
          const warnings = warningsFor(key);
          return html`<div class="field">
            <label for=${key}>${label}</label>
            <div class="row">
              <input
                id=${key}
                type="color"
                .value=${this.picks[key]}
                aria-describedby="${key}-hint ${key}-warnings"
                @input=${(e: Event) => this.set(key, (e.target as HTMLInputElement).value)}
              />
              <code>${this.picks[key]}</code>
            </div>
            <p class="hint" id="${key}-hint">${hint}</p>
            <div id="${key}-warnings" class="warnings">
              ${warnings.map(
                (w) =>
                  html`<p class="warning">
                    Fails WCAG AA: ${w.what}, ${w.ratio.toFixed(2)}:1 (needs ${w.min}:1).
                  </p>`,
              )}
            </div>
          </div>`;
        })}
        <div class="field">
          <label for="font">Font</label>
          <select id="font" @change=${(e: Event) => this.set('font', (e.target as HTMLSelectElement).value)}>
            ${fonts.map((f) => html`<option value=${f.value} ?selected=${f.value === this.picks.font}>${f.label}</option>`)}
          </select>
        </div>
        <div class="field">
          <div class="row">
            <button type="button" @click=${() => this.copy(cssText)}>Copy CSS</button>
          </div>
          <p id="copy-status" role="status">${this.copyMessage || nothing}</p>
          <label for="css">Your theme\u2019s CSS</label>
          <textarea id="css" readonly rows="14" .value=${cssText}></textarea>
        </div>
      </form>
      <div class="preview" style=${styleMap(tokens)}>
        <immuno-therapy-explorer searchable></immuno-therapy-explorer>
        <immuno-how-it-works></immuno-how-it-works>
        <immuno-side-effect-checklist therapy="car-t" care-team-phone="+1 555 0100" emergency-number="911"></immuno-side-effect-checklist>
        <immuno-faq searchable></immuno-faq>
      </div>
    `;
  }
}

/** Registers the tag (the package's `sideEffects` list would drop a bare import that defines it). */
export function defineThemeBuilder(): void {
  if (!customElements.get('immuno-sb-theme-builder')) customElements.define('immuno-sb-theme-builder', ImmunoSbThemeBuilder);
}
