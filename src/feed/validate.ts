/**
 * Runtime validation of the feed contract (FEED.md). A bad document throws a
 * FeedError; a bad entry is left out and a bad optional field dropped, each
 * with a FeedWarning, so a visitor loses a link, never the news.
 */
import { FeedError, type FeedWarning } from './errors.js';
import type {
  DayCode, EventLocation, Feed, GeoPoint, LocalizedText,
  FeedList, NewsImage, NewsLink, OpeningHours,
} from './types.js';
import { isValidDate, isValidDateOrDateTime, isValidDateTime, isValidTime, toInstant } from '../time/parse.js';

export interface ValidationResult {
  feed: Feed;
  warnings: FeedWarning[];
}

export const DEFAULT_TIMEZONE = 'Asia/Tbilisi';
/**
 * Longer lists are cut: a hand-edited feed never has this many, a broken export
 * might (10,000 froze the page for 400 ms). 5,000 is what the benchmark renders.
 */
export const MAX_ENTRIES = 5_000;
/** Longer feeds are refused: parsing 20 MB blocks a phone for seconds. 5,000 news items are about 4.5 MB. */
export const MAX_FEED_CHARS = 6_000_000;
const MAX_TITLE = 1_000;
const MAX_TEXT = 50_000;

class Invalid {
  constructor(readonly reason: string) {}
}
const fail = (reason: string): never => {
  throw new Invalid(reason);
};
/** The reason of a failed check; any other error (a bug) goes on up. */
const reasonOf = (e: unknown): string => {
  if (e instanceof Invalid) return e.reason;
  throw e;
};

type Check<T> = (value: unknown, base?: string) => T;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const has = (o: Record<string, unknown>, k: string) => Object.prototype.hasOwnProperty.call(o, k);

// Bidi embeddings/overrides/isolates can reorder what follows them on the page;
// control characters have no place in text. ZWJ/ZWNJ stay: Persian needs them.
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E]/g;
const ISOLATES = /[\u2066-\u2069]/g;
const BLANK = /^[\s\u200B-\u200D\u2060\u2066-\u2069\uFEFF]*$/;

/** Whether every bidi isolate (LRI, RLI, FSI) is closed (PDI), in order. */
function paired(s: string): boolean {
  let depth = 0;
  for (const c of s.match(ISOLATES) ?? []) if ((depth += c === '\u2069' ? -1 : 1) < 0) return false;
  return depth === 0;
}

/**
 * Cleans a feed string; undefined when nothing readable is left. Bidi
 * overrides go (they can make text read other than it is); isolates stay
 * when they pair up, as a Persian editor puts them round a phone number so
 * that it reads left to right, and go when they do not.
 */
export function cleanText(v: string, max = MAX_TEXT): string | undefined {
  let s = v.replace(UNSAFE_CHARS, '').trim();
  if (BLANK.test(s)) return undefined;
  if (s.length > max) s = s.slice(0, max - 1) + '…';
  return paired(s) ? s : s.replace(ISOLATES, '');
}

const text = (max = MAX_TEXT): Check<string> => (v) =>
  typeof v !== 'string' ? fail(`expected a string, got ${describe(v)}`) : cleanText(v, max) ?? fail('is empty');

const LANG_TAG = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$/;
/** A text's language key as a tag: "ka_GE", as WordPress and gettext write locales, is read as ka-GE. */
const keyTag = (key: string) => {
  const tag = key.replace(/_/g, '-');
  return LANG_TAG.test(tag) ? tag : undefined;
};

const localized = (max = MAX_TEXT): Check<LocalizedText> => (v) => {
  if (typeof v === 'string') return text(max)(v);
  if (!isObject(v)) return fail(`expected a string or an object of languages, got ${describe(v)}`);
  const out: Record<string, string> = {};
  for (const key of Object.keys(v)) {
    const s = v[key];
    const tag = keyTag(key);
    if (!tag || typeof s !== 'string') continue;
    const t = cleanText(s, max);
    if (t !== undefined) out[tag] = t;
  }
  return Object.keys(out).length ? out : fail('has no text in any language');
};

const bool: Check<boolean> = (v) => (typeof v === 'boolean' ? v : fail(`expected true or false, got ${describe(v)}`));

const id: Check<string> = (v) =>
  typeof v === 'string' && v.trim() ? v.trim().slice(0, 200) : typeof v === 'number' && Number.isFinite(v) ? String(v) : fail('is missing or not a string');

// Words (a type, a tag) may be shown: cleaned like any text.
const word: Check<string> = (v) => (typeof v === 'string' && cleanText(v, 100)) || fail(`expected a word, got ${describe(v)}`);

const date: Check<string> = (v) =>
  typeof v === 'string' && isValidDate(v.trim()) ? v.trim() : fail(`not a valid date (YYYY-MM-DD): ${short(v)}`);
const dateTime: Check<string> = (v) =>
  typeof v === 'string' && isValidDateTime(v.trim()) ? v.trim() : fail(`not a valid RFC 3339 date-time: ${short(v)}`);
const dateOrDateTime: Check<string> = (v) =>
  typeof v === 'string' && isValidDateOrDateTime(v.trim()) ? v.trim() : fail(`not a valid date or date-time: ${short(v)}`);

/**
 * An absolute http(s) URL (relative ones resolve against the feed's own URL;
 * "www.example.ge/…", as editors write an address, is https, as a browser's
 * address bar takes it, not a path beside the feed).
 */
const httpUrl = (v: unknown, base?: string, schemes = 'http and https'): string => {
  if (typeof v !== 'string' || !v.trim()) return fail(`expected a URL, got ${describe(v)}`);
  let u: URL;
  try {
    u = new URL(v.trim().replace(/^www\./i, 'https://$&'), base || undefined);
  } catch {
    return fail(`not a URL: ${short(v)}`);
  }
  return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : fail(`only ${schemes} links are allowed, not "${u.protocol}"`);
};

/** A URL per language: a bad variant is left out with its warning, the others kept. */
const localizedUrl = (warn: (field: string, reason: string) => void): Check<LocalizedText> => (v, base) => {
  if (typeof v === 'string') return httpUrl(v, base);
  if (!isObject(v)) return fail(`expected a URL, got ${describe(v)}`);
  const out: Record<string, string> = {};
  for (const key of Object.keys(v)) {
    const tag = keyTag(key);
    if (!tag) continue;
    try {
      out[tag] = httpUrl(v[key], base);
    } catch (e) {
      warn(`url.${key}`, reasonOf(e));
    }
  }
  return Object.keys(out).length ? out : fail('has no valid http(s) URL');
};

// Nor ? # % & = / \ : "help@ngo.ge?bcc=someone@elsewhere" in a mailto: link adds a hidden copy.
const EMAIL = /^[^\s@<>()"',;:?#%&=/\\]+@[^\s@<>()"',;:?#%&=/\\]+\.[^\s@<>()"',;:?#%&=/\\]+$/;
const email: Check<string> = (v) => {
  const e = typeof v === 'string' ? cleanText(v, 200) : undefined;
  return e && EMAIL.test(e) ? e : fail(`not an e-mail address: ${short(v)}`);
};

const E164 = /^\+[1-9]\d{6,14}$/;
const SHORT_CODE = /^\d{3,6}$/;
/** Spaces, dashes, dots and brackets are tolerated in hand-written numbers, so are Persian digits and 00 for +. */
export const phone: Check<string> = (v) => {
  if (typeof v !== 'string') return fail(`expected a phone number, got ${describe(v)}`);
  const p = v.replace(/[\s().\u00a0-]/g, '').replace(/[٠-٩۰-۹]/g, (d) => `${d.charCodeAt(0) & 15}`).replace(/^00(?=[1-9]\d{6})/, '+');
  return E164.test(p) || SHORT_CODE.test(p) ? p : fail(`not an E.164 number or short code: ${short(v)}`);
};

/**
 * A link of the partner's own: an http(s) URL, or (FEED.md's other two
 * schemes) mailto: an address without headers, or tel: a number.
 */
const linkUrl: Check<string> = (v, base) => {
  const m = typeof v === 'string' ? /^\s*(mailto:|tel:)\s*(.*?)\s*$/i.exec(v) : null;
  if (!m) return httpUrl(v, base, 'http, https, mailto and tel');
  const tel = m[1]!.length < 5;
  const to = tel ? m[2]!.replace(/[\s\-.()]/g, '') : m[2]!;
  return (tel ? /^\+?\d{3,15}$/ : /^[^\s?#&]+@[^\s?#&]+$/).test(to) ? m[1]!.toLowerCase() + to : fail(`not a ${m[1]} link: ${short(v)}`);
};

// (Named by the field they check: '"lat" must be a number from -90 to 90, got 999'.)
const latitude: Check<number> = (v) =>
  typeof v === 'number' && v >= -90 && v <= 90 ? v : fail(`must be a number from -90 to 90, got ${short(v)}`);
const longitude: Check<number> = (v) =>
  typeof v === 'number' && v >= -180 && v <= 180 ? v : fail(`must be a number from -180 to 180, got ${short(v)}`);

const geo: Check<GeoPoint> = (v, base) => entry({ lat: req(latitude), lon: req(longitude) }, v, base, fail);

const DAYS: readonly DayCode[] = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];
// "9:00" as editors write it is 09:00.
const time: Check<string> = (v) => {
  const t = typeof v === 'string' ? v.trim().padStart(5, '0') : '';
  return isValidTime(t) ? t : fail(`not a time HH:MM: ${short(v)}`);
};
const hoursEntry: Check<OpeningHours> = (v) => {
  if (!isObject(v)) return fail(`expected {days, opens, closes}, got ${describe(v)}`);
  if (!Array.isArray(v.days) || !v.days.length) return fail('"days" must be a list such as ["mo","tu"]');
  const days = v.days.map((d) => (typeof d === 'string' && DAYS.includes(d.toLowerCase() as DayCode) ? (d.toLowerCase() as DayCode) : fail(`unknown day ${short(d)} (use mo, tu, we, th, fr, sa, su)`)));
  const opens = time(v.opens);
  const closes = time(v.closes);
  return opens === closes ? fail('"opens" and "closes" are the same') : { days, opens, closes };
};

/**
 * A centre's hours, whole or not at all: without a bad line its days would
 * read "Closed" and send a visitor away from an open centre; with no hours
 * the locator shows none and no status.
 */
const timetable = (warn: (i: number, reason: string) => void): Check<OpeningHours[] | undefined> => (v, base) => {
  let whole = true;
  const out = listOf(hoursEntry, (i, reason) => {
    whole = false;
    warn(i, `${reason}; no hours are shown rather than days wrongly closed`);
  })(v, base);
  return whole ? out : undefined;
};

/**
 * A list of values where one bad item is dropped with a warning, the others kept.
 * Used for phones, tags, hours and the like.
 */
const listOf = <T>(item: Check<T>, onItemError: (i: number, reason: string) => void): Check<T[]> => (v, base) => {
  if (!Array.isArray(v)) return fail(`expected a list, got ${describe(v)}`);
  const out: T[] = [];
  v.forEach((x, i) => {
    try {
      out.push(item(x, base));
    } catch (e) {
      onItemError(i, reasonOf(e));
    }
  });
  return out;
};

function describe(v: unknown): string {
  if (v === undefined) return 'nothing (the field is missing)';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'string') return `the text ${short(v)}`;
  return typeof v === 'object' ? 'an object' : `${typeof v} ${short(v)}`;
}
function short(v: unknown): string {
  // describe(), not String(): an array nested 100,000 deep overflows the stack when joined.
  const s = typeof v === 'string' ? JSON.stringify(v) : typeof v === 'object' && v ? describe(v) : String(v);
  return s.length > 40 ? s.slice(0, 39) + '…"' : s;
}

// ---------------------------------------------------------------------------

interface FieldSpec {
  [field: string]: readonly [check: Check<unknown>, required: boolean];
}

/** Validates one entry of a list; throws Invalid when a required field is bad. */
function entry<T>(
  spec: FieldSpec,
  raw: unknown,
  base: string | undefined,
  warn: (field: string, reason: string) => void,
): T {
  if (!isObject(raw)) return fail(`expected an object, got ${describe(raw)}`);
  const out: Record<string, unknown> = {};
  for (const field of Object.keys(spec)) {
    const [check, required] = spec[field]!;
    if (!has(raw, field) || raw[field] === null || raw[field] === undefined) {
      if (required) fail(`"${field}" is required`);
      continue;
    }
    try {
      out[field] = check(raw[field], base);
    } catch (e) {
      const reason = reasonOf(e);
      if (required) fail(`"${field}" ${reason}`);
      warn(field, reason);
    }
  }
  return out as T;
}

export type SpecFactory = (warnItem: (field: string) => (i: number, reason: string) => void, warnField: (field: string, reason: string) => void, read: Feed) => FieldSpec;

const opt = (c: Check<unknown>) => [c, false] as const;
const req = (c: Check<unknown>) => [c, true] as const;

export const serviceSpec: SpecFactory = () => ({ id: req(id), name: req(localized(MAX_TITLE)) });

export const newsSpec: SpecFactory = (w, f) => ({
  id: req(id),
  published: req(dateOrDateTime),
  updated: opt(dateTime),
  title: req(localized(MAX_TITLE)),
  summary: opt(localized()),
  body: opt(localized()),
  url: opt(localizedUrl(f)),
  image: opt((v, base): NewsImage => {
    if (!isObject(v)) return fail(`expected {src, alt}, got ${describe(v)}`);
    if (!has(v, 'src')) return fail('has no "src"');
    const img: NewsImage = { src: httpUrl(v.src, base) };
    if (has(v, 'alt')) {
      try {
        img.alt = localized(MAX_TITLE)(v.alt);
      } catch {
        /* no alt text: the image is treated as decorative */
      }
    }
    return img;
  }),
  tags: opt(listOf(word, w('tags'))),
  links: opt(listOf((v, base): NewsLink => (isObject(v) ? { label: localized(MAX_TITLE)(v.label), url: linkUrl(v.url, base) } : fail('expected {label, url}')), w('links'))),
});

export const centreSpec: SpecFactory = (w, _, read) => ({
  id: req(id),
  name: req(localized(MAX_TITLE)),
  city: req(localized(MAX_TITLE)),
  address: req(localized(MAX_TITLE)),
  region: opt(localized(MAX_TITLE)),
  notes: opt(localized()),
  location: opt(geo),
  phones: opt(listOf(phone, w('phones'))),
  email: opt(email),
  url: opt(httpUrl),
  hours: opt(timetable(w('hours'))),
  closed: opt(listOf(date, w('closed'))),
  // Ids of the top-level services (read before the centres), read as those are (a long one cut as a word would match none).
  services: opt(listOf((v) => {
    const s = id(v);
    return read.services.some((x) => x.id === s) ? s : fail(`unknown service id "${s}"`);
  }, w('services'))),
});

// Read as an entry is: a bad required part names itself ("city" is required), a bad optional one is left out with its warning.
const eventLocation = (warn: (field: string, reason: string) => void): Check<EventLocation> => (v, base) => {
  const loc = entry<EventLocation>(
    { name: req(localized(MAX_TITLE)), city: req(localized(MAX_TITLE)), address: opt(localized(MAX_TITLE)), lat: opt(latitude), lon: opt(longitude) },
    v, base, (field, reason) => warn(`location.${field}`, reason),
  );
  if ((loc.lat === undefined) !== (loc.lon === undefined)) {
    // A bad one has had its warning and its partner goes silently; a lone one is named, as it is what goes.
    const raw = v as EventLocation;
    if ((raw.lat == null) !== (raw.lon == null)) warn(`location.${raw.lat == null ? 'lon' : 'lat'}`, 'needs both "lat" and "lon"');
    delete loc.lat;
    delete loc.lon;
  }
  return loc;
};

export const eventSpec: SpecFactory = (_, w) => ({
  id: req(id),
  title: req(localized(MAX_TITLE)),
  start: req(dateOrDateTime),
  end: opt(dateOrDateTime),
  type: opt(word),
  description: opt(localized()),
  location: opt(eventLocation(w)),
  url: opt(httpUrl),
  cancelled: opt(bool),
});

export const hotlineSpec: SpecFactory = (w) => ({
  id: req(id),
  kind: opt(word),
  name: req(localized(MAX_TITLE)),
  phone: req(phone),
  // A call to action, not an article: the banner lays out every character of it
  // (50,000 of them took a 250 ms task on a laptop), so it is cut like a title.
  message: opt(localized(MAX_TITLE)),
  hours: opt(text(100)),
  languages: opt(listOf((v) => (typeof v === 'string' && LANG_TAG.test(v) ? v : fail(`not a language tag: ${short(v)}`)), w('languages'))),
  free: opt(bool),
});

/** Checks that an IANA time zone exists in this browser. */
export function isValidTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

// Each widget checks the lists it shows, with every rule (the element files
// carry only their own lists' rules: bytes every visitor pays). Every list is
// checked by `validateFeed`, the CLI and the JSON Schema.
export const SPECS: ListSpecs = { services: serviceSpec, news: newsSpec, centres: centreSpec, events: eventSpec, hotlines: hotlineSpec };
const LISTS: FeedList[] = ['services', 'news', 'centres', 'events', 'hotlines'];

/** The rules of the lists a widget reads, by list. */
export type ListSpecs = Partial<Record<FeedList, SpecFactory>>;

/** What every widget needs of a document besides its lists. */
export type FeedHead = Pick<Feed, 'version' | 'languages' | 'timezone' | 'updated'>;

/**
 * Checks a parsed JSON document's own fields (FEED.md, "Document"); the lists
 * are read by readLists. Warnings go to `onWarning`.
 * @throws FeedError for a document no widget can use
 */
export function readHead(doc: unknown, onWarning: (w: FeedWarning) => void): FeedHead {
  if (!isObject(doc)) throw new FeedError('not-object', `The feed must be a JSON object, not ${describe(doc)}.`);
  if (!has(doc, 'version')) throw new FeedError('version', 'The feed has no "version": add "version": 1.');
  // (describe: a version "1" in quotes reads as the text it is, not as 1.)
  if (doc.version !== 1) throw new FeedError('version', `The feed's version is ${describe(doc.version)}; this widget reads version 1.`);
  const top = (field: string, reason: string) => onWarning({ list: field, index: -1, reason });

  let languages: string[] = [];
  if (Array.isArray(doc.languages)) languages = doc.languages.filter((l): l is string => typeof l === 'string' && LANG_TAG.test(l));
  if (!languages.length) top('languages', '"languages" must be a list of language tags such as ["ka", "en"]');

  let timezone = DEFAULT_TIMEZONE;
  if (has(doc, 'timezone')) {
    // Trimmed like every other field: "Europe/Berlin " fell back to Tbilisi's hours.
    const tz = typeof doc.timezone === 'string' && doc.timezone.trim();
    if (tz && isValidTimeZone(tz)) timezone = tz;
    else top('timezone', `unknown time zone ${short(doc.timezone)}; using ${DEFAULT_TIMEZONE}`);
  }

  const head: FeedHead = { version: 1, languages: languages.length ? languages : ['ka'], timezone };
  if (has(doc, 'updated')) {
    try {
      head.updated = dateOrDateTime(doc.updated);
    } catch (e) {
      top('updated', (e as Invalid).reason);
    }
  }
  return head;
}

/**
 * Reads the lists named in `specs` of a document that passed readHead; the
 * others are left empty. A generator: it pauses every few hundred entries, so
 * a large feed can be checked without a long task.
 * @param base the feed's URL, against which relative links resolve
 */
function* readListsSteps(doc: Record<string, unknown>, head: FeedHead, specs: ListSpecs, base: string | undefined, push: (w: FeedWarning) => void): Generator<void, Feed> {
  const top = (field: string, reason: string) => push({ list: field, index: -1, reason });
  // Each kept entry's index as the feed has it (left-out entries before it count), for the warnings below.
  const at: Partial<Record<FeedList, number[]>> = {};
  const list = function* <T extends { id: string }>(name: FeedList, spec: SpecFactory): Generator<void, T[]> {
    if (!has(doc, name)) return [];
    const raw = doc[name];
    if (!Array.isArray(raw)) {
      top(name, `"${name}" must be a list, not ${describe(raw)}; treated as missing`);
      return [];
    }
    const out: T[] = [];
    const kept: number[] = (at[name] = []);
    const seen = new Set<string>();
    const n = Math.min(raw.length, MAX_ENTRIES);
    if (raw.length > MAX_ENTRIES) top(name, `only the first ${MAX_ENTRIES} of ${raw.length} entries are read`);
    for (let index = 0; index < n; index++) {
      if (index % 250 === 249) yield;
      const item = raw[index];
      const rawId = isObject(item) && (typeof item.id === 'string' || typeof item.id === 'number') ? String(item.id) : undefined;
      const fieldWarnings: FeedWarning[] = [];
      const warnField = (field: string, reason: string) => fieldWarnings.push({ list: name, index, id: rawId, field, reason });
      const itemWarn = (field: string) => (i: number, reason: string) => warnField(`${field}[${i}]`, reason);
      try {
        const value = entry<T>(spec(itemWarn, warnField, feed), item, base, warnField);
        if (seen.has(value.id)) fail(`the id "${value.id}" is already used in "${name}"`);
        seen.add(value.id);
        out.push(value);
        kept.push(index);
        fieldWarnings.forEach(push);
      } catch (e) {
        push({ list: name, index, id: rawId, reason: reasonOf(e) });
      }
    }
    return out;
  };

  const feed = { ...head } as Feed;
  for (const name of LISTS) {
    const spec = specs[name];
    (feed as unknown as Record<FeedList, unknown[]>)[name] = spec ? yield* list<{ id: string }>(name, spec) : [];
  }
  // An event cannot end before it starts: its end is dropped (a bare date is the whole day, so a same-day end is fine).
  feed.events.forEach((e, i) => {
    if (!e.end) return;
    if (endsBeforeStart(e.start, e.end, head.timezone)) {
      push({ list: 'events', index: at.events![i]!, id: e.id, field: 'end', reason: `the end ${short(e.end)} is before the start ${short(e.start)}` });
      delete e.end;
    }
  });
  return feed;
}

const BARE_DATE = 10; // "YYYY-MM-DD".length
/** A bare date, or a date-time with a capital T and its zone (group 1, maybe empty). */
const PLAIN = /^\d{4}-\d\d-\d\d(?:T\d\d:\d\d(?::\d\d)?(Z|[+-]\d\d:\d\d)?)?$/;

/** Whether an event's end comes before its start. */
function endsBeforeStart(start: string, end: string, timeZone: string): boolean {
  // Written alike (both bare dates, or date-times with the same offset or none):
  // the text compares as the instants do, without zone arithmetic for each of
  // 5,000 events. Only mixed forms are worked out.
  const a = PLAIN.exec(start);
  const b = PLAIN.exec(end);
  if (a && b && start.length === end.length && a[1] === b[1]) return end < start;
  const endAt = toInstant(end, timeZone)! + (end.length === BARE_DATE ? 86_400_000 : 0);
  return endAt < toInstant(start, timeZone)!;
}

/** Every list of a document (validateFeed, the CLI, tests). */
function* readFeedSteps(doc: unknown, base: string | undefined, onWarning?: (w: FeedWarning) => void): Generator<void, ValidationResult> {
  const warnings: FeedWarning[] = [];
  const push = (w: FeedWarning) => {
    warnings.push(w);
    onWarning?.(w);
  };
  const head = readHead(doc, push);
  const feed = yield* readListsSteps(doc as Record<string, unknown>, head, SPECS, base, push);
  return { feed, warnings };
}

/** Runs a check to the end, giving the page a turn every 30 ms: 5,000 entries never freeze it. */
async function finish<T>(steps: Generator<void, T>): Promise<T> {
  let since = performance.now();
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (performance.now() - since > 30) {
      await new Promise<void>((resolve) => setTimeout(resolve));
      since = performance.now();
    }
  }
}

/**
 * The lists named in `specs` of a document that passed readHead, checked a
 * few hundred entries at a time; the other lists are empty.
 */
export function readLists(doc: unknown, head: FeedHead, specs: ListSpecs, base: string | undefined, onWarning: (w: FeedWarning) => void): Promise<Feed> {
  return finish(readListsSteps(doc as Record<string, unknown>, head, specs, base, onWarning));
}

/**
 * Validates a parsed JSON document against FEED.md, every list, in one go.
 * @throws FeedError for a document no widget can use
 */
export function validateFeed(doc: unknown, base?: string): ValidationResult {
  const steps = readFeedSteps(doc, base);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
