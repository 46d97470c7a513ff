/**
 * Host pages unlike ours: a dark page (a partner's dark theme, or the
 * visitor's dark preference honoured by the site) must leave every widget
 * readable, since the widgets set their own text colour.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
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

describe('printed', () => {
  beforeEach(resetAll);

  it('the widgets print their content without their buttons (the exit, filters\' actions, "show more")', async function () {
    // Print media is emulated through the DevTools protocol: Chromium only (Firefox's launcher has no CDP, WebKit's WebDriver no media emulation).
    try {
      await emulateMedia({ media: 'screen' });
    } catch (e) {
      if (/CDP support is required|not supported for browser type webdriver/.test(String(e))) return this.skip();
      throw e;
    }
    const host = document.createElement('div');
    document.body.append(host);
    const els = (['iom-news-feed', 'iom-hotline-banner', 'iom-event-calendar'] as const).map((tag) => {
      const el = document.createElement(tag) as LitElement;
      el.setAttribute('src', FIXTURE_URL);
      el.setAttribute('lang', 'ka');
      el.setAttribute('limit', '2');
      if (tag === 'iom-event-calendar') el.setAttribute('month', '2014-04');
      host.append(el);
      return el;
    });
    const [news, banner, calendar] = els as [LitElement, LitElement, LitElement];
    await waitFor(news, 'article');
    await waitFor(banner, '.number');
    await waitFor(calendar, 'table');
    const shown = (el: LitElement, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)].some((e) => e.getClientRects().length > 0);
    try {
      expect(shown(banner, '.exit-btn'), 'the exit button on screen').to.equal(true);
      await emulateMedia({ media: 'print' });
      expect(shown(banner, '.exit-btn'), 'the exit button').to.equal(false);
      expect(shown(banner, '.number'), 'the numbers').to.equal(true);
      expect(shown(news, '.btn, .link-btn'), 'show more, read more').to.equal(false);
      expect(shown(news, 'article h3'), 'the news').to.equal(true);
      expect(shown(calendar, '.btn'), "the calendar's buttons").to.equal(false);
      expect(shown(calendar, 'table'), 'the month').to.equal(true);
    } finally {
      await emulateMedia({ media: 'screen' });
      host.remove();
    }
  });
});

describe('text enlarged to 200 % on a 360 px phone', () => {
  beforeEach(resetAll);

  for (const lang of ['ka', 'fa']) {
    it(`the calendar's month arrows and the locator's hours stay on screen (${lang})`, async () => {
      const host = document.createElement('div');
      host.style.cssText = 'width:360px';
      document.body.append(host);
      const make = (tag: string) => {
        const el = document.createElement(tag) as LitElement;
        el.setAttribute('src', FIXTURE_URL);
        el.setAttribute('lang', lang);
        el.style.setProperty('--iom-font-size', '200%');
        host.append(el);
        return el;
      };
      const calendar = make('iom-event-calendar');
      calendar.setAttribute('month', '2014-04');
      const locator = make('iom-centre-locator');
      try {
        await waitFor(calendar, '.toolbar');
        await waitFor(locator, '.hours');
        /** The parts matching `sel` that reach past the widget's left or right edge. */
        const inside = (el: LitElement, sel: string) => {
          const box = el.getBoundingClientRect();
          return [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)]
            .map((n) => n.getBoundingClientRect())
            .filter((r) => r.left < box.left - 1 || r.right > box.right + 1)
            .map((r) => `${sel}: ${Math.round(r.left - box.left)}…${Math.round(r.right - box.left)} of ${Math.round(box.width)} px`);
        };
        expect(inside(calendar, '.nav .btn, .heading'), 'calendar controls outside the widget').to.deep.equal([]);
        expect(inside(locator, '.hours td, .hours th'), 'hours outside the widget').to.deep.equal([]);
      } finally {
        host.remove();
      }
    });
  }
});

describe('an old page with Prototype.js, whose Array.from ignores its mapping function', () => {
  const native = Array.from;
  before(() => {
    // Prototype 1.5–1.7 sets Array.from = $A: a copy by index, no map function, nothing from an iterator without length.
    Array.from = function $A(it: any) {
      const n = it?.length || 0;
      const out = new Array(n);
      for (let i = 0; i < n; i++) out[i] = it[i];
      return out;
    } as typeof Array.from;
  });
  after(() => {
    Array.from = native;
    resetAll();
  });

  it('the weekday names, the hours table\'s days and the exit\'s press count still show (Turkish, from Intl)', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const make = (tag: string) => {
      const el = document.createElement(tag) as LitElement;
      el.setAttribute('src', FIXTURE_URL);
      el.setAttribute('lang', 'tr');
      host.append(el);
      return el;
    };
    const calendar = make('iom-event-calendar');
    calendar.setAttribute('view', 'month');
    calendar.setAttribute('month', '2014-04');
    const locator = make('iom-centre-locator');
    const banner = make('iom-hotline-banner');
    try {
      await waitFor(calendar, 'thead th');
      await waitFor(locator, 'th[scope=row]');
      await waitFor(banner, '.pips');
      const texts = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll(sel)].map((e) => e.textContent!.trim());
      expect(texts(calendar, 'thead th .sr-only')).to.deep.equal(['Pazartesi', 'Salı', 'Çarşamba', 'Perşembe', 'Cuma', 'Cumartesi', 'Pazar']);
      expect(texts(locator, 'th[scope=row]').slice(0, 7).every((t) => t.length > 2)).to.equal(true);
      expect(banner.shadowRoot!.querySelectorAll('.pips i').length).to.equal(3);
    } finally {
      host.remove();
    }
  });
});

describe('layouts that size a box by its content', () => {
  beforeEach(resetAll);

  // A float, an inline-block and a row of flex items: a container query's box has no width of its own there, and was 0 px wide.
  for (const wrapper of ['float:left', 'display:inline-block', 'display:flex']) {
    it(`news, locator and calendar keep a readable width in a ${wrapper} box`, async () => {
      const host = document.createElement('div');
      host.style.cssText = `${wrapper};max-width:1000px`;
      document.body.append(host);
      try {
        const els = (['iom-news-feed', 'iom-centre-locator', 'iom-event-calendar'] as const).map((tag) => {
          const el = document.createElement(tag) as LitElement;
          el.setAttribute('src', FIXTURE_URL);
          el.setAttribute('lang', 'ka');
          if (tag === 'iom-event-calendar') el.setAttribute('month', '2014-04');
          // In the flex row each widget sits in a section under a heading, as a partner's two columns do.
          if (wrapper === 'display:flex') {
            const section = document.createElement('section');
            section.append(Object.assign(document.createElement('h2'), { textContent: 'სიახლეები' }), el);
            host.append(section);
          } else host.append(el);
          return el;
        });
        for (const el of els) await waitFor(el, READY[el.localName]!);
        // Three columns of a flex row share it (about 260 px each in the test's 800 px window), never wider than it.
        const least = wrapper === 'display:flex' ? host.clientWidth / 3 - 20 : 300;
        for (const el of els) {
          const width = el.getBoundingClientRect().width;
          expect(width >= least, `<${el.localName}> is ${width} px wide`).to.equal(true);
        }
        expect(host.scrollWidth, 'the row sticks out of the page').to.equal(host.clientWidth);
      } finally {
        host.remove();
      }
    });
  }
  // A phone's column: a CMS grid with side padding, a card inside it, or an old table layout.
  // The widgets shrink into it as a box of text does; they pushed the page sideways (328 px at least).
  for (const layout of ['grid', 'table'] as const) {
    it(`news, locator and calendar shrink into a phone-wide ${layout} column: nothing sticks out`, async () => {
      const host = document.createElement('div');
      host.style.cssText = 'width:360px;overflow:auto';
      host.innerHTML = layout === 'grid'
        ? '<main style="display:grid;gap:16px;padding:0 24px"><div class="cell" style="border:1px solid;padding:12px"></div></main>'
        : '<table style="width:100%"><tr><td>მობილობის ცენტრები</td><td class="cell"></td></tr></table>';
      document.body.append(host);
      try {
        const cell = host.querySelector<HTMLElement>('.cell')!;
        const els = (['iom-news-feed', 'iom-centre-locator', 'iom-event-calendar'] as const).map((tag) => {
          const el = document.createElement(tag) as LitElement;
          el.setAttribute('src', FIXTURE_URL);
          el.setAttribute('lang', 'ka');
          if (tag === 'iom-event-calendar') el.setAttribute('month', '2014-04');
          cell.append(el);
          return el;
        });
        for (const el of els) await waitFor(el, READY[el.localName]!);
        expect(host.scrollWidth, 'the column scrolls sideways').to.equal(host.clientWidth);
        const right = host.getBoundingClientRect().right;
        for (const el of els) {
          const box = el.getBoundingClientRect();
          expect(box.right <= right && box.width >= 150, `<${el.localName}>: ${box.left}–${box.right} px in 0–${right}`).to.equal(true);
        }
      } finally {
        host.remove();
      }
    });
  }
});
