/**
 * Opening hours in the feed's time zone: is a centre open at an instant, and
 * when does that change. Pure functions of (hours, closed days, instant, zone):
 * the visitor's own clock zone never enters, and a test passes a fixed instant.
 */
import type { DayCode, OpeningHours } from '../feed/types.js';
import { dayKey, parseDate, wallTime, zonedInstant } from './parse.js';

/** Feed day codes, Monday first (index = WallTime.weekday). */
export const DAY_CODES: readonly DayCode[] = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];

/**
 * How far ahead we look for the next opening: three weeks, then, for a centre
 * closed all that time (a long holiday, works), a year, so that it still says
 * when it opens again rather than just "closed".
 */
const LOOKAHEAD_DAYS = [21, 366];
/** Open without a break for longer than this: shown as open around the clock. */
const AROUND_THE_CLOCK = 7 * 86_400_000;

export interface OpenStatus {
  /** Open at the instant asked about. */
  open: boolean;
  /**
   * The instant the status next changes (closing when open, opening when
   * closed); undefined when it never does within a year, or when a centre
   * open now stays open for more than a week (open around the clock).
   */
  next?: number;
  /** Open now and closing for a break: the instant it opens again that same day (a lunch break, say). */
  reopen?: number;
}

/** A span of opening time as instants, [start, end). */
interface Span {
  start: number;
  end: number;
  /** The wall-clock days (yyyymmdd) it starts and ends on: a 24:00 closing ends on its own day. */
  from: number;
  to: number;
}

const hm = (s: string): [number, number] => [+s.slice(0, 2), +s.slice(3, 5)];

// A zone's clock readings repeat across centres (the same days, the same 09:00):
// each costs Intl calls, so each is worked out once. Bounded, so a long-open page does not grow it forever.
const instants = new Map<string, number>();
function instant(y: number, m: number, d: number, hh: number, mm: number, timeZone: string): number {
  const key = `${timeZone} ${y} ${m} ${d} ${hh} ${mm}`;
  let t = instants.get(key);
  if (t === undefined) {
    if (instants.size > 5000) instants.clear();
    instants.set(key, (t = zonedInstant(y, m, d, hh, mm, timeZone)));
  }
  return t;
}

/** The calendar day `offset` days after y-m-d (proleptic Gregorian, no zone). */
function addDays(y: number, m: number, d: number, offset: number): { y: number; m: number; d: number; weekday: number } {
  const t = new Date(Date.UTC(y, m - 1, d + offset));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate(), weekday: (t.getUTCDay() + 6) % 7 };
}

/** The set of `closed` dates as yyyymmdd keys (invalid entries ignored). */
function closedKeys(closed: readonly string[] | undefined): Set<number> {
  const keys = new Set<number>();
  for (const s of closed ?? []) {
    const p = parseDate(s);
    if (p) keys.add(dayKey(p.y, p.m, p.d));
  }
  return keys;
}

/**
 * The opening spans that start on the days from `from` to `to` (offsets from the
 * wall-clock day of `now` in `timeZone`), merged where they touch or overlap.
 * A span whose closing time is not after its opening time runs past midnight.
 */
let lastToday: { now: number; timeZone: string; wall: ReturnType<typeof wallTime> } | undefined;
function spans(hours: readonly OpeningHours[], closed: readonly string[] | undefined, now: number, timeZone: string, from: number, to: number): Span[] {
  // Hundreds of centres are asked about the same instant in one render.
  if (lastToday?.now !== now || lastToday.timeZone !== timeZone) lastToday = { now, timeZone, wall: wallTime(now, timeZone) };
  const today = lastToday.wall;
  const holidays = closedKeys(closed);
  const out: Span[] = [];
  for (let i = from; i <= to; i++) {
    const day = addDays(today.y, today.m, today.d, i);
    if (holidays.has(dayKey(day.y, day.m, day.d))) continue;
    for (const h of hours) {
      if (!h.days.includes(DAY_CODES[day.weekday]!)) continue;
      const [oh, om] = hm(h.opens);
      const [ch, cm] = hm(h.closes);
      const overnight = ch * 60 + cm <= oh * 60 + om;
      const end = addDays(day.y, day.m, day.d, overnight ? 1 : 0);
      // zonedInstant takes 24:00 as the next day's midnight (Date.UTC rolls the hour over).
      out.push({ start: instant(day.y, day.m, day.d, oh, om, timeZone), end: instant(end.y, end.m, end.d, ch, cm, timeZone), from: dayKey(day.y, day.m, day.d), to: dayKey(end.y, end.m, end.d) });
    }
  }
  out.sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const s of out) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) {
      if (s.end > last.end) Object.assign(last, { end: s.end, to: s.to });
    }
    else merged.push({ ...s });
  }
  return merged;
}

/**
 * Whether a centre with these `hours` (and these `closed` holidays) is open at
 * instant `now`, in `timeZone`, and when that next changes.
 */
export function openStatus(hours: readonly OpeningHours[] | undefined, closed: readonly string[] | undefined, now: number, timeZone: string): OpenStatus {
  if (!hours?.length) return { open: false };
  // Yesterday too: a span that began last night may still be running.
  for (const to of LOOKAHEAD_DAYS) {
    const all = spans(hours, closed, now, timeZone, -1, to);
    for (const [i, s] of all.entries()) {
      if (now < s.start) return { open: false, next: s.start };
      // 00:00–24:00 every day merges into one span to the end of the look-ahead:
      // its "closing" is an artefact of how far we look, not a time to show.
      if (now < s.end) {
        if (s.end - now > AROUND_THE_CLOCK) return { open: true };
        // "Closes in 20 min" before a lunch break would send a visitor home for the day.
        const after = all[i + 1];
        return after?.from === s.to ? { open: true, next: s.end, reopen: after.start } : { open: true, next: s.end };
      }
    }
  }
  return { open: false };
}

/** Days between the wall-clock dates of two instants in `timeZone` (0 = same day, 1 = the next…). */
export function daysBetween(a: number, b: number, timeZone: string): number {
  const x = wallTime(a, timeZone);
  const y = wallTime(b, timeZone);
  return Math.round((Date.UTC(y.y, y.m - 1, y.d) - Date.UTC(x.y, x.m - 1, x.d)) / 86_400_000);
}

/** One row of the weekly table: a weekday (0 = Monday) and its opening times, in feed order. */
export interface WeekRow {
  weekday: number;
  times: { opens: string; closes: string }[];
}

/** The weekly table, Monday first; a day without times is closed. */
export function weeklyHours(hours: readonly OpeningHours[] | undefined): WeekRow[] {
  return DAY_CODES.map((code, weekday) => ({
    weekday,
    times: (hours ?? [])
      .filter((h) => h.days.includes(code))
      .map(({ opens, closes }) => ({ opens, closes }))
      .sort((a, b) => (a.opens < b.opens ? -1 : 1)),
  }));
}
