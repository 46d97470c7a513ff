import { intlHasLocale } from './dates.js';

// Where the browser's Intl lacks a language, borrow one that groups and marks
// decimals the same way (Georgian and Armenian: "1 234,5"; Azerbaijani: "1.234,5").
const NUMBER_STAND_INS: Record<string, string> = { ka: 'ru', hy: 'ru', az: 'tr' };

const cache = new Map<string, Intl.NumberFormat>();

/** Formats a number in the widget's language. */
export function formatNumber(n: number, lang: string, options: Intl.NumberFormatOptions = {}): string {
  const key = lang + JSON.stringify(options);
  let f = cache.get(key);
  if (!f) {
    const primary = lang.split('-')[0]!;
    const tag = !intlHasLocale(primary) && NUMBER_STAND_INS[primary] ? NUMBER_STAND_INS[primary]! : lang;
    f = new Intl.NumberFormat(tag, options);
    cache.set(key, f);
  }
  return f.format(n);
}
