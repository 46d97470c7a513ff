/**
 * Host pages unlike ours: a dark page (a partner's dark theme, or the
 * visitor's dark preference honoured by the site) must leave every widget
 * readable, since the widgets set their own text colour.
 */
import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { FIXTURE_URL, resetAll, waitFor } from '../helpers.js';
import { KNOWN_WIDGETS } from './widgets.js';
import '../../src/define.js';

const READY: Record<string, string> = {
  'iom-news-feed': 'article',
  'iom-centre-locator': 'li.centre',
  'iom-hotline-banner': '.number',
  'iom-event-calendar': '.cal, .agenda, table',
};

describe('a dark host page', () => {
  let host: HTMLDivElement;
  beforeEach(() => {
    resetAll();
    host = document.createElement('div');
    host.style.cssText = 'background:#121212;color:#f0f0f0;padding:8px';
    document.body.append(host);
  });
  afterEach(() => host.remove());

  for (const tag of KNOWN_WIDGETS) {
    it(`<${tag}> stays readable (axe colour contrast)`, async () => {
      const el = document.createElement(tag) as LitElement;
      el.setAttribute('src', FIXTURE_URL);
      el.setAttribute('lang', 'ka');
      if (tag === 'iom-event-calendar') el.setAttribute('month', '2014-04');
      host.append(el);
      await waitFor(el, READY[tag]!);
      await expect(el).shadowDom.to.be.accessible();
    });
  }
});
