import { expect } from '@open-wc/testing';
import type { OpeningHours } from '../src/feed/types.js';
import { daysBetween, openStatus, weeklyHours } from '../src/time/hours.js';
import { fakeDeviceZone } from './fake-zone.js';

const TZ = 'Asia/Tbilisi'; // UTC+4 all year (no summer time since 2005)
/** An instant given as Tbilisi wall-clock time. */
const tb = (s: string) => Date.parse(`${s}:00+04:00`);
const WEEKDAYS: OpeningHours[] = [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: '17:30' }];
// The sample feed's Tbilisi holidays around the tests below.
const CLOSED = ['2014-04-18', '2014-04-19', '2014-04-20', '2014-04-21', '2014-05-26'];

describe('opening hours (src/time/hours.ts)', () => {
  it('is closed one minute before opening and says it opens at 09:00 the same day', () => {
    // 2014-06-23 was a Monday.
    expect(openStatus(WEEKDAYS, CLOSED, tb('2014-06-23T08:59'), TZ)).to.deep.equal({ open: false, next: tb('2014-06-23T09:00') });
  });

  it('is open at the opening minute and closes at 17:30', () => {
    expect(openStatus(WEEKDAYS, CLOSED, tb('2014-06-23T09:00'), TZ)).to.deep.equal({ open: true, next: tb('2014-06-23T17:30') });
    expect(openStatus(WEEKDAYS, CLOSED, tb('2014-06-23T17:29'), TZ)).to.deep.equal({ open: true, next: tb('2014-06-23T17:30') });
  });

  it('open 00:00–24:00 every day is open around the clock, with no closing time', () => {
    const always: OpeningHours[] = [{ days: ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'], opens: '00:00', closes: '24:00' }];
    for (const t of ['2014-06-23T00:00', '2014-06-23T12:00', '2014-06-22T23:59']) {
      expect(openStatus(always, [], tb(t), TZ), t).to.deep.equal({ open: true });
    }
    // Open every day and night but closed on a holiday three days ahead: that closing is shown.
    expect(openStatus(always, ['2014-06-26'], tb('2014-06-23T12:00'), TZ)).to.deep.equal({ open: true, next: tb('2014-06-26T00:00') });
    // Weekdays 00:00–24:00: closes on Friday night.
    const weekdays: OpeningHours[] = [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '00:00', closes: '24:00' }];
    expect(openStatus(weekdays, [], tb('2014-06-23T12:00'), TZ)).to.deep.equal({ open: true, next: tb('2014-06-28T00:00') });
  });

  it('open before a break says when it opens again that day; the day\'s last closing has no reopening', () => {
    const days: OpeningHours['days'] = ['mo', 'tu', 'we', 'th', 'fr'];
    const lunch: OpeningHours[] = [{ days, opens: '09:00', closes: '13:00' }, { days, opens: '14:00', closes: '18:00' }];
    expect(openStatus(lunch, [], tb('2014-06-23T12:40'), TZ)).to.deep.equal({ open: true, next: tb('2014-06-23T13:00'), reopen: tb('2014-06-23T14:00') });
    expect(openStatus(lunch, [], tb('2014-06-23T13:30'), TZ)).to.deep.equal({ open: false, next: tb('2014-06-23T14:00') });
    expect(openStatus(lunch, [], tb('2014-06-23T17:40'), TZ)).to.deep.equal({ open: true, next: tb('2014-06-23T18:00') });
    // Friday afternoon: Monday's opening is no reopening.
    expect(openStatus(lunch, [], tb('2014-06-27T17:40'), TZ)).to.deep.equal({ open: true, next: tb('2014-06-27T18:00') });
    // Closing at 24:00 is the day's end: the next morning's 09:00 is no reopening.
    const evenings: OpeningHours[] = [{ days: ['mo', 'tu'], opens: '18:00', closes: '24:00' }, { days: ['tu'], opens: '09:00', closes: '12:00' }];
    expect(openStatus(evenings, [], tb('2014-06-23T23:50'), TZ)).to.deep.equal({ open: true, next: tb('2014-06-24T00:00') });
    // A night shift to 02:00, then the morning's 09:00 the same calendar day: a reopening.
    const nights: OpeningHours[] = [{ days: ['mo', 'tu'], opens: '20:00', closes: '02:00' }, { days: ['tu'], opens: '09:00', closes: '12:00' }];
    expect(openStatus(nights, [], tb('2014-06-24T01:00'), TZ)).to.deep.equal({ open: true, next: tb('2014-06-24T02:00'), reopen: tb('2014-06-24T09:00') });
  });

  it('is closed at the closing minute, and opens the next morning', () => {
    expect(openStatus(WEEKDAYS, CLOSED, tb('2014-06-23T17:30'), TZ)).to.deep.equal({ open: false, next: tb('2014-06-24T09:00') });
  });

  it('is closed all Sunday and opens on Monday at 09:00', () => {
    for (const t of ['2014-06-22T00:00', '2014-06-22T12:00', '2014-06-22T23:59', '2014-06-21T10:00', '2014-06-20T17:30']) {
      expect(openStatus(WEEKDAYS, CLOSED, tb(t), TZ), t).to.deep.equal({ open: false, next: tb('2014-06-23T09:00') });
    }
  });

  it('respects a `closed` date: Independence Day, a Monday', () => {
    expect(openStatus(WEEKDAYS, CLOSED, tb('2014-05-26T10:00'), TZ)).to.deep.equal({ open: false, next: tb('2014-05-27T09:00') });
    // The same Monday without the holiday would be open.
    expect(openStatus(WEEKDAYS, [], tb('2014-05-26T10:00'), TZ).open).to.equal(true);
  });

  it('skips a run of holidays (Easter, Friday to Monday)', () => {
    expect(openStatus(WEEKDAYS, CLOSED, tb('2014-04-17T17:30'), TZ)).to.deep.equal({ open: false, next: tb('2014-04-22T09:00') });
  });

  it('closed longer than three weeks (works, a long holiday) still says when it opens again', () => {
    const works = Array.from({ length: 25 }, (_, i) => `2026-01-${String(i + 1).padStart(2, '0')}`);
    expect(openStatus(WEEKDAYS, works, tb('2026-01-03T23:30'), TZ)).to.deep.equal({ open: false, next: tb('2026-01-26T09:00') });
    // Hours on no day the year round: closed, with no opening to name.
    expect(openStatus(WEEKDAYS, Array.from({ length: 400 }, (_, i) => new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10)), tb('2026-01-03T23:30'), TZ)).to.deep.equal({ open: false });
  });

  it('ignores invalid `closed` entries', () => {
    expect(openStatus(WEEKDAYS, ['2014-02-30', 'soon'], tb('2014-06-23T10:00'), TZ).open).to.equal(true);
  });

  it('computes in Tbilisi time for a visitor whose clock is in UTC−5', () => {
    // Simulates a device in UTC−5 (Colombia, no summer time): every local Date getter and
    // Intl without a timeZone answer in that zone. The status must not move.
    const restore = fakeDeviceZone(-5 * 60, 'America/Bogota');
    try {
      expect(new Date(tb('2014-06-23T08:30')).getDay()).to.equal(0); // it is still Sunday 23:30 on the visitor's clock
      // Monday 08:30 in Tbilisi = Sunday 23:30 for the visitor: closed, opens at 09:00 Tbilisi = 00:00 for the visitor.
      expect(openStatus(WEEKDAYS, CLOSED, tb('2014-06-23T08:30'), TZ)).to.deep.equal({ open: false, next: tb('2014-06-23T09:00') });
      // Friday 17:00 in Tbilisi = Friday 08:00 for the visitor: open, closes in 30 minutes.
      expect(openStatus(WEEKDAYS, CLOSED, tb('2014-06-27T17:00'), TZ)).to.deep.equal({ open: true, next: tb('2014-06-27T17:30') });
      // Monday 02:00 in Tbilisi is Sunday 17:00 for the visitor: the opening is still "today" (Tbilisi's Monday).
      expect(daysBetween(tb('2014-06-23T02:00'), tb('2014-06-23T09:00'), TZ)).to.equal(0);
    } finally {
      restore();
    }
  });

  it('handles hours past midnight and a 24:00 close', () => {
    const night: OpeningHours[] = [{ days: ['fr'], opens: '22:00', closes: '02:00' }];
    expect(openStatus(night, [], tb('2014-06-28T01:00'), TZ)).to.deep.equal({ open: true, next: tb('2014-06-28T02:00') });
    expect(openStatus(night, [], tb('2014-06-27T21:00'), TZ)).to.deep.equal({ open: false, next: tb('2014-06-27T22:00') });
    const late: OpeningHours[] = [{ days: ['mo', 'tu'], opens: '18:00', closes: '24:00' }, { days: ['tu'], opens: '00:00', closes: '08:00' }];
    // Monday 18:00 to 24:00 touches Tuesday 00:00 to 08:00: one span, closing Tuesday 08:00
    // and opening again that Tuesday at 18:00.
    expect(openStatus(late, [], tb('2014-06-23T23:00'), TZ)).to.deep.equal({ open: true, next: tb('2014-06-24T08:00'), reopen: tb('2014-06-24T18:00') });
  });

  it('has no status without hours, and none forever closed', () => {
    expect(openStatus(undefined, [], tb('2014-06-23T10:00'), TZ)).to.deep.equal({ open: false });
    expect(openStatus([], [], tb('2014-06-23T10:00'), TZ)).to.deep.equal({ open: false });
  });

  it('works in a zone with summer time (Europe/Berlin, across the March change)', () => {
    const h: OpeningHours[] = [{ days: ['su', 'mo'], opens: '09:00', closes: '17:00' }];
    // 2024-03-31 (Sunday) Berlin moves from +01:00 to +02:00 at 02:00.
    expect(openStatus(h, [], Date.parse('2024-03-31T01:30:00+01:00'), 'Europe/Berlin')).to.deep.equal({ open: false, next: Date.parse('2024-03-31T09:00:00+02:00') });
  });

  it('builds the weekly table Monday first, closed days empty', () => {
    const rows = weeklyHours([...WEEKDAYS, { days: ['sa'], opens: '10:00', closes: '14:00' }]);
    expect(rows.map((r) => r.weekday)).to.deep.equal([0, 1, 2, 3, 4, 5, 6]);
    expect(rows[0]!.times).to.deep.equal([{ opens: '09:00', closes: '17:30' }]);
    expect(rows[5]!.times).to.deep.equal([{ opens: '10:00', closes: '14:00' }]);
    expect(rows[6]!.times).to.deep.equal([]);
  });

  it('counts calendar days in the feed zone', () => {
    expect(daysBetween(tb('2014-06-20T18:00'), tb('2014-06-23T09:00'), TZ)).to.equal(3);
    expect(daysBetween(tb('2014-06-23T23:59'), tb('2014-06-24T00:00'), TZ)).to.equal(1);
  });
});

describe('zone offsets (src/time/parse.ts), asked once per quarter hour', () => {
  it('are right on both sides of a summer-time change, asked twice in a row', async () => {
    const { zoneOffset, zonedInstant } = await import('../src/time/parse.js');
    // Berlin went to summer time on 2014-03-30 at 01:00 UTC (02:00 → 03:00 local).
    const change = Date.UTC(2014, 2, 30, 1, 0);
    for (let i = 0; i < 2; i++) {
      expect(zoneOffset(change - 60_000, 'Europe/Berlin')).to.equal(60);
      expect(zoneOffset(change, 'Europe/Berlin')).to.equal(120);
      expect(zoneOffset(change + 14 * 60_000, 'Europe/Berlin')).to.equal(120);
      // New York fell back on 2014-11-02 at 06:00 UTC (02:00 → 01:00 local).
      expect(zoneOffset(Date.UTC(2014, 10, 2, 5, 59), 'America/New_York')).to.equal(-240);
      expect(zoneOffset(Date.UTC(2014, 10, 2, 6, 0), 'America/New_York')).to.equal(-300);
      expect(zoneOffset(Date.UTC(2014, 10, 2, 6, 0), TZ)).to.equal(240);
      // Kathmandu's +5:45: a quarter hour finer than most.
      expect(zoneOffset(Date.UTC(2014, 5, 24, 12, 7), 'Asia/Kathmandu')).to.equal(345);
      expect(zonedInstant(2014, 3, 30, 3, 30, 'Europe/Berlin')).to.equal(Date.UTC(2014, 2, 30, 1, 30));
      expect(zonedInstant(2014, 6, 24, 9, 0, TZ)).to.equal(tb('2014-06-24T09:00'));
    }
  });

  it('move a wall time the clock skips forward by the hour lost; a repeated one is its first', async () => {
    const { zonedInstant } = await import('../src/time/parse.js');
    // Skipped: Berlin 2014-03-30 02:30 is 03:30 CEST; New York 2026-03-08 02:30 is 03:30 EDT.
    expect(zonedInstant(2014, 3, 30, 2, 30, 'Europe/Berlin')).to.equal(Date.UTC(2014, 2, 30, 1, 30));
    expect(zonedInstant(2026, 3, 8, 2, 30, 'America/New_York')).to.equal(Date.UTC(2026, 2, 8, 7, 30));
    // Either side of the skip, and after: as read.
    expect(zonedInstant(2026, 3, 8, 1, 59, 'America/New_York')).to.equal(Date.UTC(2026, 2, 8, 6, 59));
    expect(zonedInstant(2026, 3, 8, 5, 0, 'America/New_York')).to.equal(Date.UTC(2026, 2, 8, 9, 0));
    expect(zonedInstant(2014, 3, 30, 1, 30, 'Europe/Berlin')).to.equal(Date.UTC(2014, 2, 30, 0, 30));
    // Repeated (New York fell back on 2026-11-01, 02:00 → 01:00): 01:30 is the first, in EDT; 03:00 is EST.
    expect(zonedInstant(2026, 11, 1, 1, 30, 'America/New_York')).to.equal(Date.UTC(2026, 10, 1, 5, 30));
    expect(zonedInstant(2026, 11, 1, 3, 0, 'America/New_York')).to.equal(Date.UTC(2026, 10, 1, 8, 0));
    // East of UTC too (Berlin fell back on 2025-10-26, 03:00 → 02:00): 02:30 is the first, in CEST; 03:30 is CET.
    expect(zonedInstant(2025, 10, 26, 2, 30, 'Europe/Berlin')).to.equal(Date.UTC(2025, 9, 26, 0, 30));
    expect(zonedInstant(2025, 10, 26, 3, 30, 'Europe/Berlin')).to.equal(Date.UTC(2025, 9, 26, 2, 30));
    expect(zonedInstant(2025, 10, 26, 1, 59, 'Europe/Berlin')).to.equal(Date.UTC(2025, 9, 25, 23, 59));
    // Tehran (no summer time since 2022) and Tbilisi: as read.
    expect(zonedInstant(2025, 3, 22, 0, 30, 'Asia/Tehran')).to.equal(Date.UTC(2025, 2, 21, 21, 0));
    expect(zonedInstant(2014, 4, 29, 0, 0, 'Asia/Tbilisi')).to.equal(Date.UTC(2014, 3, 28, 20, 0));
  });
});
