// Issue 6 in Firefox ESR and WebKit: the built files embedded as partners
// embed them — from another origin, as a classic script, twice, under the
// strict policy, on a hostile page. (embedding.test.mjs runs these and more in
// Chromium; the checks that need network interception stay there.)
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { STRICT_CSP } from '../../scripts/serve.mjs';
import { closeAll, origins, pages } from './harness.mjs';
import { launch, unavailable, until } from './engines.mjs';
import { decodePng, differingPixels } from './png.mjs';

const OUT = new URL('../.screenshots/engines', import.meta.url).pathname;
const WIDGETS = ['iom-news-feed', 'iom-centre-locator', 'iom-hotline-banner', 'iom-event-calendar'];
// The same two origins as embedding.test.mjs: the partner's site and ours.
let site, cdn;
before(async () => ({ site, cdn } = await origins()));
after(closeAll);

const FEED = () => `${site}/demo/feed.json`;
/** A partner page at `${site}/p/<name>`, the recorder first (test/e2e/pages/recorder.js). */
function partnerPage(name, head, body, { headers = {}, clock = '', quirks = false } = {}) {
  pages.set(`/p/${name}`, {
    // quirks: no doctype, as old CMS templates are written.
    html: `${quirks ? '' : '<!doctype html>'}<html lang="ka"><head><meta charset="utf-8">
      <script src="/test/e2e/pages/recorder.js${clock ? `?clock=${encodeURIComponent(clock)}` : ''}"></script>${head}</head><body>${body}</body></html>`,
    headers,
  });
  return `${site}/p/${name}`;
}
const inShadow = (engine, tag, selector) =>
  until(engine, ([t, s]) => !!document.querySelector(t)?.shadowRoot?.querySelector(s), [tag, selector], { what: `${tag} ${selector}` });
const log = (engine) => engine.evaluate(() => window.__log);
const resources = (engine) => engine.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
const settle = (ms) => new Promise((r) => setTimeout(r, ms));
/** An element's screenshot once two in a row agree (a busy machine may still be drawing a font's fallback). */
async function stableShot(engine, selector) {
  let last = await engine.shot(selector);
  for (let i = 0; i < 6; i++) {
    await settle(250);
    const next = await engine.shot(selector);
    if (next.equals(last)) return next;
    last = next;
  }
  return last;
}

for (const name of ['firefox', 'webkit']) {
  const why = unavailable(name);
  describe(`the built files in ${name === 'firefox' ? 'Firefox ESR' : 'WebKit'}`, { skip: why }, () => {
    let engine;
    before(async () => (engine = await launch(name)), { timeout: 120_000 });
    after(() => engine?.close());

    test('the ES module from another origin: Georgian news, its strings from the same CDN', async () => {
      await engine.open(partnerPage(`es-${name}.html`,
        `<meta name="iom-widgets:feed" content="${FEED()}"><script type="module" src="${cdn}/dist/iom-widgets.js" crossorigin="anonymous"></script>`,
        '<iom-news-feed limit="2"></iom-news-feed>'));
      await inShadow(engine, 'iom-news-feed', 'article');
      const date = await engine.evaluate(() => document.querySelector('iom-news-feed').shadowRoot.querySelector('time').textContent.trim());
      assert.equal(date, '24 ივნისი, 2014');
      assert.ok((await resources(engine)).some((u) => u.startsWith(cdn) && /\/chunks\/ka-/.test(u)), 'ka chunk from the CDN');
      assert.deepEqual((await log(engine)).errors, []);
    });

    test('one element\'s file on an English page: English strings, loaded as their own chunk', async () => {
      await engine.open(partnerPage(`en-${name}.html`,
        `<script type="module" src="${cdn}/dist/iom-news-feed.js" crossorigin="anonymous"></script>`,
        `<iom-news-feed lang="en" src="${FEED()}" limit="2"></iom-news-feed>`));
      await inShadow(engine, 'iom-news-feed', 'article');
      const text = await engine.evaluate(() => document.querySelector('iom-news-feed').shadowRoot.querySelector('.root').textContent);
      assert.match(text, /Show more news \(\d+\)/);
      const got = await resources(engine);
      assert.ok(got.some((u) => /\/chunks\/en-/.test(u)) && !got.some((u) => /\/chunks\/ka-/.test(u)), got.join('\n'));
      assert.deepEqual((await log(engine)).errors, []);
    });

    test('the classic script from another origin, one file', async () => {
      await engine.open(partnerPage(`iife-${name}.html`, `<script src="${cdn}/dist/iom-widgets.iife.js"></script>`,
        `<iom-news-feed src="${FEED()}" limit="2"></iom-news-feed><iom-event-calendar src="${FEED()}" month="2014-04"></iom-event-calendar>`));
      await inShadow(engine, 'iom-news-feed', 'article');
      await inShadow(engine, 'iom-event-calendar', '.root');
      assert.deepEqual((await resources(engine)).filter((u) => u.startsWith(cdn)).map((u) => new URL(u).pathname), ['/dist/iom-widgets.iife.js']);
      assert.deepEqual((await log(engine)).errors, []);
    });

    test('included twice, from two origins and as a classic script: defined once, one note, no error', async () => {
      await engine.open(partnerPage(`twice-${name}.html`,
        `<meta name="iom-widgets:feed" content="${FEED()}">
        <script type="module" src="${cdn}/dist/iom-widgets.js"></script>
        <script type="module" src="${cdn}/dist/iom-widgets.js"></script>
        <script type="module" src="${site}/dist/iom-widgets.js"></script>
        <script src="${cdn}/dist/iom-widgets.iife.js"></script>`,
        '<iom-news-feed limit="1"></iom-news-feed>'));
      await inShadow(engine, 'iom-news-feed', 'article');
      await settle(300);
      const { errors, console: notes } = await log(engine);
      assert.equal(notes.filter((l) => l.includes('included more than once')).length, 1, notes.join('\n'));
      assert.deepEqual(errors, []);
    });

    test('every widget under the strict policy, one file each plus the classic script: no violation, one feed request', async () => {
      await engine.open(partnerPage(`strict-${name}.html`,
        `<meta name="iom-widgets:feed" content="/demo/feed.json">
        ${WIDGETS.map((w) => `<script type="module" src="/dist/${w}.js"></script>`).join('\n')}
        <script src="/dist/iom-widgets.iife.js"></script>`,
        `<iom-hotline-banner kind="emergency"></iom-hotline-banner><iom-news-feed limit="2"></iom-news-feed>
        <iom-centre-locator></iom-centre-locator><iom-event-calendar month="2014-04"></iom-event-calendar>`,
        { headers: { 'Content-Security-Policy': STRICT_CSP } }), { width: 1000, height: 1600 });
      for (const tag of WIDGETS) await inShadow(engine, tag, '.root');
      await inShadow(engine, 'iom-news-feed', 'article');
      await inShadow(engine, 'iom-event-calendar', '[role="grid"]');
      await settle(500);
      const { errors, violations } = await log(engine);
      assert.deepEqual(violations, []);
      assert.deepEqual(errors, []);
      assert.equal((await resources(engine)).filter((u) => u.endsWith('/demo/feed.json')).length, 1);
      // The styles applied (constructable stylesheets under style-src 'self').
      const radius = await engine.evaluate(() => getComputedStyle(document.querySelector('iom-news-feed').shadowRoot.querySelector('article')).borderTopLeftRadius);
      assert.equal(radius, '8px');
    });

    test('a hostile host page does not change how the widgets look, nor an old CMS\'s page in quirks mode', async () => {
      const HOSTILE = `* { box-sizing: content-box !important; font-family: "Comic Sans MS", cursive !important; letter-spacing: 3px !important; line-height: 3 !important; color: #f0f !important; text-transform: uppercase !important; }
        html { font-size: 40px !important; }
        div, p, section, article, ul, li, h1, h2, h3 { margin: 20px !important; padding: 20px !important; border: 5px dashed lime !important; background: yellow !important; float: left; }
        button { all: unset !important; background: red !important; font-size: 50px !important; }
        a { color: orange !important; text-decoration: line-through !important; }
        iom-news-feed, iom-centre-locator, iom-hotline-banner, iom-event-calendar { border: 6px dashed lime !important; padding: 30px !important; box-shadow: inset 0 0 0 8px blue !important; }`;
      const markup = ['<iom-news-feed limit="2"></iom-news-feed>', '<iom-centre-locator></iom-centre-locator>',
        '<iom-hotline-banner no-quick-exit></iom-hotline-banner>', '<iom-event-calendar month="2014-04" view="month"></iom-event-calendar>'];
      const shots = {};
      for (const [kind, css] of [['clean', ''], ['hostile', HOSTILE], ['quirks', HOSTILE]]) {
        await engine.open(partnerPage(`${kind}-${name}.html`,
          `<style>${css} .frame { all: initial !important; display: block !important; width: 640px !important; margin-bottom: 24px !important; }</style>
          <meta name="iom-widgets:feed" content="${FEED()}"><script type="module" src="${cdn}/dist/iom-widgets.js"></script>`,
          markup.map((m) => `<main class="frame">${m}</main>`).join(''), { clock: '2014-04-23T10:00:00+04:00', quirks: kind === 'quirks' }), { width: 900, height: 1400 });
        await inShadow(engine, 'iom-news-feed', 'article');
        for (const tag of WIDGETS) await inShadow(engine, tag, '.root');
        await engine.evaluate(() => document.fonts.ready.then(() => true));
        shots[kind] = {};
        for (const tag of WIDGETS) shots[kind][tag] = await stableShot(engine, tag);
      }
      // WebKit draws a native <select>'s text a little differently from one load
      // to the next: two loads of the clean page differed in 1 of 6 tries, by
      // 519 pixels inside the locator's select. A leak of the hostile rules
      // (fonts, colours, spacing, borders) changes tens of thousands. And since
      // the widgets hold their height while content replaces the placeholder
      // (fallback-focus.ts), WebKit now and then draws all the locator's text a
      // shade lighter or darker on one load: ~1,800 pixels, by 8 of 255 or less
      // (a few by up to 64). Shades that small are not counted.
      const TOLERANCE = 0.003;
      const SHADE = 16;
      const differ = WIDGETS.flatMap((t) => ['hostile', 'quirks'].filter((k) => {
        if (shots.clean[t].equals(shots[k][t])) return false;
        const { width, height } = decodePng(shots.clean[t]);
        const n = differingPixels(shots.clean[t], shots[k][t], SHADE);
        if (n <= TOLERANCE * width * height) return console.log(`${name} ${t} (${k}): ${n} of ${width * height} pixels differ (rendering noise, within ${TOLERANCE * 100} %)`), false;
        mkdirSync(OUT, { recursive: true });
        writeFileSync(`${OUT}/${name}-${t}-clean.png`, shots.clean[t]);
        writeFileSync(`${OUT}/${name}-${t}-${k}.png`, shots[k][t]);
        return true;
      }).map((k) => `${t} (${k})`));
      assert.deepEqual(differ, [], `rendered differently on the hostile page or in quirks mode (see ${OUT}/)`);
    });
  });
}
