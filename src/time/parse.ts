/**
 * Dates as the feed writes them (RFC 3339 dates and date-times), and wall-clock
 * time in a named IANA zone. The browser's own zone never enters: a centre in
 * Tbilisi opens at 09:00 Tbilisi time wherever the visitor is.
 */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?([Zz]|[+-]\d{2}:\d{2})?$/;
const TIME = /^(\d{2}):(\d{2})$/;

export interface DateParts {
  y: number;
  /** 1–12 */
  m: number;
  d: number;
  hh: number;
  mm: number;
  ss: number;
  /** Minutes east of UTC when the string carries an offset; undefined for local (zone) time. */
  offset?: number;
  /** True for a bare date. */
  dateOnly: boolean;
}

// Arithmetic, not a Date: a feed of 500 centres has thousands of dates to check.
const daysInMonth = (y: number, m: number) =>
  m === 2 ? (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28) : 30 + ((m + (m >> 3)) & 1);

function validYmd(y: number, m: number, d: number) {
  return y >= 1 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Parses a feed date or date-time; undefined when it is not a real moment (2014-02-30, 24:61). */
export function parseDate(s: string): DateParts | undefined {
  let r = DATE.exec(s);
  if (r) {
    const [y, m, d] = [+r[1]!, +r[2]!, +r[3]!];
    return validYmd(y, m, d) ? { y, m, d, hh: 0, mm: 0, ss: 0, dateOnly: true } : undefined;
  }
  r = DATE_TIME.exec(s);
  if (!r) return undefined;
  const [y, m, d, hh, mm] = [+r[1]!, +r[2]!, +r[3]!, +r[4]!, +r[5]!];
  const ss = r[6] ? +r[6] : 0;
  if (!validYmd(y, m, d) || hh > 23 || mm > 59 || ss > 60) return undefined;
  let offset: number | undefined;
  const z = r[7];
  if (z) {
    if (z === 'Z' || z === 'z') offset = 0;
    else {
      const oh = +z.slice(1, 3);
      const om = +z.slice(4, 6);
      if (oh > 23 || om > 59) return undefined;
      offset = (z[0] === '-' ? -1 : 1) * (oh * 60 + om);
    }
  }
  return { y, m, d, hh, mm, ss: Math.min(ss, 59), offset, dateOnly: false };
}

export function isValidDate(s: string): boolean {
  const r = DATE.exec(s);
  return !!r && validYmd(+r[1]!, +r[2]!, +r[3]!);
}
export const isValidDateTime = (s: string) => DATE_TIME.test(s) && parseDate(s) !== undefined;
export const isValidDateOrDateTime = (s: string) => parseDate(s) !== undefined;
export function isValidTime(s: string): boolean {
  const r = TIME.exec(s);
  // 24:00 is allowed as a closing time ("open until midnight").
  return !!r && ((+r[1]! < 24 && +r[2]! < 60) || (r[1] === '24' && r[2] === '00'));
}

// ---------------------------------------------------------------------------
// Wall-clock time in a zone

/** A moment as a clock on the wall in some zone shows it. */
export interface WallTime {
  y: number;
  m: number;
  d: number;
  hh: number;
  mm: number;
  /** 0 = Monday … 6 = Sunday */
  weekday: number;
}

const partsFormatters = new Map<string, Intl.DateTimeFormat>();
function partsFormatter(timeZone: string) {
  let f = partsFormatters.get(timeZone);
  if (!f) {
    // en-US exists in every browser's ICU; only its numbers are read.
    f = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric',
      hour: 'numeric', minute: 'numeric', second: 'numeric', weekday: 'short',
    });
    partsFormatters.set(timeZone, f);
  }
  return f;
}

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** The wall-clock time in `timeZone` at instant `ms`. */
export function wallTime(ms: number, timeZone: string): WallTime {
  const p: Record<string, string> = {};
  for (const { type, value } of partsFormatter(timeZone).formatToParts(ms)) p[type] = value;
  return { y: +p.year!, m: +p.month!, d: +p.day!, hh: +p.hour! % 24, mm: +p.minute!, weekday: WEEKDAYS.indexOf(p.weekday!) };
}

// Offsets change on quarter hours at the finest: one Intl call per zone and
// quarter hour. A feed's 5,000 news dates made 10,000, a 60 ms task.
const offsets = new Map<string, number>();

/** Minutes east of UTC that `timeZone` is at instant `ms`. */
export function zoneOffset(ms: number, timeZone: string): number {
  const key = `${timeZone}|${Math.floor(ms / 9e5)}`;
  let o = offsets.get(key);
  if (o === undefined) {
    if (offsets.size > 50_000) offsets.clear();
    const w = wallTime(ms, timeZone);
    offsets.set(key, (o = Math.round((Date.UTC(w.y, w.m - 1, w.d, w.hh, w.mm) - (ms - (ms % 60000))) / 60000)));
  }
  return o;
}

/** The visitor's device zone (IANA). */
export const deviceZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * The offset of `timeZone` at `at` (minutes east of UTC) when the visitor's
 * clock is elsewhere at that moment; undefined when it is not, or when the
 * device's zone is unknown (nothing to compare with).
 */
export function zoneShift(at: number, timeZone: string, device = deviceZone): number | undefined {
  try {
    const here = device();
    if (here === timeZone || zoneOffset(at, here) === zoneOffset(at, timeZone)) return undefined;
  } catch {
    return undefined;
  }
  return zoneOffset(at, timeZone);
}

/**
 * The instant at which the wall clock in `timeZone` shows the given time. A
 * time the clock shows twice (the hour repeated when summer time ends) is the
 * first; one it skips (the hour lost when it begins) is moved forward by that
 * hour, 02:30 becoming 03:30: as RFC 5545 and Temporal read them.
 */
export function zonedInstant(y: number, m: number, d: number, hh: number, mm: number, timeZone: string): number {
  const guess = Date.UTC(y, m - 1, d, hh, mm);
  // Read with the offset of the day before and of the day after: the same but near a change.
  const before = guess - zoneOffset(guess - 864e5, timeZone) * 60000;
  const after = guess - zoneOffset(guess + 864e5, timeZone) * 60000;
  const shows = (t: number) => t + zoneOffset(t, timeZone) * 60000 === guess;
  // Shown once: that one. Twice: the earlier. Never (skipped): the earlier offset's, an hour on.
  return shows(after) && (!shows(before) || after < before) ? after : before;
}

/** The instant a feed date means: a bare date is the start of that day in `timeZone`. */
export function toInstant(s: string, timeZone: string): number | undefined {
  const p = parseDate(s);
  if (!p) return undefined;
  if (p.offset !== undefined) return Date.UTC(p.y, p.m - 1, p.d, p.hh, p.mm, p.ss) - p.offset * 60000;
  return zonedInstant(p.y, p.m, p.d, p.hh, p.mm, timeZone);
}

/** A calendar day as a sortable number yyyymmdd. */
export const dayKey = (y: number, m: number, d: number) => y * 10000 + m * 100 + d;
