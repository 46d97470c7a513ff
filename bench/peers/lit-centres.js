// The Lit floor for the locator (issue 3): a plain Lit element that fetches the
// feed and lists every centre (name, city, address). No validation, no locale,
// no status, no map.
import { LitElement, html, css } from 'lit';
import { app, ka, loadFeed } from './common.js';

class BenchLitCentres extends LitElement {
  static properties = { items: { state: true } };
  static styles = css`ul { list-style: none; padding: 0; } li { margin: 0 0 1em; } h3 { margin: 0; font-size: 1.1em; }`;
  constructor() {
    super();
    this.items = [];
  }
  async connectedCallback() {
    super.connectedCallback();
    this.items = (await loadFeed()).centres;
  }
  render() {
    return html`<ul>${this.items.map((c) => html`<li><h3>${ka(c.name)}</h3><p>${ka(c.city)}, ${ka(c.address)}</p></li>`)}</ul>`;
  }
}
customElements.define('bench-lit-centres', BenchLitCentres);
app.append(document.createElement('bench-lit-centres'));
