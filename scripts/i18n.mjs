// `npm run i18n -- a.json b.json`: extract every msg() into locales/*.xlf,
// fill <target>s from translation files, and regenerate src/i18n/generated/.
// A translation file maps the English source (placeholders as {0}, {1}) to
// its languages: { "Try again": { "ka": "ხელახლა ცდა", "ru": "…" } }.
// Existing targets are kept; a file only adds or corrects.
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const run = (args) => {
  const r = spawnSync('npx', ['lit-localize', ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const unesc = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

run(['extract']);
const translations = {};
for (const f of process.argv.slice(2)) {
  for (const [src, langs] of Object.entries(JSON.parse(readFileSync(f, 'utf8')))) {
    translations[src] = { ...translations[src], ...langs };
  }
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
run(['build']);
for (const [lang, keys] of Object.entries(missing)) console.log(`${lang}: ${keys.length} untranslated: ${keys.slice(0, 5).map((k) => JSON.stringify(k)).join(', ')}${keys.length > 5 ? ' …' : ''}`);
