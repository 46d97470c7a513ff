/**
 * The calendar's layout as pure functions of (events, feed time zone, month).
 * Days are yyyymmdd numbers in the FEED's zone; the visitor's device zone never
 * enters, so an all-day event on 29 April is on 29 April in Honolulu and in Kiritimati.
 */
import type { FeedEvent } from '../feed/types.js';
import { dayKey, parseDate, toInstant, wallTime } from '../time/parse.js';

/** One event placed on the calendar. */
export interface Occurrence {
  event: FeedEvent;
  /** A bare-date event: a whole day (or days), no time. */
  allDay: boolean;
  /** First and last day it covers (inclusive), yyyymmdd in the feed's zone. */
  first: number;
  last: number;
  /** Start instant (ms); for all-day events the start of the first day in the feed's zone. */
  start: number;
  /** End instant (ms) of a timed event with an end. */
  end?: number;
}

/** Every event, sorted, and the events of each day: built once per feed. */
export interface EventIndex {
  all: Occurrence[];
  byDay: Map<number, Occurrence[]>;
}

/** One square of the month grid. */
export interface GridDay {
  key: number;
  y: number;
  m: number;
  d: number;
  /** In the month shown (days of the weeks before and after are dimmed). */
  inMonth: boolean;
}

const DAY = 864e5;
/** Days since 1970-01-01 for a calendar date (no zone: pure arithmetic). */
const dayNum = (y: number, m: number, d: number) => Math.round(Date.UTC(y, m - 1, d) / DAY);
const fromNum = (n: number) => {
  const t = new Date(n * DAY);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
};
const keyNum = (key: number) => dayNum(Math.floor(key / 10000), Math.floor(key / 100) % 100, key % 100);
const numKey = (n: number) => {
  const { y, m, d } = fromNum(n);
  return dayKey(y, m, d);
};

/** `key` moved by `days` days (negative: back). */
export const addDays = (key: number, days: number) => numKey(keyNum(key) + days);

/** The day's place in its week, 0 … 6, the week starting `first` days after Monday. */
export const weekday = (key: number, first = 0) => (((keyNum(key) + 3 - first) % 7) + 7) % 7; // 1970-01-01 was a Thursday

/** Days from Monday to the first day of the week: Saturday in Persian (CLDR: Iran, Afghanistan), Monday in our other languages. */
export const weekStart = (lang: string) => (lang === 'fa' ? 5 : 0);

/** Days in month `m` (1–12) of year `y`. */
export const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** The same day of the month `months` later (or earlier), clamped to that month's length (31 Jan + 1 → 28/29 Feb). */
export function addMonths(key: number, months: number): number {
  const y = Math.floor(key / 10000);
  const total = y * 12 + (Math.floor(key / 100) % 100) - 1 + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  return dayKey(ny, nm, Math.min(key % 100, daysIn(ny, nm)));
}

/** The day it is now in `timeZone`. */
export function today(now: number, timeZone: string): number {
  const w = wallTime(now, timeZone);
  return dayKey(w.y, w.m, w.d);
}

// Intl is the slow part of placing an event: a feed repeats its days and times, so ask once each.
const memo = new Map<string, number | undefined>();
const cached = (key: string, f: () => number | undefined) => {
  if (memo.size > 50_000) memo.clear();
  if (!memo.has(key)) memo.set(key, f());
  return memo.get(key);
};
const instant = (s: string, timeZone: string) => cached(`i${timeZone}|${s}`, () => toInstant(s, timeZone));
// Zone offsets are whole quarter hours, so a day boundary falls on a quarter-hour boundary.
const dayOf = (ms: number, timeZone: string) => {
  const q = Math.floor(ms / 9e5);
  return cached(`d${timeZone}|${q}`, () => {
    const w = wallTime(q * 9e5, timeZone);
    return dayKey(w.y, w.m, w.d);
  })!;
};

/** Places one event; undefined when its start cannot be read. */
export function place(event: FeedEvent, timeZone: string): Occurrence | undefined {
  const s = parseDate(event.start);
  const e = event.end ? parseDate(event.end) : undefined;
  const start = instant(event.start, timeZone);
  if (!s || start === undefined) return undefined;
  if (s.dateOnly) {
    // A bare date is a calendar day: read it as written, never through a clock.
    const first = dayKey(s.y, s.m, s.d);
    let last = e ? (e.dateOnly ? dayKey(e.y, e.m, e.d) : dayOf(instant(event.end!, timeZone)! - 1, timeZone)) : first;
    if (last < first) last = first;
    return { event, allDay: true, first, last, start };
  }
  const first = dayOf(start, timeZone);
  let end: number | undefined;
  if (e) end = e.dateOnly ? instant(event.end!, timeZone)! + DAY : instant(event.end!, timeZone);
  if (end !== undefined && end <= start) end = undefined;
  // An event ending at midnight does not spill onto the next day.
  const last = end !== undefined ? Math.max(first, dayOf(end - 1, timeZone)) : first;
  return { event, allDay: false, first, last, start, end };
}

/**
 * Days indexed for all events together before each is held to MAX_SPAN days:
 * a project running for years shows on every day of it, and a broken feed of
 * thousands of century-long events still costs at most 400 entries each.
 */
const ROOM = 30_000;
const MAX_SPAN = 400;

/** Indexes the feed's events by day, once. */
export function indexEvents(events: readonly FeedEvent[], timeZone: string): EventIndex {
  const all: Occurrence[] = [];
  for (const ev of events) {
    const o = place(ev, timeZone);
    if (o) all.push(o);
  }
  // Events of the same start keep the feed's order (the sort is stable): the editor's, not their ids' text.
  all.sort((a, b) => a.start - b.start || b.last - a.last);
  const byDay = new Map<number, Occurrence[]>();
  let room = ROOM;
  for (const o of all) {
    const from = keyNum(o.first);
    const to = Math.min(keyNum(o.last), from + Math.max(MAX_SPAN, room));
    room -= to - from;
    for (let n = from; n <= to; n++) {
      const k = numKey(n);
      const list = byDay.get(k);
      if (list) list.push(o);
      else byDay.set(k, [o]);
    }
  }
  return { all, byDay };
}

/** The weeks (Monday first, or `start` days later) that show month `m` of year `y`: 4 to 6 rows of 7 days. */
export function monthGrid(y: number, m: number, start = 0): GridDay[][] {
  const first = dayNum(y, m, 1);
  const lead = weekday(dayKey(y, m, 1), start);
  const rows = Math.ceil((lead + daysIn(y, m)) / 7);
  const weeks: GridDay[][] = [];
  for (let r = 0; r < rows; r++) {
    const week: GridDay[] = [];
    for (let c = 0; c < 7; c++) {
      const p = fromNum(first - lead + r * 7 + c);
      week.push({ key: dayKey(p.y, p.m, p.d), ...p, inMonth: p.m === m });
    }
    weeks.push(week);
  }
  return weeks;
}

/** The events of each day of a month grid, from the index, filtered. */
export function layoutMonth(index: EventIndex, y: number, m: number, keep: (o: Occurrence) => boolean = () => true, start = 0) {
  return monthGrid(y, m, start).map((week) => week.map((day) => ({ ...day, events: (index.byDay.get(day.key) ?? []).filter(keep) })));
}

/** The events that touch month `m` of `y`, in order, each once. */
export function eventsInMonth(index: EventIndex, y: number, m: number, keep: (o: Occurrence) => boolean = () => true): Occurrence[] {
  const from = dayKey(y, m, 1);
  const to = dayKey(y, m, 31);
  return index.all.filter((o) => o.first <= to && o.last >= from && keep(o));
}

/** When the calendar looks: the instant (ms) and its day (yyyymmdd) in the feed's zone. */
export interface Clock {
  now: number;
  todayKey: number;
}

/** Over by `clock`: a timed event without an end has not ended once begun; it has, once its day is over. */
export const isPast = (o: Occurrence, { now, todayKey }: Clock) => (o.end === undefined ? o.last < todayKey : o.end < now);

/** The month (as yyyymm01) where the calendar opens: the next event's (or one under way), else today's. */
export function openingMonth(index: EventIndex, clock: Clock, keep: (o: Occurrence) => boolean = () => true): number {
  // (An event that ended this morning is not the next one: the month after may hold it.)
  const next = index.all.find((o) => !isPast(o, clock) && !o.event.cancelled && keep(o)) ?? index.all.find((o) => !isPast(o, clock) && keep(o));
  const k = next ? Math.max(next.first, clock.todayKey) : clock.todayKey;
  return k - (k % 100) + 1;
}

/**
 * The day (yyyymmdd) of the closest event after month yyyymm01 `month` (its
 * first day), else before it (its last day); undefined when there is none.
 */
export function nearestDay(index: EventIndex, month: number, keep: (o: Occurrence) => boolean = () => true): number | undefined {
  const end = month + 30;
  const after = index.all.find((o) => o.first > end && keep(o));
  return after ? after.first : [...index.all].reverse().find((o) => o.last < month && keep(o))?.last;
}
