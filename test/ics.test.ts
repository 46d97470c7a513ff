/**
 * The .ics writer, read back by an independent parser (ical.js) field by field,
 * plus the raw RFC 5545 rules a parser forgives: CRLF, 75-octet folding that never
 * splits a UTF-8 character, TEXT escaping.
 */
import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import type { FeedEvent } from '../src/feed/types.js';
import { escapeText, fold, toIcs as writeWith } from '../src/event-calendar/ics.js';
import { icsFileName } from '../src/event-calendar/ics-file.js';
import { t } from '../src/i18n/text.js';
import { wallTime, zoneOffset } from '../src/time/parse.js';
import { addDays, place } from '../src/event-calendar/layout.js';

const NOW = Date.UTC(2014, 5, 24, 8, 30, 5);
// 93 Georgian letters and spaces: ~270 octets, so the SUMMARY folds three times.
const LONG_KA = 'ტრენინგი სამართალდამცავი ორგანოებისთვის ტრეფიკინგთან ბრძოლის შესახებ; ბათუმი, აჭარა\\ოთხდღიანი';
const DESC_KA = 'თემები: სამუშაოს ძებნა, თვითშეფასება; გასაუბრება.\nმეორე სტრიქონი \\ ბოლო';

const events: FeedEvent[] = [
  {
    id: 'batumi-training', type: 'training', start: '2014-04-29', end: '2014-05-02',
    title: { ka: LONG_KA, en: 'Anti-trafficking training' },
    description: { ka: DESC_KA },
    location: { name: { ka: 'ბათუმი' }, city: { ka: 'ბათუმი' }, address: { ka: 'რუსთაველის 1' }, lat: 41.65, lon: 41.64 },
    url: 'https://georgia.iom.int/events?a=1&b=2',
  },
  { id: 'one-day', start: '2014-03-12', title: 'ერთდღიანი', type: 'meeting' },
  { id: 'timed', start: '2014-04-29T10:00', end: '2014-04-29T13:30', title: { ka: 'დროით' }, cancelled: true },
  { id: 'offset', start: '2014-04-29T06:00:00Z', title: 'UTC moment' },
  { id: 'old', start: '2004-06-01T10:00', title: 'Before 2005' },
  { id: 'bad', start: 'not a date', title: 'skipped' },
];

/** The writer with the calendar's helpers, as ics-file.ts hands them over. */
const toIcs = (evs: Parameters<typeof writeWith>[0], o: Parameters<typeof writeWith>[1]) => writeWith(evs, o, { t, wallTime, zoneOffset, addDays, place });
const ics = (evs = events, timeZone = 'Asia/Tbilisi') => toIcs(evs, { timeZone, lang: 'ka', languages: ['ka', 'en'], now: NOW, uidDomain: 'iom.ge', name: 'ღონისძიებები' });

function parse(text: string) {
  const cal = new ICAL.Component(ICAL.parse(text));
  for (const tz of cal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  const byUid = new Map(cal.getAllSubcomponents('vevent').map((v) => [String(v.getFirstPropertyValue('uid')), v]));
  return { cal, byUid };
}

describe('iCalendar writer', () => {
  afterEach(() => ICAL.TimezoneService.reset());

  it('parses back, field by field, with a Georgian title longer than 75 octets', () => {
    const text = ics();
    const { cal, byUid } = parse(text);
    expect(cal.getFirstPropertyValue('version')).to.equal('2.0');
    expect(cal.getFirstPropertyValue('prodid')).to.be.a('string').and.not.equal('');
    expect(cal.getFirstPropertyValue('x-wr-calname')).to.equal('ღონისძიებები');
    expect([...byUid.keys()]).to.deep.equal(['batumi-training@iom.ge', 'one-day@iom.ge', 'timed@iom.ge', 'offset@iom.ge', 'old@iom.ge']);

    const v = byUid.get('batumi-training@iom.ge')!;
    expect(new TextEncoder().encode(LONG_KA).length).to.be.greaterThan(75 * 3);
    expect(v.getFirstPropertyValue('summary')).to.equal(LONG_KA);
    expect(v.getFirstPropertyValue('description')).to.equal(DESC_KA);
    expect(v.getFirstPropertyValue('location')).to.equal('ბათუმი, რუსთაველის 1');
    expect(v.getFirstPropertyValue('geo')).to.deep.equal([41.65, 41.64]);
    expect(v.getFirstPropertyValue('categories')).to.equal('training');
    expect(v.getFirstPropertyValue('url')).to.equal('https://georgia.iom.int/events?a=1&b=2');
    expect(v.getFirstPropertyValue('status')).to.equal('CONFIRMED');
    const stamp = v.getFirstPropertyValue('dtstamp') as ICAL.Time;
    expect(stamp.toJSDate().getTime()).to.equal(NOW);
    expect(stamp.zone).to.equal(ICAL.Timezone.utcTimezone);
    // All-day: DATE values, and DTEND is the day after the last day.
    const s = v.getFirstPropertyValue('dtstart') as ICAL.Time;
    const e = v.getFirstPropertyValue('dtend') as ICAL.Time;
    expect(s.isDate && e.isDate).to.equal(true);
    expect(s.toString()).to.equal('2014-04-29');
    expect(e.toString()).to.equal('2014-05-03');
    expect(v.getFirstProperty('dtstart')!.type).to.equal('date');
    expect(text).to.contain('\r\nDTSTART;VALUE=DATE:20140429\r\nDTEND;VALUE=DATE:20140503\r\n');

    const one = byUid.get('one-day@iom.ge')!;
    expect((one.getFirstPropertyValue('dtstart') as ICAL.Time).toString()).to.equal('2014-03-12');
    expect((one.getFirstPropertyValue('dtend') as ICAL.Time).toString()).to.equal('2014-03-13');
    expect(one.getFirstPropertyValue('summary')).to.equal('ერთდღიანი');
    expect(one.getFirstPropertyValue('description')).to.equal(null);
  });

  it('gives every id its own UID and a readable file name, whatever its script', () => {
    const ids = ['ბათუმი', 'გონიო', 'a b', 'a_b', 'a;b,c@d'];
    const { byUid } = parse(ics(ids.map((id) => ({ id, start: '2014-04-29', title: id }))));
    expect(byUid.size).to.equal(ids.length);
    for (const [uid, v] of byUid) expect(uid).to.match(/^[\x21-\x7e]+@iom\.ge$/, String(v.getFirstPropertyValue('summary')));
    expect(icsFileName({ id: 'ბათუმი-2014', start: '2014-04-29', title: 'x' })).to.equal('ბათუმი-2014.ics');
    expect(icsFileName({ id: '../../etc', start: '2014-04-29', title: 'x' })).to.equal('-etc.ics');
  });

  it('writes timed Tbilisi events with TZID=Asia/Tbilisi and a VTIMEZONE of UTC+4', () => {
    const text = ics();
    expect(text).to.contain('DTSTART;TZID=Asia/Tbilisi:20140429T100000\r\n');
    expect(text).to.contain('DTEND;TZID=Asia/Tbilisi:20140429T133000\r\n');
    const { cal, byUid } = parse(text);
    const tz = cal.getFirstSubcomponent('vtimezone')!;
    expect(tz.getFirstPropertyValue('tzid')).to.equal('Asia/Tbilisi');
    expect(String(tz.getFirstSubcomponent('standard')!.getFirstPropertyValue('tzoffsetto'))).to.equal('+04:00');
    const timed = new ICAL.Event(byUid.get('timed@iom.ge')!);
    expect(timed.startDate.zone!.tzid).to.equal('Asia/Tbilisi');
    expect(timed.startDate.toJSDate().getTime()).to.equal(Date.UTC(2014, 3, 29, 6, 0));
    expect(timed.endDate.toJSDate().getTime()).to.equal(Date.UTC(2014, 3, 29, 9, 30));
    expect(byUid.get('timed@iom.ge')!.getFirstPropertyValue('status')).to.equal('CANCELLED');
    // An instant given in UTC lands on the Tbilisi wall clock: 06:00Z is 10:00 there.
    const off = new ICAL.Event(byUid.get('offset@iom.ge')!);
    expect(off.startDate.toJSDate().getTime()).to.equal(Date.UTC(2014, 3, 29, 6, 0));
    expect(text).to.contain('DTSTART;TZID=Asia/Tbilisi:20140429T100000\r\nSUMMARY:UTC moment');
    // Georgia was not at UTC+4 all year in 2004: that one is written in UTC.
    const old = new ICAL.Event(byUid.get('old@iom.ge')!);
    expect(old.startDate.zone).to.equal(ICAL.Timezone.utcTimezone);
    expect(old.startDate.toJSDate().getTime()).to.equal(Date.UTC(2004, 5, 1, 5, 0)); // UTC+5 (summer) then
  });

  it('writes other feed zones in UTC and leaves the VTIMEZONE out', () => {
    const text = ics([{ id: 'b', start: '2014-07-01T09:00', end: '2014-07-01T10:00', title: 'Berlin' }], 'Europe/Berlin');
    expect(text).to.not.contain('VTIMEZONE');
    const v = new ICAL.Event(parse(text).byUid.get('b@iom.ge')!);
    expect(v.startDate.zone).to.equal(ICAL.Timezone.utcTimezone);
    expect(v.startDate.toJSDate().getTime()).to.equal(Date.UTC(2014, 6, 1, 7, 0));
    expect(v.endDate.toJSDate().getTime()).to.equal(Date.UTC(2014, 6, 1, 8, 0));
    // Only all-day events: no zone needed either.
    expect(ics([events[1]!])).to.not.contain('VTIMEZONE');
  });

  it('ends every line with CRLF and folds at 75 octets without splitting a character', () => {
    const text = ics();
    expect(text.endsWith('END:VCALENDAR\r\n')).to.equal(true);
    expect(text.replace(/\r\n/g, '')).to.not.match(/[\r\n]/);
    const bytes = new TextEncoder().encode(text);
    const lines: Uint8Array[] = [];
    let at = 0;
    for (let i = 0; i < bytes.length - 1; i++) {
      if (bytes[i] === 13 && bytes[i + 1] === 10) {
        lines.push(bytes.subarray(at, i));
        at = i + 2;
      }
    }
    const decoder = new TextDecoder('utf-8', { fatal: true });
    let folded = 0;
    for (const line of lines) {
      expect(line.length).to.be.at.most(75);
      decoder.decode(line); // throws if a character was cut in two
      if (line[0] === 32) folded++;
    }
    expect(folded).to.be.greaterThan(3);
    // A full line is filled: the long summary's first physical line is 73–75 octets (3-octet letters).
    const first = lines.find((l) => decoder.decode(l).startsWith('SUMMARY:'))!;
    expect(first.length).to.be.within(73, 75);
  });

  it('folds and escapes exactly as RFC 5545 says', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).to.equal('a\\\\b\\;c\\,d\\ne\\nf');
    expect(fold('x'.repeat(75))).to.equal('x'.repeat(75));
    expect(fold('x'.repeat(76))).to.equal(`${'x'.repeat(75)}\r\n x`);
    expect(fold('x'.repeat(150))).to.equal(`${'x'.repeat(75)}\r\n ${'x'.repeat(74)}\r\n x`);
    // 74 ASCII + a 3-octet letter would be 77: the letter moves whole to the next line.
    expect(fold(`${'x'.repeat(74)}ა`)).to.equal(`${'x'.repeat(74)}\r\n ა`);
    expect(fold(`${'x'.repeat(72)}ა`)).to.equal(`${'x'.repeat(72)}ა`);
  });
});
