// Dates that read right in every browser. Chromium's ICU has no Georgian or Armenian
// (Intl falls back to en-US) and no Azerbaijani names ("M04"), so for those languages
// we assemble the text from CLDR names and patterns generated into date-names.ts.
import { SETS } from './date-names.js';

// The shipped names of the languages loaded so far (see addDateNames), split once.
const DATA: Record<string, string[]> = {};

type Options = Intl.DateTimeFormatOptions;

// Building an Intl.DateTimeFormat is slow and calendars format hundreds of dates.
const formats = new Map<string, Intl.DateTimeFormat>();
const dtf = (locale: string, options: Options): Intl.DateTimeFormat => {
  const k = locale + JSON.stringify(options);
  let f = formats.get(k);
  if (!f) formats.set(k, (f = new Intl.DateTimeFormat(locale, options)));
  return f;
};

export const language = (lang: string): string => lang.split('-')[0].toLowerCase();

// Always Gregorian: fa would otherwise default to the Solar Hijri calendar.
const native = (lang: string, options: Options) => dtf(lang + '-u-ca-gregory', options);

const has = new Map<string, boolean>();
/** True when this browser's Intl really has `lang` (resolvedOptions().locale's language equals the requested one AND it does not produce fallback output like "M04"). Cached per lang. */
export function intlHasLocale(lang: string): boolean {
  let ok = has.get(lang);
  if (ok === undefined) {
    const f = new Intl.DateTimeFormat(lang, { month: 'long', timeZone: 'UTC' });
    ok = language(f.resolvedOptions().locale) === language(lang) && !/M\d/.test(f.format(0));
    has.set(lang, ok);
  }
  return ok;
}

// The shipped list for `lang`: months at 0 (long), 12 (long standalone), 24 (short),
// 36 (short standalone); weekdays at 48 (long), 55 (short), 62 (narrow); patterns at 69.
const names = (lang: string): string[] | undefined => DATA[language(lang)];

/**
 * Internal (exported for tests): formats from the shipped data without asking Intl for
 * `lang`. Undefined when there is no data for `lang` or no pattern for these options.
 */
export function fallbackFormat(date: Date, lang: string, options: Options): string | undefined {
  const { timeZone, ...rest } = options;
  const set = SETS.indexOf(Object.entries(rest).filter((e) => e[1] !== undefined).sort().map((e) => e.join(':')).join());
  const a = names(lang);
  if (!a || set < 0) return;
  // The calendar fields in the wanted time zone, from en-US, which every browser has.
  const f: Record<string, string> = {};
  for (const p of dtf('en-US', { timeZone, year: 'numeric', month: 'numeric', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(date)) f[p.type] = p.value;
  const m = +f.month - 1;
  const w = (new Date(Date.UTC(+f.year, m, +f.day)).getUTCDay() + 6) % 7; // Monday = 0
  const v: Record<string, string> = {
    y: f.year, d: String(+f.day), D: f.day, H: f.hour, m: f.minute,
    M: a[m], L: a[12 + m], b: a[24 + m], B: a[36 + m], E: a[48 + w], e: a[55 + w],
  };
  // Pattern letters are fields; '…' is quoted literal text (see date-names.ts).
  return a[69 + set].replace(/'([^']*)'|[a-zA-Z]/g, (t: string, lit?: string) => lit ?? v[t]);
}

/** Formats a date like Intl.DateTimeFormat(lang, options).format(date), but correct for ka, hy, az even where Intl lacks them. Always the Gregorian calendar, locale digits kept (fa → Persian digits). Supports {dateStyle:'long'|'medium'|'full'}, {day:'numeric', month:'long'|'short', year:'numeric'}, {month:'long', year:'numeric'}, {weekday:'long'|'short'}, {hour:'2-digit', minute:'2-digit'}, plus timeZone. */
export function formatDate(date: Date, lang: string, options: Options): string {
  return (!intlHasLocale(lang) && fallbackFormat(date, lang, options)) || native(lang, options).format(date);
}

/**
 * Takes the shipped names of `lang` (its strings chunk carries them, see
 * scripts/i18n.mjs) when this browser's Intl lacks the language; `always`
 * takes them anyway (tests).
 */
export function addDateNames(lang: string, text: string, always = false): void {
  const l = language(lang);
  if (DATA[l] || (!always && intlHasLocale(l))) return;
  const a = text.split('|');
  // An empty standalone name is the same as the format name 12 entries before.
  DATA[l] = a.map((s, i) => s || a[i - 12]!);
}

/** Month names, January first. */
export function monthNames(lang: string, width: 'long' | 'short', context: 'format' | 'standalone' = 'format'): string[] {
  const a = !intlHasLocale(lang) && names(lang);
  const at = (width === 'short' ? 24 : 0) + (context === 'standalone' ? 12 : 0);
  if (a) return a.slice(at, at + 12);
  // A month alone is the standalone form; beside a day it takes the format (e.g. genitive) form.
  const f = native(lang, { month: width, day: context === 'format' ? 'numeric' : undefined, timeZone: 'UTC' });
  return [...Array(12)].map((_, i) => f.formatToParts(Date.UTC(2021, i, 9)).find((p) => p.type === 'month')!.value);
}

/** Weekday names, MONDAY first. */
export function weekdayNames(lang: string, width: 'long' | 'short' | 'narrow'): string[] {
  const a = !intlHasLocale(lang) && names(lang);
  const at = { long: 48, short: 55, narrow: 62 }[width];
  let days = a && a.slice(at, at + 7);
  if (!days) {
    const f = native(lang, { weekday: width, timeZone: 'UTC' });
    days = [...Array(7)].map((_, i) => f.format(Date.UTC(2024, 0, 1 + i))); // 2024-01-01 was a Monday
  }
  // Narrow names that repeat (Georgian ო is Monday and Wednesday) or are the
  // digits 1-7 (Azerbaijani) read wrongly above a row of dates: the short ones.
  return width === 'narrow' && (new Set(days).size < 7 || /\d/.test(days[0]!)) ? weekdayNames(lang, 'short') : days;
}

/**
 * Time as "09:00", 24-hour in every language (English included: the programme's
 * hours are written that way, and "5:30 PM" beside "17:30" would confuse).
 */
export function formatTime(date: Date, lang: string, timeZone?: string): string {
  return (!intlHasLocale(lang) && fallbackFormat(date, lang, { hour: '2-digit', minute: '2-digit', timeZone })) ||
    native(lang, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).format(date);
}
