/**
 * The bad-feed corpus: every way a hand-edited feed, a CMS export or a broken
 * host has been seen (or can be imagined) to go wrong, each with the outcome
 * FEED.md prescribes. One table, used three ways: the validator and CLI in Node
 * (cli/validate.test.mjs), and every widget in the browser
 * (test/reliability/corpus.test.ts).
 *
 * Outcomes:
 * - `error`: the document is refused; the widget shows its error state and
 *   fires `iom-feed-error` with one of these codes.
 * - `warnings`: the feed loads; exactly these warnings are given (an entry left
 *   out when `field` is absent, a field dropped when present, a top-level key
 *   ignored when `index` is -1), and `keep` lists the ids each list still holds
 *   (by default: the base feed's ids minus the entries left out).
 *
 * Payload strings call `window.__iomTrap()`; the runner checks it never runs.
 * Big bodies (100,000-deep nesting) are generated here at run time, and the
 * 20 MB feed by the test server (`/__feed/big/<MB>`): nothing huge is committed.
 */

import { MAX_ENTRIES, MAX_FEED_CHARS } from '../../src/feed/validate.js';

export type ListName = 'services' | 'news' | 'centres' | 'events' | 'hotlines';
export interface ExpectedWarning {
  list: string;
  /** -1 for a top-level key */
  index: number;
  /** present when only this field is dropped */
  field?: string;
}
export type Expectation =
  | { error: readonly string[] }
  | {
      warnings: readonly ExpectedWarning[];
      keep?: Partial<Record<ListName, readonly string[]>>;
      /** An engine whose JSON parser refuses this (100,000-deep nesting) may give this error instead. */
      orError?: readonly string[];
    };

export interface CorpusCase {
  id: string;
  /** What is wrong, in a line. */
  what: string;
  /** The response body (a string is served as is; anything else as JSON). */
  body: () => unknown;
  /** Content-Type to serve it with. */
  type?: string;
  /** Served by the test server from this path instead of `body` (the 20 MB feed). */
  path?: string;
  expect: Expectation;
}

/** A small valid feed with two entries in each list: every widget has something to show. */
export function baseFeed(): Record<string, any> {
  return {
    version: 1,
    languages: ['ka', 'en'],
    timezone: 'Asia/Tbilisi',
    updated: '2014-06-24T12:00:00+04:00',
    services: [
      { id: 'employment', name: { ka: 'დასაქმება', en: 'Employment' } },
      { id: 'housing', name: { ka: 'დროებითი საცხოვრებელი', en: 'Temporary housing' } },
    ],
    news: [
      {
        id: 'n1',
        published: '2014-06-24',
        updated: '2014-06-25T09:00:00+04:00',
        title: { ka: 'მობილურობის ცენტრის გახსნა', en: 'A mobility centre opens' },
        summary: { ka: 'მოკლე აღწერა.', en: 'A short summary.' },
        body: { ka: 'პირველი აბზაცი.\n\nმეორე აბზაცი.', en: 'First paragraph.\n\nSecond paragraph.' },
        url: 'https://iom.ge/news/1',
        image: { src: 'https://iom.ge/img/1.jpg', alt: { ka: 'ცენტრის შენობა', en: 'The centre' } },
        tags: ['migration'],
        links: [{ label: { ka: 'ვრცლად', en: 'More' }, url: 'https://iom.ge/more' }],
      },
      { id: 'n2', published: '2014-06-20T10:00:00+04:00', title: { ka: 'მეორე სიახლე', en: 'Second news' } },
    ],
    centres: [
      {
        id: 'c1',
        name: { ka: 'თბილისის მობილურობის ცენტრი', en: 'Tbilisi Mobility Centre' },
        city: { ka: 'თბილისი', en: 'Tbilisi' },
        address: { ka: 'ფანასკერტელის ქ. 12', en: '12 Panaskerteli St' },
        region: { ka: 'თბილისი', en: 'Tbilisi' },
        notes: { ka: 'შესასვლელი ეზოდან.', en: 'Entrance from the yard.' },
        location: { lat: 41.7151, lon: 44.8271 },
        phones: ['+995322600955', '112'],
        email: 'tbilisi@iom.ge',
        url: 'https://iom.ge/centres/tbilisi',
        hours: [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: '17:30' }],
        closed: ['2014-05-26'],
        services: ['employment'],
      },
      { id: 'c2', name: 'ქუთაისის ცენტრი', city: 'ქუთაისი', address: 'რუსთაველის გამზ. 1', location: { lat: 42.27, lon: 42.7 } },
    ],
    events: [
      {
        id: 'e1',
        title: { ka: 'ტრენინგი დამსაქმებლებისთვის', en: 'Training for employers' },
        start: '2014-06-24T10:00:00+04:00',
        end: '2014-06-24T12:00:00+04:00',
        type: 'training',
        description: { ka: 'აღწერა.', en: 'A description.' },
        location: { name: 'IOM', city: { ka: 'თბილისი', en: 'Tbilisi' }, address: 'ფანასკერტელის ქ. 12', lat: 41.7151, lon: 44.8271 },
        url: 'https://iom.ge/events/1',
        cancelled: false,
      },
      { id: 'e2', title: { ka: 'საინფორმაციო შეხვედრა', en: 'Information session' }, start: '2014-06-27' },
    ],
    hotlines: [
      {
        id: 'h1',
        kind: 'emergency',
        name: { ka: 'საგანგებო ხაზი', en: 'Emergency line' },
        phone: '112',
        message: { ka: 'დარეკეთ უფასოდ.', en: 'Call free of charge.' },
        hours: '24/7',
        languages: ['ka', 'en'],
        free: true,
      },
      { id: 'h2', kind: 'trafficking', name: { ka: 'ცხელი ხაზი', en: 'Hotline' }, phone: '+995 32 210 00 00' },
    ],
  };
}

export const LISTS: readonly ListName[] = ['services', 'news', 'centres', 'events', 'hotlines'];

/** The base feed's ids per list. */
export function baseIds(): Record<ListName, string[]> {
  const f = baseFeed();
  return Object.fromEntries(LISTS.map((l) => [l, f[l].map((e: { id: string }) => e.id)])) as Record<ListName, string[]>;
}

/** A payload that calls the trap if it ever runs as code or markup. */
export const PAYLOADS: readonly string[] = [
  '<script>window.__iomTrap("script")</script>',
  '<img src=x onerror="window.__iomTrap(\'img\')">',
  '"><svg onload="window.__iomTrap(\'svg\')"></svg>',
  '<iframe srcdoc="<script>parent.__iomTrap(\'iframe\')</script>"></iframe>',
  '<a href="javascript:window.__iomTrap(\'a\')">click</a>',
  '${window.__iomTrap("template")}',
  '{{constructor.constructor("window.__iomTrap(\'angular\')")()}}',
  '<style>@import "https://evil.example/x.css";</style><b style="background:url(javascript:window.__iomTrap(\'css\'))">b</b>',
  '<details open ontoggle="window.__iomTrap(\'details\')">',
  '</p><math><mi xlink:href="javascript:window.__iomTrap(\'math\')">x</mi></math>',
];

const clone = baseFeed;
/** The base feed changed by `fn`. */
const mut = (fn: (f: Record<string, any>) => void) => () => {
  const f = clone();
  fn(f);
  return f;
};

/** Every LocalizedText / plain-string field of each list, where a payload can go and must stay text. */
const TEXT_FIELDS: Record<ListName, (e: Record<string, any>, p: (i: number) => string) => void> = {
  services: (e, p) => { e.name = { ka: p(0), en: p(1) }; },
  news: (e, p) => {
    e.title = { ka: p(0), en: p(1) }; e.summary = p(2); e.body = { ka: p(3), en: p(4) };
    e.image.alt = p(5); e.tags = [p(6)]; e.links[0].label = p(7);
  },
  centres: (e, p) => {
    e.name = { ka: p(0), en: p(1) }; e.city = p(2); e.address = p(3); e.region = p(4); e.notes = { ka: p(5), en: p(6) };
  },
  events: (e, p) => {
    e.title = { ka: p(0), en: p(1) }; e.description = p(2); e.type = p(3);
    e.location.name = p(4); e.location.city = p(5); e.location.address = p(6);
  },
  hotlines: (e, p) => {
    e.name = { ka: p(0), en: p(1) }; e.message = { ka: p(2), en: p(3) }; e.hours = p(4).slice(0, 100); e.kind = p(5);
  },
};

/** Every field of every list with a value of the wrong type, and what FEED.md says happens. */
const FIELD_TYPES: Record<ListName, Record<string, { required: boolean; wrong: unknown }>> = {
  services: { id: { required: true, wrong: true }, name: { required: true, wrong: 42 } },
  news: {
    id: { required: true, wrong: { a: 1 } }, published: { required: true, wrong: 20140624 }, updated: { required: false, wrong: true },
    title: { required: true, wrong: ['title'] }, summary: { required: false, wrong: 7 }, body: { required: false, wrong: { en: 5 } },
    url: { required: false, wrong: 12 }, image: { required: false, wrong: 'https://iom.ge/a.jpg' }, tags: { required: false, wrong: 'migration' },
    links: { required: false, wrong: { url: 'https://iom.ge' } },
  },
  centres: {
    id: { required: true, wrong: [] }, name: { required: true, wrong: false }, city: { required: true, wrong: 1 },
    address: { required: true, wrong: {} }, region: { required: false, wrong: 3 }, notes: { required: false, wrong: [] },
    location: { required: false, wrong: '41.7,44.8' }, phones: { required: false, wrong: '+995322600955' },
    email: { required: false, wrong: 5 }, url: { required: false, wrong: true }, hours: { required: false, wrong: 'Mo-Fr 09:00-17:30' },
    closed: { required: false, wrong: '2014-05-26' }, services: { required: false, wrong: 'employment' },
  },
  events: {
    id: { required: true, wrong: null }, title: { required: true, wrong: 5 }, start: { required: true, wrong: 1403596800000 },
    end: { required: false, wrong: [] }, type: { required: false, wrong: 3 }, description: { required: false, wrong: true },
    location: { required: false, wrong: 'Tbilisi' }, url: { required: false, wrong: {} }, cancelled: { required: false, wrong: 'no' },
  },
  hotlines: {
    id: { required: true, wrong: '   ' }, kind: { required: false, wrong: 1 }, name: { required: true, wrong: null },
    phone: { required: true, wrong: 112 }, message: { required: false, wrong: 9 }, hours: { required: false, wrong: 24 },
    languages: { required: false, wrong: 'ka' }, free: { required: false, wrong: 'yes' },
  },
};

const URL_FIELDS = (scheme: string) => (f: Record<string, any>) => {
  const u = `${scheme}window.__iomTrap('url')`;
  f.news[0].url = u;
  f.news[0].image.src = scheme === 'data:' ? 'data:image/svg+xml,<svg onload="window.__iomTrap(1)"/>' : u;
  f.news[0].links.push({ label: 'x', url: u });
  f.news[1].url = { ka: u, en: 'https://iom.ge/en' };
  f.centres[0].url = u;
  f.centres[0].email = `${u}@x.ge`;
  f.events[0].url = u;
};
const URL_WARNINGS: ExpectedWarning[] = [
  { list: 'news', index: 0, field: 'url' },
  { list: 'news', index: 0, field: 'image' },
  { list: 'news', index: 0, field: 'links[1]' },
  // The Georgian link is left out with its warning; the English one stays.
  { list: 'news', index: 1, field: 'url.ka' },
  { list: 'centres', index: 0, field: 'url' },
  { list: 'centres', index: 0, field: 'email' },
  { list: 'events', index: 0, field: 'url' },
];

const left = (list: string, index: number): ExpectedWarning => ({ list, index });
const dropped = (list: string, index: number, field: string): ExpectedWarning => ({ list, index, field });
const top = (list: string): ExpectedWarning => ({ list, index: -1 });
const json = (f: unknown) => JSON.stringify(f);

function deep(n: number, inner = '0'): string {
  return '['.repeat(n) + inner + ']'.repeat(n);
}

export const CORPUS: readonly CorpusCase[] = [
  // --- Not a feed at all: the error state, with a code -----------------------
  { id: 'plain-text', what: 'plain text, not JSON', body: () => 'Feed is temporarily unavailable', type: 'text/plain', expect: { error: ['not-json'] } },
  { id: 'empty-body', what: 'an empty body', body: () => '', expect: { error: ['not-json'] } },
  { id: 'html-200', what: 'an HTML error page served with status 200', body: () => '<!DOCTYPE html><html><head><title>Maintenance</title></head><body><h1>Our site is under maintenance</h1><script>window.__iomTrap("html")</script></body></html>', type: 'text/html', expect: { error: ['not-json'] } },
  { id: 'html-200-as-json', what: 'an HTML page labelled application/json', body: () => '<html><body><img src=x onerror="window.__iomTrap(1)">404</body></html>', expect: { error: ['not-json'] } },
  { id: 'xml-not-feed', what: 'XML that is neither RSS nor Atom', body: () => '<?xml version="1.0"?><error><code>500</code></error>', type: 'application/xml', expect: { error: ['not-json'] } },
  { id: 'truncated', what: 'JSON cut off mid-way (a failed upload)', body: () => json(baseFeed()).slice(0, 900), expect: { error: ['not-json'] } },
  { id: 'truncated-one-byte', what: 'JSON missing only its closing brace', body: () => json(baseFeed()).slice(0, -1), expect: { error: ['not-json'] } },
  { id: 'trailing-comma', what: 'a trailing comma (JavaScript, not JSON)', body: () => '{"version": 1, "languages": ["ka"],}', expect: { error: ['not-json'] } },
  { id: 'js-object', what: 'a JavaScript object literal with unquoted keys', body: () => '{version: 1, languages: ["ka"]}', expect: { error: ['not-json'] } },
  { id: 'comments', what: 'JSON with comments', body: () => '{\n// the feed\n"version": 1, "languages": ["ka"]}', expect: { error: ['not-json'] } },
  { id: 'nan', what: 'NaN, which JSON does not have', body: () => '{"version": NaN}', expect: { error: ['not-json'] } },
  { id: 'binary', what: 'binary bytes (an image served by mistake)', body: () => '\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR', type: 'image/png', expect: { error: ['not-json'] } },
  { id: 'jsonp', what: 'a JSONP wrapper around the feed', body: () => `callback(${json(baseFeed())});`, type: 'application/javascript', expect: { error: ['not-json'] } },
  { id: 'two-documents', what: 'two JSON documents one after the other', body: () => json(baseFeed()) + json(baseFeed()), expect: { error: ['not-json'] } },
  { id: 'nested-100k-top', what: 'arrays nested 100,000 deep as the document', body: () => deep(100_000), expect: { error: ['not-object', 'not-json'] } },
  { id: 'nested-100k-field', what: 'objects nested 100,000 deep inside an entry', body: () => json(baseFeed()).replace('"id":"n2"', `"extra":${'{"a":'.repeat(100_000)}0${'}'.repeat(100_000)},"id":"n2"`), expect: { warnings: [], orError: ['not-json'] } },
  { id: 'nested-100k-version', what: '"version" an array nested 100,000 deep', body: () => `{"version":${deep(100_000)},"languages":["ka"]}`, expect: { error: ['version', 'not-json'] } },
  { id: 'nested-100k-title', what: 'a title nested 100,000 deep in every list', body: () => json(baseFeed()).replaceAll('"title":{"ka":', `"title":${deep(100_000, '{"ka":"x"}')},"_":{"ka":`), expect: { warnings: [left('news', 0), left('news', 1), left('events', 0), left('events', 1)], orError: ['not-json'] } },
  { id: 'array', what: 'a list, not an object', body: () => '[]', expect: { error: ['not-object'] } },
  { id: 'string', what: 'a JSON string', body: () => '"feed"', expect: { error: ['not-object'] } },
  { id: 'number', what: 'a JSON number', body: () => '1', expect: { error: ['not-object'] } },
  { id: 'null', what: 'JSON null', body: () => 'null', expect: { error: ['not-object'] } },
  { id: 'no-version', what: 'no "version"', body: mut((f) => delete f.version), expect: { error: ['version'] } },
  { id: 'version-2', what: 'a future "version": 2', body: mut((f) => (f.version = 2)), expect: { error: ['version'] } },
  { id: 'version-string', what: '"version": "1" (a string)', body: mut((f) => (f.version = '1')), expect: { error: ['version'] } },
  { id: 'proto-version', what: '"version" only under "__proto__"', body: () => '{"__proto__": {"version": 1}, "languages": ["ka"]}', expect: { error: ['version'] } },

  // --- Encoding and top-level keys --------------------------------------------
  { id: 'bom', what: 'a UTF-8 byte-order mark before the JSON', body: () => '\uFEFF' + json(baseFeed()), expect: { warnings: [] } },
  { id: 'leading-whitespace', what: 'blank lines before the JSON', body: () => '\r\n\n  ' + json(baseFeed()), expect: { warnings: [] } },
  { id: 'wrong-content-type', what: 'a good feed served as text/html', body: () => json(baseFeed()), type: 'text/html; charset=iso-8859-1', expect: { warnings: [] } },
  { id: 'lists-not-arrays', what: 'every list a string or an object', body: mut((f) => { f.centres = 'none'; f.events = {}; f.hotlines = 0; f.services = true; }), expect: { warnings: [top('centres'), top('events'), top('hotlines'), top('services')], keep: { centres: [], events: [], hotlines: [], services: [] } } },
  { id: 'news-not-array', what: '"news" an object keyed by id', body: mut((f) => { f.news = { n1: f.news[0] }; }), expect: { warnings: [top('news')], keep: { news: [] } } },
  { id: 'languages-string', what: '"languages": "ka" (not a list)', body: mut((f) => (f.languages = 'ka')), expect: { warnings: [top('languages')] } },
  { id: 'languages-proto', what: '"languages" holding __proto__ and constructor', body: mut((f) => (f.languages = ['__proto__', 'constructor', 'ka'])), expect: { warnings: [] } },
  { id: 'timezone-unknown', what: 'an unknown time zone', body: mut((f) => (f.timezone = 'Mars/Olympus_Mons')), expect: { warnings: [top('timezone')] } },
  { id: 'timezone-number', what: 'the time zone as a number', body: mut((f) => (f.timezone = 4)), expect: { warnings: [top('timezone')] } },
  { id: 'updated-impossible', what: 'top-level "updated" 2014-02-30', body: mut((f) => (f.updated = '2014-02-30T10:00:00Z')), expect: { warnings: [top('updated')] } },
  { id: 'proto-keys', what: '"__proto__" and "constructor" keys everywhere', body: () => json(baseFeed()).replace('{"version":1', '{"__proto__":{"polluted":"yes","version":2},"constructor":{"prototype":{"polluted":"yes"}},"version":1').replace('"id":"n1"', '"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"id":"n1"').replace('"title":{"ka":"მეორე სიახლე"', '"title":{"__proto__":"polluted","constructor":"polluted","ka":"მეორე სიახლე"'), expect: { warnings: [] } },
  { id: 'proto-only-entry', what: 'an entry whose fields are all under "__proto__"', body: () => json(baseFeed()).replace('{"id":"n2","published":"2014-06-20T10:00:00+04:00","title":{"ka":"მეორე სიახლე","en":"Second news"}}', '{"__proto__":{"id":"n2","published":"2014-06-20","title":"x"}}'), expect: { warnings: [left('news', 1)] } },
  { id: 'unknown-fields', what: 'unknown fields (a newer feed)', body: mut((f) => { f.version2 = { x: 1 }; f.news[0].video = 'https://iom.ge/v.mp4'; f.centres[0].wheelchair = true; }), expect: { warnings: [] } },

  // --- Entries and fields -----------------------------------------------------
  ...LISTS.flatMap((list): CorpusCase[] => Object.entries(FIELD_TYPES[list]).map(([field, { required, wrong }]) => ({
    id: `type-${list}-${field}`,
    what: `${list}[0].${field} of the wrong type (${JSON.stringify(wrong)})`,
    body: mut((f) => (f[list][0][field] = wrong)),
    expect: {
      // null counts as "not there": for a required field that leaves the entry out, for an optional one nothing happens.
      warnings: [
        required ? left(list, 0) : dropped(list, 0, field),
        // The first centre names the first service: without it, that id is unknown.
        ...(list === 'services' && required ? [dropped('centres', 0, 'services[0]')] : []),
      ],
    },
  }))),
  { id: 'entries-not-objects', what: 'entries that are strings, numbers and null', body: mut((f) => { f.news.unshift('n0', 5, null); }), expect: { warnings: [left('news', 0), left('news', 1), left('news', 2)] } },
  { id: 'no-title', what: 'a news item without a title', body: mut((f) => delete f.news[0].title), expect: { warnings: [left('news', 0)] } },
  { id: 'empty-title', what: 'a title that is an empty object', body: mut((f) => (f.news[0].title = {})), expect: { warnings: [left('news', 0)] } },
  { id: 'published-impossible', what: 'published 2014-02-30', body: mut((f) => (f.news[0].published = '2014-02-30')), expect: { warnings: [left('news', 0)] } },
  { id: 'start-impossible-time', what: 'an event starting at 24:61', body: mut((f) => (f.events[0].start = '2014-06-24T24:61:00+04:00')), expect: { warnings: [left('events', 0)] } },
  { id: 'start-month-13', what: 'an event in month 13', body: mut((f) => (f.events[1].start = '2014-13-01')), expect: { warnings: [left('events', 1)] } },
  { id: 'end-impossible', what: 'an event ending 2014-02-30', body: mut((f) => (f.events[0].end = '2014-02-30')), expect: { warnings: [dropped('events', 0, 'end')] } },
  { id: 'updated-24-61', what: 'news "updated" at 24:61', body: mut((f) => (f.news[0].updated = '2014-06-24T24:61:00Z')), expect: { warnings: [dropped('news', 0, 'updated')] } },
  { id: 'hours-24-61', what: 'a centre opening at 24:61', body: mut((f) => (f.centres[0].hours = [{ days: ['mo'], opens: '24:61', closes: '17:00' }, { days: ['sa'], opens: '10:00', closes: '14:00' }])), expect: { warnings: [dropped('centres', 0, 'hours[0]')] } },
  { id: 'hours-bad-day', what: 'opening hours on a day "monday"', body: mut((f) => (f.centres[0].hours[0].days = ['monday'])), expect: { warnings: [dropped('centres', 0, 'hours[0]')] } },
  { id: 'closed-impossible', what: 'a holiday on 2014-02-30', body: mut((f) => (f.centres[0].closed = ['2014-02-30', '2014-05-26'])), expect: { warnings: [dropped('centres', 0, 'closed[0]')] } },
  { id: 'duplicate-ids', what: 'the same id twice in each list', body: mut((f) => { for (const l of LISTS) f[l].push({ ...f[l][0] }); }), expect: { warnings: LISTS.map((l) => left(l, 2)) } },
  { id: 'duplicate-id-number', what: 'id 1 and id "1"', body: mut((f) => { f.news[0].id = 1; f.news[1].id = '1'; }), expect: { warnings: [left('news', 1)], keep: { news: ['1'] } } },
  { id: 'lat-999', what: 'a centre at latitude 999', body: mut((f) => (f.centres[0].location.lat = 999)), expect: { warnings: [dropped('centres', 0, 'location')] } },
  { id: 'lon-nan', what: 'a longitude given as text', body: mut((f) => (f.centres[1].location.lon = '44.8')), expect: { warnings: [dropped('centres', 1, 'location')] } },
  { id: 'event-lat-999', what: 'an event location at latitude 999', body: mut((f) => (f.events[0].location.lat = 999)), expect: { warnings: [dropped('events', 0, 'location.lat')] } },
  { id: 'phone-letters', what: 'a phone number with letters', body: mut((f) => (f.centres[0].phones = ['call us', '+995322600955'])), expect: { warnings: [dropped('centres', 0, 'phones[0]')] } },
  { id: 'hotline-phone-bad', what: 'a hotline whose phone is a sentence', body: mut((f) => (f.hotlines[1].phone = 'ask at the desk')), expect: { warnings: [left('hotlines', 1)] } },
  { id: 'unknown-service', what: 'a centre naming a service that does not exist', body: mut((f) => (f.centres[0].services = ['employment', 'teleportation'])), expect: { warnings: [dropped('centres', 0, 'services[1]')] } },
  { id: 'title-100k', what: 'a 100,000-character title and body', body: mut((f) => { f.news[0].title = 'ა'.repeat(100_000); f.news[0].body = 'ბ '.repeat(100_000); f.centres[0].name = 'გ'.repeat(100_000); f.hotlines[0].message = 'დ'.repeat(100_000); }), expect: { warnings: [] } },
  { id: 'long-word', what: 'a 100,000-character unbroken URL-like word in every text', body: mut((f) => { const w = 'https://'.padEnd(100_000, 'x'); f.news[0].summary = w; f.events[0].description = w; f.centres[0].notes = w; }), expect: { warnings: [] } },
  { id: 'feed-too-large', what: `a feed just over the ${MAX_FEED_CHARS / 1e6} MB limit (one huge body text)`, body: mut((f) => (f.news[0].body = 'ა'.repeat(MAX_FEED_CHARS))), expect: { error: ['too-large'] } },
  { id: 'many-entries', what: `12,000 news items (more than the ${MAX_ENTRIES} read)`, body: mut((f) => { f.news = Array.from({ length: 12_000 }, (_, i) => ({ id: `n${i}`, published: '2014-06-24', title: `News ${i}` })); }), expect: { warnings: [top('news')], keep: { news: Array.from({ length: MAX_ENTRIES }, (_, i) => `n${i}`) } } },
  { id: 'bidi-override', what: 'bidi overrides and isolates in titles', body: mut((f) => { f.news[0].title = { ka: '\u202Eსათაური\u202C', en: 'gnp.\u202Eexe' }; f.centres[0].name = '\u2066\u202Dname\u2069'; f.hotlines[0].name = '\u202Bline\u202C'; }), expect: { warnings: [] } },
  { id: 'bidi-only', what: 'a title made only of bidi and zero-width characters', body: mut((f) => { f.news[1].title = '\u202E\u200B\u2066\u200D\u2069'; f.events[1].title = { ka: '\u200B\u200C', en: '\uFEFF' }; }), expect: { warnings: [left('news', 1), left('events', 1)] } },
  { id: 'zero-width', what: 'zero-width characters inside words (ZWJ/ZWNJ kept for Persian)', body: mut((f) => { f.news[0].title = { ka: 'მობ\u200Bილობა', fa: 'می\u200Cخواهم' }; f.hotlines[0].phone = '1\u200B12'; }), expect: { warnings: [left('hotlines', 0)] } },
  { id: 'control-chars', what: 'control characters in text', body: mut((f) => { f.news[0].summary = 'a\u0000b\u0007c\u001Bd'; f.centres[0].address = '\u0008\u0008'; }), expect: { warnings: [left('centres', 0)] } },
  { id: 'lone-surrogate', what: 'lone UTF-16 surrogates in text', body: () => json(baseFeed()).replace('"Second news"', '"Second \\ud800 news \\udfff"'), expect: { warnings: [] } },
  ...LISTS.map((list): CorpusCase => ({
    id: `payload-${list}`,
    what: `script and markup payloads in every text field of ${list}`,
    body: mut((f) => TEXT_FIELDS[list](f[list][0], (i) => PAYLOADS[i % PAYLOADS.length]!)),
    // Payloads are valid text: everything stays (tags/type/kind are words; a payload with spaces is still a word here).
    expect: { warnings: [] },
  })),
  { id: 'payload-keys', what: 'a payload as a language key', body: mut((f) => (f.news[0].title = { '<img src=x onerror=window.__iomTrap(1)>': 'x', ka: 'სათაური' })), expect: { warnings: [] } },
  { id: 'payload-id', what: 'a payload as an id (ids end up in attributes)', body: mut((f) => { f.news[0].id = '"><img src=x onerror=window.__iomTrap(1)>'; f.events[0].id = "'); window.__iomTrap(1); ('"; f.centres[0].id = '</style><script>window.__iomTrap(1)</script>'; }), expect: { warnings: [] } },
  ...['javascript:', 'data:', 'vbscript:'].map((scheme): CorpusCase => ({
    id: `url-${scheme.slice(0, -1)}`,
    what: `${scheme} URLs in every URL field`,
    body: mut(URL_FIELDS(scheme)),
    expect: { warnings: URL_WARNINGS },
  })),
  { id: 'url-obfuscated', what: 'javascript: URLs in mixed case, with tabs and entities', body: mut((f) => { f.news[0].url = ' JaVaScRiPt:window.__iomTrap(1)'; f.centres[0].url = 'java\tscript:window.__iomTrap(1)'; f.events[0].url = 'javascript&colon;window.__iomTrap(1)'; f.news[0].links[0].url = '\u0001javascript:window.__iomTrap(1)'; }), expect: { warnings: [dropped('news', 0, 'url'), dropped('centres', 0, 'url'), dropped('news', 0, 'links[0]')] } },
  { id: 'url-other-schemes', what: 'file:, ftp: and blob: URLs', body: mut((f) => { f.news[0].url = 'file:///etc/passwd'; f.centres[0].url = 'ftp://iom.ge/'; f.events[0].url = 'blob:https://iom.ge/x'; }), expect: { warnings: [dropped('news', 0, 'url'), dropped('centres', 0, 'url'), dropped('events', 0, 'url')] } },

  // --- Size -------------------------------------------------------------------
  { id: 'feed-20mb', what: 'a 20 MB feed (generated by the test server)', body: () => '', path: '/__feed/big/20', expect: { error: ['too-large'] } },
];

/** The corpus case `id`, for tests that need one in particular. */
export const corpusCase = (id: string) => CORPUS.find((c) => c.id === id)!;

/** The body as the server sends it. */
export const bodyText = (c: CorpusCase): string => {
  const b = c.body();
  return typeof b === 'string' ? b : JSON.stringify(b);
};

/** The ids each list keeps under this expectation. */
export function expectedIds(c: CorpusCase): Record<ListName, readonly string[]> | undefined {
  if (!('warnings' in c.expect)) return undefined;
  const doc = c.body();
  const ids = {} as Record<ListName, readonly string[]>;
  for (const l of LISTS) {
    const explicit = c.expect.keep?.[l];
    if (explicit) {
      ids[l] = explicit;
      continue;
    }
    const raw = typeof doc === 'object' && doc ? (doc as Record<string, any>)[l] : baseFeed()[l];
    const out = new Set(c.expect.warnings.filter((w) => w.list === l && w.index >= 0 && !w.field).map((w) => w.index));
    ids[l] = Array.isArray(raw) ? raw.flatMap((e: any, i: number) => (out.has(i) ? [] : [String(e?.id ?? '').trim()])) : [];
  }
  return ids;
}
