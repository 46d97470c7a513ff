/**
 * An RFC 5545 iCalendar writer for the feed's events: just what calendars
 * need to import them, nothing sent to a third party.
 *
 * Loaded on demand (ics-file.ts), when a visitor asks for a file: it imports
 * no code, and is handed the calendar's helpers instead. A module it shared
 * with the element would be split into a chunk of its own that every page
 * loads, or this chunk would import the element's file back by a URL that may
 * not be the page's (a CMS adds `?ver=…`), loading the library twice.
 */
import type { FeedEvent } from '../feed/types.js';
import type { t } from '../i18n/text.js';
import type { wallTime, zoneOffset } from '../time/parse.js';
import type { addDays, place } from './layout.js';

/** The calendar's helpers the writer uses. */
export interface IcsLib {
  t: typeof t;
  wallTime: typeof wallTime;
  zoneOffset: typeof zoneOffset;
  addDays: typeof addDays;
  place: typeof place;
}

const TBILISI = 'Asia/Tbilisi';
// Georgia has kept UTC+4 without summer time since 2005; before that we write UTC.
const VTIMEZONE = ['BEGIN:VTIMEZONE', `TZID:${TBILISI}`, 'BEGIN:STANDARD', 'DTSTART:19700101T000000', 'TZOFFSETFROM:+0400', 'TZOFFSETTO:+0400', 'TZNAME:+04', 'END:STANDARD', 'END:VTIMEZONE'];

/** TEXT escaping (RFC 5545 §3.3.11). */
export const escapeText = (s: string) => s.replace(/\r\n?/g, '\n').replace(/[\\;,]/g, (c) => '\\' + c).replace(/\n/g, '\\n');

const utf8 = (cp: number) => (cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4);

/** Folds a content line at 75 octets (§3.1), never inside a UTF-8 character. */
export function fold(line: string): string {
  const out: string[] = [];
  let cur = '';
  let octets = 0;
  for (const ch of line) {
    const n = utf8(ch.codePointAt(0)!);
    // Continuation lines begin with a space, which counts towards their 75.
    if (octets + n > 75) {
      out.push(cur);
      cur = ' ';
      octets = 1;
    }
    cur += ch;
    octets += n;
  }
  out.push(cur);
  return out.join('\r\n');
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const date = (key: number) => String(key);
const utc = (ms: number) => {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
};

/** A timed moment: Tbilisi wall time with TZID when the fixed VTIMEZONE is right for it, else UTC. */
function dateTime(name: string, ms: number, timeZone: string, { zoneOffset, wallTime }: IcsLib): string {
  if (timeZone === TBILISI && zoneOffset(ms, TBILISI) === 240) {
    const w = wallTime(ms, TBILISI);
    const s = new Date(ms).getUTCSeconds();
    return `${name};TZID=${TBILISI}:${w.y}${pad(w.m)}${pad(w.d)}T${pad(w.hh)}${pad(w.mm)}${pad(s)}`;
  }
  return `${name}:${utc(ms)}`;
}

export interface IcsOptions {
  /** The feed's IANA zone (dates without an offset are in it). */
  timeZone: string;
  /** Language of the text (the element's). */
  lang: string;
  /** The feed's languages, for the fallback. */
  languages?: readonly string[];
  /** DTSTAMP (ms): when this file is made. */
  now: number;
  /** Domain part of each UID, so the same event always gets the same UID. */
  uidDomain?: string;
  /** Calendar name (X-WR-CALNAME). */
  name?: string;
}

/** An iCalendar document (CRLF line ends, folded) for `events`. */
export function toIcs(events: readonly FeedEvent[], o: IcsOptions, lib: IcsLib): string {
  const { t, place, addDays } = lib;
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//IOM Georgia//iom-widgets//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  if (o.name) lines.push(`X-WR-CALNAME:${escapeText(o.name)}`);
  const body: string[] = [];
  let usesTz = false;
  const text = (v: Parameters<typeof t>[0]) => t(v, o.lang, o.languages);
  for (const ev of events) {
    const p = place(ev, o.timeZone);
    if (!p) continue;
    body.push('BEGIN:VEVENT', `UID:${encodeURIComponent(ev.id)}@${o.uidDomain ?? 'iom-widgets'}`, `DTSTAMP:${utc(o.now)}`);
    if (p.allDay) {
      // All-day: DATE values; DTEND is the day AFTER the last day (exclusive).
      body.push(`DTSTART;VALUE=DATE:${date(p.first)}`, `DTEND;VALUE=DATE:${date(addDays(p.last, 1))}`);
    } else {
      const s = dateTime('DTSTART', p.start, o.timeZone, lib);
      const e = p.end !== undefined ? dateTime('DTEND', p.end, o.timeZone, lib) : undefined;
      usesTz ||= s.includes('TZID') || !!e?.includes('TZID');
      body.push(s);
      if (e) body.push(e);
    }
    body.push(`SUMMARY:${escapeText(text(ev.title))}`);
    const desc = text(ev.description);
    if (desc) body.push(`DESCRIPTION:${escapeText(desc)}`);
    const loc = ev.location;
    if (loc) {
      const place = [text(loc.name), text(loc.address), text(loc.city)].filter((s, i, a) => s && a.indexOf(s) === i);
      body.push(`LOCATION:${escapeText(place.join(', '))}`);
      if (loc.lat !== undefined && loc.lon !== undefined) body.push(`GEO:${loc.lat};${loc.lon}`);
    }
    if (ev.type) body.push(`CATEGORIES:${escapeText(ev.type)}`);
    if (ev.url && /^https?:/i.test(ev.url)) body.push(`URL:${ev.url}`);
    body.push(`STATUS:${ev.cancelled ? 'CANCELLED' : 'CONFIRMED'}`, 'END:VEVENT');
  }
  if (usesTz) lines.push(...VTIMEZONE);
  lines.push(...body, 'END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}
