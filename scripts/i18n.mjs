// `npm run i18n -- locales/translations/*.json`
//  1. extract every msg() into locales/*.xlf (one file per language: the translators' view);
//  2. fill <target>s from translation files, which map the English source
//     (placeholders as {0}, {1}) to its languages:
//       { "Try again": { "ka": "ხელახლა ცდა", "ru": "…" } }
//     (existing targets are kept; a file only adds or corrects);
//  3. generate src/i18n/generated/: lit-localize's runtime modules, split into one
//     catalog per element (with the shared strings) plus `all`, so a page with
//     one widget downloads one chunk of only that widget's strings
//     (src/i18n/locale.ts loads them).
import { readFileSync, writeFileSync, readdirSync, mkdirSync, rmSync, mkdtempSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Catalog name → the source folders whose msg() calls it holds (`shared` goes into each of the others). */
const CATALOGS = {
  shared: ['src/shared', 'src/i18n', 'src/feed', 'src/time'],
  'news-feed': ['src/news-feed'],
  'centre-locator': ['src/centre-locator'],
  'hotline-banner': ['src/hotline-banner'],
  'event-calendar': ['src/event-calendar'],
};
const GENERATED = 'src/i18n/generated';
const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
const LANGS = config.targetLocales;

const localize = (args) => {
  const r = spawnSync('npx', ['lit-localize', ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const unesc = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

// 1–2: extract and fill.
localize(['extract']);
const translations = {};
for (const f of process.argv.slice(2)) {
  for (const [src, langs] of Object.entries(JSON.parse(readFileSync(f, 'utf8')))) translations[src] = { ...translations[src], ...langs };
}
const missing = {};
for (const file of readdirSync('locales').filter((f) => f.endsWith('.xlf'))) {
  const path = `locales/${file}`;
  const lang = /target-language="([^"]+)"/.exec(readFileSync(path, 'utf8'))[1];
  const xlf = readFileSync(path, 'utf8').replace(/<trans-unit [\s\S]*?<\/trans-unit>/g, (unit) => {
    const source = /<source>([\s\S]*?)<\/source>/.exec(unit)[1];
    const xs = source.match(/<x [^>]*\/>/g) ?? [];
    const key = unesc(source.replace(/<x id="(\d+)"[^>]*\/>/g, '{$1}'));
    const t = translations[key]?.[lang];
    if (t === undefined) {
      if (!/<target>/.test(unit)) (missing[lang] ??= []).push(key);
      return unit;
    }
    const target = esc(t).replace(/\{(\d+)\}/g, (_, i) => xs.find((x) => x.includes(`id="${i}"`)) ?? `{${i}}`);
    return unit.replace(/\s*<target>[\s\S]*?<\/target>/, '').replace('</source>', `</source>\n  <target>${target}</target>`);
  });
  writeFileSync(path, xlf);
}

// 3: build, then split per catalog.
localize(['build']);
const tmp = mkdtempSync(join(tmpdir(), 'iom-i18n-'));
// English, the source language, becomes a catalog like the others: the build
// takes the English text out of the code (vite.config.ts, `sourceStringsOut`),
// so a Georgian visitor does not download it. lit-localize writes it when
// given an XLIFF whose targets are the sources.
{
  const xliffDir = join(tmp, 'en-xlf');
  const outputDir = join(tmp, 'en-gen');
  mkdirSync(xliffDir);
  const xlf = readFileSync(`locales/${LANGS[0]}.xlf`, 'utf8')
    .replace(/\s*<target>[\s\S]*?<\/target>/g, '')
    .replace(/<source>([\s\S]*?)<\/source>/g, (m, src) => `${m}\n  <target>${src}</target>`);
  writeFileSync(join(xliffDir, `${LANGS[0]}.xlf`), xlf);
  const cfgPath = join(tmp, 'en.json');
  writeFileSync(cfgPath, JSON.stringify({
    sourceLocale: config.sourceLocale, targetLocales: [LANGS[0]],
    inputFiles: [`${process.cwd()}/src/**/*.ts`, `!${process.cwd()}/${GENERATED}/**`],
    // (Without a tsConfig lit-localize writes .js; only its lines of strings are used.)
    output: { mode: 'runtime', outputDir },
    interchange: { format: 'xliff', xliffDir },
  }));
  const r = spawnSync('npx', ['lit-localize', 'build', '--config', cfgPath], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) process.exit(r.status ?? 1);
  writeFileSync(`${GENERATED}/locales/${config.sourceLocale}.ts`, readFileSync(join(outputDir, `${LANGS[0]}.js`), 'utf8'));
}
const CATALOG_LANGS = [config.sourceLocale, ...LANGS];
/** The languages whose date names we ship (scripts/gen-date-names.mjs). */
const DATE_LANGS = readdirSync('src/i18n/date-names').map((f) => f.replace(/\.ts$/, ''));
const idsOf = (folders) => {
  const cfgPath = join(tmp, 'cfg.json');
  const out = join(tmp, 'x');
  rmSync(out, { recursive: true, force: true });
  writeFileSync(cfgPath, JSON.stringify({
    sourceLocale: config.sourceLocale, targetLocales: [LANGS[0]],
    inputFiles: folders.map((f) => `${process.cwd()}/${f}/**/*.ts`).concat(`!${process.cwd()}/${GENERATED}/**`),
    output: { mode: 'runtime', outputDir: join(tmp, 'gen') },
    interchange: { format: 'xliff', xliffDir: out },
  }));
  const r = spawnSync('npx', ['lit-localize', 'extract', '--config', cfgPath], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) process.exit(r.status ?? 1);
  const xlf = readFileSync(join(out, `${LANGS[0]}.xlf`), 'utf8');
  return new Set([...xlf.matchAll(/<trans-unit id="([^"]+)"/g)].map((m) => m[1]));
};
const catalogIds = Object.fromEntries(Object.entries(CATALOGS).map(([name, folders]) => [name, idsOf(folders)]));
// Each element's catalog carries every shared string too (lit-localize follows
// static imports only; the banner reaches the feed layer lazily): one chunk
// per language for a page with one widget. `all` is every string, for
// dist/iom-widgets.js (vite.config.ts).
for (const [name, ids] of Object.entries(catalogIds)) if (name !== 'shared') for (const id of catalogIds.shared) ids.add(id);
delete catalogIds.shared;
catalogIds.all = new Set(Object.values(catalogIds).flatMap((ids) => [...ids]));

// A catalog that is no more (the old `shared`) leaves no stale folder behind.
for (const d of readdirSync(GENERATED, { withFileTypes: true })) {
  if (d.isDirectory() && d.name !== 'locales' && !catalogIds[d.name]) rmSync(`${GENERATED}/${d.name}`, { recursive: true });
}

const HEADER = '// Generated by scripts/i18n.mjs from locales/*.xlf (lit-localize runtime output, split per catalog). Do not edit.\n';

// lit-localize keys each string by a 17-character hash ('s' + 16 hex digits):
// random digits brotli cannot shrink, a third of every language's download. The
// catalogs keep only as many characters as make every key unique, and
// src/i18n/locale.ts cuts the runtime's ids to the same length.
let ID_LENGTH = 4;
while (new Set([...catalogIds.all].map((id) => id.slice(0, ID_LENGTH))).size !== catalogIds.all.size) ID_LENGTH++;
writeFileSync(`${GENERATED}/id-length.ts`, `${HEADER}/** How many characters of lit-localize's message id key the catalogs. */\nexport const ID_LENGTH = ${ID_LENGTH};\n`);
// The tags lit-localize's output imports, written out: a language chunk that
// imported 'lit' or '@lit/localize' would make the bundler split them out of
// the element's file into a chunk of their own. Same shapes as Lit's
// TemplateResult (`html`) and lit-localize's StrResult (`str`).
const TAGS = {
  html: 'const html = (strings: TemplateStringsArray, ...values: unknown[]) => ({ _$litType$: 1 as const, strings, values });',
  str: 'const str = (strings: TemplateStringsArray, ...values: (string | number)[]) => ({ strTag: true as const, strings, values });',
};
for (const [name, ids] of Object.entries(catalogIds)) {
  const dir = `${GENERATED}/${name}`;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const lang of CATALOG_LANGS) {
    const entries = readFileSync(`${GENERATED}/locales/${lang}.ts`, 'utf8').split('\n')
      .map((l) => l.trim()).filter((l) => /^'[^']+': /.test(l) && ids.has(/^'([^']+)'/.exec(l)[1]));
    const body = entries.map((l) => l.replace(/^'([^']+)'/, (_, id) => id.slice(0, ID_LENGTH))).join('\n');
    const tags = Object.keys(TAGS).filter((t) => new RegExp(`: ${t}\``).test(body)).map((t) => TAGS[t]);
    // A language browsers' Intl may lack brings its date names in the same chunk (src/i18n/locale.ts).
    const dates = DATE_LANGS.includes(lang) ? `export { default as dates } from '../../date-names/${lang}.js';\n` : '';
    writeFileSync(`${dir}/${lang}.ts`, `${HEADER}${tags.join('\n')}${tags.length ? '\n' : ''}${dates}\nexport const templates = {\n${body}\n};\n`);
  }
  writeFileSync(`${dir}/index.ts`, `${HEADER}import type { Catalog } from '../../locale.js';\n\n/** The ${name} strings, one chunk per language. */\nexport const catalog: Catalog = {\n${CATALOG_LANGS.map((l) => `  ${l}: () => import('./${l}.js'),`).join('\n')}\n};\n`);
}
rmSync(`${GENERATED}/locales`, { recursive: true, force: true });
rmSync(tmp, { recursive: true, force: true });

for (const [lang, keys] of Object.entries(missing)) console.log(`${lang}: ${keys.length} untranslated: ${keys.slice(0, 5).map((k) => JSON.stringify(k)).join(', ')}${keys.length > 5 ? ' …' : ''}`);
for (const [name, ids] of Object.entries(catalogIds)) console.log(`catalog ${name}: ${ids.size} strings`);
