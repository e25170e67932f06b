// Stands in for a page's own Lit app: another copy of Lit, another element.
import { LitElement, html } from 'lit';

class OtherLitElement extends LitElement {
  render() {
    return html`other Lit works`;
  }
}
customElements.define('other-lit-element', OtherLitElement);
document.body.append(document.createElement('other-lit-element'));
