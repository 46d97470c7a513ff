// Generated feeds for the benchmarks: N news items, N centres, N events, each
// list in its own feed so every page reads only what it shows. The content is
// derived from demo/feed.json (real Georgian text), varied by town, street,
// date and number so no two entries are the same, and deterministic: the same
// N gives the same bytes on every run, except that events start in the month of
// the run (calendars open on the next event).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const DEMO = JSON.parse(readFileSync(new URL('../demo/feed.json', import.meta.url), 'utf8'));

/** Georgian towns: [ka, en, lat, lon]. */
export const TOWNS = [
  ['თბილისი', 'Tbilisi', 41.7151, 44.8271], ['ქუთაისი', 'Kutaisi', 42.2679, 42.6946], ['ბათუმი', 'Batumi', 41.6168, 41.6367],
  ['თელავი', 'Telavi', 41.9198, 45.4731], ['რუსთავი', 'Rustavi', 41.5495, 44.9932], ['გორი', 'Gori', 41.9842, 44.1158],
  ['ზუგდიდი', 'Zugdidi', 42.5088, 41.8709], ['ფოთი', 'Poti', 42.1462, 41.6723], ['სამტრედია', 'Samtredia', 42.1537, 42.3352],
  ['ხაშური', 'Khashuri', 41.9941, 43.5999], ['სენაკი', 'Senaki', 42.2704, 42.0675], ['ზესტაფონი', 'Zestaponi', 42.1107, 43.0526],
  ['მარნეული', 'Marneuli', 41.4759, 44.8083], ['ოზურგეთი', 'Ozurgeti', 41.9244, 42.0068], ['ქობულეთი', 'Kobuleti', 41.8214, 41.7792],
  ['ახალციხე', 'Akhaltsikhe', 41.6390, 42.9826], ['ბორჯომი', 'Borjomi', 41.8386, 43.3792], ['საგარეჯო', 'Sagarejo', 41.7340, 45.3311],
  ['გარდაბანი', 'Gardabani', 41.4606, 45.0921], ['მცხეთა', 'Mtskheta', 41.8452, 44.7188], ['კასპი', 'Kaspi', 41.9254, 44.4223],
  ['ახალქალაქი', 'Akhalkalaki', 41.4056, 43.4862], ['წყალტუბო', 'Tskaltubo', 42.3264, 42.6007], ['ჭიათურა', 'Chiatura', 42.2903, 43.2817],
  ['საჩხერე', 'Sachkhere', 42.3427, 43.4194], ['გურჯაანი', 'Gurjaani', 41.7429, 45.8011], ['სიღნაღი', 'Sighnaghi', 41.6197, 45.9222],
  ['ლაგოდეხი', 'Lagodekhi', 41.8268, 46.2767], ['ყვარელი', 'Kvareli', 41.9549, 45.8173], ['ამბროლაური', 'Ambrolauri', 42.5207, 43.1623],
  ['მესტია', 'Mestia', 43.0451, 42.7278], ['დუშეთი', 'Dusheti', 42.0847, 44.6961], ['თიანეთი', 'Tianeti', 42.1090, 44.9694],
  ['ბოლნისი', 'Bolnisi', 41.4477, 44.5387], ['თეთრიწყარო', 'Tetritskaro', 41.5444, 44.4608], ['დმანისი', 'Dmanisi', 41.3300, 44.2044],
  ['ნინოწმინდა', 'Ninotsminda', 41.2644, 43.5911], ['ლანჩხუთი', 'Lanchkhuti', 42.0894, 42.0322], ['მარტვილი', 'Martvili', 42.4146, 42.3787],
  ['ხონი', 'Khoni', 42.3227, 42.4211],
];

const STREETS = [
  ['რუსთაველის გამზირი', 'Rustaveli Avenue'], ['ჭავჭავაძის ქუჩა', 'Chavchavadze Street'], ['აღმაშენებლის გამზირი', 'Aghmashenebeli Avenue'],
  ['თამარ მეფის ქუჩა', 'Queen Tamar Street'], ['ნინოშვილის ქუჩა', 'Ninoshvili Street'], ['გამსახურდიას ქუჩა', 'Gamsakhurdia Street'],
  ['კოსტავას ქუჩა', 'Kostava Street'], ['წერეთლის ქუჩა', 'Tsereteli Street'], ['ილია ჭავჭავაძის ქუჩა', 'Ilia Chavchavadze Street'],
  ['დავით აღმაშენებლის ქუჩა', 'David Aghmashenebeli Street'], ['გორგასლის ქუჩა', 'Gorgasali Street'], ['მერაბ კოსტავას ქუჩა', 'Merab Kostava Street'],
];

const KINDS = [
  ['მობილურობის ცენტრი', 'Mobility Centre'], ['საკონსულტაციო ოფისი', 'Consultation Office'],
  ['რეინტეგრაციის ცენტრი', 'Reintegration Centre'], ['დასაქმების სერვისის ოფისი', 'Employment Service Office'],
];

const TYPES = ['training', 'information-session', 'meeting', 'workshop'];

/** A small deterministic PRNG (mulberry32): the same feeds on every run. */
function rng(seed) {
  return () => {
    seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The first sentence (or the first `max` characters, at a word) of a text. */
function firstSentence(s, max = 220) {
  const cut = s.split(/(?<=[.!?])\s/)[0];
  if (cut.length <= max) return cut;
  return s.slice(0, s.lastIndexOf(' ', max)) + '…';
}

/** Georgian genitive of a town name: თბილისი → თბილისის, მცხეთა → მცხეთის, ახალციხე → ახალციხის, საგარეჯო → საგარეჯოს. */
const genitive = (ka) => (/[აე]$/.test(ka) ? `${ka.slice(0, -1)}ის` : `${ka}ს`);

const pad = (n, w = 2) => String(n).padStart(w, '0');
const isoDate = (d) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const head = () => ({ version: 1, languages: DEMO.languages, timezone: DEMO.timezone, updated: '2026-11-01T12:00:00+04:00' });

export function newsFeed(n) {
  const rand = rng(n * 7 + 1);
  const news = [];
  const base = DEMO.news;
  // Newest first, one to two days apart, going back from a fixed day.
  let day = Date.UTC(2026, 9, 30);
  for (let i = 0; i < n; i++) {
    const src = base[i % base.length];
    const [tka, ten] = TOWNS[(i * 7) % TOWNS.length];
    const published = new Date(day);
    day -= (1 + Math.floor(rand() * 2)) * 86_400_000;
    const item = {
      id: `news-${n}-${i}`,
      published: isoDate(published),
      title: { ka: `${src.title.ka} — ${tka}`, en: `${src.title.en} — ${ten}` },
      summary: src.summary ? { ka: firstSentence(src.summary.ka), en: firstSentence(src.summary.en) } : undefined,
      tags: src.tags,
    };
    // One in four carries a link to the full article; one in eight its full text.
    if (i % 4 === 0) item.url = `https://georgia.iom.int/news/${item.id}`;
    if (i % 8 === 0 && src.body) item.body = { ka: src.body.ka.split('\n\n').slice(0, 2).join('\n\n'), en: src.body.en.split('\n\n').slice(0, 2).join('\n\n') };
    news.push(item);
  }
  return { ...head(), news };
}

export function centresFeed(n) {
  const rand = rng(n * 13 + 5);
  const services = DEMO.services.map((s) => s.id);
  const centres = [];
  for (let i = 0; i < n; i++) {
    const [tka, ten, lat, lon] = TOWNS[i % TOWNS.length];
    const [ska, sen] = STREETS[(i * 5) % STREETS.length];
    const [kka, ken] = KINDS[Math.floor(i / TOWNS.length) % KINDS.length];
    const no = 1 + Math.floor(i / (TOWNS.length * KINDS.length));
    const house = 1 + Math.floor(rand() * 120);
    const hours = [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: i % 3 ? '09:00' : '10:00', closes: i % 5 ? '17:30' : '18:00' }];
    if (i % 4 === 1) hours.push({ days: ['sa'], opens: '10:00', closes: '14:00' });
    centres.push({
      id: `centre-${n}-${i}`,
      name: { ka: `${genitive(tka)} ${kka}${no > 1 ? ` №${no}` : ''}`, en: `${ten} ${ken}${no > 1 ? ` No. ${no}` : ''}` },
      city: { ka: tka, en: ten },
      address: { ka: `${ska} ${house}`, en: `${house} ${sen}` },
      location: { lat: +(lat + (rand() - 0.5) * 0.06).toFixed(4), lon: +(lon + (rand() - 0.5) * 0.08).toFixed(4) },
      phones: [`+9953226${pad(Math.floor(rand() * 100_000), 5)}`],
      hours,
      closed: ['2026-01-01', '2026-01-02', '2026-01-07', '2026-01-19', '2026-03-03', '2026-03-08', '2026-04-09', '2026-05-09', '2026-05-12', '2026-05-26', '2026-08-28', '2026-10-14', '2026-11-23'],
      services: services.filter((_, k) => (i + k) % 3 !== 0),
    });
  }
  return { ...head(), services: DEMO.services, centres };
}

/** Events spread over twelve months from the first day of `from`'s month; the first one is tomorrow. */
export function eventsFeed(n, from = new Date()) {
  const rand = rng(n * 17 + 3);
  const start = Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate() + 1);
  const span = 365 * 86_400_000;
  const base = DEMO.events;
  const events = [];
  for (let i = 0; i < n; i++) {
    const src = base[i % base.length];
    const [tka, ten] = TOWNS[(i * 3) % TOWNS.length];
    const day = new Date(start + Math.floor((i * span) / n / 86_400_000) * 86_400_000);
    const hour = 9 + Math.floor(rand() * 8);
    const ev = {
      id: `event-${n}-${i}`,
      type: TYPES[i % TYPES.length],
      title: { ka: `${src.title.ka} (${tka})`, en: `${src.title.en} (${ten})` },
      start: `${isoDate(day)}T${pad(hour)}:00:00+04:00`,
      end: `${isoDate(day)}T${pad(hour + 2)}:00:00+04:00`,
      location: { name: { ka: `${genitive(tka)} მობილურობის ცენტრი`, en: `${ten} Mobility Centre` }, city: { ka: tka, en: ten } },
    };
    if (src.description) ev.description = { ka: firstSentence(src.description.ka, 160), en: firstSentence(src.description.en, 160) };
    if (i % 23 === 5) ev.cancelled = true;
    events.push(ev);
  }
  return { ...head(), events };
}

export function hotlinesFeed() {
  return { ...head(), hotlines: DEMO.hotlines };
}

/** Writes news-N.json, centres-N.json, events-N.json for each N, and hotlines.json, into `dir`; returns their sizes in characters. */
export function writeFeeds(dir, ns, from = new Date()) {
  mkdirSync(dir, { recursive: true });
  const chars = {};
  const put = (name, doc) => {
    const text = JSON.stringify(doc);
    writeFileSync(join(dir, name), text);
    chars[name] = text.length;
  };
  for (const n of ns) {
    put(`news-${n}.json`, newsFeed(n));
    put(`centres-${n}.json`, centresFeed(n));
    put(`events-${n}.json`, eventsFeed(n, from));
  }
  put('hotlines.json', hotlinesFeed());
  return chars;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = new URL('./.out/feeds/', import.meta.url).pathname;
  console.table(writeFeeds(dir, [10, 100, 1000, 5000]));
}
