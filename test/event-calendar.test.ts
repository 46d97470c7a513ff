import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import ICAL from 'ical.js';
import '../src/event-calendar/define.js';
import { calendarEnv, type IomEventCalendar } from '../src/event-calendar/event-calendar.js';
import { indexEvents, layoutMonth, monthGrid, nearestDay, openingMonth, place, weekStart } from '../src/event-calendar/layout.js';
import type { FeedEvent } from '../src/feed/types.js';
import { FIXTURE_URL, expectSame, resetAll, sampleFeed, serve, shadowText, waitFor, waitUntil } from './helpers.js';

const $ = <T extends Element = HTMLElement>(el: IomEventCalendar, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const $$ = <T extends Element = HTMLElement>(el: IomEventCalendar, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];
const cell = (el: IomEventCalendar, key: number) => $(el, `[role=gridcell][data-key="${key}"]`)!;
const cellText = (el: IomEventCalendar, key: number) => cell(el, key).textContent!.replace(/\s+/g, ' ');
const heading = (el: IomEventCalendar) => $(el, '#month-h')!.textContent!.trim();
const keysOf = (days: { key: number; events: { event: FeedEvent }[] }[][], id: string) =>
  days.flat().filter((d) => d.events.some((o) => o.event.id === id)).map((d) => d.key);

const realEnv = { ...calendarEnv };
/** A visitor whose device is in `zone`, at instant `now`. */
function visitor(zone: string, now = Date.UTC(2014, 3, 26, 9)) {
  calendarEnv.deviceZone = () => zone;
  calendarEnv.now = () => now;
}

const feedOf = (events: unknown[], extra: Record<string, unknown> = {}) => ({ version: 1, languages: ['ka', 'en'], timezone: 'Asia/Tbilisi', events, ...extra });

async function calendar(src: string, attrs: { lang?: string; month?: string; view?: string; type?: string; city?: string; width?: number } = {}, ready = '.toolbar, .state') {
  const wrap = await fixture<HTMLDivElement>(html`<div style="width:${attrs.width ?? 900}px">
    <iom-event-calendar lang=${attrs.lang ?? 'ka'} src=${src} month=${attrs.month ?? ''} view=${attrs.view ?? ''} type=${attrs.type ?? ''} city=${attrs.city ?? ''}></iom-event-calendar>
  </div>`);
  const el = wrap.querySelector('iom-event-calendar')!;
  for (const a of ['month', 'view', 'type', 'city'] as const) if (!attrs[a]) el.removeAttribute(a);
  await waitFor(el, ready);
  await el.updateComplete;
  return el;
}

function key(el: IomEventCalendar, k: string, shiftKey = false) {
  const target = el.shadowRoot!.activeElement ?? $(el, '[role=gridcell][tabindex="0"]')!;
  target.dispatchEvent(new KeyboardEvent('keydown', { key: k, shiftKey, bubbles: true, composed: true, cancelable: true }));
  return el.updateComplete;
}
const focused = (el: IomEventCalendar) => Number((el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.key);

/** Unfolds the list's "past events" of the current month (the tests' clock is 26 April 2014). */
async function unfold(el: IomEventCalendar) {
  const details = $<HTMLDetailsElement>(el, 'details.earlier')!;
  const toggled = new Promise((r) => details.addEventListener('toggle', r, { once: true }));
  details.open = true;
  await toggled;
  await el.updateComplete;
  return el;
}

describe('event calendar layout (pure: events, feed zone, month)', () => {
  it('lays out weeks from Monday, with the days of the weeks around the month', () => {
    const april = monthGrid(2014, 4);
    expect(april).to.have.length(5);
    expect(april[0]![0]).to.include({ key: 20140331, inMonth: false });
    expect(april[0]![1]).to.include({ key: 20140401, inMonth: true });
    expect(april[4]![6]).to.include({ key: 20140504, inMonth: false });
    expect(monthGrid(2014, 6)).to.have.length(6); // 1 June 2014 was a Sunday
    expect(monthGrid(2021, 2)).to.have.length(4); // 1 Feb 2021 was a Monday, 28 days
    expect(monthGrid(2021, 2)[0]![0]!.key).to.equal(20210201);
  });

  it('starts the week on Saturday in Persian, on Monday in our other languages', () => {
    expect(['ka', 'en', 'ru', 'tr', 'az', 'hy'].map(weekStart)).to.deep.equal([0, 0, 0, 0, 0, 0]);
    const april = monthGrid(2014, 4, weekStart('fa'));
    expect(april[0]![0]).to.include({ key: 20140329, inMonth: false }); // a Saturday
    expect(april[0]![3]).to.include({ key: 20140401, inMonth: true });
    expect(april.at(-1)![6]).to.include({ key: 20140502, inMonth: false }); // a Friday
    expect(monthGrid(2014, 3, 5)).to.have.length(5); // 1 March 2014 was a Saturday: no week before it
    expect(monthGrid(2014, 3, 5)[0]![0]!.key).to.equal(20140301);
  });

  it('places single-day, multi-day and month-crossing events on each of their days', async () => {
    const feed = await sampleFeed();
    const index = indexEvents(feed.events, feed.timezone);
    const april = layoutMonth(index, 2014, 4);
    const may = layoutMonth(index, 2014, 5);
    expect(keysOf(april, '2014-04-29-job-search-training')).to.deep.equal([20140429]);
    expect(keysOf(april, '2014-04-23-adjara-information-sessions')).to.deep.equal([20140423, 20140424, 20140425]);
    // 29 April – 2 May: in April's grid (1 and 2 May dimmed at its end) and in May's.
    expect(keysOf(april, '2014-04-29-batumi-law-enforcement-training')).to.deep.equal([20140429, 20140430, 20140501, 20140502]);
    expect(keysOf(may, '2014-04-29-batumi-law-enforcement-training')).to.deep.equal([20140429, 20140430, 20140501, 20140502]);
    expect(may.flat().find((d) => d.key === 20140501)!.inMonth).to.equal(true);
    expect(index.byDay.get(20140503)).to.equal(undefined);
    // Across a year boundary too.
    const ny = indexEvents([{ id: 'ny', title: 'x', start: '2014-12-30', end: '2015-01-02' }], 'Asia/Tbilisi');
    expect(keysOf(layoutMonth(ny, 2015, 1), 'ny')).to.deep.equal([20141230, 20141231, 20150101, 20150102]);
  });

  it('places timed events on their day in the feed zone', () => {
    const evs: FeedEvent[] = [
      { id: 'late-utc', title: 'x', start: '2014-04-29T22:30:00Z' }, // 02:30 on the 30th in Tbilisi
      { id: 'to-midnight', title: 'x', start: '2014-04-29T20:00', end: '2014-04-30T00:00' },
      { id: 'overnight', title: 'x', start: '2014-04-29T20:00', end: '2014-04-30T02:00' },
    ];
    const grid = layoutMonth(indexEvents(evs, 'Asia/Tbilisi'), 2014, 4);
    expect(keysOf(grid, 'late-utc')).to.deep.equal([20140430]);
    expect(keysOf(grid, 'to-midnight')).to.deep.equal([20140429]);
    expect(keysOf(grid, 'overnight')).to.deep.equal([20140429, 20140430]);
  });

  it('shows an event of several years on every day of it, and bounds what a broken feed costs', () => {
    // The programme itself, 2013–2016: in the grid of its last month as in its first.
    const project: FeedEvent = { id: 'p', title: 'უსაფრთხო საზღვრები და უსაფრთხო მიგრაცია', start: '2013-01-15', end: '2016-12-31' };
    const index = indexEvents([project, { id: 'day', title: 'x', start: '2016-06-01' }], 'Asia/Tbilisi');
    expect(keysOf(layoutMonth(index, 2016, 12), 'p')).to.have.length(34); // 28 Nov – 1 Jan: all but the last cell
    expect(keysOf(layoutMonth(index, 2015, 6), 'p')).to.have.length(35);
    expect(index.byDay.get(20160601)!.map((o) => o.event.id)).to.deep.equal(['p', 'day']);
    // A thousand events "from year 1 to 9999": each beyond the shared room indexed for its first 400 days only.
    const broken = indexEvents(Array.from({ length: 1000 }, (_, i) => ({ id: `b${i}`, title: 'x', start: '0001-01-01', end: '9999-12-31' })), 'UTC');
    const entries = [...broken.byDay.values()].reduce((n, l) => n + l.length, 0);
    expect(entries).to.be.at.most(30_000 + 1000 * 401);
  });

  it('keeps the feed’s order for events that start together, not their ids’ text', () => {
    // Three sessions at 10:00 as an editor lists them (Batumi, Gonio, Kobuleti); "s-10" sorts before "s-2" as text.
    const ids = ['s-2', 's-10', 's-1'];
    const index = indexEvents(ids.map((id) => ({ id, title: 'საინფორმაციო შეხვედრა', start: '2014-04-23T10:00' })), 'Asia/Tbilisi');
    expect(index.all.map((o) => o.event.id)).to.deep.equal(ids);
    expect(index.byDay.get(20140423)!.map((o) => o.event.id)).to.deep.equal(ids);
  });

  it('puts an all-day event on its own day whatever the zone (UTC−10, UTC+14)', () => {
    const ev: FeedEvent = { id: 'd', title: 'x', start: '2014-04-29', end: '2014-04-30' };
    for (const zone of ['Pacific/Honolulu', 'Pacific/Kiritimati', 'Asia/Tbilisi', 'UTC']) {
      const o = place(ev, zone)!;
      expect([o.first, o.last], zone).to.deep.equal([20140429, 20140430]);
      expect(keysOf(layoutMonth(indexEvents([ev], zone), 2014, 4), 'd'), zone).to.deep.equal([20140429, 20140430]);
    }
  });

  it('opens on the next event’s month, one under way, or today’s', async () => {
    const feed = await sampleFeed();
    const index = indexEvents(feed.events, feed.timezone);
    // Noon in Tbilisi on day `k` (yyyymmdd).
    const at = (k: number, hour = 12) => ({ todayKey: k, now: Date.UTC(k / 1e4 | 0, ((k / 100) | 0) % 100 - 1, k % 100, hour - 4) });
    expect(openingMonth(index, at(20140426))).to.equal(20140401);
    expect(openingMonth(index, at(20140501))).to.equal(20140501); // Batumi training until 2 May
    expect(openingMonth(index, at(20140503))).to.equal(20140601);
    expect(openingMonth(index, at(20261125))).to.equal(20261101);
    // With a filter, the next event that passes it: the next meeting after 26 April is in June.
    expect(openingMonth(index, at(20140426), (o) => o.event.type === 'meeting')).to.equal(20140601);
    // A session that ended this morning is not the next event: the next one is in June.
    const morning = indexEvents([
      { id: 'm', title: 'საინფორმაციო შეხვედრა თელავში', start: '2014-05-30T10:00', end: '2014-05-30T12:00' },
      { id: 'j', title: 'ტრენინგი ქუთაისში', start: '2014-06-04' },
    ], 'Asia/Tbilisi');
    expect(openingMonth(morning, at(20140530, 11))).to.equal(20140501);
    expect(openingMonth(morning, at(20140530, 15))).to.equal(20140601);
    // Without an end it is under way all its day.
    expect(openingMonth(indexEvents([{ ...morning.all[0].event, end: undefined }, morning.all[1].event], 'Asia/Tbilisi'), at(20140530, 15))).to.equal(20140501);
    // The day to go to: the last day of the closest event before, else the first of the closest after.
    expect(nearestDay(index, 20261101)).to.equal(20140619);
    expect(nearestDay(index, 20140101)).to.equal(20140312);
    expect(nearestDay(index, 20140701)).to.equal(20140619);
    expect(nearestDay(indexEvents([], 'UTC'), 20140101)).to.equal(undefined);
  });
});

describe('<iom-event-calendar>', () => {
  beforeEach(() => {
    resetAll();
    visitor('Asia/Tbilisi');
  });
  afterEach(() => Object.assign(calendarEnv, realEnv));

  it('renders April 2014 in Georgian: heading, Monday-first weekdays, dimmed outside days, events, and passes axe', async () => {
    const el = await calendar(FIXTURE_URL, { month: '2014-04' });
    expect(heading(el)).to.equal('აპრილი, 2014');
    expect($(el, '#month-h')!.getAttribute('aria-live')).to.equal('polite');
    const ths = $$(el, 'th');
    expect(ths.map((th) => th.getAttribute('abbr'))).to.deep.equal(['ორშაბათი', 'სამშაბათი', 'ოთხშაბათი', 'ხუთშაბათი', 'პარასკევი', 'შაბათი', 'კვირა']);
    expect(cell(el, 20140331).classList.contains('outside')).to.equal(true);
    expect(cell(el, 20140401).classList.contains('outside')).to.equal(false);
    expect(cellText(el, 20140429)).to.contain('სამშაბათი, 29 აპრილი, 2014');
    expect(cellText(el, 20140429)).to.contain('ტრენინგი დაბრუნებული მიგრანტებისთვის');
    for (const k of [20140429, 20140430, 20140501, 20140502]) expect(cellText(el, k), String(k)).to.contain('ტრენინგი სამართალდამცავი');
    expect(cellText(el, 20140503)).to.not.contain('ტრენინგი');
    expect(shadowText(el)).to.not.match(/April|Monday|Tuesday/);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('marks today (in the feed’s zone) and opens on the month of the next event', async () => {
    visitor('Asia/Tbilisi', Date.UTC(2014, 3, 23, 21, 0)); // 24 April, 01:00 in Tbilisi
    const el = await calendar(FIXTURE_URL);
    expect(heading(el)).to.equal('აპრილი, 2014');
    const today = $$(el, '[aria-current=date]');
    expect(today.map((c) => c.dataset.key)).to.deep.equal(['20140424']);
    expect(today[0]!.classList.contains('today')).to.equal(true);
    expect(today[0]!.textContent).to.contain('დღეს');
    expect(today[0]!.getAttribute('tabindex')).to.equal('0');
    // Also when the page names this month with the attribute.
    const named = await calendar(FIXTURE_URL, { month: '2014-04' });
    expect(cell(named, 20140424).getAttribute('tabindex')).to.equal('0');
  });

  it('two events whose Georgian ids differ get two DOM ids: each label names its own event', async () => {
    const feed = await sampleFeed();
    const [a, b] = feed.events as Record<string, any>[];
    a!.id = 'ტრენინგი-1';
    b!.id = 'სემინარი-1';
    b!.start = a!.start;
    const el = await calendar(await serve(feed), { view: 'list', month: a!.start.slice(0, 7) });
    const ids = $$(el, 'article.event').map((e) => e.getAttribute('aria-labelledby')!);
    expect(ids.length).to.be.at.least(2);
    expect(new Set(ids).size, ids.join(' ')).to.equal(ids.length);
    for (const e of $$(el, 'article.event')) expect(el.shadowRoot!.getElementById(e.getAttribute('aria-labelledby')!)?.closest('article') === e, 'its own label').to.equal(true);
  });

  for (const view of ['month', 'list']) {
    it(`${view} view: stepping into an empty month, screen readers hear it from the status that was already there`, async () => {
      const el = await calendar(FIXTURE_URL, { month: '2014-04', view });
      const status = $(el, '.sr-only[role=status]')!;
      expect(status.textContent).to.match(/\d/);
      // Into July 2014: nothing planned.
      for (let i = 0; i < 3; i++) {
        $$<HTMLButtonElement>(el, '.nav .btn.icon')[1]!.click();
        await el.updateComplete;
      }
      expect(heading(el)).to.equal('ივლისი, 2014');
      // The same element: a live region made with its text already in it is often not read out.
      expect($(el, '.sr-only[role=status]') === status, 'the same status element').to.equal(true);
      expect(status.textContent!.trim()).to.equal('ივლისი, 2014: ღონისძიებები არ არის.');
      // Said once: the visible message is for the eye, not a second status.
      expect($(el, '.state.empty')!.getAttribute('role')).to.equal(null);
      expect($(el, '.state.empty > span')!.getAttribute('aria-hidden')).to.equal('true');
    });
  }

  it('shows the empty month with a way to the nearest month with events, and passes axe', async () => {
    visitor('Asia/Tbilisi', Date.UTC(2026, 10, 25, 12));
    const el = await calendar(FIXTURE_URL);
    expect(heading(el)).to.equal('ნოემბერი, 2026');
    expect($(el, '.state.empty')!.textContent).to.contain('ნოემბერი, 2026: ღონისძიებები არ არის.');
    await expect(el).shadowDom.to.be.accessible();
    const focused: string[] = [];
    el.shadowRoot!.addEventListener('focusin', (e) => focused.push((e.target as Element).id || (e.target as Element).localName));
    $(el, '.state.empty button')!.focus();
    $(el, '.state.empty button')!.click();
    await el.updateComplete;
    await Promise.resolve();
    expect(heading(el)).to.equal('ივნისი, 2014');
    expect($(el, '.state.empty')).to.equal(null);
    // The button is gone with the empty month: the focus goes to the event's day, not to the page,
    // and straight there (a screen reader would read every stop on the way). Not to the live
    // month heading, which would be read twice (announced, then focused).
    expect(el.shadowRoot!.activeElement === cell(el, 20140619)).to.equal(true);
    expect(cell(el, 20140619).getAttribute('tabindex')).to.equal('0');
    expect(focused).to.deep.equal(['button', 'td']);
  });

  it('in the list, "Go to" moves the focus to the heading of the event\'s day', async () => {
    const el = await calendar(FIXTURE_URL, { month: '2014-02', view: 'list' });
    $(el, '.state.empty button')!.click();
    await el.updateComplete;
    await Promise.resolve();
    expect(heading(el)).to.equal('მარტი, 2014');
    expect(el.shadowRoot!.activeElement?.classList.contains('date-h')).to.equal(true);
    expect(el.shadowRoot!.activeElement?.textContent).to.contain('12 მარტი');
    await expect(el).shadowDom.to.be.accessible();
    // From later on, the last day's heading (the list has no day after it).
    el.month = '2014-09';
    await el.updateComplete;
    $(el, '.state.empty button')!.click();
    await el.updateComplete;
    await Promise.resolve();
    expect(heading(el)).to.equal('ივნისი, 2014');
    expect(el.shadowRoot!.activeElement?.textContent).to.contain('19 ივნისი');
  });

  it('shows "+N more" when a day has more events than fit', async () => {
    const events = Array.from({ length: 5 }, (_, i) => ({ id: `e${i}`, title: `Event ${i}`, start: `2014-04-10T1${i}:00` }));
    const el = await calendar(await serve(feedOf(events)), { month: '2014-04', lang: 'en' });
    const day = cell(el, 20140410);
    expect(day.querySelectorAll('.chip')).to.have.length(2);
    expect(day.querySelector('.more')!.textContent!.trim()).to.equal('+3 more');
    expect(day.querySelector('.chip')!.textContent).to.match(/10:00(\sAM)?\s+Event 0/);
    day.click();
    await el.updateComplete;
    expect($$(el, '.dayview article')).to.have.length(5);
  });

  describe('keyboard (WAI-ARIA date grid)', () => {
    let el: IomEventCalendar;
    beforeEach(async () => {
      el = await calendar(FIXTURE_URL, { month: '2014-04' });
      cell(el, 20140401).click(); // focus the grid on Tuesday 1 April
      await el.updateComplete;
      key(el, 'Escape');
      await el.updateComplete;
      expect(focused(el)).to.equal(20140401);
    });

    it('has one tab stop that moves with the focus', async () => {
      expect($$(el, '[role=gridcell][tabindex="0"]')).to.have.length(1);
      await key(el, 'ArrowRight');
      expect($$(el, '[role=gridcell][tabindex="0"]').map((c) => c.dataset.key)).to.deep.equal(['20140402']);
      expect($(el, 'table')!.getAttribute('role')).to.equal('grid');
    });

    it('arrows move by day and week', async () => {
      await key(el, 'ArrowRight');
      expect(focused(el)).to.equal(20140402);
      await key(el, 'ArrowDown');
      expect(focused(el)).to.equal(20140409);
      await key(el, 'ArrowLeft');
      expect(focused(el)).to.equal(20140408);
      await key(el, 'ArrowUp');
      expect(focused(el)).to.equal(20140401);
      // Past the first day: the previous month opens, and its heading is the live region's new text.
      await key(el, 'ArrowLeft');
      expect(focused(el)).to.equal(20140331);
      expect(heading(el)).to.equal('მარტი, 2014');
    });

    it('Home and End go to the start and end of the week', async () => {
      await key(el, 'End');
      expect(focused(el)).to.equal(20140406);
      await key(el, 'Home');
      expect(focused(el)).to.equal(20140331);
      expect(heading(el)).to.equal('მარტი, 2014');
    });

    it('Page Up/Down change the month, with Shift the year', async () => {
      await key(el, 'PageDown');
      expect([focused(el), heading(el)]).to.deep.equal([20140501, 'მაისი, 2014']);
      await key(el, 'PageUp');
      await key(el, 'PageUp');
      expect([focused(el), heading(el)]).to.deep.equal([20140301, 'მარტი, 2014']);
      await key(el, 'PageDown', true);
      expect([focused(el), heading(el)]).to.deep.equal([20150301, 'მარტი, 2015']);
      await key(el, 'PageUp', true);
      await key(el, 'PageUp', true);
      expect([focused(el), heading(el)]).to.deep.equal([20130301, 'მარტი, 2013']);
    });

    it('keeps the day of the month where it can (31 March → 30 April)', async () => {
      await key(el, 'ArrowLeft');
      await key(el, 'PageDown');
      expect(focused(el)).to.equal(20140430);
    });

    it('Enter (or Space) opens the day; Escape goes back to the grid', async () => {
      for (let i = 0; i < 28; i++) await key(el, 'ArrowRight');
      expect(focused(el)).to.equal(20140429);
      await key(el, 'Enter');
      const dayH = $(el, '#day-h')!;
      expectSame(el.shadowRoot!.activeElement, dayH, 'focus after Enter');
      expect(dayH.textContent).to.equal('სამშაბათი, 29 აპრილი, 2014');
      expect($$(el, '.dayview article')).to.have.length(2);
      expect(cell(el, 20140429).getAttribute('aria-selected')).to.equal('true');
      // Only the open day says so: screen readers would say "not selected" on every other one.
      expect($$(el, '[role=gridcell][aria-selected]').length).to.equal(1);
      // To the eye, the open day is tinted, not only ringed as the focused day is: side by side they looked alike.
      expect(getComputedStyle(cell(el, 20140429)).backgroundColor).to.not.equal(getComputedStyle(cell(el, 20140428)).backgroundColor);
      await expect(el).shadowDom.to.be.accessible();
      await key(el, 'Escape');
      expect(focused(el)).to.equal(20140429);
      expect($(el, '.dayview')).to.equal(null);
      await key(el, ' ');
      expectSame(el.shadowRoot!.activeElement, $(el, '#day-h'), 'focus after Space');
    });

    it('an empty day keeps the focus on its cell and says it has no events; Escape closes it', async () => {
      for (let i = 0; i < 9; i++) await key(el, 'ArrowRight');
      expect(focused(el)).to.equal(20140410);
      const status = () => $(el, '[role=status]')!.textContent!.trim();
      expect(status()).to.equal('ამ თვის ღონისძიებები: 4');
      await key(el, 'Enter');
      // Not the day's heading: with nothing focusable after it, Chromium's Tab went back to our first button.
      expect(focused(el)).to.equal(20140410);
      expect($(el, '.dayview p')!.textContent).to.equal(status());
      expect(status()).to.equal('ამ დღეს ღონისძიებები არ არის.');
      await expect(el).shadowDom.to.be.accessible();
      await key(el, 'Escape');
      expect($(el, '.dayview')).to.equal(null);
      expect(focused(el)).to.equal(20140410);
      expect(status()).to.equal('ამ თვის ღონისძიებები: 4');
    });

    it('a cell focused by other means (a screen reader, a script) becomes the tab stop and the day Enter opens', async () => {
      cell(el, 20140429).focus();
      await el.updateComplete;
      expect($$(el, '[role=gridcell][tabindex="0"]').map((c) => c.dataset.key)).to.deep.equal(['20140429']);
      await key(el, 'Enter');
      expect($(el, '#day-h')!.textContent).to.equal('სამშაბათი, 29 აპრილი, 2014');
    });

    it('reverses left and right in a right-to-left language', async () => {
      el.lang = 'fa';
      await waitUntil(() => $(el, '.root')!.getAttribute('dir') === 'rtl' && $(el, '[data-key="20140402"]'));
      cell(el, 20140402).click();
      await el.updateComplete;
      await key(el, 'Escape');
      await key(el, 'ArrowLeft');
      expect(focused(el)).to.equal(20140403);
      // The Persian week runs from Saturday to Friday: the first column, Home and End follow it.
      expect($$(el, 'th').map((th) => th.getAttribute('abbr'))).to.deep.equal(['شنبه', 'یکشنبه', 'دوشنبه', 'سه‌شنبه', 'چهارشنبه', 'پنجشنبه', 'جمعه']);
      expect($$(el, '[role=gridcell]')[0]!.dataset.key).to.equal('20140329');
      await key(el, 'Home');
      expect(focused(el)).to.equal(20140329);
      await key(el, 'End');
      expect(focused(el)).to.equal(20140404);
    });
  });

  it('opens the list where the grid has no room for titles (540 px or less) unless view says otherwise', async () => {
    const phablet = await calendar(FIXTURE_URL, { month: '2014-04', width: 500 });
    await waitFor(phablet, '.agenda');
    const narrow = await calendar(FIXTURE_URL, { month: '2014-04', width: 360 });
    await waitFor(narrow, '.agenda');
    expect($(narrow, '[role=grid]')).to.equal(null);
    const forced = await calendar(FIXTURE_URL, { month: '2014-04', width: 360, view: 'month' });
    await waitFor(forced, '[role=grid]');
    const wide = await calendar(FIXTURE_URL, { month: '2014-04', width: 900 });
    expect($(wide, '[role=grid]')).to.not.equal(null);
    const list = await calendar(FIXTURE_URL, { month: '2014-04', width: 900, view: 'list' });
    expect($(list, '.agenda')).to.not.equal(null);
    // The view switch.
    const [monthBtn, listBtn] = $$<HTMLButtonElement>(wide, '.views button');
    expect(monthBtn!.getAttribute('aria-pressed')).to.equal('true');
    listBtn!.click();
    await wide.updateComplete;
    expect(wide.view).to.equal('list');
    expect(listBtn!.getAttribute('aria-pressed')).to.equal('true');
    await waitFor(wide, '.agenda');
    // A phone turned, a column that narrows: the width is followed after the first render too.
    const turned = await calendar(FIXTURE_URL, { month: '2014-04', width: 900 });
    turned.parentElement!.style.width = '360px';
    await waitFor(turned, '.agenda');
    turned.parentElement!.style.width = '900px';
    await waitFor(turned, '[role=grid]');
  });

  it('its filter boxes look like the locator\'s, their edge at least 3:1 on their background (WCAG 1.4.11)', async () => {
    await import('../src/centre-locator/define.js');
    const el = await calendar(FIXTURE_URL, { month: '2014-04', view: 'list' });
    const wrap = await fixture<HTMLDivElement>(html`<div lang="ka"><iom-centre-locator src=${FIXTURE_URL}></iom-centre-locator></div>`);
    const locator = wrap.querySelector('iom-centre-locator')!;
    await waitUntil(() => locator.shadowRoot?.querySelector('select'), 'the locator\'s filters');
    const look = (s: Element) => {
      const c = getComputedStyle(s);
      return [c.borderTopColor, c.borderTopWidth, c.borderTopLeftRadius, c.fontSize, c.minHeight, getComputedStyle(s.closest('label')!).fontWeight];
    };
    const [mine, theirs] = [look($(el, 'select')!), look(locator.shadowRoot!.querySelector('select')!)];
    expect(mine).to.deep.equal(theirs);
    const lum = (rgb: string) => {
      const [r, g, b] = rgb.match(/\d+/g)!.slice(0, 3).map((v) => +v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const [edge, bg] = [lum(mine[0]!), lum(getComputedStyle($(el, '.root')!).backgroundColor)];
    expect((Math.max(edge, bg) + 0.05) / (Math.min(edge, bg) + 0.05)).to.be.at.least(3);
  });

  it('on a phone the grid’s column heads take the narrow weekday names (Persian’s short ones are whole words)', async () => {
    const el = await calendar(FIXTURE_URL, { month: '2014-04', width: 360, view: 'month', lang: 'fa' });
    const seen = $$(el, 'th').map((th) => [...th.querySelectorAll<HTMLElement>('.wd')].filter((s) => getComputedStyle(s).display !== 'none').map((s) => s.textContent!.trim()));
    for (const v of seen) expect(v).to.have.length(1);
    expect(seen.map((v) => v[0]!.length).every((n) => n <= 2), seen.join(' ')).to.equal(true);
    const wide = await calendar(FIXTURE_URL, { month: '2014-04', width: 900, view: 'month', lang: 'fa' });
    expect([...$(wide, 'th')!.querySelectorAll<HTMLElement>('.wd')].filter((s) => getComputedStyle(s).display !== 'none')[0]!.textContent).to.equal('شنبه');
  });

  it('without a month, another feed opens on its own next event, and so does a month taken away', async () => {
    const ahead = (n: number) => {
      const d = new Date();
      return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 15));
    };
    const ev = (n: number) => [{ id: `e${n}`, title: { en: `In ${n} months` }, start: ahead(n).toISOString().slice(0, 10) }];
    const label = (n: number) => new Intl.DateTimeFormat('en', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(ahead(n));
    const el = await calendar(await serve(feedOf(ev(2))), { lang: 'en', view: 'month' });
    expect(heading(el)).to.equal(label(2));
    el.src = await serve(feedOf(ev(5)));
    await waitUntil(() => heading(el) === label(5), `opens on ${label(5)}, not ${heading(el)}`);
    el.setAttribute('month', '2014-04');
    await el.updateComplete;
    expect(heading(el)).to.equal('April 2014');
    el.removeAttribute('month');
    await waitUntil(() => heading(el) === label(5), `back to ${label(5)}, not ${heading(el)}`);
  });

  it('a date opening a heading is capitalised where Intl writes it in lower case, and Georgian is left as it is', async () => {
    const ru = await unfold(await calendar(FIXTURE_URL, { month: '2014-04', view: 'list', lang: 'ru' }));
    expect(heading(ru)).to.equal('Апрель 2014 г.');
    expect($(ru, '.date-h')!.textContent).to.match(/^Среда, 23 апреля 2014/);
    const az = await calendar(FIXTURE_URL, { month: '2014-04', view: 'month', lang: 'az' });
    expect(heading(az)).to.equal('Aprel 2014');
    const ka = await unfold(await calendar(FIXTURE_URL, { month: '2014-04', view: 'list', lang: 'ka' }));
    expect(heading(ka)).to.equal('აპრილი, 2014');
    expect($(ka, '.date-h')!.textContent).to.match(/^ოთხშაბათი, 23 აპრილი, 2014/);
  });

  it('a long Georgian title takes two lines in its day, not one cut after its first word', async () => {
    const el = await calendar(FIXTURE_URL, { month: '2014-04', width: 1280, view: 'month' });
    const chip = $$(el, '.chip').find((c) => c.textContent!.includes('ტრენინგი დაბრუნებული'))!;
    const line = parseFloat(getComputedStyle(chip).lineHeight);
    expect(chip.getBoundingClientRect().height).to.be.above(1.8 * line);
    expect(chip.getBoundingClientRect().height).to.be.below(2.8 * line + 4);
  });

  it('in Persian, a Georgian place reads left to right, line by line, beside its Persian label (not across the card from it)', async () => {
    const el = await unfold(await calendar(FIXTURE_URL, { month: '2014-04', view: 'list', lang: 'fa', width: 1280 }));
    const lines = $$(el, 'article')[0]!.querySelectorAll<HTMLElement>('dd > div');
    expect(lines.length).to.be.greaterThan(1);
    for (const l of lines) {
      expect(l.dir).to.equal('ltr');
      expect(getComputedStyle(l).display).to.equal('block');
      const range = document.createRange();
      range.selectNodeContents(l);
      const text = range.getBoundingClientRect();
      const box = l.getBoundingClientRect();
      expect(box.right - text.right, l.textContent!).to.be.below(2);
      expect(text.left - box.left, l.textContent!).to.be.above(40);
    }
  });

  it('lists a month’s events with their details, and passes axe', async () => {
    const el = await calendar(FIXTURE_URL, { month: '2014-04', view: 'list' });
    // On 26 April the Adjara sessions (23–25 April) are over: folded under one line, not rendered.
    const summary = $(el, 'details.earlier summary')!;
    expect(summary.textContent!.trim()).to.equal('დასრულებული ღონისძიებები (2)');
    expect($$(el, '.agenda > li').map((g) => g.querySelector('h3')!.textContent)).to.deep.equal(['სამშაბათი, 29 აპრილი, 2014']);
    expect($$(el, 'article')).to.have.length(2);
    await expect(el).shadowDom.to.be.accessible();
    await unfold(el);
    const groups = $$(el, '.agenda > li');
    expect(groups.map((g) => g.querySelector('h3')!.textContent)).to.deep.equal([
      'ოთხშაბათი, 23 აპრილი, 2014', 'ხუთშაბათი, 24 აპრილი, 2014', 'სამშაბათი, 29 აპრილი, 2014',
    ]);
    const batumi = $$(el, 'article').find((a) => a.textContent!.includes('სამართალდამცავი'))!;
    expect(batumi.querySelector('.when')!.textContent!.trim()).to.equal('29 აპრილი, 2014 – 2 მაისი, 2014');
    expect(batumi.textContent).to.contain('ტრენინგი');
    const job = $$(el, 'article').find((a) => a.textContent!.includes('სამუშაოს ძებნის ტექნიკა'))!;
    expect(job.textContent).to.contain('თამარაშვილის ქუჩა 15ა');
    expect(job.textContent).to.contain('თბილისი');
    const map = [...job.querySelectorAll('a')].find((a) => a.href.includes('openstreetmap'))!;
    expect(map.href).to.equal('https://www.openstreetmap.org/?mlat=41.7258&mlon=44.748#map=17/41.7258/44.748');
    // Without coordinates: an OpenStreetMap search for the place.
    const adjara = $$(el, 'article').find((a) => a.textContent!.includes('აჭარაში'))!;
    const search = [...adjara.querySelectorAll('a')].find((a) => a.href.includes('openstreetmap'))!;
    expect(decodeURIComponent(search.href)).to.equal('https://www.openstreetmap.org/search?query=ბათუმი, გონიო, ქობულეთი');
    // On 26 April the Adjara sessions (23–25 April) are over and say so; the Batumi training is ahead.
    expect(calendarEnv.now()).to.equal(Date.UTC(2014, 3, 26, 9));
    expect(adjara.querySelector('.badge.ended')!.textContent).to.equal('დასრულდა');
    // Georgian at 12 px on grey was hard to read on a phone: at least 13 px.
    expect(parseFloat(getComputedStyle(adjara.querySelector('.badge.ended')!).fontSize)).to.be.at.least(13);
    expect(batumi.querySelector('.badge.ended')).to.equal(null);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('on a phone, the month opens on what is to come: the events already over fold under one line, rendered only when opened', async () => {
    // A partner's busy month: three sessions a day in December, seen on the 20th at 12:00 in Tbilisi.
    const events = Array.from({ length: 90 }, (_, i) => ({
      id: `s${i}`, type: 'information-session', title: { ka: `საინფორმაციო შეხვედრა ${i + 1}` },
      start: `2026-12-${String(1 + (i % 30)).padStart(2, '0')}T${String(9 + 3 * Math.floor(i / 30)).padStart(2, '0')}:00:00+04:00`,
      end: `2026-12-${String(1 + (i % 30)).padStart(2, '0')}T${String(10 + 3 * Math.floor(i / 30)).padStart(2, '0')}:00:00+04:00`,
    }));
    // And a course that began on the 1st and runs to the 31st: not over, so not folded.
    events.push({ id: 'course', type: 'training', title: { ka: 'ქართული ენის კურსი' }, start: '2026-12-01', end: '2026-12-31' } as never);
    visitor('Asia/Tbilisi', Date.UTC(2026, 11, 20, 8));
    // (360 px wide: the list, once the element has measured itself.)
    const el = await calendar(await serve(feedOf(events)), { width: 360 }, '.agenda');
    // 19 days × 3, and the 20th's 09:00 session: 58 over.
    const summary = $(el, 'details.earlier summary')!;
    expect(summary.textContent!.trim()).to.equal('დასრულებული ღონისძიებები (58)');
    const titles = () => $$(el, 'article h4').map((h) => h.textContent!.trim());
    // 33 to come: the first 20, and the rest one press away.
    expect(titles()).to.have.length(20);
    expect($(el, '.more-events')!.textContent!.trim()).to.equal('მეტი ღონისძიება (13)');
    expect(titles()[0]).to.equal('ქართული ენის კურსი');
    expect(titles()[1]).to.equal('საინფორმაციო შეხვედრა 50'); // 20 December 12:00
    expect($$(el, '.badge.ended')).to.have.length(0);
    // What comes first on the phone is the summary, then what is ahead.
    const first = $(el, '.agenda article')!.getBoundingClientRect();
    expect(first.top - summary.getBoundingClientRect().bottom).to.be.below(120);
    await expect(el).shadowDom.to.be.accessible();
    // A keyboard opens it; the ended events come before the rest, each saying it is over.
    summary.focus();
    summary.click();
    await new Promise((r) => $(el, 'details.earlier')!.addEventListener('toggle', r, { once: true }));
    await el.updateComplete;
    expect(titles()).to.have.length(78);
    expect(titles()[0]).to.equal('საინფორმაციო შეხვედრა 1');
    expect($$(el, '.badge.ended')).to.have.length(58);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('a busy month lists 20 events, then 20 more on each press, the first new one taking the focus; another month starts again at 20', async () => {
    const events = Array.from({ length: 45 }, (_, i) => ({
      id: `s${i}`, type: 'training', title: { ka: `ტრენინგი ${i + 1}` },
      start: `2026-12-${String(1 + (i % 15)).padStart(2, '0')}T${String(9 + 2 * Math.floor(i / 15)).padStart(2, '0')}:00:00+04:00`,
    }));
    events.push({ id: 'jan', type: 'training', title: { ka: 'იანვრის ტრენინგი' }, start: '2027-01-10' } as never);
    visitor('Asia/Tbilisi', Date.UTC(2026, 10, 29, 8));
    const el = await calendar(await serve(feedOf(events)), { month: '2026-12', view: 'list' }, '.agenda');
    const articles = () => $$(el, 'article');
    expect(articles()).to.have.length(20);
    const more = $<HTMLButtonElement>(el, '.more-events')!;
    expect(more.textContent!.trim()).to.equal('მეტი ღონისძიება (25)');
    await expect(el).shadowDom.to.be.accessible();
    more.focus();
    more.click();
    await el.updateComplete;
    expect(articles()).to.have.length(40);
    expect(el.shadowRoot!.activeElement).to.equal(articles()[20]);
    expect($(el, '.more-events')!.textContent!.trim()).to.equal('მეტი ღონისძიება (5)');
    $<HTMLButtonElement>(el, '.more-events')!.click();
    await el.updateComplete;
    expect(articles()).to.have.length(45);
    expect($(el, '.more-events')).to.equal(null);
    // December's pages do not carry over to another month.
    el.setAttribute('month', '2027-01');
    await el.updateComplete;
    el.setAttribute('month', '2026-12');
    await el.updateComplete;
    expect(articles()).to.have.length(20);
  });

  it('a month whose events are all over lists them all, each saying so (nothing left to fold them for)', async () => {
    visitor('Asia/Tbilisi', Date.UTC(2014, 4, 10, 9));
    const el = await calendar(FIXTURE_URL, { month: '2014-04', view: 'list' });
    expect($(el, 'details.earlier')).to.equal(null);
    const articles = $$(el, 'article');
    expect(articles).to.have.length(4);
    expect(articles.every((a) => a.querySelector('.badge.ended'))).to.equal(true);
  });

  it('a timed start with a bare end date ends on that day, not at the midnight after it', async () => {
    const events = [{ id: 'x', type: 'training', start: '2014-04-26T10:00', end: '2014-04-28', title: { ka: 'ტრენინგი', en: 'Training' } }];
    visitor('Asia/Tbilisi');
    const el = await calendar(await serve(feedOf(events)), { month: '2014-04', view: 'list', lang: 'en' });
    expect($$(el, 'article')[0]!.querySelector('time')!.textContent!.trim()).to.equal('April 26, 2014, 10:00 – April 28, 2014');
  });

  it('a timed event without an end has not "ended" once it has begun, only once its day is over', async () => {
    const events = [{ id: 'now', type: 'meeting', start: '2014-04-26T09:30', title: { ka: 'შეხვედრა', en: 'Meeting' } }];
    visitor('Asia/Tbilisi', Date.UTC(2014, 3, 26, 6)); // 10:00 in Tbilisi, half an hour in
    const el = await calendar(await serve(feedOf(events)), { month: '2014-04', view: 'list' });
    expect($$(el, 'article')[0]!.querySelector('.badge.ended') === null, 'no "Ended" badge').to.equal(true);
  });

  it('strikes through and labels a cancelled event; links only http(s); feed text stays text', async () => {
    const events = [
      { id: 'c', title: { ka: 'გაუქმებული ტრენინგი', en: 'Cancelled training' }, start: '2014-04-10', cancelled: true, url: 'javascript:alert(1)' },
      { id: 'x', title: '<img src=x onerror="window.__pwned=1">', start: '2014-04-11', url: 'https://iom.ge/e' },
    ];
    const el = await calendar(await serve(feedOf(events)), { month: '2014-04', view: 'list' });
    const [c, x] = $$(el, 'article');
    expect(c!.querySelector('h4 s')!.textContent).to.equal('გაუქმებული ტრენინგი');
    expect(c!.querySelector('.badge')!.textContent).to.equal('გაუქმებულია');
    expect(c!.classList.contains('cancelled')).to.equal(true);
    expect([...c!.querySelectorAll('a')]).to.deep.equal([]); // no link, not even "add to calendar"
    expect(x!.querySelector('h4')!.textContent!.trim()).to.equal(events[1]!.title);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect([...x!.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.include('https://iom.ge/e');
    await expect(el).shadowDom.to.be.accessible();
    el.view = 'month';
    await el.updateComplete;
    expect(cell(el, 20140410).querySelector('.chip.cancelled')!.textContent).to.contain('გაუქმებულია');
  });

  it('on a phone\'s month grid a cancelled event\'s bar is hollow, not told by its colour alone', async () => {
    const events = [
      { id: 'c', title: 'გაუქმებული ტრენინგი', start: '2014-04-10', cancelled: true },
      { id: 'k', title: 'ტრენინგი', start: '2014-04-10' },
    ];
    const el = await calendar(await serve(feedOf(events)), { month: '2014-04', view: 'month', width: 360 });
    const [cancelled, kept] = ['.chip.cancelled', '.chip:not(.cancelled)'].map((sel) => getComputedStyle(cell(el, 20140410).querySelector(sel)!));
    expect(parseFloat(kept!.height)).to.be.within(4, 6); // a bar, no title
    expect(kept!.backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
    expect(cancelled!.backgroundColor, 'no fill').to.equal('rgba(0, 0, 0, 0)');
    expect(parseFloat(cancelled!.borderTopWidth), 'an outline').to.be.at.least(1);
    expect(parseFloat(cancelled!.height)).to.equal(parseFloat(kept!.height));
  });

  it('in Persian the month arrows point outward, whatever the font does with ‹ › in right-to-left text', async () => {
    const el = await calendar(FIXTURE_URL, { month: '2014-04', view: 'month', lang: 'fa' });
    const [prev, next] = $$(el, '.nav button');
    // Previous month is on the right in Persian: it points right. An ltr isolate keeps a font from mirroring it back.
    expect(prev!.getBoundingClientRect().left).to.be.above(next!.getBoundingClientRect().left);
    expect([prev!.textContent!.trim(), next!.textContent!.trim()]).to.deep.equal(['›', '‹']);
    for (const b of [prev!, next!]) expect(getComputedStyle(b.querySelector('span')!).unicodeBidi).to.equal('isolate');
    for (const b of [prev!, next!]) expect(getComputedStyle(b.querySelector('span')!).direction).to.equal('ltr');
  });

  it('in Persian, what screen readers hear after a date or a title takes the Persian comma', async () => {
    visitor('America/New_York');
    const events = [
      { id: 'c', title: 'کارگاه', start: '2014-04-10', cancelled: true },
      { id: 't', title: 'جلسهٔ اطلاع‌رسانی', start: '2014-04-26T10:00', end: '2014-04-26T12:00' },
    ];
    const el = await calendar(await serve(feedOf(events, { languages: ['fa'] })), { month: '2014-04', view: 'month', lang: 'fa' });
    expect(cell(el, 20140410).querySelector('.chip.cancelled .sr-only')!.textContent).to.match(/^، \S/);
    expect(cell(el, 20140426).querySelector('.sr-only')!.textContent).to.match(/، \S+$/); // "…، امروز"
    el.view = 'list';
    await el.updateComplete;
    const when = $$(el, 'article')[1]!.querySelector('.when')!.textContent!.replace(/\s+/g, ' ');
    expect(when).to.contain('، UTC+۴');
    expect(when).to.not.contain(', ');
  });

  describe('a visitor in another time zone', () => {
    const events = [
      { id: 'all', title: 'ერთდღიანი', start: '2014-04-29' },
      { id: 'timed', title: 'დროით', start: '2014-04-29T10:00', end: '2014-04-29T12:00' },
    ];
    // Every engine: nothing in the element reads the device's zone but calendarEnv.deviceZone,
    // and the Date methods that would use it are made to throw (the real zone moves below, in Chromium).
    const LOCAL = ['getDate', 'getDay', 'getMonth', 'getFullYear', 'getHours', 'getMinutes', 'getTimezoneOffset', 'toLocaleDateString', 'toLocaleString'] as const;
    const saved = LOCAL.map((k) => Date.prototype[k]);
    beforeEach(() => LOCAL.forEach((k) => ((Date.prototype as any)[k] = () => { throw new Error(`Date.prototype.${k} used`); })));
    afterEach(() => LOCAL.forEach((k, i) => ((Date.prototype as any)[k] = saved[i])));

    for (const [zone, label] of [['Pacific/Honolulu', 'UTC−10'], ['Pacific/Kiritimati', 'UTC+14']]) {
      it(`${label}: all-day events on their day, times in Tbilisi time and the zone named`, async () => {
        visitor(zone!, Date.UTC(2014, 3, 28, 21, 0)); // Honolulu: 28th 11:00; Kiritimati: 29th 11:00; Tbilisi: 29th 01:00
        const el = await calendar(await serve(feedOf(events)), { month: '2014-04' });
        expect(cellText(el, 20140429)).to.contain('ერთდღიანი');
        expect(cellText(el, 20140428)).to.not.contain('ერთდღიანი');
        expect(cellText(el, 20140430)).to.not.contain('ერთდღიანი');
        expect(cellText(el, 20140429)).to.match(/10:00\s+დროით/);
        expect($$(el, '[aria-current=date]').map((c) => c.dataset.key)).to.deep.equal(['20140429']);
        el.view = 'list';
        await el.updateComplete;
        const [all, timed] = $$(el, 'article');
        expect(all!.querySelector('.when')!.textContent!.trim()).to.equal('29 აპრილი, 2014');
        expect(timed!.querySelector('.when')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('29 აპრილი, 2014, 10:00 – 12:00 (თბილისის დროით, UTC+4)');
        expect(shadowText(el)).to.not.contain('could not render');
      });
    }

    it('a timed event over several days reads its two dates and times, with the comma of the language', async () => {
      visitor('Asia/Tbilisi');
      const long = [{ id: 'days', title: 'ტრენინგი', start: '2014-04-29T10:00', end: '2014-05-02T16:00' }];
      const el = await calendar(await serve(feedOf(long)), { month: '2014-04', view: 'list' });
      expect($(el, 'article .when')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('29 აპრილი, 2014, 10:00 – 2 მაისი, 2014, 16:00');
      // A whole day as midnight to midnight: on one day of the grid, but its end is the next day's date, not "00:00 – 00:00".
      const day = [{ id: 'day', title: 'ტრენინგი', start: '2014-04-29T00:00', end: '2014-04-30T00:00' }];
      const whole = await calendar(await serve(feedOf(day)), { month: '2014-04', view: 'list' });
      expect($(whole, 'article .when')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('29 აპრილი, 2014, 00:00 – 30 აპრილი, 2014, 00:00');
      const fa = await calendar(await serve(feedOf(long)), { month: '2014-04', view: 'list', lang: 'fa' });
      const when = $(fa, 'article .when')!.textContent!;
      expect(when.split('، ').length, when).to.equal(3);
      expect(when).to.not.match(/=>|function/);
    });

    it('in Tbilisi (or at the same offset) the zone is not named', async () => {
      for (const zone of ['Asia/Tbilisi', 'Asia/Dubai']) {
        visitor(zone);
        const el = await calendar(await serve(feedOf(events)), { month: '2014-04', view: 'list' });
        expect($$(el, 'article')[1]!.querySelector('.when')!.textContent!.replace(/\s+/g, ' ').trim(), zone).to.equal('29 აპრილი, 2014, 10:00 – 12:00');
      }
    });
  });

  // The browser's own zone really moved: nothing is stubbed but the clock. Chromium only:
  // the runner moves the zone through the DevTools protocol, which Firefox (WebDriver
  // BiDi) and WebKit (WebDriver) do not offer, so there these skip.
  describe('a visitor whose browser really is in another zone (Chromium)', () => {
    afterEach(() => executeServerCommand('set-timezone', { zone: '' }));
    const events = [
      { id: 'all', title: 'ერთდღიანი', start: '2014-04-29' },
      { id: 'timed', title: 'დროით', start: '2014-04-29T10:00', end: '2014-04-29T12:00' },
    ];
    for (const [zone, label, localDay] of [['Pacific/Honolulu', 'UTC−10', 28], ['Pacific/Kiritimati', 'UTC+14', 29]] as const) {
      it(`${label}: all-day events on their day, times in Tbilisi time, the zone named`, async function () {
        if (!(await executeServerCommand('set-timezone', { zone }))) this.skip();
        calendarEnv.deviceZone = realEnv.deviceZone;
        calendarEnv.now = () => Date.UTC(2014, 3, 28, 21, 0); // Tbilisi: 29th 01:00
        // The page's clock reads local time in that zone now.
        expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal(zone);
        expect(new Date(Date.UTC(2014, 3, 28, 21, 0)).getDate()).to.equal(localDay);
        const el = await calendar(await serve(feedOf(events)), { month: '2014-04' });
        expect(cellText(el, 20140429)).to.contain('ერთდღიანი');
        expect(cellText(el, 20140428)).to.not.contain('ერთდღიანი');
        expect(cellText(el, 20140430)).to.not.contain('ერთდღიანი');
        expect(cellText(el, 20140429)).to.match(/10:00\s+დროით/);
        el.view = 'list';
        await el.updateComplete;
        const [all, timed] = $$(el, 'article');
        expect(all!.querySelector('.when')!.textContent!.trim()).to.equal('29 აპრილი, 2014');
        expect(timed!.querySelector('.when')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('29 აპრილი, 2014, 10:00 – 12:00 (თბილისის დროით, UTC+4)');
        // The .ics carries the feed's zone, not the browser's.
        const link = all!.querySelector<HTMLAnchorElement>('a.add')!;
        const stop = (e: Event) => e.preventDefault();
        document.addEventListener('click', stop);
        link.click();
        await waitUntil(() => link.href.startsWith('blob:'), 'the file is made');
        document.removeEventListener('click', stop);
        const text = await (await fetch(link.href)).text();
        expect(text).to.contain('DTSTART;VALUE=DATE:20140429\r\nDTEND;VALUE=DATE:20140430');
      });
    }
  });

  describe('filters', () => {
    it('one option per type whatever its case, translated; one per city however the feed writes it', async () => {
      const ev = (id: string, type: string, city: unknown) => ({ id, type, start: '2026-12-05', title: { ka: 'ტრენინგი', en: 'Training' }, location: { name: 'IOM', city } });
      const src = await serve({ version: 1, languages: ['ka', 'en'], events: [ev('a', 'training', 'Tbilisi'), ev('b', 'Training', { ka: 'თბილისი', en: 'Tbilisi' }), ev('c', 'Meeting', 'Batumi')] });
      const el = await calendar(src, { month: '2026-12', view: 'list' });
      const [types, cities] = $$<HTMLSelectElement>(el, 'select').map((s) => [...s.options].slice(1).map((o) => o.textContent!.trim()));
      expect(types).to.have.members(['ტრენინგი', 'შეხვედრა']);
      expect(cities).to.have.members(['თბილისი', 'Batumi']);
    });

    it('by type (attribute and select)', async () => {
      const el = await calendar(FIXTURE_URL, { month: '2014-04', view: 'list', type: 'training' });
      expect($$(el, 'article')).to.have.length(2);
      const select = $$<HTMLSelectElement>(el, 'select')[0]!;
      expect(select.value).to.equal('training');
      expect(select.selectedOptions[0]!.textContent).to.equal('ტრენინგი');
      select.value = 'workshop';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(el.type).to.equal('workshop');
      expect($$(el, 'article').map((a) => a.querySelector('h4')!.textContent!.trim())).to.deep.equal(['სამუშაო შეხვედრა მიგრანტთა ჰუმანური დაბრუნების და განთავსების ხელშეწყობისთვის']);
      select.value = '';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      await unfold(el);
      expect($$(el, 'article')).to.have.length(4);
    });

    it('a screen reader hears how many events the month holds when a filter changes', async () => {
      const el = await calendar(FIXTURE_URL, { month: '2014-04' });
      const status = () => $(el, 'p[role=status]')!.textContent!.trim();
      const all = status();
      expect(all).to.match(/^ამ თვის ღონისძიებები: \d+$/);
      const select = $$<HTMLSelectElement>(el, 'select')[0]!;
      select.value = 'training';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(status(), 'a multi-day event counts once').to.equal('ამ თვის ღონისძიებები: 2');
      expect(all).to.not.equal(status());
      el.view = 'list';
      await el.updateComplete;
      expect(status(), 'the list tells the same count').to.equal('ამ თვის ღონისძიებები: 2');
      await expect(el).shadowDom.to.be.accessible();
    });

    it('heading-level moves the month, the day and the events down the page\'s outline together', async () => {
      const el = await calendar(FIXTURE_URL, { month: '2014-04', view: 'list' });
      el.setAttribute('heading-level', '3');
      await el.updateComplete;
      const levels = (sel: string) => $$(el, sel).map((h) => h.getAttribute('aria-level'));
      expect(levels('#month-h')).to.deep.equal(['3']);
      expect(new Set(levels('h3.date-h'))).to.deep.equal(new Set(['4']));
      expect(new Set(levels('h4.title'))).to.deep.equal(new Set(['5']));
      el.setAttribute('heading-level', '6');
      await el.updateComplete;
      expect(new Set(levels('h4.title')), 'never past 6').to.deep.equal(new Set(['6']));
      await expect(el).shadowDom.to.be.accessible();
    });

    it('a city the feed names only in another language is marked with that language in the filter', async () => {
      const events = [
        { id: 'a', title: 'ტრენინგი', start: '2014-04-10', location: { name: 'ცენტრი', city: { ka: 'ბათუმი', en: 'Batumi' } } },
        { id: 'b', title: 'შეხვედრა', start: '2014-04-11', location: { name: 'Центр', city: { ru: 'Поти' } } },
      ];
      const el = await calendar(await serve(feedOf(events, { languages: ['ka', 'ru'] })), { month: '2014-04' });
      const options = [...$$<HTMLSelectElement>(el, 'select')[1]!.options];
      expect(options.find((o) => o.textContent === 'Поти')!.lang).to.equal('ru');
      expect(options.find((o) => o.textContent === 'ბათუმი')!.hasAttribute('lang')).to.equal(false);
    });

    it('by city, named in any of the feed’s languages, one city of several', async () => {
      const el = await calendar(FIXTURE_URL, { month: '2014-04', city: 'Batumi' });
      const select = $$<HTMLSelectElement>(el, 'select')[1]!;
      expect(select.selectedOptions[0]!.textContent).to.equal('ბათუმი');
      // The Adjara sessions were in "ბათუმი, გონიო, ქობულეთი"; the Batumi training in ბათუმი.
      expect(cellText(el, 20140423)).to.contain('აჭარაში');
      expect(cellText(el, 20140430)).to.contain('სამართალდამცავი');
      expect(cellText(el, 20140429)).to.not.contain('დაბრუნებული მიგრანტებისთვის'); // Tbilisi
      expect(cellText(el, 20140424)).to.not.contain('ჰუმანური'); // no place
      const options = [...select.options].map((o) => o.textContent);
      expect(options).to.include.members(['თბილისი', 'ბათუმი', 'გონიო', 'ფოთი', 'ზუგდიდი']);
      select.value = 'თბილისი';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(cellText(el, 20140429)).to.contain('დაბრუნებული მიგრანტებისთვის');
      expect(cellText(el, 20140423)).to.not.contain('აჭარაში');
      await expect(el).shadowDom.to.be.accessible();
    });

    it('a city in Latin letters finds a feed\'s Georgian-only one, as the locator\'s search does; one option for both scripts', async () => {
      const events = [
        { id: 'a', title: 'ტრენინგი', start: '2014-04-10', location: { name: 'სასტუმრო', city: 'ბათუმი' } },
        { id: 'b', title: 'შეხვედრა', start: '2014-04-11', location: { name: 'Hotel', city: 'Batumi' } },
        { id: 'c', title: 'სემინარი', start: '2014-04-12', location: { name: 'ცენტრი', city: 'თელავი' } },
      ];
      const el = await calendar(await serve(feedOf(events, { languages: ['ka'] })), { month: '2014-04', view: 'list', city: 'Batumi' });
      expect($$(el, 'article').length, 'both Batumi events').to.equal(2);
      const select = $$<HTMLSelectElement>(el, 'select')[1]!;
      expect([...select.options].map((o) => o.textContent)).to.deep.equal(['ყველა ქალაქი', 'ბათუმი', 'თელავი']);
      expect(select.selectedOptions[0]!.textContent).to.equal('ბათუმი');
    });

    it('matches a type whatever its case; a value the feed lacks stays in its box, not "All"', async () => {
      const el = await calendar(FIXTURE_URL, { month: '2014-04', view: 'list', type: 'Training' });
      expect($$(el, 'article')).to.have.length(2);
      expect($$<HTMLSelectElement>(el, 'select')[0]!.selectedOptions[0]!.textContent).to.equal('ტრენინგი');
      const odd = await calendar(FIXTURE_URL, { month: '2014-04', view: 'list', city: 'Kutaisi' });
      const select = $$<HTMLSelectElement>(odd, 'select')[1]!;
      expect(select.selectedOptions[0]!.textContent).to.equal('Kutaisi');
      expect($(odd, '.state.empty')!.textContent).to.contain('შესაბამისი ღონისძიებები არ არის');
      // "All cities" is a real change now, and clears the filter.
      select.value = '';
      select.dispatchEvent(new Event('change'));
      await odd.updateComplete;
      expect(odd.city).to.equal(undefined);
      await unfold(odd);
      expect($$(odd, "article")).to.have.length(4);
    });

    it('a long description shows its start and "read more", then all of it', async () => {
      const feed = await sampleFeed();
      const sentence = 'ტრენინგი მიზნად ისახავს სამართალდამცავი ორგანოების თანამშრომელთა ცნობიერების ამაღლებას ადამიანით ვაჭრობის საკითხებზე. ';
      const full = sentence.repeat(16).trim();
      feed.events[4].description = { ka: full };
      const el = await unfold(await calendar(await serve(feed), { month: '2014-04', view: 'list' }));
      const desc = $(el, '#e-2014-04-24-readmission-workshop-d')!;
      expect(desc.textContent!.length).to.be.within(200, 321);
      expect(desc.textContent).to.match(/…$/);
      expect(full.startsWith(desc.textContent!.slice(0, -1))).to.equal(true);
      const button = desc.nextElementSibling as HTMLButtonElement;
      expect(button.textContent!.trim()).to.equal('ვრცლად');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(button.getAttribute('aria-controls')).to.equal(desc.id);
      await expect(el).shadowDom.to.be.accessible();
      button.click();
      await el.updateComplete;
      expect(desc.textContent).to.equal(full);
      expect(button.textContent!.trim()).to.equal('აკეცვა');
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      // A short one has no button.
      expect($$(el, '.desc').filter((d) => d.nextElementSibling?.matches('button.link-btn'))).to.have.length(1);
    });

    it('a type of the partner\'s own reads as words in the filter and on the event', async () => {
      const feed = await sampleFeed();
      feed.events[4].type = 'job-fair'; // 24 April 2014
      const el = await calendar(await serve(feed), { month: '2014-04', view: 'list', type: 'job-fair' });
      expect($$<HTMLSelectElement>(el, 'select')[0]!.selectedOptions[0]!.textContent).to.equal('job fair');
      expect($$(el, 'article')).to.have.length(1);
      expect(shadowText(el)).to.contain('job fair');
      expect(shadowText(el)).to.not.contain('job-fair');
    });

    it('opens on the month of the next event that passes the filter', async () => {
      const el = await calendar(FIXTURE_URL, { type: 'meeting' }); // 26 April 2014: the next meeting is in June
      expect(heading(el)).to.equal('ივნისი, 2014');
    });

    it('says so when nothing matches in the month', async () => {
      const el = await calendar(FIXTURE_URL, { month: '2014-04', type: 'meeting', view: 'list' });
      expect($(el, '.state.empty')!.textContent).to.contain('შესაბამისი ღონისძიებები არ არის');
      expect($(el, '.state.empty button')!.textContent).to.contain('ივნისი, 2014');
    });
  });

  it('offers a valid .ics for one event and for the whole feed, from a Blob URL', async () => {
    const feed = await sampleFeed();
    const el = await calendar(FIXTURE_URL, { month: '2014-04', view: 'list' });
    // What reaches the page of each click: whether the widget held it back, and the link's address then.
    const clicks: string[] = [];
    const stop = (e: Event) => {
      const a = e.composedPath()[0] as HTMLAnchorElement;
      clicks.push(`${e.defaultPrevented ? 'held' : 'download'} ${a.href.slice(0, 5)}`);
      e.preventDefault(); // the test reads the file; the browser need not save it
    };
    document.addEventListener('click', stop);
    try {
      const one = [...$$(el, 'article')].find((a) => a.textContent!.includes('სამართალდამცავი'))!.querySelector<HTMLAnchorElement>('a.add')!;
      expect(one.download).to.equal('2014-04-29-batumi-law-enforcement-training.ics');
      one.click();
      await waitUntil(() => one.href.startsWith('blob:'), 'the file is made');
      // The visitor's click waits for the writer; then the link downloads its file.
      await waitUntil(() => clicks.length === 2, 'the second click');
      expect(clicks).to.deep.equal(['held http:', 'download blob:']);
      const cal = new ICAL.Component(ICAL.parse(await (await fetch(one.href)).text()));
      const [v] = cal.getAllSubcomponents('vevent');
      expect(cal.getAllSubcomponents('vevent')).to.have.length(1);
      expect(v!.getFirstPropertyValue('summary')).to.equal('ტრენინგი სამართალდამცავი ორგანოებისთვის ტრეფიკინგთან ბრძოლის შესახებ');
      expect((v!.getFirstPropertyValue('dtend') as ICAL.Time).toString()).to.equal('2014-05-03');
      expect(v!.getFirstPropertyValue('uid')).to.equal(`2014-04-29-batumi-law-enforcement-training@${location.hostname}`);
      // One event is not a calendar: no calendar name, or some apps file it as a new calendar.
      expect(cal.getFirstPropertyValue('x-wr-calname')).to.equal(null);

      const all = $(el, 'a.ics') as HTMLAnchorElement;
      all.click();
      await waitUntil(() => all.href.startsWith('blob:'), 'the file is made');
      const whole = new ICAL.Component(ICAL.parse(await (await fetch(all.href)).text()));
      expect(whole.getAllSubcomponents('vevent')).to.have.length(feed.events.length);
      expect(whole.getFirstPropertyValue('x-wr-calname')).to.equal('ღონისძიებები');
      expect(one.href).to.not.equal(all.href); // the old URL was released

      // With a filter, "all" is all that the filter shows.
      const href = all.href;
      el.city = 'ბათუმი';
      await el.updateComplete;
      all.click();
      await waitUntil(() => all.href !== href, 'the filtered file is made');
      const batumi = new ICAL.Component(ICAL.parse(await (await fetch(all.href)).text()));
      const shown = feed.events.filter((ev: { location?: { city?: unknown } }) => JSON.stringify(ev.location?.city ?? '').includes('ბათუმი'));
      expect(shown.length).to.be.within(1, feed.events.length - 1);
      expect(batumi.getAllSubcomponents('vevent').map((v) => v.getFirstPropertyValue('summary')).length).to.equal(shown.length);
    } finally {
      document.removeEventListener('click', stop);
    }
  });

  it('shows a skeleton while loading, and passes axe', async () => {
    const url = await serve(await sampleFeed(), { delay: 1500 });
    const el = await calendar(url, {}, '.loading');
    expect($(el, '.loading')!.getAttribute('aria-busy')).to.equal('true');
    expect(shadowText(el)).to.contain('ღონისძიებები იტვირთება');
    await expect(el).shadowDom.to.be.accessible();
    // About as tall as the month that comes: the page below does not jump.
    const loading = el.getBoundingClientRect().height;
    await waitFor(el, '[role=grid]');
    const loaded = el.getBoundingClientRect().height;
    expect(loading / loaded, `${loading} px loading, ${loaded} px loaded`).to.be.within(0.7, 1.3);
  });

  it('shows an error with a retry, and passes axe', async () => {
    const errors: CustomEvent[] = [];
    const el = await fixture<IomEventCalendar>(html`<iom-event-calendar lang="ka" src="/__feed/status/500" @iom-feed-error=${(e: CustomEvent) => errors.push(e)}></iom-event-calendar>`);
    await waitUntil(() => errors.length > 0);
    expect(errors[0]!.detail.code).to.equal('http');
    await waitFor(el, '.state.error button');
    expect(shadowText(el)).to.contain('ღონისძიებების ჩატვირთვა ვერ მოხერხდა');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('shows the empty feed state, and passes axe', async () => {
    const el = await calendar(await serve({ version: 1, languages: ['ka'], news: [] }));
    expect($(el, '.state')!.textContent).to.contain('ღონისძიებები ჯერ არ არის');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('renders in English, with English month names and labels', async () => {
    const el = await calendar(FIXTURE_URL, { month: '2014-05', lang: 'en' });
    expect(heading(el)).to.equal('May 2014');
    expect($$(el, 'th').map((t) => t.getAttribute('abbr'))[0]).to.equal('Monday');
    expect(cellText(el, 20140501)).to.contain('Anti-trafficking training');
    expect(shadowText(el)).to.not.match(/[\u10D0-\u10FF]/);
  });

  it('indexes a 1,000-event feed once and moves months without re-indexing', async () => {
    const events = Array.from({ length: 1000 }, (_, i) => ({
      id: `e${i}`, title: `Event ${i}`, type: i % 2 ? 'training' : 'meeting',
      start: `2014-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}${i % 3 ? '' : 'T10:00'}`,
    }));
    const el = await calendar(await serve(feedOf(events)), { month: '2014-04', lang: 'en' });
    const index = (el as any).eventIndex((el as any).feed.view.feed);
    expect(index.all).to.have.length(1000);
    expect(index.byDay.size).to.equal(new Set(events.map((e) => e.start.slice(0, 10))).size);
    $$<HTMLButtonElement>(el, '.nav button')[1]!.click();
    await el.updateComplete;
    expect(heading(el)).to.equal('May 2014');
    expect((el as any).eventIndex((el as any).feed.view.feed)).to.equal(index);
  });
});
