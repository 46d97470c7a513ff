// Every bad-input rule of FEED.md, against the validator directly.
import { expect } from '@open-wc/testing';
import { validateFeed } from '../src/feed/validate.js';
import { FeedError, formatWarning } from '../src/feed/errors.js';
import { parseFeedText } from '../src/feed/parse.js';
import { sampleFeed } from './helpers.js';

const doc = (extra: Record<string, unknown>) => ({ version: 1, languages: ['ka', 'en'], ...extra });
const news = (over: Record<string, unknown> = {}) => ({ id: 'n1', published: '2014-06-24', title: { ka: 'სათაური', en: 'Title' }, ...over });
const code = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return e instanceof FeedError ? e.code : `not a FeedError: ${e}`;
  }
  return 'no error';
};

describe('validateFeed: FEED.md bad-input rules', () => {
  it('accepts the sample feed with no warning', async () => {
    const { feed, warnings } = validateFeed(await sampleFeed());
    expect(warnings).to.deep.equal([]);
    expect(feed.news.length).to.be.greaterThan(10);
    expect(feed.centres.map((c) => c.id)).to.deep.equal(['tbilisi', 'kutaisi', 'batumi', 'telavi']);
  });

  it('rejects what is not an object, or has no or another version', async () => {
    expect(code(() => validateFeed([]))).to.equal('not-object');
    expect(code(() => validateFeed('x'))).to.equal('not-object');
    expect(code(() => validateFeed(null))).to.equal('not-object');
    expect(code(() => validateFeed({ languages: ['ka'] }))).to.equal('version');
    expect(code(() => validateFeed({ version: 2 }))).to.equal('version');
    expect(code(() => validateFeed({ version: '1' }))).to.equal('version');
    // The editor reads why "1" is not 1.
    const why = (doc: unknown) => { try { validateFeed(doc); } catch (e) { return (e as Error).message; } return ''; };
    expect(why({ version: '1' })).to.equal('The feed\'s version is the text "1"; this widget reads version 1.');
    expect(why({ version: 2 })).to.equal('The feed\'s version is number 2; this widget reads version 1.');
  });

  it('rejects text that is not JSON, and an HTML page', async () => {
    let e: unknown;
    await parseFeedText('{"version": 1,', '', '').catch((x) => (e = x));
    expect((e as FeedError).code).to.equal('not-json');
    e = undefined;
    await parseFeedText('<!doctype html><h1>Error</h1>', '', 'text/html').catch((x) => (e = x));
    expect((e as FeedError).code).to.equal('not-json');
  });

  it('counts nesting outside strings only: brackets and escaped quotes in text do not make a feed "too deep"', async () => {
    const deep = (n: number) => '['.repeat(n) + ']'.repeat(n);
    // 300 brackets inside strings, after escaped quotes and backslashes: read.
    const title = `"\\${'['.repeat(300)}" \\" ${'{'.repeat(300)}`;
    const { feed } = await parseFeedText(JSON.stringify(doc({ news: [news({ title: { ka: title } })] })), '', '');
    expect(feed.news[0]!.title).to.deep.equal({ ka: title });
    // The same brackets outside a string: refused before parsing.
    let e: unknown;
    await parseFeedText(`{"version":1,"x":${deep(300)}}`, '', '').catch((x) => (e = x));
    expect((e as FeedError).code).to.equal('not-json');
    expect((e as FeedError).message).to.contain('nested more than');
    // A string that ends in an escaped backslash ends there: the brackets after it count.
    e = undefined;
    await parseFeedText(`{"version":1,"a":"x\\\\","b":${deep(300)}}`, '', '').catch((x) => (e = x));
    expect((e as FeedError).message).to.contain('nested more than');
  });

  it('reads a feed that starts with a byte-order mark', async () => {
    const { feed } = await parseFeedText('\uFEFF' + JSON.stringify(doc({ news: [news()] })), '', '');
    expect(feed.news).to.have.length(1);
  });

  it('leaves out an invalid entry with a warning naming list, index, id and reason; the others show', () => {
    const { feed, warnings } = validateFeed(doc({ news: [news(), news({ id: 'bad', title: undefined }), news({ id: 'n3' })], events: [{ id: 'e1', title: 'T', start: '2014-02-30' }] }));
    expect(feed.news.map((n) => n.id)).to.deep.equal(['n1', 'n3']);
    expect(feed.events).to.deep.equal([]);
    expect(warnings).to.deep.include({ list: 'news', index: 1, id: 'bad', reason: '"title" is required' });
    const ev = warnings.find((w) => w.list === 'events')!;
    expect(ev.index).to.equal(0);
    expect(ev.id).to.equal('e1');
    expect(ev.reason).to.contain('start');
  });

  it('drops an invalid optional field with a warning and keeps the entry', () => {
    const { feed, warnings } = validateFeed(doc({
      news: [news({ url: 'javascript:alert(1)', image: { alt: 'no src' } })],
      centres: [{ id: 'c', name: 'N', city: 'C', address: 'A', location: { lat: 999, lon: 44 }, email: 'nope' }],
    }));
    expect(feed.news[0]!.url).to.equal(undefined);
    expect(feed.news[0]!.image).to.equal(undefined);
    expect(feed.centres[0]!.location).to.equal(undefined);
    expect(feed.centres[0]!.email).to.equal(undefined);
    const fields = warnings.map((w) => `${w.list}.${w.field}`);
    expect(fields).to.include.members(['news.url', 'news.image', 'centres.location', 'centres.email']);
  });

  it('names what it leaves out of an event\'s location and of a URL per language', () => {
    const loc = (location: unknown) => ({ id: 'e', title: 'T', start: '2014-05-02', location });
    const { feed, warnings } = validateFeed(doc({
      events: [
        loc({ name: 'სასტუმრო', city: 'ბათუმი', lat: 41.64 }),
        loc({ name: 'სასტუმრო', city: 'ბათუმი', lat: 41.64, lon: 'east' }),
        loc({ name: 'სასტუმრო' }),
        loc({ name: 'სასტუმრო', city: 'ბათუმი', lon: 41.63 }),
      ].map((e, i) => ({ ...e, id: `e${i}` })),
      news: [news({ url: { ka: 'https://iom.ge/ka', en: 'javascript:alert(1)' } })],
    }));
    // Half a position is no map link, and the editor is told so.
    expect(feed.events[0]!.location).to.deep.equal({ name: 'სასტუმრო', city: 'ბათუმი' });
    expect(feed.events[1]!.location).to.deep.equal({ name: 'სასტუმრო', city: 'ბათუმი' });
    expect(feed.events[2]!.location).to.equal(undefined);
    expect(feed.events[3]!.location).to.deep.equal({ name: 'სასტუმრო', city: 'ბათუმი' });
    expect(feed.news[0]!.url).to.deep.equal({ ka: 'https://iom.ge/ka' });
    const said = warnings.map((w) => `${w.id}.${w.field}: ${w.reason}`);
    expect(said).to.deep.equal([
      'n1.url.en: only http and https links are allowed, not "javascript:"',
      'e0.location.lat: needs both "lat" and "lon"',
      'e1.location.lon: must be a number from -180 to 180, got "east"',
      'e2.location: "city" is required',
      'e3.location.lon: needs both "lat" and "lon"',
    ]);
  });

  it('reads a time zone with spaces round it, and numbers in Persian digits or with 00 for +', () => {
    const { feed, warnings } = validateFeed(doc({
      timezone: ' Europe/Berlin ',
      hotlines: [
        { id: 'h1', name: 'خط ملی', phone: '۱۱۲' },
        { id: 'h2', name: 'ცხელი ხაზი', phone: '00995 32 2 60 09 55' },
        { id: 'h3', name: 'ცხელი ხაზი', phone: '+٩٩٥ ٣٢ ٢٦٠ ٠٩ ٥٥' },
        // Short codes that begin with 00 stay short codes (the schema allows them): Australia's 000.
        { id: 'h4', name: 'Emergency', phone: '000' },
      ],
    }));
    expect(warnings).to.deep.equal([]);
    expect(feed.timezone).to.equal('Europe/Berlin');
    expect(feed.hotlines.map((h) => h.phone)).to.deep.equal(['112', '+995322600955', '+995322600955', '000']);
  });

  it('drops an event end that is before its start, with a warning; a same-day end stays', () => {
    const ev = (id: string, start: string, end: string) => ({ id, title: 'T', start, end });
    const { feed, warnings } = validateFeed(doc({
      events: [
        ev('days', '2026-12-20', '2026-12-18'),
        ev('times', '2026-12-20T15:00:00+04:00', '2026-12-20T14:00:00+04:00'),
        ev('zones', '2026-12-20T15:00:00+04:00', '2026-12-20T12:30:00Z'), // 16:30 in Tbilisi: fine
        ev('offsets', '2026-12-20T15:00:00+04:00', '2026-12-20T10:00:00-05:00'), // 19:00 in Tbilisi: fine, though its text sorts first
        ev('same-day', '2026-12-20', '2026-12-20'),
        ev('mixed', '2026-12-20T10:00:00', '2026-12-20'),
      ],
    }));
    const end = Object.fromEntries(feed.events.map((e) => [e.id, e.end]));
    expect(end).to.deep.equal({ days: undefined, times: undefined, zones: '2026-12-20T12:30:00Z', offsets: '2026-12-20T10:00:00-05:00', 'same-day': '2026-12-20', mixed: '2026-12-20' });
    expect(warnings.map((w) => `${w.id}.${w.field}`)).to.deep.equal(['days.end', 'times.end']);
    expect(warnings[0]!.reason).to.match(/before the start/);
  });

  it('names an entry by its index in the feed, entries left out before it counted', () => {
    const { warnings } = validateFeed(doc({
      services: [{ id: 'jobs', name: 'Jobs' }],
      centres: [
        { id: 'broken', name: 'x' },
        { id: 'tb', name: 'თბილისი', city: 'თბილისი', address: 'x', services: ['jobs', 'nonexistent'] },
      ],
      events: [{ id: 'bad', start: 'soon' }, { id: 'good', title: 'T', start: '2026-01-10T10:00:00', end: '2026-01-09T10:00:00' }],
    }));
    expect(warnings.map((w) => `${w.list}[${w.index}] ${w.id}${w.field ? `.${w.field}` : ''}`)).to.have.members([
      'centres[0] broken', 'centres[1] tb.services[1]', 'events[0] bad', 'events[1] good.end',
    ]);
  });

  it('a centre\'s service ids are read as the services\' own ids are: a long one still matches', () => {
    const long = `employment-and-vocational-training-${'x'.repeat(120)}`;
    const { feed, warnings } = validateFeed(doc({
      services: [{ id: long, name: { ka: 'დასაქმება', en: 'Employment' } }, { id: 'health', name: 'Health' }],
      centres: [{ id: 'tb', name: 'თბილისი', city: 'თბილისი', address: 'x', services: ['', ` ${long} `, 7, 'health', 'nowhere'] }],
    }));
    expect(feed.centres[0]!.services).to.deep.equal([long, 'health']);
    // Each unknown id by its own place in the feed's list, not as if the whole field went.
    expect(warnings.map((w) => `${w.field}: ${w.reason}`)).to.deep.equal([
      'services[0]: is missing or not a string', 'services[2]: unknown service id "7"', 'services[4]: unknown service id "nowhere"',
    ]);
    expect(formatWarning(warnings[2]!)).to.equal('iom-widgets feed: centres[0] (id "tb"): field "services[4]" dropped: unknown service id "nowhere"');
  });

  it('treats a list that is not an array as missing, with a warning; the other lists still show', () => {
    const { feed, warnings } = validateFeed(doc({ centres: 'none', news: [news()] }));
    expect(feed.centres).to.deep.equal([]);
    expect(feed.news).to.have.length(1);
    expect(warnings.map((w) => w.list)).to.include('centres');
    // null too (FEED.md: not an array), as the JSON Schema says.
    const none = validateFeed(doc({ events: null, news: [news()] }));
    expect(none.feed.events).to.deep.equal([]);
    expect(none.warnings.map((w) => [w.list, w.reason])).to.deep.include(['events', '"events" must be a list, not null; treated as missing']);
  });

  it('leaves out a second entry with an id already used', () => {
    const { feed, warnings } = validateFeed(doc({ news: [news(), news({ title: 'again' })] }));
    expect(feed.news).to.have.length(1);
    expect(warnings[0]!.reason).to.contain('already used');
    expect(warnings[0]!.index).to.equal(1);
  });

  it('ignores unknown fields', () => {
    const { feed, warnings } = validateFeed(doc({ future: { x: 1 }, news: [news({ colour: 'red' })] }));
    expect(warnings).to.deep.equal([]);
    expect(feed.news[0]).to.not.have.property('colour');
  });

  it('reads language keys written as locales ("ka_GE", as WordPress exports them) as tags; other keys that are no tag are skipped', () => {
    const { feed, warnings } = validateFeed(doc({ news: [news({ title: { ka_GE: 'სათაური', en_US: 'Title', 'not a tag': 'x' }, url: { ka_GE: 'https://example.ge/ka' } })] }));
    expect(warnings).to.deep.equal([]);
    expect(feed.news[0]!.title).to.deep.equal({ 'ka-GE': 'სათაური', 'en-US': 'Title' });
    expect(feed.news[0]!.url).to.deep.equal({ 'ka-GE': 'https://example.ge/ka' });
  });

  it('never makes links of javascript:, data: or vbscript: URLs; a centre\'s e-mail carries no mailto: headers', () => {
    for (const bad of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:msgbox(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)']) {
      const { feed } = validateFeed(doc({ news: [news({ url: bad, links: [{ label: 'x', url: bad }] })] }));
      expect(feed.news[0]!.url, bad).to.equal(undefined);
      expect(feed.news[0]!.links, bad).to.deep.equal([]);
    }
    const { feed } = validateFeed(doc({ news: [news({ url: 'https://iom.ge/a' })] }));
    expect(feed.news[0]!.url).to.equal('https://iom.ge/a');
    // An address that would carry mailto: headers (a hidden copy to someone else) is no address.
    const centre = (email: string) => validateFeed(doc({ centres: [{ id: 'c', name: 'N', city: 'C', address: 'A', email }] })).feed.centres[0]!.email;
    for (const bad of ['help@ngo.ge?bcc=spy%40evil.example', 'help@ngo.ge&cc=x@y.z', 'help%40ngo.ge@x.ge', 'help@ngo.ge#x', 'a/b@ngo.ge']) expect(centre(bad), bad).to.equal(undefined);
    expect(centre('info-tbilisi@iom.ge')).to.equal('info-tbilisi@iom.ge');
  });

  it('makes links of mailto: and tel: in a news item\'s links, with the address or number checked', () => {
    const links = ['mailto:info-tbilisi@iom.ge', 'MAILTO:info@iom.ge', ' tel:+995 32 260 09 55', 'tel:112', 'mailto:help@ngo.ge?bcc=spy@evil.example', 'tel:call-us', 'mailto:', 'javascript:alert(1)'];
    const { feed, warnings } = validateFeed(doc({
      news: [news({ links: links.map((url, i) => ({ label: `l${i}`, url })) })],
    }));
    expect(feed.news[0]!.links!.map((l) => l.url)).to.deep.equal(['mailto:info-tbilisi@iom.ge', 'mailto:info@iom.ge', 'tel:+995322600955', 'tel:112']);
    expect(warnings.map((w) => w.field)).to.deep.equal(['links[4]', 'links[5]', 'links[6]', 'links[7]']);
    // The editor is told every scheme a link may have, not only http(s).
    expect(warnings[3]!.reason).to.equal('only http, https, mailto and tel links are allowed, not "javascript:"');
  });

  it('reads "www.…" as an https address, not a path beside the feed; a relative path still resolves against the feed', () => {
    const base = 'https://partner.ge/data/feed.json';
    const { feed } = validateFeed(doc({ news: [news({ url: 'www.iom.ge/news/1', image: { src: 'img/a.jpg', alt: 'a' } }), news({ id: 'n2', url: 'WWW.iom.ge' })] }), base);
    expect(feed.news[0]!.url).to.equal('https://www.iom.ge/news/1');
    expect(feed.news[0]!.image!.src).to.equal('https://partner.ge/data/img/a.jpg');
    expect(feed.news[1]!.url).to.equal('https://www.iom.ge/');
  });

  it('a missing field is named as missing in the warning, not "undefined undefined"', () => {
    const { warnings } = validateFeed(doc({ news: [news({ links: [{ label: 'no url' }] })] }));
    expect(warnings.map((w) => w.reason).join('\n')).to.contain('got nothing (the field is missing)').and.not.contain('undefined');
  });

  it('rejects impossible dates and times', () => {
    const { feed } = validateFeed(doc({
      news: [news({ id: 'a', published: '2014-02-30' }), news({ id: 'b', published: '2014-06-24T24:61:00+04:00' }), news({ id: 'c', published: '2014-06-24T09:00:00+04:00' })],
      centres: [{ id: 'c', name: 'N', city: 'C', address: 'A', hours: [{ days: ['mo'], opens: '09:00', closes: '24:61' }, { days: ['tu'], opens: '09:00', closes: '17:30' }] }],
    }));
    expect(feed.news.map((n) => n.id)).to.deep.equal(['c']);
    // One bad line takes the centre's hours away: Monday would read "Closed".
    expect(feed.centres[0]!.hours).to.equal(undefined);
  });

  it('reads "9:00" as 09:00, and leaves out a timetable with a bad line whole, saying which line', () => {
    const { feed, warnings } = validateFeed(doc({
      centres: [
        { id: 'a', name: 'N', city: 'C', address: 'A', hours: [{ days: ['mo', 'tu'], opens: '9:00', closes: ' 17:30 ' }] },
        { id: 'b', name: 'N', city: 'C', address: 'A', hours: [{ days: ['mo'], opens: '09:00', closes: '18:00' }, { days: ['sa'], opens: '10', closes: '14:00' }] },
      ],
    }));
    expect(feed.centres[0]!.hours).to.deep.equal([{ days: ['mo', 'tu'], opens: '09:00', closes: '17:30' }]);
    expect(feed.centres[1]!.hours).to.equal(undefined);
    const w = warnings.find((x) => x.id === 'b')!;
    expect(w.field).to.equal('hours[1]');
    expect(w.reason).to.contain('"10"').and.contain('no hours are shown');
  });

  it('keeps the bidi isolates a Persian editor puts round a number when they pair up, and drops the others', () => {
    const { feed } = validateFeed(doc({ news: [news({ title: { fa: 'با شماره \u2066+995 32 260 09 55\u2069 تماس بگیرید' } }), news({ id: 'z', title: { fa: 'شماره \u2066+995 32 260 09 55 تماس' } })] }));
    expect(feed.news[0]!.title).to.deep.equal({ fa: 'با شماره \u2066+995 32 260 09 55\u2069 تماس بگیرید' });
    expect(feed.news[1]!.title).to.deep.equal({ fa: 'شماره +995 32 260 09 55 تماس' });
  });

  it('keeps text as text, strips bidi overrides, never returns an empty string', () => {
    const { feed, warnings } = validateFeed(doc({ news: [news({ title: { ka: '\u202Eevil\u202C ტექსტი', en: '   ' } }), news({ id: 'z', title: '\u200B' })] }));
    expect(feed.news).to.have.length(1);
    expect(feed.news[0]!.title).to.deep.equal({ ka: 'evil ტექსტი' });
    expect(warnings[0]!.id).to.equal('z');
  });

  it('cuts a title and a hotline\'s message at 1,000 characters, a body at 50,000, each ending "…"', () => {
    const { feed, warnings } = validateFeed(
      doc({
        news: [news({ title: 'ა'.repeat(5_000), body: 'ბ '.repeat(40_000) })],
        hotlines: [{ id: 'h', name: 'ცხელი ხაზი', phone: '112', message: { ka: 'დარეკეთ '.repeat(1_000), en: 'Call us.' } }],
      }),
    );
    expect(warnings).to.deep.equal([]);
    const title = feed.news[0]!.title as string;
    expect([title.length, title.at(-1)]).to.deep.equal([1_000, '…']);
    const body = feed.news[0]!.body as string;
    expect([body.length, body.at(-1)]).to.deep.equal([50_000, '…']);
    const message = feed.hotlines[0]!.message as Record<string, string>;
    expect([message.ka!.length, message.ka!.endsWith('…'), message.en]).to.deep.equal([1_000, true, 'Call us.']);
  });

  it('survives __proto__ and constructor keys without polluting anything', () => {
    const raw = JSON.parse('{"version":1,"languages":["ka"],"__proto__":{"polluted":1},"news":[{"id":"a","published":"2014-06-24","title":{"__proto__":{"x":1},"constructor":"c","ka":"ტ"},"constructor":{"prototype":{"p":1}}}]}');
    const { feed } = validateFeed(raw);
    expect(feed.news[0]!.title).to.deep.equal({ ka: 'ტ' });
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(({} as Record<string, unknown>).p).to.equal(undefined);
  });
});
