/**
 * Widgets in single-page apps: taken out of the page while their feed loads,
 * put back, or kept detached. Leaving is no failure: no error event, no extra
 * request, no "offline" note, no timer for an element nobody sees.
 */
import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import type { FeedErrorDetail } from '../../src/shared/feed-controller.js';
import { aTimeout, hits, resetAll, sampleFeed, serve, waitFor, waitUntil } from '../helpers.js';
import { KNOWN_WIDGETS } from './widgets.js';
import { cacheKey, feedKey } from '../../src/feed/load.js';
import '../../src/define.js';

const make = (tag: string, src: string) => {
  const el = document.createElement(tag) as LitElement;
  el.setAttribute('src', src);
  el.setAttribute('lang', 'ka');
  return el;
};

describe('widgets taken out of the page and put back', () => {
  beforeEach(resetAll);
  afterEach(resetAll);

  for (const tag of KNOWN_WIDGETS) {
    it(`<${tag}> removed while its feed loads: no error, no second request; put back, no "offline" note`, async () => {
      const doc = await sampleFeed();
      // A saved copy from an earlier visit, as a returning visitor has.
      const first = make(tag, await serve(doc));
      document.body.append(first);
      await new Promise((r) => first.addEventListener('iom-feed-load', r, { once: true }));
      const saved = await waitUntil(() => Object.keys(localStorage).some((k) => k.startsWith('iom-widgets:feed:')), 'saved copy', { timeout: 3000 }).then(() => true);
      first.remove();
      expect(saved).to.equal(true);

      const url = await serve(doc, { delay: 600 });
      // The saved copy belongs to the first URL; copy it to the slow one's key.
      const [key] = Object.keys(localStorage).filter((k) => k.startsWith('iom-widgets:feed:'));
      const record = localStorage.getItem(key!)!;
      resetAll();
      localStorage.setItem(cacheKey(feedKey(url)), record);
      const el = make(tag, url);
      const errors: FeedErrorDetail[] = [];
      el.addEventListener('iom-feed-error', (e) => errors.push(e.detail));
      document.body.append(el);
      await aTimeout(50);
      el.remove();
      el.setAttribute('data-x', '1'); // an app touching it while detached
      await aTimeout(900);
      expect(errors, 'error events while detached').to.deep.equal([]);
      expect(await hits(url.split('?')[0]!), 'requests while detached').to.be.at.most(1);

      document.body.append(el);
      await waitUntil(() => el.shadowRoot?.querySelector('.root') && !el.shadowRoot.querySelector('.skeleton'), 'content again', { timeout: 5000 });
      await aTimeout(100);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.offline'), '"offline" note on a working network').to.equal(null);
      expect(errors).to.deep.equal([]);
      el.remove();
    });
  }

  for (const tag of KNOWN_WIDGETS) {
    it(`<${tag}> moved to another place while its feed loads keeps its one request`, async () => {
      const url = await serve(await sampleFeed(), { delay: 800 });
      const el = make(tag, url);
      const [a, b] = [document.createElement('div'), document.createElement('div')];
      document.body.append(a, b);
      a.append(el);
      try {
        await aTimeout(200);
        b.append(el); // as a framework re-parents a node: out and straight back in
        await waitUntil(() => el.shadowRoot?.querySelector('.root') && !el.shadowRoot.querySelector('.skeleton'), 'content', { timeout: 5000 });
        expect(await hits(url.split('?')[0]!), 'requests').to.equal(1);
      } finally {
        a.remove();
        b.remove();
      }
    });
  }

  it('a short timeout beside a widget that waits longer for the same slow feed: the error stays, once', async () => {
    const url = await serve(await sampleFeed(), { delay: 2500 });
    const news = make('iom-news-feed', url);
    news.setAttribute('timeout', '600');
    const calendar = make('iom-event-calendar', url);
    const errors: FeedErrorDetail[] = [];
    news.addEventListener('iom-feed-error', (e) => errors.push(e.detail));
    document.body.append(news, calendar);
    try {
      await waitFor(news, '.state.error', 'the timeout error');
      // Until the feed comes (2.5 s), the error stays on screen: no skeleton in between.
      const seen = new Set<string>();
      const until = performance.now() + 1500;
      while (performance.now() < until) {
        seen.add(news.shadowRoot!.querySelector('.state.error') ? 'error' : news.shadowRoot!.querySelector('.skeleton') ? 'skeleton' : 'other');
        await aTimeout(20);
      }
      expect([...seen], 'what the news feed showed after its timeout').to.deep.equal(['error']);
      expect(errors.map((e) => e.code), 'iom-feed-error events').to.deep.equal(['timeout']);
      // The answer that comes later still shows.
      await waitFor(news, 'article', 'the news once the feed came');
      expect(await hits(url.split('?')[0]!)).to.equal(1);
    } finally {
      news.remove();
      calendar.remove();
    }
  });

  it('a detached locator sets no status timer, whatever the app does to it', async () => {
    const el = make('iom-centre-locator', await serve(await sampleFeed()));
    document.body.append(el);
    await waitFor(el, 'li.centre');
    el.remove();
    const calls: number[] = [];
    const orig = window.setTimeout;
    window.setTimeout = ((fn: TimerHandler, ms?: number, ...rest: unknown[]) => {
      calls.push(ms ?? 0);
      return orig(fn, ms, ...rest);
    }) as typeof window.setTimeout;
    try {
      el.setAttribute('city', 'Kutaisi');
      await el.updateComplete;
      el.setAttribute('city', '');
      await el.updateComplete;
    } finally {
      window.setTimeout = orig;
    }
    expect(calls, 'timers set by a detached locator').to.deep.equal([]);
  });
});

describe("the partner's fallback content", () => {
  beforeEach(resetAll);

  it('<iom-hotline-banner> keeps its frame from the first render, so that the page below does not jump', async () => {
    const el = make('iom-hotline-banner', await serve(await sampleFeed(), { delay: 1500 }));
    el.setAttribute('kind', 'emergency');
    el.innerHTML = '<a class="fb" href="tel:112">112</a>';
    document.body.append(el);
    try {
      await el.updateComplete;
      await aTimeout(300);
      const waiting = el.getBoundingClientRect().height;
      expect(el.shadowRoot!.querySelector('.languages'), 'the language row already').to.not.equal(null);
      await waitFor(el, '.lines');
      const final = el.getBoundingClientRect().height;
      expect(waiting / final, `${waiting} px while waiting, ${final} px with the hotline`).to.be.within(0.8, 1.25);
    } finally {
      el.remove();
    }
  });

  for (const tag of ['iom-news-feed', 'iom-centre-locator', 'iom-event-calendar']) {
    it(`<${tag}> keeps it in sight while the feed is on its way and when it fails, and gives way to the content`, async () => {
      const shown = (el: Element) => el.querySelector('a.fb')!.getClientRects().length > 0;
      const mount = (src: string) => {
        const el = make(tag, src);
        el.innerHTML = '<a class="fb" href="https://iom.ge/">IOM საქართველო</a>';
        document.body.append(el);
        return el;
      };
      const slow = mount(await serve(await sampleFeed(), { delay: 1500 }));
      const failing = mount('/__feed/status/404/fallback');
      try {
        await slow.updateComplete;
        await aTimeout(300);
        expect(shown(slow), 'while loading').to.equal(true);
        // Below it, the placeholder keeps the room of what comes (the page below does not jump).
        const fallbackBottom = slow.querySelector('a.fb')!.getBoundingClientRect().bottom;
        const skeleton = slow.shadowRoot!.querySelector('.skeleton');
        expect(skeleton, 'a placeholder below it').to.not.equal(null);
        expect(skeleton!.getBoundingClientRect().top, 'not over it').to.be.at.least(fallbackBottom);
        expect(slow.getBoundingClientRect().height, 'the room of what comes').to.be.above(120);
        // A keyboard visitor on the fallback link: focus goes into the content that replaces it, not to the page's body.
        slow.querySelector<HTMLElement>('a.fb')!.focus();
        expect(document.activeElement === slow.querySelector('a.fb'), 'on the fallback link').to.equal(true);
        await waitUntil(() => failing.shadowRoot?.querySelector('.error, .state.error'), 'the error state', { timeout: 5000 });
        expect(shown(failing), 'beside the error').to.equal(true);
        await waitUntil(() => !shown(slow), 'gives way to the content', { timeout: 5000 });
        await slow.updateComplete;
        // (Booleans: a failed comparison of elements made the runner lose the browser.)
        expect(document.activeElement === slow, 'focus stays in the widget').to.equal(true);
        expect(slow.shadowRoot!.activeElement !== null, 'on its content').to.equal(true);
      } finally {
        slow.remove();
        failing.remove();
      }
    });
  }
});
