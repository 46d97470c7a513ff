/**
 * `npx iom-widgets validate <file-or-url>`: checks a feed before it is
 * published, with the very validator the widgets run. Each problem is one line:
 * its JSON path, what is wrong and what to write instead, in English or
 * Georgian (`--lang ka`). Exit code 1 on any error (a document no widget can
 * read, or an entry visitors would not see), 0 otherwise; `--strict` also fails
 * on warnings (a dropped field, an ignored key). 2: the file or URL could not
 * be read, or the command line is wrong.
 *
 * The explanations are built from the problem's place and the value found, not
 * from the validator's English reasons, so those may change wording freely.
 */
import { FeedError, type FeedWarning } from '../src/feed/errors.js';
import { MAX_ENTRIES, MAX_FEED_CHARS, validateFeed } from '../src/feed/validate.js';

export type CliLang = 'en' | 'ka';

export interface Problem {
  severity: 'error' | 'warning';
  /** JSONPath of the value, e.g. `$.news[3].published`. */
  path: string;
  /** What is wrong, in the chosen language. */
  what: string;
  /** What to write instead, in the chosen language. */
  fix: string;
}

type Msg = Record<CliLang, string>;

const LT: Msg = { en: 'text, or an object of languages such as {"ka": "…", "en": "…"}', ka: 'ტექსტი ან ენების ობიექტი, მაგალითად {"ka": "…", "en": "…"}' };
const DATE: Msg = { en: 'a real date such as "2014-06-24", or a date-time such as "2014-06-24T10:00:00+04:00"', ka: 'არსებული თარიღი, მაგალითად "2014-06-24", ან თარიღი და დრო, მაგალითად "2014-06-24T10:00:00+04:00"' };
const URL_: Msg = { en: 'a full http(s) address such as "https://iom.ge/…" (no javascript:, data: or other schemes)', ka: 'სრული http(s) მისამართი, მაგალითად "https://iom.ge/…" (javascript:, data: და სხვა სქემები დაუშვებელია)' };
const WORD: Msg = { en: 'one word such as "training"', ka: 'ერთი სიტყვა, მაგალითად "training"' };
const WORDS: Msg = { en: 'a list of words such as ["migration", "employment"]', ka: 'სიტყვების სია, მაგალითად ["migration", "employment"]' };
const BOOL: Msg = { en: 'true or false, without quotes', ka: 'true ან false, ბრჭყალების გარეშე' };
const GEO: Msg = { en: '{"lat": 41.7151, "lon": 44.8271}: latitude from -90 to 90, longitude from -180 to 180, as numbers', ka: '{"lat": 41.7151, "lon": 44.8271}: განედი -90-დან 90-მდე, გრძედი -180-დან 180-მდე, რიცხვებად' };
const PHONE: Msg = { en: 'an international number such as "+995322600955" or a short code such as "112"', ka: 'საერთაშორისო ნომერი, მაგალითად "+995322600955", ან მოკლე კოდი, მაგალითად "112"' };

/** What to write, by field (`list.field` first, then `field`). */
const HINTS: Record<string, Msg> = {
  id: { en: 'a text id that no other entry of this list uses, such as "news-2014-06-24"', ka: 'ტექსტური იდენტიფიკატორი, რომელსაც ამ სიის სხვა ჩანაწერი არ იყენებს, მაგალითად "news-2014-06-24"' },
  title: LT, name: LT, city: LT, address: LT, region: LT, notes: LT, summary: LT, body: LT, description: LT, message: LT, label: LT, alt: LT,
  published: DATE, start: DATE, end: DATE, updated: DATE, closed: { en: 'a list of real dates such as ["2014-05-26"]', ka: 'არსებული თარიღების სია, მაგალითად ["2014-05-26"]' },
  url: URL_, src: URL_,
  image: { en: '{"src": "https://…", "alt": "…"} with a full http(s) address', ka: '{"src": "https://…", "alt": "…"} სრული http(s) მისამართით' },
  links: { en: 'a list such as [{"label": "…", "url": "https://…"}]', ka: 'სია, მაგალითად [{"label": "…", "url": "https://…"}]' },
  email: { en: 'an e-mail address such as "info@iom.ge"', ka: 'ელფოსტის მისამართი, მაგალითად "info@iom.ge"' },
  phone: PHONE, phones: PHONE,
  location: GEO, lat: GEO, lon: GEO,
  'events.location': { en: '{"name": "…", "city": "…"}, optionally with "address", "lat" and "lon"', ka: '{"name": "…", "city": "…"}, სურვილისამებრ "address", "lat" და "lon" ველებით' },
  hours: { en: 'a list such as [{"days": ["mo", "tu"], "opens": "09:00", "closes": "17:30"}] with real times from 00:00 to 24:00', ka: 'სია, მაგალითად [{"days": ["mo", "tu"], "opens": "09:00", "closes": "17:30"}], არსებული დროით 00:00-დან 24:00-მდე' },
  'hotlines.hours': { en: 'a short text such as "24/7" or "Mo-Fr 09:00-17:30"', ka: 'მოკლე ტექსტი, მაგალითად "24/7" ან "Mo-Fr 09:00-17:30"' },
  tags: WORDS, type: WORD, kind: WORD,
  'centres.services': { en: 'a list of ids from the top-level "services" list', ka: 'ზედა დონის "services" სიაში არსებული იდენტიფიკატორების სია' },
  services: { en: 'a list [ … ] of services, each {"id": "…", "name": …}', ka: 'სერვისების სია [ … ], თითოეული {"id": "…", "name": …}' },
  languages: { en: 'a list of language tags such as ["ka", "en"]', ka: 'ენის კოდების სია, მაგალითად ["ka", "en"]' },
  timezone: { en: 'an IANA time zone such as "Asia/Tbilisi"', ka: 'IANA-ს დროის სარტყელი, მაგალითად "Asia/Tbilisi"' },
  cancelled: BOOL, free: BOOL,
};

const T = {
  error: { en: 'error', ka: 'შეცდომა' },
  warning: { en: 'warning', ka: 'გაფრთხილება' },
  entryLeftOut: { en: 'this entry will not be shown', ka: 'ეს ჩანაწერი არ გამოჩნდება' },
  fieldDropped: { en: 'this field will not be shown', ka: 'ეს ველი არ გამოჩნდება' },
  missing: { en: 'a required field is missing', ka: 'სავალდებულო ველი აკლია' },
  invalid: { en: 'the value is not valid', ka: 'მნიშვნელობა არასწორია' },
  found: { en: 'found', ka: 'ნაპოვნია' },
  write: { en: 'write', ka: 'ჩაწერეთ' },
  notObjectEntry: { en: 'this entry is not an object', ka: 'ეს ჩანაწერი ობიექტი არ არის' },
  notObjectFix: { en: 'write each entry as an object { "id": "…", … }', ka: 'თითოეული ჩანაწერი ჩაწერეთ ობიექტად { "id": "…", … }' },
  duplicate: { en: 'this id is already used by an earlier entry of the list', ka: 'ეს იდენტიფიკატორი სიის წინა ჩანაწერს უკვე აქვს' },
  duplicateFix: { en: 'give every entry its own id', ka: 'თითოეულ ჩანაწერს საკუთარი იდენტიფიკატორი მიეცით' },
  notList: { en: 'this is not a list, so it is ignored', ka: 'ეს სია არ არის, ამიტომ უგულებელყოფილია' },
  listFix: { en: 'a list [ … ] of entries, or leave the key out', ka: 'ჩანაწერების სია [ … ], ან საერთოდ ამოიღეთ ეს ველი' },
  tooMany: { en: `only the first ${MAX_ENTRIES} entries are read`, ka: `იკითხება მხოლოდ პირველი ${MAX_ENTRIES} ჩანაწერი` },
  tooManyFix: { en: 'remove old entries or split the feed', ka: 'წაშალეთ ძველი ჩანაწერები ან ფიდი რამდენიმე ფაილად დაყავით' },
  unknownService: { en: 'names a service that the top-level "services" list does not have', ka: 'ასახელებს სერვისს, რომელიც ზედა დონის "services" სიაში არ არის' },
  ignored: { en: 'ignored; the default is used', ka: 'უგულებელყოფილია; გამოიყენება ნაგულისხმევი მნიშვნელობა' },
  tooLarge: { en: (n: string, max: string) => `the feed is ${n} MB of text; the widgets refuse feeds over ${max} MB`, ka: (n: string, max: string) => `ფიდის ტექსტი ${n} მბ-ია; ვიჯეტები ${max} მბ-ზე დიდ ფიდს არ კითხულობენ` },
  tooLargeFix: { en: 'remove old entries, shorten long texts, or split the feed', ka: 'წაშალეთ ძველი ჩანაწერები, შეამოკლეთ გრძელი ტექსტები ან ფიდი რამდენიმე ფაილად დაყავით' },
  notJson: { en: 'this is not valid JSON', ka: 'ეს სწორი JSON არ არის' },
  notJsonFix: { en: 'save the file as JSON: double quotes around every key and text, commas between items, no comments, no trailing comma', ka: 'შეინახეთ ფაილი JSON ფორმატში: ყველა გასაღები და ტექსტი ორმაგ ბრჭყალებში, ელემენტებს შორის მძიმეები, კომენტარებისა და ბოლო მძიმის გარეშე' },
  html: { en: 'this is a web page (HTML), not the feed', ka: 'ეს ვებგვერდია (HTML) და არა ფიდი' },
  htmlFix: { en: 'check the address: the server may be answering with an error page', ka: 'შეამოწმეთ მისამართი: სერვერი შესაძლოა შეცდომის გვერდს აბრუნებს' },
  xml: { en: 'this is XML (RSS or Atom?): the widgets read it, but this tool checks only the iom-widgets JSON feed', ka: 'ეს XML-ია (RSS ან Atom?): ვიჯეტები მას წაიკითხავენ, მაგრამ ეს ხელსაწყო მხოლოდ iom-widgets-ის JSON ფიდს ამოწმებს' },
  jsonFeed: { en: 'this is a JSON Feed (jsonfeed.org): the widgets read it, but this tool checks only the iom-widgets feed', ka: 'ეს JSON Feed-ია (jsonfeed.org): ვიჯეტები მას წაიკითხავენ, მაგრამ ეს ხელსაწყო მხოლოდ iom-widgets-ის ფიდს ამოწმებს' },
  convertFix: { en: 'to check it, export the iom-widgets feed described in FEED.md', ka: 'შესამოწმებლად FEED.md-ში აღწერილი iom-widgets-ის ფიდი გამოიტანეთ' },
  notObject: { en: 'the document is not an object', ka: 'დოკუმენტი ობიექტი არ არის' },
  notObjectDocFix: { en: 'the file must be one object: { "version": 1, "languages": ["ka", "en"], … }', ka: 'ფაილი ერთი ობიექტი უნდა იყოს: { "version": 1, "languages": ["ka", "en"], … }' },
  version: { en: '"version" is missing or not 1', ka: '"version" აკლია ან 1 არ არის' },
  versionFix: { en: 'add "version": 1 at the top of the document (a number, without quotes)', ka: 'დოკუმენტის დასაწყისში დაამატეთ "version": 1 (რიცხვი, ბრჭყალების გარეშე)' },
  summary: { en: (e: number, w: number) => `${e} error(s), ${w} warning(s)`, ka: (e: number, w: number) => `${e} შეცდომა, ${w} გაფრთხილება` },
  ok: { en: 'The feed is valid.', ka: 'ფიდი სწორია.' },
  usage: {
    en: 'Usage: iom-widgets validate <file-or-url> [--lang en|ka] [--strict] [--base <url>]',
    ka: 'გამოყენება: iom-widgets validate <ფაილი-ან-მისამართი> [--lang en|ka] [--strict] [--base <url>]',
  },
  unreadable: { en: 'could not read', ka: 'ვერ წავიკითხე' },
} as const;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** A value as the editor wrote it, shortened. */
function show(v: unknown): string {
  let s: string;
  try {
    s = v === undefined ? 'nothing' : JSON.stringify(v) ?? String(v);
  } catch {
    s = Array.isArray(v) ? '[…]' : '{…}'; // nested too deep to print
  }
  return s.length > 60 ? s.slice(0, 59) + '…' : s;
}

const seg = (k: string) => (/^[A-Za-z_$][\w$]*$/.test(k) ? `.${k}` : `[${JSON.stringify(k)}]`);
/** `links[1]` / `location.lat` → path segments and the value there. */
function walk(root: unknown, parts: (string | number)[]): { path: string; value: unknown } {
  let path = '$';
  let value: unknown = root;
  for (const p of parts) {
    path += typeof p === 'number' ? `[${p}]` : seg(p);
    value = isObject(value) || Array.isArray(value) ? (value as Record<string | number, unknown>)[p] : undefined;
  }
  return { path, value };
}
const fieldParts = (field: string) =>
  field.split('.').flatMap((f) => {
    const m = /^([^[]+)((?:\[\d+\])*)$/.exec(f);
    return m ? [m[1]!, ...[...m[2]!.matchAll(/\[(\d+)\]/g)].map((x) => Number(x[1]))] : [f];
  });

function hint(list: string, field: string, lang: CliLang): string {
  const names = fieldParts(field).filter((p): p is string => typeof p === 'string');
  const last = names[names.length - 1] ?? field;
  const h = HINTS[`${list}.${field}`] ?? HINTS[`${list}.${last}`] ?? HINTS[last] ?? HINTS[names[0] ?? ''];
  return h ? h[lang] : '';
}

/** One validator warning as a problem line. */
function explain(doc: Record<string, unknown>, w: FeedWarning, lang: CliLang): Problem {
  const en = lang === 'en';
  const list = w.list;
  if (w.index < 0) {
    // A top-level key.
    const { path, value } = walk(doc, [list]);
    const isList = ['services', 'news', 'centres', 'events', 'hotlines'].includes(list);
    if (isList && Array.isArray(value)) return { severity: 'warning', path, what: en ? w.reason : T.tooMany.ka, fix: T.tooManyFix[lang] };
    if (isList) return { severity: 'warning', path, what: `${T.notList[lang]} (${T.found[lang]}: ${show(value)})`, fix: `${T.write[lang]} ${T.listFix[lang]}` };
    const how = hint(list, list, lang);
    // (Where the validator's reason already says how, once is enough.)
    return { severity: 'warning', path, what: en ? w.reason : `${T.invalid.ka}, ${T.ignored.ka} (${T.found.ka}: ${show(value)})`, fix: en && w.reason.includes(how) ? '' : `${T.write[lang]} ${how}` };
  }
  const entry = walk(doc, [list, w.index]);
  if (w.field) {
    const at = walk(doc, [list, w.index, ...fieldParts(w.field)]);
    const unknownService = list === 'centres' && w.field === 'services' && Array.isArray(at.value);
    const what = en ? `field dropped: ${w.reason}` : `${T.fieldDropped.ka}: ${unknownService ? T.unknownService.ka : `${T.invalid.ka} (${T.found.ka}: ${show(at.value)})`}`;
    return { severity: 'warning', path: at.path, what, fix: `${T.write[lang]} ${hint(list, w.field, lang)}` };
  }
  // The entry is left out: say which field, if one is to blame.
  const raw = entry.value;
  if (!isObject(raw)) return { severity: 'error', path: entry.path, what: en ? `entry left out: ${w.reason}` : `${T.entryLeftOut.ka}: ${T.notObjectEntry.ka} (${T.found.ka}: ${show(raw)})`, fix: T.notObjectFix[lang] };
  const rawList = doc[list] as unknown[];
  const idOf = (e: unknown) => (isObject(e) && (typeof e.id === 'string' || typeof e.id === 'number') ? String(e.id).trim() : undefined);
  const id = idOf(raw);
  const field = /^"([^"]+)"/.exec(w.reason)?.[1];
  if (!field && id !== undefined && rawList.slice(0, w.index).some((e) => idOf(e) === id)) {
    const at = walk(doc, [list, w.index, 'id']);
    return { severity: 'error', path: at.path, what: en ? `entry left out: ${w.reason}` : `${T.entryLeftOut.ka}: ${T.duplicate.ka} (${show(raw.id)})`, fix: T.duplicateFix[lang] };
  }
  if (field && !(field in raw)) {
    const at = walk(doc, [list, w.index, field]);
    return { severity: 'error', path: at.path, what: en ? `entry left out: ${w.reason}` : `${T.entryLeftOut.ka}: ${T.missing.ka}`, fix: `${T.write[lang]} ${hint(list, field, lang)}` };
  }
  const at = field ? walk(doc, [list, w.index, field]) : entry;
  const missing = field && (at.value === null || at.value === undefined);
  return {
    severity: 'error',
    path: at.path,
    what: en ? `entry left out: ${w.reason}` : `${T.entryLeftOut.ka}: ${missing ? T.missing.ka : `${T.invalid.ka} (${T.found.ka}: ${show(at.value)})`}`,
    fix: field ? `${T.write[lang]} ${hint(list, field, lang)}` : '',
  };
}

/** Checks feed text; never throws. `base` resolves relative links (the feed's own URL). */
export function checkFeedText(text: string, { lang = 'en', base }: { lang?: CliLang; base?: string } = {}): Problem[] {
  const body = text.replace(/^\uFEFF/, '').trimStart();
  const docError = (what: string, fix: string): Problem[] => [{ severity: 'error', path: '$', what, fix }];
  const mb = (n: number) => (n / 1e6).toFixed(1);
  if (text.length > MAX_FEED_CHARS) return docError(T.tooLarge[lang](mb(text.length), mb(MAX_FEED_CHARS)), T.tooLargeFix[lang]);
  if (body.startsWith('<')) {
    return /^<!doctype html|^<html|^<head|^<body/i.test(body) || !/^<\?xml|^<rss|^<feed|^<rdf/i.test(body)
      ? docError(T.html[lang], T.htmlFix[lang])
      : docError(T.xml[lang], T.convertFix[lang]);
  }
  let doc: unknown;
  try {
    doc = JSON.parse(body);
  } catch (e) {
    // The parser's own words point at the line; they are English in any case.
    return docError(`${T.notJson[lang]} (${(e as Error).message.slice(0, 120)})`, T.notJsonFix[lang]);
  }
  if (isObject(doc) && typeof doc.version === 'string' && /jsonfeed\.org\/version\/1/.test(doc.version)) return docError(T.jsonFeed[lang], T.convertFix[lang]);
  try {
    const { warnings } = validateFeed(doc, base);
    return warnings.map((w) => explain(doc as Record<string, unknown>, w, lang));
  } catch (e) {
    if (!(e instanceof FeedError)) throw e;
    if (e.code === 'not-object') return docError(`${T.notObject[lang]} (${T.found[lang]}: ${show(doc)})`, T.notObjectDocFix[lang]);
    return [{ severity: 'error', path: '$.version', what: `${T.version[lang]} (${T.found[lang]}: ${show((doc as Record<string, unknown>).version)})`, fix: T.versionFix[lang] }];
  }
}

export function formatProblem(p: Problem, lang: CliLang): string {
  return `${T[p.severity][lang]}: ${p.path}: ${p.what}${p.fix ? ` → ${p.fix}` : ''}`;
}

interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
  readFile: (path: string) => Promise<string>;
  fetchText: (url: string) => Promise<{ text: string; url: string }>;
}

/** The command; returns the exit code. */
export async function main(argv: string[], io: Io): Promise<number> {
  const args = [...argv];
  if (args[0] === 'validate') args.shift();
  let lang: CliLang = 'en';
  let strict = false;
  let base: string | undefined;
  const inputs: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--lang' || a.startsWith('--lang=')) {
      const v = a.includes('=') ? a.split('=')[1] : args[++i];
      if (v !== 'en' && v !== 'ka') {
        io.err(T.usage.en);
        return 2;
      }
      lang = v;
    } else if (a === '--strict') strict = true;
    else if (a === '--base') base = args[++i];
    else if (a === '-h' || a === '--help') {
      io.out(T.usage[lang]);
      return 0;
    } else inputs.push(a);
  }
  if (inputs.length !== 1) {
    io.err(T.usage[lang]);
    return 2;
  }
  const input = inputs[0]!;
  let text: string;
  try {
    if (/^https?:\/\//i.test(input)) {
      const r = await io.fetchText(input);
      text = r.text;
      base ??= r.url;
    } else text = await io.readFile(input);
  } catch (e) {
    io.err(`${T.unreadable[lang]} ${input}: ${(e as Error).message}`);
    return 2;
  }
  const problems = checkFeedText(text, { lang, base });
  for (const p of problems) io.out(formatProblem(p, lang));
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  io.out(problems.length ? T.summary[lang](errors, warnings) : T.ok[lang]);
  return errors || (strict && warnings) ? 1 : 0;
}
