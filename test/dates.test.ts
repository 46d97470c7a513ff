// Expected strings are what Node 20's full ICU (CLDR 48) prints, written out literally.
// formatDate must give them in every browser; fallbackFormat (the shipped data) must give
// them even in browsers whose Intl has the language, so the data is tested everywhere.
import { expect } from '@open-wc/testing';
import {
  addDateNames, fallbackFormat, formatDate, formatTime, intlHasLocale, monthNames, weekdayNames,
} from '../src/i18n/dates.js';
import { DATE_NAMES } from '../src/i18n/date-names.js';


const TBILISI = 'Asia/Tbilisi';
const JUNE_24 = new Date('2014-06-24T12:00:00+04:00'); // a Tuesday
const MARCH_9_LATE = new Date('2024-03-09T22:30:00Z'); // Saturday in UTC, already Sunday 02:30 in Tbilisi

type Options = Intl.DateTimeFormatOptions;
const FULL: Options = { dateStyle: 'full' };
const LONG: Options = { dateStyle: 'long' };
const MEDIUM: Options = { dateStyle: 'medium' };
const DAY_LONG: Options = { day: 'numeric', month: 'long', year: 'numeric' };
const DAY_SHORT: Options = { day: 'numeric', month: 'short', year: 'numeric' };
const HEADING: Options = { month: 'long', year: 'numeric' };
const WEEKDAY: Options = { weekday: 'long' };
const WEEKDAY_SHORT: Options = { weekday: 'short' };
const TIME: Options = { hour: '2-digit', minute: '2-digit' };

/** Asserts formatDate and the shipped-data fallback both print `want`. */
function expectBoth(date: Date, lang: string, options: Options, want: string) {
  expect(formatDate(date, lang, options), `formatDate ${lang} ${JSON.stringify(options)}`).to.equal(want);
  expect(fallbackFormat(date, lang, options), `fallbackFormat ${lang} ${JSON.stringify(options)}`).to.equal(want);
}

describe('dates', () => {
  before(() => Promise.all(Object.entries(DATE_NAMES).map(async ([l, load]) => addDateNames(l, (await load()).default, true))));

  it('prints the Georgian long date, not the en-US fallback', () => {
    expectBoth(JUNE_24, 'ka', { dateStyle: 'long', timeZone: TBILISI }, '24 ივნისი, 2014');
  });

  const table: [string, Options, string][] = [
    ['ka', FULL, 'სამშაბათი, 24 ივნისი, 2014'],
    ['ka', MEDIUM, '24 ივნ. 2014'],
    ['ka', DAY_LONG, '24 ივნისი, 2014'],
    ['ka', DAY_SHORT, '24 ივნ. 2014'],
    ['ka', HEADING, 'ივნისი, 2014'],
    ['ka', WEEKDAY, 'სამშაბათი'],
    ['ka', WEEKDAY_SHORT, 'სამ'],
    ['ka', TIME, '12:00'],
    ['hy', FULL, '2014 թ. հունիսի 24, երեքշաբթի'],
    ['hy', LONG, '24 հունիսի, 2014 թ.'], // genitive month
    ['hy', MEDIUM, '24 հնս, 2014 թ.'],
    ['hy', DAY_LONG, '24 հունիսի, 2014 թ.'],
    ['hy', DAY_SHORT, '24 հնս, 2014 թ.'],
    ['hy', WEEKDAY, 'երեքշաբթի'],
    ['hy', WEEKDAY_SHORT, 'երք'],
    ['hy', TIME, '12:00'],
    ['az', FULL, '24 iyun 2014, çərşənbə axşamı'],
    ['az', LONG, '24 iyun 2014'],
    ['az', MEDIUM, '24 iyn 2014'],
    ['az', DAY_LONG, '24 iyun 2014'],
    ['az', DAY_SHORT, '24 iyn 2014'],
    ['az', WEEKDAY, 'çərşənbə axşamı'],
    ['az', WEEKDAY_SHORT, 'Ç.A.'],
    ['az', TIME, '12:00'],
  ];
  for (const [lang, options, want] of table) {
    it(`${lang} ${JSON.stringify(options)} → ${want}`, () => {
      expectBoth(JUNE_24, lang, { ...options, timeZone: TBILISI }, want);
    });
  }

  it('prints the Armenian and Azerbaijani month heading (standalone month)', () => {
    // U+2024 (one dot leader) after թ is what CLDR has in this pattern, unlike the long date's ".".
    expectBoth(JUNE_24, 'hy', { ...HEADING, timeZone: TBILISI }, '2014 թ\u2024 հունիս');
    expectBoth(JUNE_24, 'az', { ...HEADING, timeZone: TBILISI }, 'iyun 2014');
  });

  it('pads the day where the CLDR pattern does (ka full, hy long) and not elsewhere', () => {
    expectBoth(MARCH_9_LATE, 'ka', { ...FULL, timeZone: 'UTC' }, 'შაბათი, 09 მარტი, 2024');
    expectBoth(MARCH_9_LATE, 'ka', { ...LONG, timeZone: 'UTC' }, '9 მარტი, 2024');
    expectBoth(MARCH_9_LATE, 'hy', { ...LONG, timeZone: 'UTC' }, '09 մարտի, 2024 թ.');
    expectBoth(MARCH_9_LATE, 'hy', { ...DAY_LONG, timeZone: 'UTC' }, '9 մարտի, 2024 թ.');
  });

  it('puts a date near midnight on the right day in Asia/Tbilisi vs UTC', () => {
    expectBoth(MARCH_9_LATE, 'ka', { ...FULL, timeZone: 'UTC' }, 'შაბათი, 09 მარტი, 2024');
    expectBoth(MARCH_9_LATE, 'ka', { ...FULL, timeZone: TBILISI }, 'კვირა, 10 მარტი, 2024');
    expectBoth(MARCH_9_LATE, 'hy', { ...FULL, timeZone: TBILISI }, '2024 թ. մարտի 10, կիրակի');
    expectBoth(MARCH_9_LATE, 'az', { ...FULL, timeZone: TBILISI }, '10 mart 2024, bazar');
    expect(formatTime(MARCH_9_LATE, 'ka', 'UTC')).to.equal('22:30');
    expect(formatTime(MARCH_9_LATE, 'ka', TBILISI)).to.equal('02:30');
    expect(formatTime(MARCH_9_LATE, 'az', TBILISI)).to.equal('02:30');
  });

  it('lists Georgian weekdays Monday first', () => {
    expect(weekdayNames('ka', 'long')).to.deep.equal(['ორშაბათი', 'სამშაბათი', 'ოთხშაბათი', 'ხუთშაბათი', 'პარასკევი', 'შაბათი', 'კვირა']);
    expect(weekdayNames('ka', 'short')).to.deep.equal(['ორშ', 'სამ', 'ოთხ', 'ხუთ', 'პარ', 'შაბ', 'კვი']);
    // CLDR's narrow ones are ო ს ო ხ პ შ კ: Monday and Wednesday alike above a phone's grid. The short ones instead.
    expect(weekdayNames('ka', 'narrow')).to.deep.equal(['ორშ', 'სამ', 'ოთხ', 'ხუთ', 'პარ', 'შაბ', 'კვი']);
    // Persian's tell the days apart: kept.
    expect(new Set(weekdayNames('fa', 'narrow')).size).to.equal(7);
    expect(weekdayNames('fa', 'narrow')[0]!.length).to.equal(1);
    expect(weekdayNames('az', 'short')).to.deep.equal(['B.E.', 'Ç.A.', 'Ç.', 'C.A.', 'C.', 'Ş.', 'B.']);
    // Azerbaijani's narrow names are digits (CLDR), which above the dates read as dates: the short ones instead.
    expect(weekdayNames('az', 'narrow')).to.deep.equal(['B.E.', 'Ç.A.', 'Ç.', 'C.A.', 'C.', 'Ş.', 'B.']);
    expect(weekdayNames('en', 'short')).to.deep.equal(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);
  });

  it('lists month names, January first, in format and standalone forms', () => {
    expect(monthNames('hy', 'long')).to.deep.equal(['հունվարի', 'փետրվարի', 'մարտի', 'ապրիլի', 'մայիսի', 'հունիսի', 'հուլիսի', 'օգոստոսի', 'սեպտեմբերի', 'հոկտեմբերի', 'նոյեմբերի', 'դեկտեմբերի']);
    expect(monthNames('hy', 'long', 'standalone')).to.deep.equal(['հունվար', 'փետրվար', 'մարտ', 'ապրիլ', 'մայիս', 'հունիս', 'հուլիս', 'օգոստոս', 'սեպտեմբեր', 'հոկտեմբեր', 'նոյեմբեր', 'դեկտեմբեր']);
    expect(monthNames('ka', 'long', 'standalone')).to.deep.equal(['იანვარი', 'თებერვალი', 'მარტი', 'აპრილი', 'მაისი', 'ივნისი', 'ივლისი', 'აგვისტო', 'სექტემბერი', 'ოქტომბერი', 'ნოემბერი', 'დეკემბერი']);
    expect(monthNames('ka', 'short')).to.deep.equal(['იან', 'თებ', 'მარ', 'აპრ', 'მაი', 'ივნ', 'ივლ', 'აგვ', 'სექ', 'ოქტ', 'ნოე', 'დეკ']);
    expect(monthNames('az', 'short')).to.deep.equal(['yan', 'fev', 'mar', 'apr', 'may', 'iyn', 'iyl', 'avq', 'sen', 'okt', 'noy', 'dek']);
    expect(monthNames('ru', 'long')[5]).to.equal('июня');
    expect(monthNames('ru', 'long', 'standalone')[5]).to.equal('июнь');
  });

  it('gives fa the Gregorian calendar with Persian digits', () => {
    const o = { timeZone: TBILISI };
    expect(formatDate(JUNE_24, 'fa', { ...LONG, ...o })).to.equal('۲۴ ژوئن ۲۰۱۴');
    expect(formatDate(JUNE_24, 'fa', { ...HEADING, ...o })).to.equal('ژوئن ۲۰۱۴');
    expect(formatTime(JUNE_24, 'fa', TBILISI)).to.equal('۱۲:۰۰');
    expect(formatTime(new Date('2014-06-24T17:30:00+04:00'), 'en', TBILISI)).to.equal('17:30');
    expect(monthNames('fa', 'long')[5]).to.equal('ژوئن');
  });

  it('leaves en, ru and tr to Intl, unchanged', () => {
    const cases: [string, Options, string][] = [
      ['en', LONG, 'June 24, 2014'], ['en', HEADING, 'June 2014'], ['en', WEEKDAY, 'Tuesday'],
      ['ru', LONG, '24 июня 2014 г.'], ['ru', HEADING, 'июнь 2014 г.'], ['ru', WEEKDAY, 'вторник'],
      ['tr', LONG, '24 Haziran 2014'], ['tr', HEADING, 'Haziran 2014'], ['tr', WEEKDAY, 'Salı'],
    ];
    for (const [lang, options, want] of cases) {
      const o = { ...options, timeZone: TBILISI };
      expect(formatDate(JUNE_24, lang, o), `${lang} ${JSON.stringify(options)}`).to.equal(want);
      expect(formatDate(JUNE_24, lang, o)).to.equal(new Intl.DateTimeFormat(lang, o).format(JUNE_24));
      expect(intlHasLocale(lang), lang).to.equal(true);
    }
    // Whatever the browser's clock style, formatTime is exactly Intl's.
    expect(formatTime(JUNE_24, 'en', TBILISI)).to.equal('12:00');
    expect(formatTime(JUNE_24, 'ru', TBILISI)).to.equal('12:00');
    expect(formatTime(JUNE_24, 'tr', TBILISI)).to.equal('12:00');
  });

  it('intlHasLocale says no where Intl would fall back', () => {
    expect(intlHasLocale('en')).to.equal(true);
    expect(intlHasLocale('xx')).to.equal(false); // no such language: Intl uses the default locale
    for (const lang of ['ka', 'hy', 'az']) {
      const f = new Intl.DateTimeFormat(lang, { month: 'long', timeZone: 'UTC' });
      const real = f.resolvedOptions().locale.split('-')[0] === lang && f.format(JUNE_24) !== 'M06';
      expect(intlHasLocale(lang), lang).to.equal(real);
    }
  });

  it('falls back only for the option sets and languages it has data for', () => {
    expect(fallbackFormat(JUNE_24, 'en', LONG)).to.equal(undefined);
    expect(fallbackFormat(JUNE_24, 'ka', { dateStyle: 'short' })).to.equal(undefined);
    expect(fallbackFormat(JUNE_24, 'ka-GE', { ...LONG, timeZone: TBILISI })).to.equal('24 ივნისი, 2014');
  });
});
