/**
 * One feed, several widgets: one request, and each list read and checked once
 * per page, by the widgets that show it (a news page does not pay for, nor
 * warn about, the calendar's events).
 */
import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import type { FeedLoadDetail } from '../../src/shared/feed-controller.js';
import { captureWarnings, hits, resetAll, sampleFeed, serve } from '../helpers.js';
import '../../src/define.js';

/** Mounts each tag on `url` and resolves with each one's network `iom-feed-load` detail. */
async function mountAll(tags: string[], url: string) {
  const els = tags.map((tag) => {
    const el = document.createElement(tag) as LitElement;
    el.setAttribute('src', url);
    el.setAttribute('lang', 'ka');
    return el;
  });
  const loads = els.map((el) => new Promise<FeedLoadDetail>((resolve) => el.addEventListener('iom-feed-load', (e) => e.detail.fromCache || resolve(e.detail))));
  document.body.append(...els);
  const details = await Promise.all(loads);
  await Promise.all(els.map((el) => el.updateComplete));
  return { els, details };
}

describe('one feed shared by several widgets', () => {
  beforeEach(resetAll);
  afterEach(resetAll);

  it('each list is checked once, by the widgets that show it, and warned about once', async () => {
    const doc = await sampleFeed();
    doc.news[1].title = undefined; // left out: news[1]
    doc.events[0].start = '2014-02-30'; // left out: events[0]
    doc.centres[0].email = 'not an address'; // dropped: centres[0].email
    const url = await serve(doc, { delay: 100 });
    let news: FeedLoadDetail[] = [];
    let calendar: FeedLoadDetail | undefined;
    let els: LitElement[] = [];
    const warnings = await captureWarnings(async () => {
      const r = await mountAll(['iom-news-feed', 'iom-news-feed', 'iom-event-calendar'], url);
      els = r.els;
      news = r.details.slice(0, 2);
      calendar = r.details[2];
    });
    try {
      expect(await hits(url.split('?')[0]!), 'requests').to.equal(1);
      const feedWarnings = warnings.filter((w) => w.startsWith('iom-widgets feed:'));
      expect(feedWarnings.filter((w) => w.startsWith('iom-widgets feed: news[1]')), 'news warned once').to.have.length(1);
      expect(feedWarnings.filter((w) => w.startsWith('iom-widgets feed: events[0]')), 'events warned once').to.have.length(1);
      // No widget on the page shows centres: nobody checked them.
      expect(feedWarnings.filter((w) => w.includes('centres')), 'centres not read').to.deep.equal([]);
      // The two news feeds share one reading of the news.
      expect(news[0]!.feed, 'one reading for both news feeds').to.equal(news[1]!.feed);
      expect(news[0]!.feed.news.map((n) => n.id)).to.not.include(doc.news[1].id);
      expect(news[0]!.feed.news).to.have.length(doc.news.length - 1);
      expect(news[0]!.feed.events, 'the news feed reads no events').to.deep.equal([]);
      expect(news[0]!.feed.timezone).to.equal('Asia/Tbilisi');
      expect(calendar!.feed.events).to.have.length(doc.events.length - 1);
      expect(calendar!.feed.news, 'the calendar reads no news').to.deep.equal([]);
    } finally {
      els.forEach((e) => e.remove());
    }
  });

  it('the locator checks the services its centres name', async () => {
    const doc = await sampleFeed();
    doc.centres[0].services = [...doc.centres[0].services, 'no-such-service'];
    const url = await serve(doc);
    let detail: FeedLoadDetail | undefined;
    let els: LitElement[] = [];
    const warnings = await captureWarnings(async () => {
      const r = await mountAll(['iom-centre-locator'], url);
      els = r.els;
      detail = r.details[0];
    });
    try {
      expect(warnings.filter((w) => w.startsWith('iom-widgets feed: centres[0]') && w.includes('no-such-service'))).to.have.length(1);
      expect(detail!.feed.centres[0]!.services).to.not.include('no-such-service');
      expect(detail!.feed.services.map((s) => s.id)).to.deep.equal(doc.services.map((s: { id: string }) => s.id));
      expect(detail!.feed.news).to.deep.equal([]);
    } finally {
      els.forEach((e) => e.remove());
    }
  });
});
