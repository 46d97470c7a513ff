#!/usr/bin/env node
// Derives the fallback date data in src/i18n/date-names.ts from Node's full ICU,
// for the languages some browsers' Intl lacks (Chromium ships no ka, hy, and az without names).
//   node scripts/gen-date-names.mjs           write src/i18n/date-names.ts
//   node scripts/gen-date-names.mjs --stdout  print it instead
//   node scripts/gen-date-names.mjs --check   exit 1 if the file is out of date
// Adding a language = adding it to LANGS. Adding an option set = adding it to SETS.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const LANGS = ['ka', 'hy', 'az'];

// The Intl option subsets that dates.ts formats without Intl; key = sorted "name:value" pairs.
const SETS = [
  { dateStyle: 'full' },
  { dateStyle: 'long' },
  { dateStyle: 'medium' },
  { day: 'numeric', month: 'long', year: 'numeric' },
  { day: 'numeric', month: 'short', year: 'numeric' },
  { month: 'long', year: 'numeric' },
  { weekday: 'long' },
  { weekday: 'short' },
  { hour: '2-digit', minute: '2-digit' },
];
const key = (o) => Object.entries(o).sort().map((e) => e.join(':')).join();

const OUT = new URL('../src/i18n/date-names.ts', import.meta.url);
const utc = (y, m, d, h = 0, min = 0) => new Date(Date.UTC(y, m, d, h, min));
const dtf = (lang, o) => new Intl.DateTimeFormat(lang, { ...o, timeZone: 'UTC' });
const part = (lang, o, date, type) => dtf(lang, o).formatToParts(date).find((p) => p.type === type).value;

if (new Intl.DateTimeFormat('ka', { month: 'long' }).format(0) !== 'იანვარი') {
  throw new Error('This Node lacks full ICU (need the Georgian month names)');
}

// Names, in the order dates.ts reads them (its offsets 0, 12, 24, 36, 48, 55, 62).
function names(lang) {
  const months = (month, day) => Array.from({ length: 12 }, (_, m) => part(lang, { month, day }, utc(2021, m, 15), 'month'));
  const weekdays = (weekday) => Array.from({ length: 7 }, (_, i) => dtf(lang, { weekday }).format(utc(2024, 0, 1 + i))); // 2024-01-01 is a Monday
  return {
    M: months('long', 'numeric'), // format context (genitive in hy, ru…)
    L: months('long'), // standalone
    b: months('short', 'numeric'),
    B: months('short'),
    E: weekdays('long'),
    e: weekdays('short'),
    n: weekdays('narrow'),
  };
}

// A pattern: ICU-like letters for fields, literal text quoted with ' when it holds ASCII letters.
//   y year · d day · D 2-digit day · M/L long month (format/standalone) · b/B short month ·
//   E/e long/short weekday · H 2-digit hour (0-23) · m 2-digit minute
function pattern(lang, options, n) {
  // 9 March 2021 07:05 is a Tuesday: single digits tell padding apart, the names tell widths.
  const date = utc(2021, 2, 9, 7, 5);
  const candidates = { month: ['M', 'L', 'b', 'B'], weekday: ['E', 'e'] };
  return dtf(lang, options).formatToParts(date).map(({ type, value }) => {
    if (type === 'literal') {
      if (/[\d|']/.test(value)) throw new Error(`${lang}: cannot encode literal ${JSON.stringify(value)}`);
      return /[a-z]/i.test(value) ? `'${value}'` : value;
    }
    if (type === 'year' && value === '2021') return 'y';
    if (type === 'day' && (value === '9' || value === '09')) return value === '9' ? 'd' : 'D';
    if (type === 'hour' && value === '07') return 'H';
    if (type === 'minute' && value === '05') return 'm';
    // The first name list (format before standalone) that matches this part on every month / weekday.
    const hit = candidates[type]?.find((t) => n[t].every((name, i) =>
      part(lang, options, type === 'month' ? utc(2021, i, 9) : utc(2024, 0, 1 + i), type) === name));
    if (hit) return hit;
    throw new Error(`${lang} ${key(options)}: unsupported part ${type}=${JSON.stringify(value)}`);
  }).join('');
}

// The same assembly as dates.ts's fallbackFormat, for the self-check below.
function assemble(p, n, date) {
  const [y, m, d, H, min] = [date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes()];
  const w = (date.getUTCDay() + 6) % 7;
  const v = { y: `${y}`, d: `${d}`, D: `${d}`.padStart(2, '0'), H: `${H}`.padStart(2, '0'), m: `${min}`.padStart(2, '0'),
    M: n.M[m], L: n.L[m], b: n.b[m], B: n.B[m], E: n.E[w], e: n.e[w] };
  return p.replace(/'([^']*)'|[a-zA-Z]/g, (t, lit) => lit ?? v[t]);
}

function entry(lang) {
  const { numberingSystem, calendar } = new Intl.DateTimeFormat(lang).resolvedOptions();
  if (numberingSystem !== 'latn' || calendar !== 'gregory') throw new Error(`${lang}: only latn digits and the Gregorian calendar are supported`);
  const n = names(lang);
  const patterns = SETS.map((o) => pattern(lang, o, n));
  // Self-check every pattern against ICU on every day of two years, at varied times.
  for (let i = 0; i < 731; i++) {
    const date = utc(2023, 0, 1 + i, (i * 7) % 24, (i * 13) % 60);
    SETS.forEach((o, j) => {
      const want = dtf(lang, o).format(date), got = assemble(patterns[j], n, date);
      if (got !== want) throw new Error(`${lang} ${key(o)} ${date.toISOString()}: ${got} != ${want}`);
    });
  }
  // A standalone name equal to its format name is shipped empty (dates.ts copies the entry 12 before).
  const list = [...n.M, ...n.L.map((s, i) => (s === n.M[i] ? '' : s)), ...n.b, ...n.B.map((s, i) => (s === n.b[i] ? '' : s)),
    ...n.E, ...n.e, ...n.n, ...patterns];
  if (list.some((s) => s.includes('|'))) throw new Error(`${lang}: '|' in the data`);
  return list.join('|');
}

// Keep invisible characters (bidi marks, narrow spaces) visible in the source.
const str = (s) => JSON.stringify(s).replace(/[\u00a0\u200b-\u200f\u202a-\u202f\u2060-\u206f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

const HEADER = `// Generated by scripts/gen-date-names.mjs from Node's ICU ${process.versions.icu} (CLDR ${process.versions.cldr}). Do not edit.\n`;

// One module per language, loaded only by pages that need it (a Georgian page
// never downloads the Armenian names).
const files = new Map([[OUT, `${HEADER}
/** Intl option subsets (sorted "name:value" pairs, timeZone left out) that have a pattern below, in order. */
export const SETS = ${JSON.stringify(SETS.map(key))};

/**
 * Per language, a module whose default export is '|'-separated: 12 long months (format context), 12 long standalone
 * (empty = same as format), 12 short, 12 short standalone, 7 long, 7 short and 7 narrow
 * weekdays (Monday first), then one pattern per SETS entry: y year, d day, D 2-digit day,
 * M/L long month (format/standalone), b/B short month, E/e long/short weekday,
 * H 2-digit hour, m 2-digit minute; '…' quotes literal text.
 */
export const DATE_NAMES: Record<string, () => Promise<{ default: string }>> = {
${LANGS.map((l) => `  ${l}: () => import('./date-names/${l}.js'),`).join('\n')}
};
`]]);
for (const l of LANGS) files.set(new URL(`../src/i18n/date-names/${l}.ts`, import.meta.url), `${HEADER}export default ${str(entry(l))};\n`);

const arg = process.argv[2];
if (arg === '--stdout') for (const src of files.values()) process.stdout.write(src);
else if (arg === '--check') {
  for (const [file, src] of files) {
    let old = '';
    try { old = readFileSync(file, 'utf8'); } catch {}
    if (old !== src) { console.error(`${file.pathname} is out of date: run node scripts/gen-date-names.mjs`); process.exit(1); }
  }
} else {
  mkdirSync(new URL('../src/i18n/date-names/', import.meta.url), { recursive: true });
  for (const [file, src] of files) writeFileSync(file, src);
  console.log(`wrote ${[...files.keys()].map((f) => f.pathname).join(', ')}`);
}
