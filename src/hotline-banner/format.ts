/**
 * What the banner says about a line: its number (dialable and readable), its
 * hours and the languages spoken on it. Pure functions, tested on their own.
 */
import { formatTime, intlHasLocale, language as primary, weekdayNames } from '../i18n/dates.js';
import type { Locale } from '../i18n/locale.js';
import { comma } from '../i18n/text.js';

/** Each of our languages written in itself: the switcher's options and the names of languages spoken. */
export const ENDONYMS: Readonly<Record<Locale, string>> = {
  ka: 'ქართული',
  en: 'English',
  ru: 'Русский',
  tr: 'Türkçe',
  fa: 'فارسی',
  az: 'Azərbaycanca',
  hy: 'Հայերեն',
};

/**
 * The quick exit button's label, built in: the button must work, in the
 * visitor's language, before (or without) the strings' chunk. The translators'
 * wording of "Exit this page" (locales/translations/hotline-banner.json; a test
 * keeps the two the same).
 */
export const EXIT_LABELS: Readonly<Record<Locale, string>> = {
  ka: 'გვერდის დატოვება',
  en: 'Exit this page',
  ru: 'Покинуть страницу',
  tr: 'Bu sayfadan çık',
  fa: 'خروج از این صفحه',
  az: 'Bu səhifədən çıx',
  hy: 'Լքել էջը',
};

export interface PhoneNumber {
  /** For the `tel:` link: E.164 (`+995322600955`) or the short code (`112`). */
  dial: string;
  /** For the eye: `+995 32 2 60 09 55`, `112`. */
  display: string;
}

/**
 * A phone number as written in the feed or an attribute (spaces, dashes, dots
 * and brackets allowed). Undefined when it is not a number we can dial.
 */
export function parsePhone(raw: string | undefined): PhoneNumber | undefined {
  const dial = (raw ?? '').replace(/[\s().\u00a0-]/g, '');
  if (!/^\+?\d{2,15}$/.test(dial)) return undefined;
  // Georgian numbers as Georgians write them; any other as its writer spaced it ("032 2 10 02 22",
  // "+90 212 555 00 00"): we do not know every country's numbering plan.
  const ge = /^\+995(\d{9})$/.exec(dial)?.[1];
  return { dial, display: ge ? groupGeorgian(ge) : raw!.trim().replace(/\s+/g, ' ') };
}

/** Tbilisi: 32 2 60 09 55; mobiles and other areas: 555 12 34 56, 422 27 12 34. */
const groupGeorgian = (ge: string) => `+995 ${ge.startsWith('32') ? `32 ${ge[2]}` : ge.slice(0, 3)} ${pairs(ge.slice(3))}`;

const pairs = (s: string) => s.match(/\d\d/g)!.join(' ');

const DAYS = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];
const RULE = /^((?:mo|tu|we|th|fr|sa|su)(?:-(?:mo|tu|we|th|fr|sa|su))?(?:,(?:mo|tu|we|th|fr|sa|su)(?:-(?:mo|tu|we|th|fr|sa|su))?)*)\s+(\d\d:\d\d-\d\d:\d\d(?:,\d\d:\d\d-\d\d:\d\d)*)$/i;

/**
 * The feed's `hours` in the widget's language: `Mo-Fr 09:00-17:30; Sa 10:00-14:00`
 * becomes "ორშ–პარ 09:00–17:30; შაბ 10:00–14:00" (Persian punctuation in
 * Persian, full day names in Azerbaijani). `24/7` is `'24/7'`, for the
 * caller to word. Anything else is returned as written, undefined if empty.
 */
export function formatHours(hours: string | undefined, tag: string): string | undefined {
  const written = hours?.trim();
  if (!written) return undefined;
  // As editors type it too: "Mo–Fr 9:00 – 17:30", "Mo, We".
  const h = written.replace(/\s*[\u2010-\u2015\u2212-]\s*/g, '-').replace(/\s*,\s*/g, ',').replace(/\b(\d):/g, '0$1:');
  // Every day from 00:00 to 24:00 is the line that never closes: worded as 24/7, never "00:00–00:00".
  if (h === '24/7' || /^mo-su 00:00-24:00$/i.test(h)) return '24/7';
  const lang = primary(tag);
  // Azerbaijani's short names ("B.E.–C.") are hard to read: the full ones.
  const days = weekdayNames(tag, lang === 'az' ? 'long' : 'short');
  const sep = comma(tag);
  const time = (hm: string): string =>
    hm === '24:00'
      ? // "24:00" in the locale's digits (the hour of 00:00, two up: ۰۰ → ۲۴); Intl has no 24.
        time('00:00').replace(/\p{Nd}\p{Nd}/u, (d) => String.fromCharCode(d.charCodeAt(0) + 2, d.charCodeAt(0) + 4))
      : formatTime(new Date(Date.UTC(2024, 0, 1, +hm.slice(0, 2), +hm.slice(3))), tag, 'UTC');
  const out: string[] = [];
  // Rules end at ";", or at "," between a time and a day ("Mo-Fr 09:00-18:00, Sa 10:00-14:00");
  // a time after the comma is a second span of the same days (a lunch break: "Mo-Fr 09:00-13:00, 14:00-18:00").
  for (const part of h.replace(/(\d),(?=\D)/g, '$1;').split(';')) {
    const m = RULE.exec(part.trim());
    if (!m) return written;
    const span = m[1]!
      .toLowerCase()
      .split(',')
      .map((r) => r.split('-').map((d) => days[DAYS.indexOf(d)]).join('–'))
      .join(sep);
    out.push(`${span} ${m[2]!.split(',').map((r) => r.split('-').map(time).join('–')).join(sep)}`);
  }
  return out.join(lang === 'fa' ? '؛ ' : '; ');
}

/**
 * A language spoken on a line, named in that language ("Русский"), as speakers
 * of it look for it: ours from the list we ship, others from the browser when
 * it knows them, else in the widget's language, else the tag itself.
 */
export function languageName(code: string, widgetTag: string): { name: string; lang: string } {
  const own = ENDONYMS[primary(code) as Locale];
  if (own) return { name: own, lang: primary(code) };
  try {
    if (intlHasLocale(code)) return { name: new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code, lang: code };
    return { name: new Intl.DisplayNames([widgetTag, 'en'], { type: 'language' }).of(code) ?? code, lang: '' };
  } catch {
    return { name: code, lang: '' };
  }
}
