// The Lit floor: a plain Lit element that fetches the feed and renders every
// news item as a list item (date, title, summary). No validation, no locale, no states.
import { LitElement, html, css } from 'lit';
import { app, ka, loadFeed } from './common.js';

class BenchLitList extends LitElement {
  static properties = { items: { state: true } };
  static styles = css`ul { list-style: none; padding: 0; } li { margin: 0 0 1em; } h3 { margin: 0; font-size: 1.1em; }`;
  constructor() {
    super();
    this.items = [];
  }
  async connectedCallback() {
    super.connectedCallback();
    this.items = (await loadFeed()).news;
  }
  render() {
    return html`<ul>${this.items.map((n) => html`<li><time datetime=${n.published}>${n.published}</time><h3>${ka(n.title)}</h3><p>${ka(n.summary)}</p></li>`)}</ul>`;
  }
}
customElements.define('bench-lit-list', BenchLitList);
app.append(document.createElement('bench-lit-list'));
