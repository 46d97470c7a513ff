import { expect, fixture, html } from '@open-wc/testing';
import '../src/centre-locator/define.js';
import { locatorHooks, type IomCentreLocator } from '../src/centre-locator/centre-locator.js';
import { distanceKm, projectToOutline } from '../src/centre-locator/geo.js';
import { formatPhone } from '../src/centre-locator/phone.js';
import { romanize, searchKey } from '../src/i18n/translit.js';
import { fakeDeviceZone } from './fake-zone.js';
import { FIXTURE_URL, aTimeout, captureWarnings, resetAll, sampleFeed, serve, shadowText, waitFor, waitUntil } from './helpers.js';

/** An instant given as Tbilisi wall-clock time (UTC+4). */
const tb = (s: string) => Date.parse(`${s}:00+04:00`);
const MONDAY_10 = tb('2014-06-23T10:00');

const items = (el: IomCentreLocator) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('li.centre')];
const names = (el: IomCentreLocator) => items(el).map((li) => li.querySelector('h3')!.textContent!.trim());
const status = (el: IomCentreLocator, id = 'tbilisi') => el.shadowRoot!.querySelector(`#c-${id} .status`)?.textContent!.trim();
const geoNote = (el: IomCentreLocator) => el.shadowRoot!.querySelector('.geo-note')!.textContent!.trim();
const today = (el: IomCentreLocator, id = 'tbilisi') => el.shadowRoot!.querySelector(`#c-${id} tr[aria-current=date] th`)?.textContent;
const hourCells = (el: IomCentreLocator, id = 'tbilisi') => [...el.shadowRoot!.querySelectorAll(`#c-${id} .hours td`)].map((td) => td.textContent!.trim());
const pinsOf = (el: IomCentreLocator) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.pin')];
/** Where the focus is in the shadow root, as text (a failed comparison of DOM nodes stalls the test runner's reporter). */
const focused = (el: IomCentreLocator) => {
  const a = el.shadowRoot!.activeElement;
  return a ? `${a.localName}${a.id ? `#${a.id}` : ''}${a.getAttribute('type') ? `[type=${a.getAttribute('type')}]` : ''}` : 'nothing';
};
const press = (target: Element, key: string) => target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));

async function locator(attrs: { lang?: string; now?: number; src?: string; city?: string; service?: string } = {}) {
  const el = await fixture<IomCentreLocator>(html`<iom-centre-locator
    lang=${attrs.lang ?? 'en'}
    src=${attrs.src ?? FIXTURE_URL}
    city=${attrs.city ?? ''}
    service=${attrs.service ?? ''}
    .now=${attrs.now ?? MONDAY_10}
  ></iom-centre-locator>`);
  return el;
}

async function ready(el: IomCentreLocator, selector = 'li.centre') {
  await waitFor(el, selector);
  return el;
}

async function typeSearch(el: IomCentreLocator, text: string) {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type=search]')!;
  input.value = text;
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
}

/** Replaces navigator.geolocation for one test; returns the calls and the undo. */
function stubGeolocation(answer: ((ok: PositionCallback, fail: PositionErrorCallback) => void) | undefined) {
  const calls: PositionOptions[] = [];
  const value = answer
    ? {
        getCurrentPosition(ok: PositionCallback, fail: PositionErrorCallback, options: PositionOptions) {
          calls.push(options);
          setTimeout(() => answer(ok, fail), 10);
        },
      }
    : undefined;
  Object.defineProperty(navigator, 'geolocation', { value, configurable: true });
  return { calls, restore: () => delete (navigator as unknown as Record<string, unknown>).geolocation };
}
/**
 * A fake clock for one test: Date.now, setTimeout and clearTimeout answer from
 * it. `advance(ms)` runs the timers that fall due, in order, letting `settle`
 * finish after each; `sleep(ms)` moves the clock on with every timer paused,
 * as a laptop's lid does.
 */
function fakeClock(start: number) {
  const real = { now: Date.now, setTimeout: window.setTimeout, clearTimeout: window.clearTimeout };
  let now = start;
  let seq = 1;
  const timers = new Map<number, { at: number; fn: () => void }>();
  window.setTimeout = ((fn: TimerHandler, ms?: number) => {
    timers.set(seq, { at: now + Math.max(0, Number(ms) || 0), fn: typeof fn === 'function' ? (fn as () => void) : () => undefined });
    return seq++;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => void timers.delete(id!)) as typeof window.clearTimeout;
  Date.now = () => now;
  return {
    async advance(ms: number, settle: () => Promise<unknown>) {
      const end = now + ms;
      for (;;) {
        let next: [number, { at: number; fn: () => void }] | undefined;
        for (const t of timers) if (t[1].at <= end && (!next || t[1].at < next[1].at)) next = t;
        if (!next) break;
        timers.delete(next[0]);
        now = Math.max(now, next[1].at);
        next[1].fn();
        await settle();
      }
      now = end;
      await settle();
    },
    sleep(ms: number) {
      now += ms;
      for (const t of timers.values()) t.at += ms;
    },
    restore() {
      Object.assign(window, { setTimeout: real.setTimeout, clearTimeout: real.clearTimeout });
      Date.now = real.now;
    },
  };
}

/** Replaces a property of `target` for one test; returns the undo. */
function stubProperty(target: object, name: string, value: unknown) {
  const own = Object.getOwnPropertyDescriptor(target, name);
  Object.defineProperty(target, name, { value, configurable: true });
  return () => (own ? Object.defineProperty(target, name, own) : delete (target as Record<string, unknown>)[name]);
}

const positionError = (code: number) => ({ code, message: '', PERMISSION_DENIED: 1, POSITION_UNAVAILABLE: 2, TIMEOUT: 3 }) as GeolocationPositionError;
const position = (lat: number, lon: number) => ({ coords: { latitude: lat, longitude: lon, accuracy: 50 }, timestamp: Date.now() }) as GeolocationPosition;

// The machine that runs the tests keeps UTC: these visitors are in Tbilisi unless a test moves them.
const deviceZone = locatorHooks.deviceZone;

describe('<iom-centre-locator>', () => {
  beforeEach(async () => {
    locatorHooks.deviceZone = () => 'Asia/Tbilisi';
    await resetAll();
  });
  afterEach(() => {
    locatorHooks.deviceZone = deviceZone;
  });

  describe('without a tile map', () => {
    it('loads no map code and asks no tile server when `tiles` is not set', async () => {
      const el = await ready(await locator());
      await aTimeout(100);
      const resources = performance.getEntriesByType('resource').map((r) => r.name);
      expect(resources.filter((n) => /tile-map|leaflet|\/tile-/.test(n))).to.deep.equal([]);
      expect(el.shadowRoot!.querySelector('.leaflet-container')).to.equal(null);
      expect(el.shadowRoot!.querySelectorAll('.map svg path.land')).to.have.length(1);
      // An SVG path, drawn (an HTML element of that name would draw nothing).
      // (Booleans: chai printing a DOM node of a failed assertion can take minutes.)
      expect(el.shadowRoot!.querySelector('.map svg path.land') instanceof SVGPathElement, 'an SVG path').to.equal(true);
      expect(el.shadowRoot!.querySelector<SVGPathElement>('.map svg path.land')!.getBBox().width).to.be.above(100);
    });
  });

  it('renders the sample feed in Georgian: status, Monday-first hours, national phone format', async () => {
    const el = await ready(await locator({ lang: 'ka' }));
    expect(names(el)).to.deep.equal(['თბილისის მობილურობის ცენტრი', 'ქუთაისის მობილურობის ცენტრი', 'ბათუმის მობილურობის ცენტრი', 'თელავის მობილურობის ცენტრი']);
    expect(status(el)).to.equal('ახლა ღიაა · დაიკეტება 17:30‑ზე');
    const rows = [...el.shadowRoot!.querySelectorAll('#c-tbilisi .hours tr')].map((tr) => [tr.querySelector('th')!.textContent!.trim(), tr.querySelector('td')!.textContent!.trim()]);
    expect(rows).to.deep.equal([
      ['ორშაბათი', '09:00–17:30'], ['სამშაბათი', '09:00–17:30'], ['ოთხშაბათი', '09:00–17:30'], ['ხუთშაბათი', '09:00–17:30'],
      ['პარასკევი', '09:00–17:30'], ['შაბათი', 'დაკეტილია'], ['კვირა', 'დაკეტილია'],
    ]);
    expect(el.shadowRoot!.querySelector('#c-tbilisi tr[aria-current=date] th')!.textContent).to.equal('ორშაბათი');
    const tel = el.shadowRoot!.querySelector<HTMLAnchorElement>('#c-tbilisi a[href^="tel:"]')!;
    expect(tel.textContent).to.equal('032 2 60 09 55');
    expect(tel.getAttribute('href')).to.equal('tel:+995322600955');
    expect(shadowText(el)).to.not.match(/Open now|Monday|Phone/);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('renders English, and re-renders when the language changes', async () => {
    const el = await ready(await locator({ lang: 'en' }));
    expect(status(el)).to.equal('Open now · closes at 17:30');
    expect(el.shadowRoot!.querySelector('#c-tbilisi .hours th')!.textContent).to.equal('Monday');
    el.setAttribute('lang', 'ka');
    await waitUntil(() => status(el) === 'ახლა ღიაა · დაიკეტება 17:30‑ზე');
  });

  describe('open status at fixed instants (Tbilisi time)', () => {
    const cases: [string, string][] = [
      ['2014-06-23T08:59', 'Closed · opens at 09:00'],
      ['2014-06-23T09:00', 'Open now · closes at 17:30'],
      ['2014-06-23T16:29', 'Open now · closes at 17:30'],
      ['2014-06-23T16:30', 'Closes in 60 min'],
      ['2014-06-23T17:10', 'Closes in 20 min'],
      ['2014-06-23T17:29', 'Closes in 1 min'],
      ['2014-06-23T17:30', 'Closed · opens tomorrow at 09:00'],
      ['2014-06-21T12:00', 'Closed · opens Monday at 09:00'], // Saturday
      ['2014-06-22T12:00', 'Closed · opens tomorrow at 09:00'], // Sunday
      ['2014-05-26T10:00', 'Closed · opens tomorrow at 09:00'], // Independence Day, a Monday (`closed`)
      ['2014-04-17T18:00', 'Closed · opens Tuesday at 09:00'], // Easter: Friday to Monday closed
    ];
    for (const [at, want] of cases) {
      it(`${at} → "${want}"`, async () => {
        const el = await ready(await locator({ now: tb(at) }));
        expect(status(el)).to.equal(want);
      });
    }

    it('marks a holiday in this week\'s table', async () => {
      // Saturday 24 May 2014: Monday the 26th is Independence Day, in the feed's `closed` list.
      const el = await ready(await locator({ now: tb('2014-05-24T12:00') }));
      expect(status(el)).to.equal('Closed · opens Tuesday at 09:00');
      const cells = [...el.shadowRoot!.querySelectorAll('#c-tbilisi .hours td')].map((td) => td.textContent!.trim());
      expect(cells).to.deep.equal(['Closed (holiday)', '09:00–17:30', '09:00–17:30', '09:00–17:30', '09:00–17:30', 'Closed', 'Closed']);
      // A week later, Monday is an ordinary day again.
      el.now = tb('2014-05-31T12:00');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('#c-tbilisi .hours td')!.textContent!.trim()).to.equal('09:00–17:30');
    });

    it('passes axe open, closing and closed', async () => {
      for (const at of ['2014-06-23T10:00', '2014-06-23T17:10', '2014-06-22T12:00']) {
        const el = await ready(await locator({ now: tb(at) }));
        await expect(el).shadowDom.to.be.accessible();
      }
    });

    it('before a lunch break, says when it opens again that day, in Tbilisi time for a visitor elsewhere', async () => {
      const feed = await sampleFeed();
      const days = ['mo', 'tu', 'we', 'th', 'fr'];
      feed.centres[0].hours = [{ days, opens: '09:00', closes: '13:00' }, { days, opens: '14:00', closes: '18:00' }];
      const el = await ready(await locator({ src: await serve(feed), now: tb('2014-06-23T12:40') }));
      expect(status(el)).to.equal('Closes in 20 min · reopens at 14:00');
      el.now = tb('2014-06-23T10:00');
      await el.updateComplete;
      expect(status(el)).to.equal('Open now · closes at 13:00 · reopens at 14:00');
      el.now = tb('2014-06-23T13:30');
      await el.updateComplete;
      expect(status(el)).to.equal('Closed · opens at 14:00');
      // The day's last closing is no break.
      el.now = tb('2014-06-23T17:40');
      await el.updateComplete;
      expect(status(el)).to.equal('Closes in 20 min');
      el.lang = 'ka';
      el.now = tb('2014-06-23T12:40');
      await waitUntil(() => status(el)!.startsWith('დაიკეტება'));
      expect(status(el)).to.equal('დაიკეტება 20 წუთში · ხელახლა გაიხსნება 14:00‑ზე');
      await expect(el).shadowDom.to.be.accessible();
      const restore = fakeDeviceZone(-5 * 60, 'America/Bogota');
      locatorHooks.deviceZone = deviceZone;
      try {
        el.lang = 'en';
        el.now = tb('2014-06-23T12:41');
        await waitUntil(() => status(el)!.startsWith('Closes'));
        expect(status(el)).to.equal('Closes in 19 min · reopens at 14:00 (Tbilisi time, UTC+4)');
      } finally {
        restore();
      }
    });

    it('is the same for a visitor whose clock is in UTC−5', async () => {
      const restore = fakeDeviceZone(-5 * 60, 'America/Bogota');
      locatorHooks.deviceZone = deviceZone;
      try {
        // Monday 08:30 in Tbilisi is still Sunday 23:30 on the visitor's clock:
        // the time is Tbilisi's, and said so; a countdown is the same everywhere.
        const el = await ready(await locator({ now: tb('2014-06-23T08:30') }));
        expect(status(el)).to.equal('Closed · opens at 09:00 (Tbilisi time, UTC+4)');
        expect(el.shadowRoot!.querySelector('#c-tbilisi tr[aria-current=date] th')!.textContent).to.equal('Monday');
        el.now = tb('2014-06-27T17:10'); // Friday 08:10 for the visitor
        await el.updateComplete;
        expect(status(el)).to.equal('Closes in 20 min');
        el.lang = 'ka';
        el.now = tb('2014-06-27T10:00');
        await el.updateComplete;
        await waitUntil(() => status(el)!.startsWith('ახლა'));
        expect(status(el)).to.equal('ახლა ღიაა · დაიკეტება 17:30‑ზე (თბილისის დროით, UTC+4)');
      } finally {
        restore();
      }
    });
  });

  it('names the zone as it is at the time it quotes, across a summer-time change', async () => {
    // A feed in Berlin read from Tbilisi on Saturday 29 March 2025: Monday 09:00 is already summer time (UTC+2).
    const feed = await sampleFeed();
    feed.timezone = 'Europe/Berlin';
    feed.centres = [{ ...feed.centres[0], hours: [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: '17:00' }], closed: [] }];
    const el = await ready(await locator({ src: await serve(feed), now: Date.parse('2025-03-29T15:00:00+01:00') }));
    expect(status(el)).to.equal('Closed · opens Monday at 09:00 (UTC+2)');
    // In October the other way: Monday 27 October is back in winter time.
    el.now = Date.parse('2025-10-25T15:00:00+02:00');
    await el.updateComplete;
    expect(status(el)).to.equal('Closed · opens Monday at 09:00 (UTC+1)');
    // A visitor whose clock matches Berlin's today but not on Monday (Lagos, UTC+1 all year) is told too.
    locatorHooks.deviceZone = () => 'Africa/Lagos';
    el.now = Date.parse('2025-03-29T15:00:00+01:00');
    await el.updateComplete;
    expect(status(el)).to.equal('Closed · opens Monday at 09:00 (UTC+2)');
  });

  it('refreshes by itself when the status changes (a timer to the change, not a poll)', async () => {
    const realNow = Date.now;
    const timers: number[] = [];
    const realSetTimeout = window.setTimeout;
    try {
      const el = await fixture<IomCentreLocator>(html`<iom-centre-locator lang="en" src=${FIXTURE_URL}></iom-centre-locator>`);
      await ready(el);
      // From here the clock reads 0.6 s before 17:30 in Tbilisi and runs at real speed.
      const offset = tb('2014-06-23T17:29') + 59_400 - realNow();
      Date.now = () => realNow() + offset;
      window.setTimeout = ((fn: TimerHandler, ms?: number, ...rest: unknown[]) => {
        timers.push(ms ?? 0);
        return realSetTimeout(fn, ms, ...rest);
      }) as typeof window.setTimeout;
      el.requestUpdate();
      await el.updateComplete;
      window.setTimeout = realSetTimeout;
      expect(status(el)).to.equal('Closes in 1 min');
      // One timer, set to the change itself (under 0.6 s away), not a tick every second.
      expect(timers).to.have.length(1);
      expect(timers[0]).to.be.within(1, 700);
      await waitUntil(() => status(el) === 'Closed · opens tomorrow at 09:00', 'the status did not change at 17:30', { timeout: 3000 });
    } finally {
      Date.now = realNow;
      window.setTimeout = realSetTimeout;
    }
  });

  describe('after midnight and after sleep', () => {
    // A locator on the real clock, which the test then replaces.
    const live = async () => ready(await fixture<IomCentreLocator>(html`<iom-centre-locator lang="en" src=${FIXTURE_URL}></iom-centre-locator>`));

    it('moves on at midnight in Tbilisi: "tomorrow" becomes today, and the today row and holidays follow', async () => {
      const el = await live();
      // Monday 19 May, evening; next Monday (26 May) is Independence Day.
      const clock = fakeClock(tb('2014-05-19T18:00'));
      try {
        el.requestUpdate();
        await el.updateComplete;
        expect(status(el)).to.equal('Closed · opens tomorrow at 09:00');
        expect(today(el)).to.equal('Monday');
        expect(hourCells(el)[0]).to.equal('09:00–17:30');
        // One second past midnight: no opening or closing has happened since 17:30.
        await clock.advance(6 * 3_600_000 + 1_000, () => el.updateComplete);
        expect(status(el)).to.equal('Closed · opens at 09:00');
        expect(today(el)).to.equal('Tuesday');
        expect(hourCells(el)[0]).to.equal('Closed (holiday)');
        // And the day goes on: open at 09:00.
        await clock.advance(9 * 3_600_000, () => el.updateComplete);
        expect(status(el)).to.equal('Open now · closes at 17:30');
      } finally {
        clock.restore();
      }
    });

    it('works the status out again when the page is shown again (timers pause while a laptop sleeps)', async () => {
      const el = await live();
      const clock = fakeClock(tb('2014-06-23T10:00'));
      const undoVisibility = stubProperty(document, 'visibilityState', 'visible');
      try {
        el.requestUpdate();
        await el.updateComplete;
        expect(status(el)).to.equal('Open now · closes at 17:30');
        // The lid closes at 10:00 and opens at 18:00: no timer ran in between.
        clock.sleep(8 * 3_600_000);
        await el.updateComplete;
        expect(status(el)).to.equal('Open now · closes at 17:30');
        document.dispatchEvent(new Event('visibilitychange'));
        await el.updateComplete;
        expect(status(el)).to.equal('Closed · opens tomorrow at 09:00');
        // Back from the browser's page cache the next afternoon.
        clock.sleep(23 * 3_600_000 + 10 * 60_000);
        window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
        await el.updateComplete;
        expect(status(el)).to.equal('Closes in 20 min');
        expect(today(el)).to.equal('Tuesday');
      } finally {
        undoVisibility();
        clock.restore();
      }
    });
  });

  describe('filters and search', () => {
    it('filters by the `city` attribute in Georgian or Latin letters', async () => {
      for (const city of ['Kutaisi', 'kutaisi', 'ქუთაისი']) {
        const el = await ready(await locator({ city }));
        expect(names(el), city).to.deep.equal(['Kutaisi Mobility Centre']);
        expect(el.shadowRoot!.querySelector<HTMLSelectElement>('select')!.value).to.equal('kutaisi');
      }
    });

    it('filters by the `service` attribute and the service select', async () => {
      const feed = await sampleFeed();
      feed.centres[2].services = ['employment'];
      const url = await serve(feed);
      const el = await ready(await locator({ src: url, service: 'housing' }));
      expect(names(el)).to.deep.equal(['Tbilisi Mobility Centre', 'Kutaisi Mobility Centre', 'Telavi Mobility Centre']);
      const select = el.shadowRoot!.querySelectorAll<HTMLSelectElement>('select')[1]!;
      expect(select.value).to.equal('housing');
      select.value = '';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(names(el)).to.have.length(4);
      expect(el.service).to.equal(undefined);
    });

    it('an unknown `city` or `service` shows in its select, so "All" can clear it, and the editor is told once', async () => {
      let el!: IomCentreLocator;
      const warned = await captureWarnings(async () => {
        el = await locator({ city: 'Zugdidi' });
        await waitFor(el, 'select');
        await typeSearch(el, 'x'); // another render: no second warning
        await typeSearch(el, '');
      });
      const city = el.shadowRoot!.querySelector<HTMLSelectElement>('select')!;
      expect(city.value).to.equal('Zugdidi');
      expect(city.selectedOptions[0]!.textContent!.trim()).to.equal('Zugdidi');
      expect(shadowText(el)).to.contain('No centre matches your search.');
      // Said once: the count's status is empty while the empty state speaks.
      expect([...el.shadowRoot!.querySelectorAll('[role=status]')].map((s) => s.textContent!.trim()).filter(Boolean).join(' | ')).to.not.match(/Centres found/);
      expect(warned.filter((w) => w.includes('city=Zugdidi'))).to.have.length(1);
      expect(warned[0]).to.match(/no such city/);
      city.value = '';
      city.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(el.city).to.equal(undefined);
      expect(names(el)).to.have.length(4);

      const warnedService = await captureWarnings(async () => {
        el = await locator({ service: 'legal-aid' });
        await waitFor(el, 'select');
      });
      const service = el.shadowRoot!.querySelectorAll<HTMLSelectElement>('select')[1]!;
      expect(service.value).to.equal('legal-aid');
      expect(warnedService.filter((w) => w.includes('service=legal-aid'))).to.have.length(1);
      service.value = '';
      service.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(names(el)).to.have.length(4);
      await expect(el).shadowDom.to.be.accessible();
    });

    it('the city select filters the list', async () => {
      const el = await ready(await locator());
      const select = el.shadowRoot!.querySelector<HTMLSelectElement>('select')!;
      select.value = 'batumi';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Batumi Mobility Centre']);
      expect(el.shadowRoot!.querySelectorAll('.pin:not([hidden])')).to.have.length(1);
      // The other pins stay, hidden: a filter toggles them instead of re-rendering every pin.
      expect(el.shadowRoot!.querySelectorAll('.pin[hidden]')).to.have.length(3);
    });

    it('search matches name, city and address in Georgian script and in Latin transliteration', async () => {
      const el = await ready(await locator({ lang: 'ka' }));
      // Russian speakers write the city in Cyrillic: Кутаиси reads kutaisi too.
      // And Armenian speakers (Samtskhe-Javakheti) in Armenian script: Քութայիսի.
      for (const q of ['Kutaisi', 'kutaisi', 'ქუთაისი', 'KUTAISIS', ' ქუთ ', 'Кутаиси', 'КУТ', 'Քութայիսի', 'ՔՈՒԹԱՅԻՍԻ']) {
        await typeSearch(el, q);
        expect(names(el), q).to.deep.equal(['ქუთაისის მობილურობის ცენტრი']);
      }
      // The Tbilisi address in Latin letters, as a visitor would type it (no apostrophes).
      await typeSearch(el, 'tamarashvilis');
      expect(names(el)).to.deep.equal(['თბილისის მობილურობის ცენტრი']);
      await typeSearch(el, 'Imereti');
      expect(names(el)).to.deep.equal(['ქუთაისის მობილურობის ცენტრი']);
      // (Said once typing pauses.)
      await waitUntil(() => el.shadowRoot!.querySelector('[role=status].sr-only')!.textContent === 'ნაპოვნი ცენტრები: 1', 'the count', { timeout: 2000 });
    });

    it('shows "no centre matches" with a way back, and passes axe', async () => {
      const el = await ready(await locator());
      await typeSearch(el, 'Zugdidi');
      expect(items(el)).to.have.length(0);
      expect(shadowText(el)).to.contain('No centre matches your search.');
      await expect(el).shadowDom.to.be.accessible();
      const showAll = el.shadowRoot!.querySelector<HTMLButtonElement>('.results .btn')!;
      showAll.focus();
      showAll.click();
      await el.updateComplete;
      expect(items(el)).to.have.length(4);
      const search = el.shadowRoot!.querySelector<HTMLInputElement>('input[type=search]')!;
      expect(search.value).to.equal('');
      // The pressed button is gone: the focus is not lost with it.
      expect(focused(el)).to.equal('input[type=search]');
    });

    it('romanises with the national system', () => {
      expect(romanize('ქუთაისი თბილისი ჭიათურა წყალტუბო ყაზბეგი ჟინვალი ღვინო ძველი ჯვარი')).to.equal('kutaisi tbilisi chiatura tsqaltubo qazbegi zhinvali ghvino dzveli jvari');
      expect(romanize('ᲗᲑᲘᲚᲘᲡᲘ')).to.equal('tbilisi'); // Mtavruli capitals
      expect(searchKey("Ts'q'alt'ubo")).to.equal(searchKey('წყალტუბო'));
      // Cyrillic, as Russian writes Georgian place names; ъ and ь are silent.
      const ru = 'Тбилиси Кутаиси Батуми Телави Ахалцихе Мцхета Озургети Зугдиди Хашури Чиатура Шуахеви Ёлки Щукино Съезд Объём Юрьев Ясное Эрмитаж Жинвали';
      expect(searchKey(ru)).to.equal('tbilisi kutaisi batumi telavi akhaltsikhe mtskheta ozurgeti zugdidi khashuri chiatura shuakhevi elki shchukino sezd obem yurev yasnoe ermitazh zhinvali');
      expect(searchKey('Тбилиси Батуми')).to.equal(searchKey('თბილისი ბათუმი'));
      // Armenian, as Armenian writes them: ու is u, the glide յ silent, capitals as small letters.
      expect(searchKey('Թբիլիսի Քութայիսի Բաթումի Թելավի Ռուսթավի Զուգդիդի ԳՈՐԻ')).to.equal('tbilisi kutaisi batumi telavi rustavi zugdidi gori');
      // Persian typed on an Arabic keyboard (ي ى ك) finds Persian written with ی and ک, and back.
      expect(searchKey('مركز تفليس')).to.equal(searchKey('مرکز تفلیس'));
      expect(searchKey('كوتائيسى')).to.equal(searchKey('کوتائیسی'));
      expect(searchKey('كوتائيسى')).to.not.match(/[يىك]/);
      // Turkish and Azerbaijani dotless ı, typed or not, in either case.
      for (const typed of ['danisma', 'DANISMA', 'DANIŞMA', 'Danışma']) expect(searchKey(typed)).to.equal('danisma');
      expect(searchKey('Baki')).to.equal(searchKey('BAKI'));
      expect(searchKey('Baki')).to.equal(searchKey('Bakı'));
      expect(searchKey('İstanbul')).to.equal('istanbul');
    });
  });

  describe('nearest to me', () => {
    it('asks only on press, then sorts by distance and shows km in the element\'s language', async () => {
      const geo = stubGeolocation((ok) => ok(position(41.65, 41.64))); // near Batumi
      try {
        const el = await ready(await locator({ lang: 'ka' }));
        await aTimeout(50);
        expect(geo.calls).to.have.length(0);
        const near = el.shadowRoot!.querySelector<HTMLButtonElement>('.near')!;
        near.focus();
        near.click();
        near.click(); // a second press while asking is ignored
        await el.updateComplete;
        expect(near.getAttribute('aria-disabled')).to.equal('true');
        expect(el.shadowRoot!.activeElement === near, 'the focus stays on the button').to.equal(true);
        await waitUntil(() => geoNote(el).length > 0);
        expect(geo.calls).to.have.length(1);
        expect(names(el)[0]).to.equal('ბათუმის მობილურობის ცენტრი');
        expect(names(el)[3]).to.equal('თელავის მობილურობის ცენტრი');
        expect(geoNote(el)).to.equal('ცენტრები დალაგებულია თქვენგან დაშორების მიხედვით.');
        const km = Math.round(distanceKm({ lat: 41.65, lon: 41.64 }, { lat: 41.7258, lon: 44.748 }));
        expect(el.shadowRoot!.querySelector('#c-tbilisi .distance')!.textContent).to.equal(`${km} კმ-ის მოშორებით`);
        expect(el.shadowRoot!.querySelector('#c-batumi .distance')!.textContent).to.equal('3,7 კმ-ის მოშორებით');
        await expect(el).shadowDom.to.be.accessible();
      } finally {
        geo.restore();
      }
    });

    const failures: [string, number, string][] = [
      ['denied', 1, 'You did not allow this page to use your location'],
      ['timed out', 3, 'Finding your location took too long'],
      ['unavailable', 2, 'Your location could not be found'],
    ];
    for (const [what, code, text] of failures) {
      it(`${what}: a clear message, and the list stays`, async () => {
        const geo = stubGeolocation((_ok, fail) => fail(positionError(code)));
        try {
          const el = await ready(await locator());
          el.shadowRoot!.querySelector<HTMLButtonElement>('.near')!.click();
          await waitUntil(() => geoNote(el).length > 0);
          expect(geoNote(el)).to.contain(text);
          expect(names(el)).to.have.length(4);
          expect(el.shadowRoot!.querySelector('.distance')).to.equal(null);
          await expect(el).shadowDom.to.be.accessible();
        } finally {
          geo.restore();
        }
      });
    }

    it('without geolocation in the browser: a clear message, and the list stays', async () => {
      const geo = stubGeolocation(undefined);
      try {
        const el = await ready(await locator());
        el.shadowRoot!.querySelector<HTMLButtonElement>('.near')!.click();
        await el.updateComplete;
        expect(geoNote(el)).to.contain('This browser cannot share your location');
        expect(names(el)).to.have.length(4);
      } finally {
        geo.restore();
      }
    });

    it('asks with a timeout, so a silent browser cannot leave the button waiting', async () => {
      const geo = stubGeolocation((_ok, fail) => fail(positionError(3)));
      try {
        const el = await ready(await locator());
        el.shadowRoot!.querySelector<HTMLButtonElement>('.near')!.click();
        expect(geo.calls[0]!.timeout).to.be.a('number').and.to.be.at.most(30_000);
      } finally {
        geo.restore();
      }
    });

    it('gives up by itself when the browser never calls back (a dismissed permission prompt)', async () => {
      const geo = stubGeolocation(() => undefined);
      const el = await ready(await locator());
      const clock = fakeClock(Date.now());
      try {
        const near = el.shadowRoot!.querySelector<HTMLButtonElement>('.near')!;
        near.click();
        await el.updateComplete;
        expect(near.getAttribute('aria-disabled')).to.equal('true');
        // The browser's own `timeout` does not count the prompt: we still wait past it...
        await clock.advance(14_000, () => el.updateComplete);
        expect(near.getAttribute('aria-disabled')).to.equal('true');
        expect(geoNote(el)).to.equal('');
        // ...but not forever.
        await clock.advance(1_500, () => el.updateComplete);
        expect(near.getAttribute('aria-disabled')).to.equal('false');
        expect(geoNote(el)).to.contain('Finding your location took too long');
        expect(names(el)).to.have.length(4);
      } finally {
        clock.restore();
        geo.restore();
      }
    });

    it('on an insecure (http) page: "this browser cannot share your location", not "you did not allow"', async () => {
      // Browsers refuse geolocation outside a secure context with the same code as a visitor's "no".
      const geo = stubGeolocation((_ok, fail) => fail(positionError(1)));
      const undo = stubProperty(window, 'isSecureContext', false);
      try {
        const el = await ready(await locator());
        el.shadowRoot!.querySelector<HTMLButtonElement>('.near')!.click();
        await el.updateComplete;
        await aTimeout(30);
        expect(geoNote(el)).to.contain('This browser cannot share your location');
        expect(geo.calls).to.have.length(0);
        expect(names(el)).to.have.length(4);
      } finally {
        undo();
        geo.restore();
      }
    });
  });

  describe('distances', () => {
    it('Tbilisi–Kutaisi from the feed\'s coordinates: 180.07 km great-circle', async () => {
      const feed = await sampleFeed();
      const [tbilisi, kutaisi] = feed.centres;
      // Reference: the spherical law of cosines on the same sphere (R = 6371.0088 km), computed separately.
      expect(distanceKm(tbilisi.location, kutaisi.location)).to.be.closeTo(180.0717, 0.001);
      expect(distanceKm(kutaisi.location, tbilisi.location)).to.be.closeTo(180.0717, 0.001);
    });

    it('known values: one degree of the equator, a quarter meridian, the same point', () => {
      expect(distanceKm({ lat: 0, lon: 0 }, { lat: 0, lon: 1 })).to.be.closeTo(111.1951, 0.0001);
      expect(distanceKm({ lat: 0, lon: 0 }, { lat: 90, lon: 0 })).to.be.closeTo(10007.5577, 0.001);
      expect(distanceKm({ lat: 41.7258, lon: 44.748 }, { lat: 41.7258, lon: 44.748 })).to.equal(0);
    });
  });

  describe('map', () => {
    it('has a focusable pin per centre, inside Georgia, that leads to its list entry', async () => {
      const el = await ready(await locator());
      const pins = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.pin')];
      expect(pins.map((p) => p.getAttribute('aria-label'))).to.deep.equal(names(el));
      for (const p of pins) {
        const r = p.getBoundingClientRect();
        expect(r.width).to.be.at.least(24);
        expect(r.height).to.be.at.least(24);
      }
      // Batumi is west of Tbilisi and south of Kutaisi on the drawing.
      const at = (lat: number, lon: number) => projectToOutline({ lat, lon })!;
      const [tbilisi, kutaisi, batumi] = [at(41.7258, 44.748), at(42.2679, 42.6946), at(41.6168, 41.6367)];
      expect(batumi.x).to.be.lessThan(kutaisi.x);
      expect(kutaisi.x).to.be.lessThan(tbilisi.x);
      expect(batumi.y).to.be.greaterThan(kutaisi.y);
      // The pins stand where the projection puts them.
      expect(parseFloat(pins[0]!.style.left)).to.be.closeTo(tbilisi.x * 100, 0.01);
      pins[2]!.focus();
      pins[2]!.click();
      await el.updateComplete;
      expect(focused(el)).to.equal('li#c-batumi');
      expect(el.shadowRoot!.querySelector('#c-batumi')!.classList.contains('picked')).to.equal(true);
    });

    it('the pins are one Tab stop: arrow keys, Home and End move between them (roving tabindex)', async () => {
      const el = await ready(await locator());
      const pins = pinsOf(el);
      const stops = () => pinsOf(el).flatMap((p, i) => (p.tabIndex >= 0 ? [i] : []));
      const at = () => pins.indexOf(el.shadowRoot!.activeElement as HTMLButtonElement);
      expect(pins).to.have.length(4);
      // A toolbar: screen readers tell of its arrow keys (a group would not).
      expect(pins[0]!.closest('[part=map]')!.getAttribute('role')).to.equal('toolbar');
      expect(stops()).to.deep.equal([0]);
      // The arrows go by where the pins stand, not by the feed's order (Tbilisi, Kutaisi, Batumi, Telavi):
      // west to east, Batumi, Kutaisi, Tbilisi, Telavi.
      expect([...pins].sort((a, b) => a.offsetLeft - b.offsetLeft).map((p) => pins.indexOf(p))).to.deep.equal([2, 1, 0, 3]);
      pins[0]!.focus();
      press(pins[0]!, 'ArrowRight');
      expect(at()).to.equal(3);
      expect(stops()).to.deep.equal([3]);
      press(pins[3]!, 'ArrowDown'); // wraps round
      expect(at()).to.equal(2);
      press(pins[2]!, 'End');
      expect(at()).to.equal(3);
      press(pins[3]!, 'ArrowLeft');
      expect(at()).to.equal(0);
      press(pins[0]!, 'ArrowLeft');
      expect(at()).to.equal(1);
      press(pins[1]!, 'Home');
      expect(at()).to.equal(2);
      expect(stops()).to.deep.equal([2]);
      // Enter (a button's click) still leads to the list entry, and that pin stays the Tab stop.
      pins[2]!.click();
      await el.updateComplete;
      expect(focused(el)).to.equal('li#c-batumi');
      expect(stops()).to.deep.equal([2]);
      // A filter that hides the Tab stop moves it to a pin still shown; arrows skip hidden pins.
      await typeSearch(el, 'Telavi');
      expect(stops()).to.deep.equal([3]);
      pins[3]!.focus();
      press(pins[3]!, 'ArrowRight');
      expect(at()).to.equal(3);
      press(pins[3]!, 'Home');
      expect(at()).to.equal(3);
      // Other keys are left alone (Tab, letters).
      expect(press(pins[3]!, 'Tab')).to.equal(true);
      await expect(el).shadowDom.to.be.accessible();
    });

    it('in Persian the arrows still go where they point: ← to the pin on the left', async () => {
      const el = await ready(await locator({ lang: 'fa' }));
      const pins = pinsOf(el);
      const at = () => pins.indexOf(el.shadowRoot!.activeElement as HTMLButtonElement);
      pins[0]!.focus(); // Tbilisi
      press(pins[0]!, 'ArrowLeft');
      expect(at(), 'Kutaisi, west of Tbilisi').to.equal(1);
      press(pins[1]!, 'ArrowRight');
      press(pins[0]!, 'ArrowRight');
      expect(at(), 'Telavi, east of Tbilisi').to.equal(3);
      press(pins[3]!, 'Home');
      expect(at(), 'the first in reading order: the easternmost').to.equal(3);
    });

    it('lists `limit` centres at first, "show more" adds as many again, and a pin further down brings its centre into the list', async () => {
      const feed = await sampleFeed();
      feed.centres = Array.from({ length: 45 }, (_, i) => ({ ...feed.centres[i % 4], id: `c${i}`, name: { en: `Centre ${i}` } }));
      const el = await ready(await locator({ src: await serve(feed) }));
      expect(items(el)).to.have.length(20);
      expect(el.shadowRoot!.querySelectorAll('.pin')).to.have.length(45);
      expect(el.shadowRoot!.querySelector('[role=status].sr-only')!.textContent).to.equal('Centres found: 45');
      const more = el.shadowRoot!.querySelector<HTMLButtonElement>('.more')!;
      expect(more.textContent!.trim()).to.equal('Show more centres (25)');
      more.click();
      await el.updateComplete;
      expect(items(el)).to.have.length(40);
      expect(focused(el)).to.equal('li#c-c20');
      // The first page is drawn whole (a full-page screenshot or a print preview
      // would show skipped boxes blank); the next only as it comes near.
      if (CSS.supports('content-visibility', 'auto')) {
        const cv = (i: number) => getComputedStyle(items(el)[i]!).getPropertyValue('content-visibility');
        expect([cv(3), cv(19), cv(20), cv(39)]).to.deep.equal(['visible', 'visible', 'auto', 'auto']);
      }
      el.shadowRoot!.querySelector<HTMLButtonElement>('.pin[data-id=c43]')!.click();
      await el.updateComplete;
      expect(items(el)).to.have.length(44);
      expect(focused(el)).to.equal('li#c-c43');
      // A new search starts from the first page again.
      await typeSearch(el, 'Centre');
      expect(items(el)).to.have.length(20);
      await expect(el).shadowDom.to.be.accessible();
    });

    it('keeps links and buttons at least 24 px tall', async () => {
      const el = await ready(await locator());
      for (const a of el.shadowRoot!.querySelectorAll<HTMLElement>('a, button, summary, select, input')) {
        expect(a.getBoundingClientRect().height, a.outerHTML.slice(0, 60)).to.be.at.least(24);
      }
    });

    it('directions: an OpenStreetMap link and a geo: URI built from the coordinates', async () => {
      const el = await ready(await locator());
      const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('#c-kutaisi .directions a')].map((a) => a.getAttribute('href'));
      // OSM's route planner: route=<from>;<to>, the start left empty for the visitor, the centre as destination.
      expect(links).to.deep.equal(['https://www.openstreetmap.org/directions?route=%3B42.2679%2C42.6946#map=16/42.2679/42.6946', 'geo:42.2679,42.6946']);
      expect(new URL(links[0]!).searchParams.get('route')).to.equal(';42.2679,42.6946');
    });
  });

  describe('states', () => {
    it('loading: a busy skeleton', async () => {
      const url = await serve(await sampleFeed(), { delay: 400 });
      const el = await locator({ src: url });
      await waitFor(el, '[aria-busy=true]');
      expect(items(el)).to.have.length(0);
      await expect(el).shadowDom.to.be.accessible();
      await ready(el);
    });

    for (const width of [328, 446, 900]) {
      it(`loading, ${width} px wide: the skeleton stands where the filters, the map and the first centres come, about as tall`, async () => {
        const url = await serve(await sampleFeed(), { delay: 1000 });
        const el = await locator({ src: url });
        el.style.width = `${width}px`;
        await waitFor(el, '[aria-busy=true]');
        const loading = el.getBoundingClientRect().height;
        await ready(el);
        const loaded = el.getBoundingClientRect().height;
        // (It was a fifth as tall: the page below jumped by a screen or two.)
        expect(loading / loaded, `${loading} px loading, ${loaded} px loaded`).to.be.within(0.6, 1.4);
      });
    }

    it('error: a message and a retry button, and the partner\'s fallback stays under it', async () => {
      const el = await fixture<IomCentreLocator>(html`<iom-centre-locator lang="en" src="/__feed/status/500"><p id="fallback">Tbilisi, 15a Tamarashvili Street</p></iom-centre-locator>`);
      await waitFor(el, '.state.error');
      expect(shadowText(el)).to.contain('The centres could not be loaded.');
      expect(el.shadowRoot!.querySelector('.state.error button')).to.not.equal(null);
      const fallback = el.querySelector('#fallback')!;
      expect(fallback.assignedSlot).to.not.equal(null);
      expect(fallback.getBoundingClientRect().height).to.be.greaterThan(0);
      await expect(el).shadowDom.to.be.accessible();
    });

    it('empty: a feed without centres', async () => {
      const feed = await sampleFeed();
      delete feed.centres;
      const el = await locator({ src: await serve(feed), lang: 'ka' });
      await waitFor(el, '.state');
      expect(shadowText(el)).to.contain('ცენტრები ჯერ არ არის დამატებული.');
      await expect(el).shadowDom.to.be.accessible();
    });

    it('centres without locations: no map and no "Nearest to me"; centres outside Georgia: no outline map, a note for the editor', async () => {
      const feed = await sampleFeed();
      for (const c of feed.centres) delete c.location;
      const el = await ready(await locator({ src: await serve(feed) }));
      expect(el.shadowRoot!.querySelector('.map')).to.equal(null);
      expect(el.shadowRoot!.querySelector('.near')).to.equal(null);
      expect(el.shadowRoot!.querySelectorAll('li.centre').length).to.equal(feed.centres.length);
      await expect(el).shadowDom.to.be.accessible();

      const abroad = await sampleFeed();
      for (const c of abroad.centres) c.location = { lat: 52.52, lon: 13.4 }; // Berlin
      const warn = console.warn;
      const warned: string[] = [];
      console.warn = (m: string) => void warned.push(String(m));
      try {
        const el2 = await ready(await locator({ src: await serve(abroad) }));
        expect(el2.shadowRoot!.querySelector('.map'), 'no outline of Georgia without a pin on it').to.equal(null);
        expect(el2.shadowRoot!.querySelector('.near'), 'distances still make sense').not.to.equal(null);
      } finally {
        console.warn = warn;
      }
      expect(warned.some((m) => /outside the outline map of Georgia/.test(m) && /tiles/.test(m))).to.equal(true);
    });

    it('on a Persian page a Georgian entry reads left to right, and the filters look the same in every engine', async () => {
      const el = await ready(await locator({ lang: 'fa' }));
      const h3 = el.shadowRoot!.querySelector<HTMLElement>('#c-tbilisi h3')!;
      expect(h3.getAttribute('dir')).to.equal('ltr');
      for (const select of el.shadowRoot!.querySelectorAll('select')) {
        const style = getComputedStyle(select);
        expect(style.appearance).to.equal('none');
        expect(style.backgroundImage).to.contain('conic-gradient');
      }
    });

    it('in Persian, a Georgian name, address, note and service read left to right, lined up with the card\'s Persian labels, in every engine', async () => {
      const feed = await sampleFeed();
      feed.centres[0].notes = { ka: 'შესასვლელი ეზოდან' };
      feed.centres[0].address = { ka: 'ჭავჭავაძის გამზ. 12' };
      // Long enough to wrap, so the heading fills its line and its own alignment shows.
      feed.centres[0].name = { ka: 'თბილისის მობილურობის ცენტრი: იძულებით გადაადგილებულ პირთა და ლტოლვილთა სამინისტროს შენობა' };
      for (const service of feed.services) service.name = { ka: service.name.ka };
      const el = await ready(await locator({ lang: 'fa', src: await serve(feed) }));
      el.style.cssText = 'display:block;width:900px';
      await el.updateComplete;
      const card = el.shadowRoot!.querySelector('#c-tbilisi')!;
      card.querySelector('details')!.open = true;
      // The name too: a heading at the left above lines at the right looked like another card's.
      for (const sel of ['h3.name', '.address', '.notes', '.services li']) {
        const block = card.querySelector<HTMLElement>(sel)!;
        expect(block.dir, sel).to.equal('ltr');
        const range = document.createRange();
        range.selectNodeContents(block);
        const text = range.getBoundingClientRect();
        const box = block.getBoundingClientRect();
        expect(box.right - text.right, sel).to.be.below(2);
        // (A wrapped line is as wide as the box: the last line shows the alignment.)
        const rects = [...range.getClientRects()];
        const last = rects.reduce((a, r) => (r.bottom > a.bottom ? r : a));
        expect(last.left - box.left, sel).to.be.above(40);
      }
    });

    it('in Persian, lists take the Persian comma, and an opening-hours range never breaks inside', async () => {
      const feed = await sampleFeed();
      feed.centres[0].hours = [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: '13:00' }, { days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '14:00', closes: '18:00' }];
      const el = await ready(await locator({ lang: 'fa', src: await serve(feed) }));
      const monday = el.shadowRoot!.querySelector('#c-tbilisi .hours td')!;
      expect(monday.textContent!.trim()).to.equal('۰۹:۰۰–۱۳:۰۰، ۱۴:۰۰–۱۸:۰۰');
      expect(el.shadowRoot!.querySelector('#c-tbilisi .address')!.textContent).to.not.contain('،');
      for (const range of monday.querySelectorAll('.range')) expect(getComputedStyle(range).whiteSpace).to.equal('nowrap');
    });

    it('an address takes the comma of its own language: Persian between Persian parts, a Latin one between Georgian parts in a Persian widget', async () => {
      const feed = await sampleFeed();
      feed.centres[1].address = { ka: 'ქუთაისი', fa: 'خیابان روستاولی ۱' };
      feed.centres[1].region = { ka: 'იმერეთი', fa: 'ایمرتی' };
      const el = await ready(await locator({ lang: 'fa', src: await serve(feed) }));
      expect(el.shadowRoot!.querySelector('#c-kutaisi .address')!.textContent).to.equal('خیابان روستاولی ۱, ქუთაისი، ایمرتی');
      expect(el.shadowRoot!.querySelector('#c-batumi .address')!.textContent).to.equal('ბათუმი, აჭარა');
    });

    it('on a 320 px phone (296 px inside a page\'s margins) under a visitor\'s text spacing (WCAG 1.4.12), the filters stay inside the widget', async () => {
      const feed = await sampleFeed();
      feed.services[0].name = { az: 'Əmək miqrantlarına hüquqi məsləhət və sənədləşmə dəstəyi xidməti' };
      const el = await ready(await locator({ lang: 'az', src: await serve(feed) }));
      el.style.cssText = 'display:block;width:296px';
      const spacing = new CSSStyleSheet();
      spacing.replaceSync('* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }');
      el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, spacing];
      await el.updateComplete;
      const right = el.getBoundingClientRect().right;
      for (const c of el.shadowRoot!.querySelectorAll('[part=controls], input, select, [part=map], [part=list]')) {
        expect(c.getBoundingClientRect().right, c.localName).to.be.at.most(right + 0.5);
      }
    });

    it('heading-level fits the centres\' names into the page\'s outline', async () => {
      const el = await ready(await locator({ lang: 'ka' }));
      expect(el.shadowRoot!.querySelector('h3.name')!.hasAttribute('aria-level')).to.equal(false);
      el.setAttribute('heading-level', '4');
      await el.updateComplete;
      expect([...el.shadowRoot!.querySelectorAll('h3.name')].map((h) => h.getAttribute('aria-level'))).to.satisfy((l: string[]) => l.length > 0 && l.every((x) => x === '4'));
      await expect(el).shadowDom.to.be.accessible();
    });

    it('a city or service the feed names only in another language is marked with that language in the filters', async () => {
      const feed = await sampleFeed();
      feed.centres[1].city = { en: 'Kutaisi' };
      feed.services[0].name = { en: feed.services[0].name.en };
      const el = await ready(await locator({ lang: 'ka', src: await serve(feed) }));
      const [city, service] = [...el.shadowRoot!.querySelectorAll('select')];
      expect([...city!.options].find((o) => o.textContent === 'Kutaisi')!.lang).to.equal('en');
      expect([...city!.options].find((o) => o.textContent === 'თბილისი')!.hasAttribute('lang')).to.equal(false);
      expect([...service!.options].find((o) => o.value === feed.services[0].id)!.lang).to.equal('en');
    });

    it('a city that one centre names in the visitor\'s language and another only in Georgian is one option, and picks both', async () => {
      const feed = await sampleFeed();
      feed.languages = ['ka', 'en'];
      feed.centres[0].city = { ka: 'ზუგდიდი', en: 'Zugdidi', fa: 'زوگدیدی', ru: 'Зугдиди' };
      feed.centres[1].city = { ka: 'ზუგდიდი', en: 'Zugdidi' };
      // A third names it only in Persian: the Persian name joins it to the first.
      feed.centres[2].city = { fa: 'زوگدیدی' };
      const ids = [feed.centres[0].id, feed.centres[1].id, feed.centres[2].id].map((id) => `c-${id}`);
      for (const [lang, label] of [['fa', 'زوگدیدی'], ['ru', 'Зугдиди'], ['ka', 'ზუგდიდი']] as const) {
        const el = await ready(await locator({ lang, src: await serve(feed) }));
        const select = el.shadowRoot!.querySelector<HTMLSelectElement>('select')!;
        const zugdidi = [...select.options].filter((o) => /ზუგდიდი|Zugdidi|زوگدیدی|Зугдиди/.test(o.textContent!));
        expect(zugdidi.map((o) => o.textContent), lang).to.deep.equal([label]);
        expect(zugdidi[0]!.hasAttribute('lang'), lang).to.equal(false);
        select.value = zugdidi[0]!.value;
        select.dispatchEvent(new Event('change'));
        await el.updateComplete;
        expect(items(el).map((li) => li.id), lang).to.deep.equal(ids);
        expect(select.selectedOptions[0]!.textContent, lang).to.equal(label);
      }
      // The attribute, by any of its names.
      for (const city of ['Zugdidi', 'زوگدیدی', 'зугдиди']) {
        const el = await ready(await locator({ lang: 'fa', city, src: await serve(feed) }));
        expect(items(el).map((li) => li.id), city).to.deep.equal(ids);
        expect(el.shadowRoot!.querySelector<HTMLSelectElement>('select')!.selectedOptions[0]!.textContent, city).to.equal('زوگدیدی');
      }
    });

    it('a city one centre writes as a plain string ("Batumi") and another names in Georgian reads in Georgian to a Georgian visitor', async () => {
      const feed = await sampleFeed();
      const [a, b] = feed.centres as Record<string, any>[];
      a!.city = 'Batumi';
      b!.city = { ka: 'ბათუმი', en: 'Batumi' };
      for (const [lang, label] of [['ka', 'ბათუმი'], ['en', 'Batumi'], ['fa', 'Batumi']] as const) {
        const el = await ready(await locator({ lang, src: await serve(feed) }));
        const batumi = [...el.shadowRoot!.querySelector<HTMLSelectElement>('select')!.options].filter((o) => /Batumi|ბათუმი/.test(o.textContent!));
        expect(batumi.map((o) => o.textContent), lang).to.deep.equal([label]);
      }
    });

    it('in Armenian, a contact label ends in Armenian punctuation, not a Latin colon', async () => {
      const el = await ready(await locator({ lang: 'hy' }));
      const labels = [...el.shadowRoot!.querySelectorAll('#c-tbilisi .contacts .label')].map((l) => l.textContent!);
      expect(labels.length).to.be.greaterThan(0);
      for (const l of labels) expect(l).to.match(/^[\u0531-\u0587]+՝$/);
    });

    it('a centre open 00:00–24:00 every day is "open around the clock", with no closing time', async () => {
      const feed = await sampleFeed();
      feed.centres[0].hours = [{ days: ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'], opens: '00:00', closes: '24:00' }];
      feed.centres[0].closed = [];
      const el = await ready(await locator({ src: await serve(feed) }));
      expect(status(el, 'tbilisi')).to.equal('Open around the clock');
    });

    it('no centre matches: said by the status that was already there, once typing pauses, not by a new one', async () => {
      const el = await ready(await locator());
      const status = el.shadowRoot!.querySelector('.results > [role=status]')!;
      await typeSearch(el, 'ზუგდიდი');
      await waitUntil(() => status.textContent!.trim() === 'No centre matches your search.', 'the status says none matches', { timeout: 2000 });
      expect(el.shadowRoot!.querySelector('.results > [role=status]') === status, 'the same status element').to.equal(true);
      expect([...el.shadowRoot!.querySelectorAll('[role=status]')].filter((s) => s.textContent!.includes('No centre'))).to.have.length(1);
    });

    it('while the visitor types, the count for screen readers waits for a pause: one count, not one per key', async () => {
      const el = await ready(await locator());
      const said = () => el.shadowRoot!.querySelector('.results > [role=status]')!.textContent!.trim();
      expect(said()).to.equal('Centres found: 4');
      for (const text of ['k', 'ku', 'kut']) await typeSearch(el, text);
      expect(items(el)).to.have.length(1); // the list follows at once
      expect(said()).to.equal('Centres found: 4');
      await waitUntil(() => said() === 'Centres found: 1', 'the count once typing paused', { timeout: 2000 });
    });

    it('a closing a day or more away says its day: open from Friday morning to Monday morning', async () => {
      const feed = await sampleFeed();
      feed.centres[0].hours = [
        { days: ['fr'], opens: '09:00', closes: '24:00' },
        { days: ['sa', 'su'], opens: '00:00', closes: '24:00' },
        { days: ['mo'], opens: '00:00', closes: '09:00' },
      ];
      feed.centres[0].closed = [];
      const src = await serve(feed);
      const el = await ready(await locator({ src, now: tb('2014-06-21T12:00') })); // Saturday
      expect(status(el, 'tbilisi')).to.equal('Open now · closes Monday at 09:00');
      // Under a day away, the time alone is not ambiguous.
      el.now = tb('2014-06-22T12:00');
      await el.updateComplete;
      expect(status(el, 'tbilisi')).to.equal('Open now · closes at 09:00');
      const ka = await ready(await locator({ src, lang: 'ka', now: tb('2014-06-20T10:00') })); // Friday
      expect(status(ka, 'tbilisi')).to.equal('ახლა ღიაა · დაიკეტება: ორშაბათი, 09:00');
      await expect(ka).shadowDom.to.be.accessible();
    });

    it('feed ids with spaces or other characters give valid, distinct DOM ids that every reference finds', async () => {
      const feed = await sampleFeed();
      feed.centres[0].id = 'tbilisi centre';
      feed.centres[1].id = 'tbilisi_20_centre';
      feed.centres[2].id = 'batumi "sea" #1';
      const el = await ready(await locator({ src: await serve(feed) }));
      const ids = items(el).map((li) => li.id);
      expect(new Set(ids).size).to.equal(4);
      for (const id of ids) expect(id).to.match(/^c-[A-Za-z0-9_-]+$/);
      const refs = [...el.shadowRoot!.querySelectorAll('[aria-describedby]')].flatMap((e) => e.getAttribute('aria-describedby')!.split(/\s+/));
      expect(refs.length).to.be.greaterThan(4);
      for (const ref of refs) expect(el.shadowRoot!.getElementById(ref), ref).to.not.equal(null);
      // A pin leads to its entry whatever the id.
      el.shadowRoot!.querySelector<HTMLButtonElement>('.pin[data-id="batumi \\"sea\\" #1"]')!.click();
      await el.updateComplete;
      expect(focused(el)).to.equal(`li#${items(el)[2]!.id}`);
      expect(items(el)[2]!.querySelector('h3')!.textContent).to.equal('Batumi Mobility Centre');
      await expect(el).shadowDom.to.be.accessible();
    });

    it('a centre without hours shows no status, and no text from the feed becomes HTML', async () => {
      const feed = await sampleFeed();
      feed.centres[1].name = { en: '<img src=x onerror=alert(1)>Kutaisi' };
      const el = await ready(await locator({ src: await serve(feed) }));
      expect(status(el, 'kutaisi')).to.equal(undefined);
      expect(el.shadowRoot!.querySelector('#c-kutaisi img')).to.equal(null);
      expect(names(el)[1]).to.equal('<img src=x onerror=alert(1)>Kutaisi');
    });
  });

  describe('before JavaScript', () => {
    it('shows its light-DOM children before the element is defined, and still when the feed fails', async () => {
      // A page of its own, which loads the real element after parsing: a classic script measures
      // the fallback before the definition, as a visitor sees it while (or if) the module does not run.
      const doc = `<iom-centre-locator lang="en" src="/__feed/status/500"><p id="f">Tbilisi, 15a Tamarashvili Street</p></iom-centre-locator>
        <script>window.before = { defined: !!customElements.get('iom-centre-locator'), height: document.getElementById('f').getBoundingClientRect().height };</script>
        <script type="module" src="/src/centre-locator/define.ts"></script>`;
      const frame = await fixture<HTMLIFrameElement>(html`<iframe .srcdoc=${doc}></iframe>`);
      type FrameWindow = Window & { before?: { defined: boolean; height: number } };
      await waitUntil(() => (frame.contentWindow as FrameWindow | null)?.before, 'the page did not run', { timeout: 5000 });
      expect((frame.contentWindow as FrameWindow).before).to.deep.include({ defined: false });
      expect((frame.contentWindow as FrameWindow).before!.height).to.be.greaterThan(0);
      const el = frame.contentDocument!.querySelector('iom-centre-locator')!;
      await waitUntil(() => el.shadowRoot?.querySelector('.state.error'), 'the real element did not reach its error state', { timeout: 5000 });
      expect(frame.contentWindow!.customElements.get('iom-centre-locator')).to.not.equal(undefined);
      expect(frame.contentDocument!.getElementById('f')!.getBoundingClientRect().height).to.be.greaterThan(0);
    });

    it('hides them once it runs', async () => {
      const el = await fixture<IomCentreLocator>(html`<iom-centre-locator lang="en" src=${FIXTURE_URL}><p id="fallback">Tbilisi, 15a Tamarashvili Street</p></iom-centre-locator>`);
      await ready(el);
      expect(el.querySelector('#fallback')!.getBoundingClientRect().height).to.equal(0);
      expect(shadowText(el)).to.contain('Tbilisi Mobility Centre');
    });
  });

  it('formats Georgian numbers the national way', () => {
    expect(formatPhone('+995322600955')).to.equal('032 2 60 09 55');
    expect(formatPhone('+995431241122')).to.equal('0431 24 11 22');
    expect(formatPhone('+995599123456')).to.equal('599 12 34 56');
    expect(formatPhone('+995800101010')).to.equal('0800 10 10 10');
    expect(formatPhone('112')).to.equal('112');
    expect(formatPhone('+12025550123')).to.equal('+12025550123');
  });

  it('names a city once when its region bears the same name', async () => {
    const src = await serve({ version: 1, languages: ['ka', 'en'], centres: [{ id: 't', name: 'ცენტრი', city: { ka: 'თბილისი', en: 'Tbilisi' }, region: { ka: 'თბილისი', en: 'Tbilisi' }, address: 'ჭავჭავაძის გამზ. 12' }] });
    const el = await ready(await locator({ lang: 'ka', src }));
    expect(el.shadowRoot!.querySelector('.address')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('ჭავჭავაძის გამზ. 12, თბილისი');
  });

  it('an address in Persian only and its city in Georgian read in the widget\'s order: address, then city', async () => {
    const src = await serve({ version: 1, languages: ['fa', 'en', 'ka'], centres: [{ id: 'f1', name: { fa: 'مرکز', ka: 'ცენტრი' }, city: { fa: 'تفلیس', en: 'Tbilisi', ka: 'თბილისი' }, address: { fa: 'خیابان روستاولی ۱۲' } }] });
    const el = await ready(await locator({ lang: 'ka', src }));
    const line = el.shadowRoot!.querySelector<HTMLElement>('.address')!;
    const [address, city] = [...line.querySelectorAll('span')];
    expect(getComputedStyle(line).direction).to.equal('ltr');
    expect([address!.dir, city!.textContent]).to.deep.equal(['rtl', 'თბილისი']);
    // (A Persian line would set the Georgian city first, on the left, where a Georgian reader starts.)
    expect(address!.getBoundingClientRect().left).to.be.lessThan(city!.getBoundingClientRect().left);
  });

  it('a Georgian address (plain text) and its city in a Persian widget stay one left-to-right line', async () => {
    const src = await serve({ version: 1, languages: ['ka', 'en'], centres: [{ id: 't', name: 'ცენტრი', city: { ka: 'თბილისი', en: 'Tbilisi' }, address: 'ჭავჭავაძის გამზ. 12' }] });
    const el = await ready(await locator({ lang: 'fa', src }));
    const line = el.shadowRoot!.querySelector<HTMLElement>('.address')!;
    const [address, city] = [...line.querySelectorAll('span')];
    expect(getComputedStyle(line).direction).to.equal('ltr');
    expect(address!.getBoundingClientRect().left).to.be.lessThan(city!.getBoundingClientRect().left);
  });

  describe('with a tile map', () => {
    it('when the map code cannot load (a partner copied one file only), the outline map stands in', async () => {
      const real = locatorHooks.loadTileMap;
      locatorHooks.loadTileMap = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module: iom-tile-map.js'));
      try {
        const el = await ready(await locator());
        const warned = await captureWarnings(async () => {
          el.tiles = '/__feed/fixture/tile-{z}-{x}-{y}';
          await el.updateComplete;
          expect(el.shadowRoot!.querySelector('.tile-host'), 'the tile map is tried first').to.not.equal(null);
          await waitUntil(() => !el.shadowRoot!.querySelector('.tile-host') && el.shadowRoot!.querySelector('.map svg'), 'the outline map did not come back');
        });
        expect(el.shadowRoot!.querySelector('.tile-host')).to.equal(null);
        expect(pinsOf(el)).to.have.length(4);
        expect(warned.some((m) => /tile map could not be loaded/.test(m))).to.equal(true);
        await expect(el).shadowDom.to.be.accessible();
      } finally {
        locatorHooks.loadTileMap = real;
      }
    });

    it('a tiles URL with a placeholder left to fill ({apikey}): the outline map, and no error later', async () => {
      const el = await ready(await locator());
      const errors: string[] = [];
      const onError = (e: ErrorEvent) => errors.push(e.message);
      window.addEventListener('error', onError);
      try {
        const warned = await captureWarnings(async () => {
          el.tiles = '/__feed/fixture/tile-{z}-{x}-{y}?key={apikey}';
          await el.updateComplete;
          expect(el.shadowRoot!.querySelector('.tile-host'), 'the tile map is tried first').to.not.equal(null);
          await waitUntil(() => !el.shadowRoot!.querySelector('.tile-host') && el.shadowRoot!.querySelector('.map svg'), 'the outline map did not come back');
        });
        expect(warned.some((m) => /\{apikey\} to fill in/.test(m)), warned.join('\n')).to.equal(true);
        expect(performance.getEntriesByType('resource').some((r) => r.name.includes('key=')), 'a tile was asked for').to.equal(false);
        window.dispatchEvent(new Event('resize'));
        await aTimeout(200);
        expect(errors).to.deep.equal([]);
        expect(pinsOf(el)).to.have.length(4);
      } finally {
        window.removeEventListener('error', onError);
      }
    });

    it('loads the map chunk only then, with Leaflet\'s CSS inside the shadow root, and asks the tile server', async () => {
      const el = await ready(await locator());
      el.tiles = '/__feed/fixture/tile-{z}-{x}-{y}';
      await waitFor(el, '.leaflet-container', 'the tile map did not load');
      await waitUntil(() => el.shadowRoot!.querySelectorAll('.leaflet-marker-icon').length === 4, 'no markers');
      const resources = performance.getEntriesByType('resource').map((r) => r.name);
      expect(resources.some((n) => n.includes('tile-map'))).to.equal(true);
      await waitUntil(() => performance.getEntriesByType('resource').some((r) => r.name.includes('/__feed/fixture/tile-')), 'no tile was requested');
      // Tiles without cookies or the page's address.
      const tile = await waitFor<HTMLImageElement>(el, 'img.leaflet-tile');
      expect(tile.crossOrigin).to.equal('anonymous');
      expect(tile.referrerPolicy).to.equal('no-referrer');
      const pane = el.shadowRoot!.querySelector('.leaflet-pane')!;
      expect(getComputedStyle(pane).position).to.equal('absolute');
      const marker = el.shadowRoot!.querySelector<HTMLElement>('.leaflet-marker-icon')!;
      expect(marker.getAttribute('title')).to.equal('Tbilisi Mobility Centre');
      expect(marker.tabIndex).to.equal(0);
      await expect(el).shadowDom.to.be.accessible();
      marker.click();
      await el.updateComplete;
      expect(focused(el)).to.equal('li#c-tbilisi');
      // Filtering updates the markers.
      await typeSearch(el, 'Telavi');
      await waitUntil(() => el.shadowRoot!.querySelectorAll('.leaflet-marker-icon').length === 1);
    });

    it('names its zoom buttons in the element\'s language, not in Leaflet\'s English', async () => {
      const el = await ready(await locator({ lang: 'ka' }));
      el.tiles = '/__feed/fixture/tile-{z}-{x}-{y}';
      const zoomIn = await waitFor<HTMLAnchorElement>(el, '.leaflet-control-zoom-in', 'the tile map did not load');
      const zoomOut = el.shadowRoot!.querySelector('.leaflet-control-zoom-out')!;
      expect([zoomIn.title, zoomIn.getAttribute('aria-label'), zoomOut.getAttribute('aria-label')]).to.deep.equal(['გადიდება', 'გადიდება', 'დაპატარავება']);
    });
  });
});
