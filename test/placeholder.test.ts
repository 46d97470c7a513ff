import { expect, fixture, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../src/centre-locator/define.js';
import '../src/event-calendar/define.js';
import '../src/hotline-banner/define.js';
import '../src/news-feed/define.js';
import { resetAll, sampleFeed, serve, waitFor } from './helpers.js';

/**
 * A visitor who scrolls while the feed is on its way. WebKit lays out the
 * content that replaces a placeholder once with the widget's container (a
 * CSS query container) empty: the page, shorter for that moment, was clamped
 * and the visitor thrown back to its top. Elsewhere the page only grows.
 */
describe('the placeholder giving way to the content', () => {
  beforeEach(resetAll);
  afterEach(() => scrollTo(0, 0));

  const cases = [
    ['iom-centre-locator', 'li.centre', (src: string) => html`<iom-centre-locator lang="ka" src=${src}></iom-centre-locator>`],
    ['iom-news-feed', 'article', (src: string) => html`<iom-news-feed lang="ka" src=${src}></iom-news-feed>`],
    ['iom-event-calendar', 'table', (src: string) => html`<iom-event-calendar lang="ka" month="2014-04" view="month" src=${src}></iom-event-calendar>`],
  ] as const;

  for (const [name, content, make] of cases) {
    it(`keeps the page where the visitor scrolled it: <${name}>`, async () => {
      const url = await serve(await sampleFeed(), { delay: 1500 });
      const page = await fixture<HTMLElement>(html`<div>
        <!-- As on the demo: the banner's content comes with the same feed, in the same frame. -->
        <iom-hotline-banner lang="ka" placement="top" kind="emergency" src=${url}></iom-hotline-banner>
        <p style="height: 120px; margin: 0">ახალი ამბები</p>
        ${make(url)}
        <p style="height: 20px; margin: 0">ქვედა კოლონტიტული</p>
      </div>`);
      const el = page.querySelector<LitElement>(name)!;
      await waitFor(el, '.skeleton');
      // The page's end: where a shorter page is felt first.
      scrollTo(0, document.documentElement.scrollHeight);
      const before = scrollY;
      expect(before, 'the page scrolls').to.be.above(0);
      await waitFor(el, content);
      await new Promise(requestAnimationFrame);
      // Where the visitor was, or the end of a page grown shorter (Chromium's
      // scroll anchoring may move further down, with what it shows).
      const end = document.documentElement.scrollHeight - innerHeight;
      expect(scrollY, `scrolled to ${before} px; the page ends at ${end}`).to.be.at.least(Math.min(before, end) - 1);
      expect(el.shadowRoot!.querySelector<HTMLElement>('.root')!.style.minHeight, 'the held height let go').to.equal('');
    });
  }
});
