// Issue 6: the built script on pages we do not control. Run by `npm test`
// (node --test) after the build, in Chromium; engines.test.mjs runs the embedding checks in Firefox and WebKit.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const OUT = new URL('../.screenshots/hostile', import.meta.url).pathname;
import { differingPixels } from './png.mjs';
import { closeAll, newPage, origins, pages, waitInShadow } from './harness.mjs';
import { STRICT_CSP } from '../../scripts/serve.mjs';

let site, cdn;
before(async () => ({ site, cdn } = await origins()));
after(closeAll);

const FEED = () => `${site}/demo/feed.json`;
/** Serves `html` at `${site}/p/<name>` (the partner's page), with optional headers. */
async function partnerPage(page, name, html, headers = {}) {
  pages.set(`/p/${name}`, { html, headers });
  return page.goto(`${site}/p/${name}`);
}

const WIDGETS = ['iom-news-feed', 'iom-centre-locator', 'iom-hotline-banner', 'iom-event-calendar'];
/** The widgets this build defines (the bundle grows as they land). */
const defined = (page) => page.evaluate((tags) => tags.filter((t) => customElements.get(t)), WIDGETS);

test('the ES module build works when loaded from another origin', async () => {
  const { page, log } = await newPage();
  await partnerPage(page, 'es.html', `<!doctype html><html lang="ka"><head>
    <meta name="iom-widgets:feed" content="${FEED()}">
    <script type="module" src="${cdn}/dist/iom-widgets.js" crossorigin="anonymous"></script></head>
    <body><iom-news-feed limit="2"></iom-news-feed></body></html>`);
  await waitInShadow(page, 'iom-news-feed', 'article');
  const date = await page.evaluate(() => document.querySelector('iom-news-feed').shadowRoot.querySelector('time').textContent.trim());
  assert.equal(date, '24 ივნისი, 2014');
  // The Georgian strings came as their own chunk from the CDN origin.
  assert.ok(log.requests.some((u) => u.startsWith(cdn) && /\/chunks\/ka-/.test(u)), 'ka chunk loaded from the CDN');
  assert.deepEqual(log.errors, []);
});

test('English is a language chunk like the others: not in the files; an English page loads it, and a page whose strings fail reads it', async () => {
  const file = readFileSync(new URL('../../dist/iom-news-feed.js', import.meta.url), 'utf8');
  assert.doesNotMatch(file, /Show more news|This content is not available right now/, 'English strings left in the file');
  const text = (page) => page.evaluate(() => document.querySelector('iom-news-feed').shadowRoot.querySelector('.root').innerText);
  const html = (lang) => `<!doctype html><html lang="${lang}"><head>
    <script type="module" src="${cdn}/dist/iom-news-feed.js" crossorigin="anonymous"></script></head>
    <body><iom-news-feed src="${FEED()}" limit="2"></iom-news-feed></body></html>`;

  const en = await newPage();
  await partnerPage(en.page, 'en.html', html('en'));
  await waitInShadow(en.page, 'iom-news-feed', 'article');
  assert.match(await text(en.page), /Show more news \(\d+\)/);
  assert.ok(en.log.requests.some((u) => /\/chunks\/en-/.test(u)), 'the en chunk was loaded');
  assert.ok(!en.log.requests.some((u) => /\/chunks\/ka-/.test(u)), 'an English page loaded Georgian');
  assert.deepEqual(en.log.errors, []);

  const ka = await newPage();
  await ka.page.clock.install();
  await ka.page.route(/\/chunks\/ka-/, (route) => route.abort());
  await partnerPage(ka.page, 'ka-blocked.html', html('ka'));
  await waitInShadow(ka.page, 'iom-news-feed', 'article');
  assert.match(await text(ka.page), /Show more news \(\d+\)/);
  assert.ok(ka.log.console.some((m) => /the ka strings could not be loaded; showing English/.test(m)), ka.log.console.join('\n'));
  assert.deepEqual(ka.log.errors, []);
  // The connection comes back: a few seconds later the widget tries again, and speaks Georgian.
  await ka.page.unroute(/\/chunks\/ka-/);
  await ka.page.clock.runFor(5_000);
  await ka.page.waitForFunction(() => /მეტი სიახლე/.test(document.querySelector('iom-news-feed').shadowRoot.querySelector('.root').innerText));
  assert.deepEqual(ka.log.errors, []);
});

test('a language chunk that keeps failing is tried three times more, then left', async () => {
  const { page, log } = await newPage();
  await page.clock.install();
  const tries = [];
  await page.route(/\/chunks\/ka-/, (route) => (tries.push(route.request().url()), route.abort()));
  await partnerPage(page, 'ka-gone.html', `<!doctype html><html lang="ka"><head>
    <script type="module" src="${cdn}/dist/iom-news-feed.js" crossorigin="anonymous"></script></head>
    <body><iom-news-feed src="${FEED()}" limit="2"></iom-news-feed></body></html>`);
  await waitInShadow(page, 'iom-news-feed', 'article');
  const first = tries.length;
  assert.ok(first >= 1);
  // (One chunk may be a few files: each is asked for once per try. The clock runs on
  // while the aborted requests come back, in real time, and set the next try.)
  for (let i = 0; i < 40 && tries.length < first * 4; i++) {
    await page.clock.runFor(20_000);
    await page.waitForTimeout(100);
  }
  await page.waitForTimeout(500);
  await page.clock.runFor(600_000);
  await page.waitForTimeout(500);
  assert.equal(tries.length, first * 4, tries.join('\n'));
  assert.deepEqual(log.errors, []);
});

test('while its strings are on their way, a widget shows its placeholder without an empty label', async () => {
  const { page, log } = await newPage();
  let release;
  const held = new Promise((r) => (release = r));
  await page.route(/\/chunks\/ka-/, async (route) => {
    await held;
    await route.continue();
  });
  await partnerPage(page, 'slow-strings.html', `<!doctype html><html lang="ka"><head>
    <script type="module" src="${cdn}/dist/iom-widgets.js" crossorigin="anonymous"></script></head>
    <body><iom-news-feed src="${FEED()}" limit="2"></iom-news-feed><iom-centre-locator src="${FEED()}"></iom-centre-locator></body></html>`);
  await waitInShadow(page, 'iom-news-feed', '[aria-busy=true]');
  await waitInShadow(page, 'iom-centre-locator', '[aria-busy=true]');
  const labels = await page.evaluate(() => ['iom-news-feed', 'iom-centre-locator'].map((t) => document.querySelector(t).shadowRoot.querySelector('[aria-busy=true]').getAttribute('aria-label')));
  assert.deepEqual(labels, [null, null]);
  release();
  await waitInShadow(page, 'iom-news-feed', 'article');
  assert.deepEqual(log.errors, []);
});

test('a news image that does not load goes, and never widens its card past a phone screen', async () => {
  // Found with a partner-style feed: the broken image's alt text made the card
  // 1,214 px wide in a 360 px column, cutting the title off with no way to scroll.
  pages.set('/p/broken-image.json', { html: JSON.stringify({ version: 1, languages: ['ka'], news: [{
    id: 'x', published: '2014-04-29', title: { ka: 'ბათუმში ტრეფიკინგთან ბრძოლის ტრენინგი ჩატარდა' },
    image: { src: 'http://127.0.0.1:9/missing.png', alt: { ka: 'ტრენინგის მონაწილეები ბათუმში' } } }] }),
  headers: { 'Content-Type': 'application/json' } });
  const { page, log } = await newPage({ width: 360, height: 740 });
  await partnerPage(page, 'broken-image.html', `<!doctype html><html lang="ka"><head>
    <script type="module" src="${cdn}/dist/iom-widgets.js"></script></head>
    <body style="margin:0;padding:16px"><iom-news-feed src="${site}/p/broken-image.json"></iom-news-feed></body></html>`);
  await waitInShadow(page, 'iom-news-feed', 'article');
  await page.waitForFunction(() => document.querySelector('iom-news-feed').shadowRoot.querySelector('img').hidden);
  const width = await page.evaluate(() => document.querySelector('iom-news-feed').shadowRoot.querySelector('article').getBoundingClientRect().width);
  assert.ok(width <= 328, `the card is ${width} px wide in a 328 px column`);
  assert.deepEqual(log.errors, []);
});

test('the classic-script build works from another origin, for CMSes that strip type="module"', async () => {
  const { page, log } = await newPage();
  await partnerPage(page, 'iife.html', `<!doctype html><html lang="en"><head>
    <script src="${cdn}/dist/iom-widgets.iife.js"></script></head>
    <body><iom-news-feed src="${FEED()}" limit="2"></iom-news-feed></body></html>`);
  await waitInShadow(page, 'iom-news-feed', 'article');
  // One file: nothing else is loaded from the CDN.
  assert.deepEqual(log.requests.filter((u) => u.startsWith(cdn)).map((u) => new URL(u).pathname), ['/dist/iom-widgets.iife.js']);
  assert.deepEqual(log.errors, []);
});

test('a page served as XHTML (application/xhtml+xml): no error reaches it, the fallbacks show, one console note', async () => {
  const { page, log } = await newPage();
  await partnerPage(page, 'xhtml.xhtml', `<?xml version="1.0" encoding="UTF-8"?>
<html xmlns="http://www.w3.org/1999/xhtml" lang="ka"><head><title>XHTML</title>
    <script src="${cdn}/dist/iom-widgets.iife.js"></script>
    <script type="module" src="${cdn}/dist/iom-widgets.js"></script></head>
    <body><iom-hotline-banner phone="112"><a id="fb" href="tel:112">112</a></iom-hotline-banner>
    <iom-news-feed src="${FEED()}"><p id="news-fb">სიახლეები</p></iom-news-feed></body></html>`, { 'Content-Type': 'application/xhtml+xml; charset=utf-8' });
  await page.waitForTimeout(800);
  assert.equal(await page.evaluate(() => document.contentType), 'application/xhtml+xml');
  assert.deepEqual(log.errors, []);
  assert.deepEqual(await defined(page), []);
  for (const id of ['fb', 'news-fb']) assert.ok(await page.evaluate((i) => document.getElementById(i).getBoundingClientRect().height > 0, id), `${id} is shown`);
  assert.equal(log.console.filter((l) => l.includes('iom-widgets: not an HTML page')).length, 1, log.console.join('\n'));
});

test('including the script twice (same version, another copy, and the classic build) defines each element once and says so once', async () => {
  const { page, log } = await newPage();
  await partnerPage(page, 'twice.html', `<!doctype html><html lang="ka"><head>
    <meta name="iom-widgets:feed" content="${FEED()}">
    <script type="module" src="${cdn}/dist/iom-widgets.js"></script>
    <script type="module" src="${cdn}/dist/iom-widgets.js"></script>
    <script type="module" src="${site}/dist/iom-widgets.js"></script>
    <script src="${cdn}/dist/iom-widgets.iife.js"></script></head>
    <body><iom-news-feed limit="1"></iom-news-feed></body></html>`);
  await waitInShadow(page, 'iom-news-feed', 'article');
  await page.waitForTimeout(300);
  const notes = log.console.filter((l) => l.includes('included more than once'));
  assert.equal(notes.length, 1, log.console.join('\n'));
  assert.deepEqual(log.errors, []);
  assert.ok((await defined(page)).includes('iom-news-feed'));
});

test('a partner page with its own Lit: our private copy adds nothing to its version lists, takes none of its hooks, sets no globals of its own', async () => {
  const { page, log } = await newPage();
  // The page's Lit in development mode warns when these lists hold several versions; its
  // polyfill support and hydration hooks are for its own elements.
  await partnerPage(page, 'own-lit.html', `<!doctype html><html lang="ka"><head>
    <script>window.litHtmlVersions = ['3.3.0']; window.litElementVersions = ['4.2.0']; window.reactiveElementVersions = ['2.1.0'];
      window.hooked = [];
      for (const k of ['litHtmlPolyfillSupport', 'reactiveElementPolyfillSupport', 'litElementPolyfillSupport', 'litElementHydrateSupport']) window[k] = () => window.hooked.push(k);</script>
    <script type="module" src="${cdn}/dist/iom-widgets.js"></script></head>
    <body><iom-news-feed src="${FEED()}" limit="1"></iom-news-feed></body></html>`);
  await waitInShadow(page, 'iom-news-feed', 'article');
  assert.deepEqual(await page.evaluate(() => [window.litHtmlVersions, window.litElementVersions, window.reactiveElementVersions]), [['3.3.0'], ['4.2.0'], ['2.1.0']]);
  assert.deepEqual(await page.evaluate(() => window.hooked), []);
  // Nor does it set the decorators' globals (a Symbol.metadata polyfill, litPropertyMetadata) on the page.
  assert.deepEqual(await page.evaluate(() => ['litPropertyMetadata' in window, Object.getOwnPropertyDescriptor(Symbol, 'metadata')?.value?.toString()]), [false, undefined]);
  assert.deepEqual(log.errors, []);
});

test('a different version included after ours: the first defines the elements, the second says so once, nothing breaks', async () => {
  const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  const other = readFileSync(new URL('../../dist/iom-widgets.js', import.meta.url), 'utf8').split(version).join('9.9.9');
  assert.ok(other.includes('9.9.9'), 'the copy carries its own version');
  pages.set('/v9/iom-widgets.js', { html: other, headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
  const { page, log } = await newPage();
  await partnerPage(page, 'two-versions.html', `<!doctype html><html lang="ka"><head>
    <meta name="iom-widgets:feed" content="${FEED()}">
    <script type="module" src="${cdn}/dist/iom-widgets.js"></script>
    <script type="module" src="${site}/v9/iom-widgets.js"></script></head>
    <body><iom-news-feed limit="1"></iom-news-feed><iom-event-calendar month="2014-04"></iom-event-calendar></body></html>`);
  await waitInShadow(page, 'iom-news-feed', 'article');
  await waitInShadow(page, 'iom-event-calendar', '[role=grid]');
  await page.waitForTimeout(300);
  const notes = log.console.filter((l) => l.includes('included more than once'));
  assert.equal(notes.length, 1, log.console.join('\n'));
  assert.match(notes[0], new RegExp(`iom-widgets 9\\.9\\.9: .*\\(${version.replace(/\./g, '\\.')}\\)`));
  assert.deepEqual(log.errors, []);
});

test('under a strict CSP with Trusted Types every widget works and no violation is reported', async () => {
  const { page, log } = await newPage({ width: 1000, height: 1600 });
  const res = await page.goto(`${site}/demo/strict.html`);
  assert.match(res.headers()['content-security-policy'], /require-trusted-types-for 'script'/);
  const tags = await defined(page);
  for (const tag of tags) await waitInShadow(page, tag, '.root');
  await waitInShadow(page, 'iom-news-feed', 'article');
  await page.waitForTimeout(500);
  const violations = await page.evaluate(() => window.__cspViolations);
  assert.deepEqual(violations, []);
  assert.deepEqual(log.errors, []);
  // Styles did apply (constructable stylesheets): the news card has its border radius.
  const radius = await page.evaluate(() => getComputedStyle(document.querySelector('iom-news-feed').shadowRoot.querySelector('article')).borderTopLeftRadius);
  assert.equal(radius, '8px');
});

test('one file per widget on one page, and the classic script too: one feed request, no violation under the strict policy', async () => {
  const { page, log } = await newPage({ width: 1000, height: 1600 });
  // Each element's file is self-contained, and the classic script (every
  // widget) is there too, as a partner's CMS template might add it: what must
  // be once per page (the request per feed URL, the Trusted Types policies)
  // is shared between the five copies.
  await partnerPage(page, 'per-element.html', `<!doctype html><html lang="ka"><head>
    <script src="/demo/csp-probe.js"></script>
    <meta name="iom-widgets:feed" content="/demo/feed.json">
    ${WIDGETS.map((w) => `<script type="module" src="/dist/${w}.js"></script>`).join('\n')}
    <script src="/dist/iom-widgets.iife.js"></script></head>
    <body><iom-hotline-banner kind="emergency"></iom-hotline-banner><iom-news-feed limit="2"></iom-news-feed>
    <iom-centre-locator></iom-centre-locator><iom-event-calendar month="2014-04"></iom-event-calendar></body></html>`,
  { 'Content-Security-Policy': STRICT_CSP });
  for (const tag of WIDGETS) await waitInShadow(page, tag, '.root');
  await waitInShadow(page, 'iom-news-feed', 'article');
  await waitInShadow(page, 'iom-event-calendar', '[role="grid"]');
  await page.waitForTimeout(500);
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
  assert.deepEqual(log.errors, []);
  assert.equal(log.requests.filter((u) => u.endsWith('/demo/feed.json')).length, 1, log.requests.join('\n'));
  // Each file is one request (plus its language chunk), not a chain of shared chunks.
  for (const w of WIDGETS) assert.ok(log.requests.some((u) => u.endsWith(`/dist/${w}.js`)));
  assert.deepEqual(log.requests.filter((u) => /\/dist\/chunks\//.test(u) && !/\/(ka|feed)-[\w-]+\.js$/.test(u)), []);
});

test('beside another Lit app that made its "lit-html" policy first (no allow-duplicates), the widgets take the "iom-widgets" policy and work, throwing nothing', async () => {
  const { page, log } = await newPage({ width: 1000, height: 1600 });
  // The page's own app, as Lit does when it loads first.
  pages.set('/their-lit-app.js', { html: 'trustedTypes.createPolicy("lit-html", { createHTML: (s) => s });', headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
  await partnerPage(page, 'their-lit.html', `<!doctype html><html lang="ka"><head>
    <script src="/demo/csp-probe.js"></script>
    <script src="/their-lit-app.js"></script>
    <meta name="iom-widgets:feed" content="/demo/feed.json">
    <script type="module" src="/dist/iom-widgets.js"></script>
    <script type="module" src="/dist/iom-hotline-banner.js"></script></head>
    <body><iom-hotline-banner kind="emergency"></iom-hotline-banner><iom-news-feed limit="1"></iom-news-feed><iom-event-calendar month="2014-04"></iom-event-calendar></body></html>`,
  { 'Content-Security-Policy': STRICT_CSP });
  await waitInShadow(page, 'iom-news-feed', 'article');
  await waitInShadow(page, 'iom-event-calendar', '[role="grid"]');
  await waitInShadow(page, 'iom-hotline-banner', '.line');
  assert.deepEqual(log.errors, []);
  // Our one refused attempt at "lit-html" is what the browser reports; nothing else.
  const violations = await page.evaluate(() => window.__cspViolations);
  assert.ok(violations.length <= 1, JSON.stringify(violations));
});

test('under the strict policy the locator\'s tile map (Leaflet) works too, from the module and the classic script: no HTML string, no violation', async () => {
  for (const script of ['<script type="module" src="/dist/iom-widgets.js"></script>', '<script src="/dist/iom-widgets.iife.js"></script>']) {
    const { page, log } = await newPage({ width: 1000, height: 1200 });
    // Same-origin tiles (default-src 'self' allows them; they need not exist).
    await partnerPage(page, 'strict-tiles.html', `<!doctype html><html lang="ka"><head>
      <script src="/demo/csp-probe.js"></script>
      ${script}</head>
      <body><iom-centre-locator src="/demo/feed.json" tiles="/tiles/{z}/{x}/{y}.png"></iom-centre-locator></body></html>`,
    { 'Content-Security-Policy': STRICT_CSP });
    await waitInShadow(page, 'iom-centre-locator', '.leaflet-container .leaflet-marker-icon');
    const map = await page.evaluate(() => {
      const root = document.querySelector('iom-centre-locator').shadowRoot;
      const text = (s) => root.querySelector(s)?.textContent;
      return { markers: root.querySelectorAll('.leaflet-marker-icon').length, zoom: [text('.leaflet-control-zoom-in'), text('.leaflet-control-zoom-out')], credit: text('.leaflet-control-attribution'), outline: !!root.querySelector('.map svg') };
    });
    assert.deepEqual(map, { markers: 4, zoom: ['+', '−'], credit: '© OpenStreetMap contributors', outline: false }, script);
    // The zoom buttons as Leaflet's own: a click gives the focus back to the map (its keys work on), and − stops at the least zoom.
    const zoomOut = page.locator('iom-centre-locator .leaflet-control-zoom-out');
    for (let i = 0; i < 20 && !(await zoomOut.getAttribute('class')).includes('leaflet-disabled'); i++) {
      await zoomOut.click();
      await page.waitForTimeout(300);
    }
    assert.equal(await zoomOut.getAttribute('aria-disabled'), 'true');
    assert.ok(await page.evaluate(() => document.querySelector('iom-centre-locator').shadowRoot.activeElement?.classList.contains('leaflet-container')), 'the focus went back to the map');
    await page.waitForTimeout(300);
    assert.deepEqual(await page.evaluate(() => window.__cspViolations), [], script);
    assert.deepEqual(log.errors, [], script);
    assert.ok(!log.console.some((l) => /tile map could not be loaded/.test(l)), log.console.join('\n'));
  }
});

test('the strict page would report a violation if a widget broke the policy (the probe can fail)', async () => {
  const { page } = await newPage();
  await page.goto(`${site}/demo/strict.html`);
  await page.evaluate(() => {
    const d = document.createElement('div');
    d.setAttribute('style', 'color: red'); // an inline style: blocked by style-src 'self'
    document.body.append(d);
    try {
      d.innerHTML = '<b>x</b>'; // a string into an HTML sink: blocked by Trusted Types
    } catch {
      /* the throw is the point; the report follows */
    }
  });
  await page.waitForFunction(() => window.__cspViolations.length >= 1);
});

const HOSTILE_CSS = `
  * { box-sizing: content-box !important; font-family: "Comic Sans MS", cursive !important; letter-spacing: 3px !important; line-height: 3 !important; color: #f0f !important; text-transform: uppercase !important; }
  html { font-size: 40px !important; }
  div, p, section, article, ul, li, h1, h2, h3 { margin: 20px !important; padding: 20px !important; border: 5px dashed lime !important; background: yellow !important; float: left; }
  button { all: unset !important; background: red !important; font-size: 50px !important; }
  a { color: orange !important; text-decoration: line-through !important; font-weight: 100 !important; }
  img { display: none !important; }
  :host, :host * { color: red !important; }
  iom-news-feed, iom-centre-locator, iom-hotline-banner, iom-event-calendar { border: 6px dashed lime !important; padding: 30px !important; box-shadow: inset 0 0 0 8px blue !important; }
`;

/** Each widget as a partner writes it, for the screenshot comparisons. */
const MARKUP = {
  'iom-news-feed': '<iom-news-feed limit="2"></iom-news-feed>',
  'iom-centre-locator': '<iom-centre-locator></iom-centre-locator>',
  'iom-hotline-banner': '<iom-hotline-banner no-quick-exit></iom-hotline-banner>',
  'iom-event-calendar': '<iom-event-calendar month="2014-04" view="month"></iom-event-calendar>',
};

test('a hostile host page does not change how the widgets look, nor an old CMS\'s page in quirks mode', async () => {
  const shots = { clean: {}, hostile: {}, quirks: {} };
  let tags = [];
  // (quirks: no doctype, as old CMS templates are written, and the same hostile rules.)
  for (const [name, css] of [['clean', ''], ['hostile', HOSTILE_CSS], ['quirks', HOSTILE_CSS]]) {
    const { page } = await newPage({ width: 900, height: 1400 });
    // The clock is frozen so "open now" and "today" match in both pages.
    await page.clock.setFixedTime(new Date('2014-04-23T10:00:00+04:00'));
    await partnerPage(page, `${name}.html`, `${name === 'quirks' ? '' : '<!doctype html>'}<html lang="ka"><head>
      <style>${css} .frame { all: initial !important; display: block !important; width: 640px !important; margin-bottom: 24px !important; }</style>
      <meta name="iom-widgets:feed" content="${FEED()}">
      <script type="module" src="${cdn}/dist/iom-widgets.js"></script></head>
      <body>${Object.values(MARKUP).map((m) => `<main class="frame">${m}</main>`).join('')}</body></html>`);
    await page.waitForFunction(() => customElements.get('iom-news-feed'));
    tags = await defined(page);
    await waitInShadow(page, 'iom-news-feed', 'article');
    for (const tag of tags) await waitInShadow(page, tag, '.root');
    await page.waitForTimeout(500);
    // The whole element: the page's rules reach its own box.
    for (const tag of tags) shots[name][tag] = await page.locator(tag).first().screenshot({ animations: 'disabled' });
  }
  // Edges' anti-aliasing may land a little apart between two rasters, hostile or
  // not: on a loaded machine, 3 pixels of a button's rounded left edge differed
  // by 8 units. The page's colours, borders or fonts leaking in differ by hundreds
  // at the least (one link's colour) and tens of thousands as a rule.
  const NOISE = 32;
  const differ = tags.flatMap((t) => ['hostile', 'quirks'].flatMap((k) => {
    const n = differingPixels(shots.clean[t], shots[k][t], 2);
    if (n && n <= NOISE) console.log(`${t} (${k}): ${n} pixels differ (rendering noise, within ${NOISE})`);
    return n > NOISE ? [`${t} (${k})`] : [];
  }));
  if (differ.length) {
    mkdirSync(OUT, { recursive: true });
    for (const d of differ) {
      const [t, k] = d.split(/ \(|\)/);
      writeFileSync(`${OUT}/${t}-clean.png`, shots.clean[t]);
      writeFileSync(`${OUT}/${t}-${k}.png`, shots[k][t]);
    }
  }
  assert.deepEqual(differ, [], `rendered differently on the hostile page or in quirks mode (see ${OUT}/)`);
  assert.ok(tags.length >= 1);
});

test('a page\'s <link rel="preload" as="fetch" crossorigin> of its feed is the request the widgets use (one request, no warning)', async () => {
  // On 2G the feed then comes while the script does (README, "Sooner on a slow line").
  for (const [file, tag, inside] of [['iom-widgets.js', 'iom-news-feed', 'article'], ['iom-hotline-banner.js', 'iom-hotline-banner', '.phone']]) {
    const { page, log } = await newPage();
    const feed = `${FEED()}?preload=${file}`;
    await partnerPage(page, `preload-${file}.html`, `<!doctype html><html lang="ka"><head><meta charset="utf-8">
      <link rel="preload" href="${feed}" as="fetch" crossorigin="anonymous">
      <script type="module" src="${cdn}/dist/${file}"></script></head>
      <body><${tag} src="${feed}"></${tag}></body></html>`);
    await waitInShadow(page, tag, inside);
    await page.waitForTimeout(300);
    assert.equal(log.requests.filter((u) => u === feed).length, 1, `${file}: the preload's request alone`);
    assert.deepEqual(log.console.filter((m) => /preload/i.test(m)), [], file);
    await page.close();
  }
});

test('the build prints Subresource Integrity hashes that match the files', async () => {
  const sri = JSON.parse(readFileSync(new URL('../../dist/sri.json', import.meta.url)));
  const { createHash } = await import('node:crypto');
  for (const file of ['iom-widgets.js', 'iom-widgets.iife.js']) {
    const want = `sha384-${createHash('sha384').update(readFileSync(new URL(`../../dist/${file}`, import.meta.url))).digest('base64')}`;
    assert.equal(sri[file], want, file);
  }
  // And a browser accepts the IIFE with that integrity.
  const { page, log } = await newPage();
  await partnerPage(page, 'sri.html', `<!doctype html><html lang="en"><head>
    <script src="${cdn}/dist/iom-widgets.iife.js" integrity="${sri['iom-widgets.iife.js']}" crossorigin="anonymous"></script></head>
    <body><iom-news-feed src="${FEED()}" limit="1"></iom-news-feed></body></html>`);
  await waitInShadow(page, 'iom-news-feed', 'article');
  assert.deepEqual(log.errors, []);
});

test('the embed builder writes a snippet that, pasted into a blank page, renders the same widget', async () => {
  const { page } = await newPage({ width: 1280, height: 1200 });
  await page.goto(`${site}/demo/builder.html`);
  await page.selectOption('select[name=widget]', 'iom-news-feed');
  await page.selectOption('select[name=lang]', 'en');
  await page.fill('input[name="opt:limit"]', '2');
  await page.locator('input[name="--iom-color-accent"]').fill('#8a1538');
  await page.waitForFunction(() => document.querySelector('#preview iom-news-feed')?.shadowRoot?.querySelectorAll('article').length === 2);
  const snippet = await page.inputValue('#snippet');
  assert.match(snippet, /<script type="module" src="[^"]+\/dist\/iom-widgets\.js" integrity="sha384-[^"]+" crossorigin="anonymous"><\/script>/);
  assert.match(snippet, /<iom-news-feed src="[^"]+\/demo\/feed\.json" lang="en" limit="2"><\/iom-news-feed>/);
  // The feed and the English strings are asked for while the script comes.
  assert.match(snippet, /<link rel="preload" href="[^"]+\/demo\/feed\.json" as="fetch" crossorigin="anonymous">/);
  assert.match(snippet, /<link rel="modulepreload" href="[^"]+\/dist\/chunks\/en-[\w-]+\.js" integrity="sha384-[^"]+" crossorigin="anonymous">/);
  assert.doesNotMatch(snippet, /chunks\/ka-/);
  // No style attribute (a strict CSP drops it): the colours are a rule the partner can move into a stylesheet.
  assert.match(snippet, /<style>\s*iom-news-feed \{ --iom-color-accent: #8a1538; \}\s*<\/style>/);
  assert.doesNotMatch(snippet, /style="/);
  const render = (p) => p.evaluate(() => {
    const el = document.querySelector('iom-news-feed');
    const link = el.shadowRoot.querySelector('.link-btn');
    return { text: el.shadowRoot.querySelector('.root').innerText, accent: getComputedStyle(link).color };
  });
  const inBuilder = await render(page);
  // Run from a partner's own copy (npm start), the addresses are this computer's: the builder says so.
  assert.equal(await page.isVisible('#local'), true);

  const { page: blank, log: pasted } = await newPage({ width: 1280, height: 1200 });
  await partnerPage(blank, 'pasted.html', `<!doctype html><html><head><meta charset="utf-8"></head><body>${snippet}</body></html>`);
  await waitInShadow(blank, 'iom-news-feed', 'article');
  assert.deepEqual(await render(blank), inBuilder);
  // Each hint was the request it stands for: no second download, no warning of a hint unused.
  for (const re of [/\/demo\/feed\.json$/, /\/chunks\/en-/]) assert.equal(pasted.requests.filter((u) => re.test(u)).length, 1, String(re));
  assert.deepEqual(pasted.console.filter((m) => /preload/i.test(m)), []);
  assert.equal(inBuilder.accent, 'rgb(138, 21, 56)');

  // The partner's own addresses go into the snippet, and the warning goes.
  await page.fill('input[name=dist]', 'https://migration.example.ge/widgets');
  await page.fill('input[name=src]', 'https://migration.example.ge/iom-feed.json');
  const theirs = await page.inputValue('#snippet');
  assert.match(theirs, /<script type="module" src="https:\/\/migration\.example\.ge\/widgets\/iom-widgets\.js" integrity="sha384-/);
  assert.match(theirs, /<iom-news-feed src="https:\/\/migration\.example\.ge\/iom-feed\.json"/);
  assert.equal(await page.isVisible('#local'), false);
  // What the element holds for a visitor before the script runs: a link to the partner's own page, in the widget's language.
  await page.fill('input[name=fallback]', 'https://migration.example.ge/news');
  assert.match(await page.inputValue('#snippet'), /<iom-news-feed [^>]*><a href="https:\/\/migration\.example\.ge\/news" lang="en">News<\/a><\/iom-news-feed>/);
});

test('the builder asks for a feed once typing pauses, and says when another site\'s feed cannot be read (CORS)', async () => {
  const { page } = await newPage({ width: 1280, height: 1200 });
  const asked = [];
  page.on('request', (r) => { if (r.url().startsWith('http://127.0.0.1:9/')) asked.push(r.url()); });
  await page.goto(`${site}/demo/builder.html`);
  await page.waitForFunction(() => document.querySelector('#preview iom-news-feed')?.shadowRoot?.querySelector('article'));
  assert.equal(await page.isVisible('#feed-hint'), false);
  await page.fill('input[name=src]', '');
  // Another origin that refuses (to a browser, as a server without CORS headers looks): one request, not one per key.
  await page.locator('input[name=src]').pressSequentially('http://127.0.0.1:9/feed.json', { delay: 20 });
  await page.waitForSelector('#feed-hint', { state: 'visible' });
  assert.deepEqual(asked, ['http://127.0.0.1:9/feed.json']);
  assert.match(await page.textContent('#feed-hint'), /Access-Control-Allow-Origin/);
  // The sample feed again: the note goes.
  await page.fill('input[name=src]', FEED());
  await page.waitForSelector('#feed-hint', { state: 'hidden' });
});

test('the builder lists the feed\'s services, types and cities, and warns of a bad address, a missing feed and unreadable colours', async () => {
  const { page, log } = await newPage({ width: 360, height: 800 });
  await page.goto(`${site}/demo/builder.html`);
  await page.selectOption('select[name=widget]', 'iom-centre-locator');
  // `service` takes the feed's ids, not the names a visitor reads: the field offers them.
  await page.waitForFunction(() => document.querySelectorAll('#list-service option').length > 0);
  assert.equal(await page.getAttribute('[name="opt:service"]', 'list'), 'list-service');
  const services = await page.$$eval('#list-service option', (os) => os.map((o) => [o.value, o.textContent]));
  assert.deepEqual(services[0], ['employment', 'დასაქმება']);
  // The locator's cities are its centres' (a town with only events would list no centre)...
  const cityList = () => page.$$eval('#list-city option', (os) => os.map((o) => o.value));
  assert.deepEqual((await cityList()).sort(), ['ბათუმი', 'თბილისი', 'თელავი', 'ქუთაისი']);
  await page.selectOption('select[name=widget]', 'iom-event-calendar');
  await page.waitForFunction(() => document.querySelectorAll('#list-type option').length > 0);
  assert.ok((await page.$$eval('#list-type option', (os) => os.map((o) => o.value))).includes('information-session'));
  // ...the calendar's its events', a location in several cities ("ბათუმი, გონიო, ქობულეთი") offering each.
  await page.waitForFunction(() => [...document.querySelectorAll('#list-city option')].some((o) => o.value === 'გონიო'));
  for (const c of ['თბილისი', 'ზუგდიდი', 'ქობულეთი']) assert.ok((await cityList()).includes(c), c);
  // Its fallback link in the widget's language.
  await page.selectOption('select[name=lang]', 'fa');
  await page.fill('input[name=fallback]', 'https://partner.ge/events');
  assert.match(await page.inputValue('#snippet'), /<a href="https:\/\/partner\.ge\/events" lang="fa">رویدادها<\/a>/);
  // An address without https:// would be a path on every page that carries the snippet.
  assert.equal(await page.isVisible('#src-hint'), false);
  await page.fill('input[name=src]', 'www.partner.ge/iom/feed.json');
  await page.waitForSelector('#src-hint', { state: 'visible' });
  // A wrong address: the editor is told so (the visitor's "not available right now" would read as an outage).
  await page.fill('input[name=src]', `${site}/demo/no-such-feed.json`);
  await page.waitForSelector('#src-hint', { state: 'hidden' });
  await page.waitForSelector('#feed-http', { state: 'visible' });
  // A light accent under white button text.
  assert.equal(await page.isVisible('#contrast'), false);
  await page.$eval('[name="--iom-color-accent"]', (i) => { i.value = '#ffd700'; i.dispatchEvent(new Event('input', { bubbles: true })); });
  await page.waitForSelector('#contrast', { state: 'visible' });
  // The builder fits a phone: nothing sticks out sideways.
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 360);
  assert.deepEqual(log.errors, []);
});

test('the builder: a banner with its own number and no feed, a × tried in the preview, the script\'s own address as the folder, and every option the README gives', async () => {
  const { page, log } = await newPage({ width: 1280, height: 1200 });
  await page.goto(`${site}/demo/builder.html`);
  await page.selectOption('select[name=widget]', 'iom-hotline-banner');
  // The options the README documents are offered, not left to hand-editing.
  for (const o of ['phone', 'name', 'exit-url', 'kind', 'placement', 'dismissible', 'no-quick-exit']) assert.equal(await page.locator(`[name="opt:${o}"]`).count(), 1, o);
  await page.fill('input[name=src]', '');
  // Neither a feed nor a number: the address is asked for.
  await page.waitForSelector('#src-hint', { state: 'visible' });
  await page.fill('input[name="opt:phone"]', '+995 32 200 00 00');
  await page.fill('input[name="opt:name"]', 'ცხელი ხაზი');
  await page.fill('input[name="opt:exit-url"]', 'https://www.google.com/');
  await page.check('input[name="opt:dismissible"]');
  await page.locator('input[name="opt:exit-url"]').blur();
  assert.equal(await page.isVisible('#src-hint'), false);
  const snippet = await page.inputValue('#snippet');
  assert.match(snippet, /<iom-hotline-banner phone="\+995 32 200 00 00" name="ცხელი ხაზი" exit-url="https:\/\/www\.google\.com\/" dismissible>/);
  assert.doesNotMatch(snippet, /<iom-hotline-banner src=|rel="preload"/);
  const line = () => page.waitForFunction(() => document.querySelector('#preview iom-hotline-banner')?.shadowRoot?.querySelector('.phone')?.getAttribute('href') === 'tel:+995322000000');
  await line();
  // The × tried: the banner goes; the next change shows it again (its dismissal would otherwise last the tab).
  await page.evaluate(() => document.querySelector('#preview iom-hotline-banner').shadowRoot.querySelector('.dismiss').click());
  await page.waitForFunction(() => document.querySelector('#preview iom-hotline-banner').hidden);
  await page.selectOption('select[name="opt:placement"]', 'bottom');
  await page.waitForFunction(() => document.querySelector('#preview iom-hotline-banner')?.getAttribute('placement') === 'bottom' && !document.querySelector('#preview iom-hotline-banner').hidden);
  // The script's address pasted where its folder belongs: the folder is meant.
  await page.fill('input[name=dist]', 'https://cdn.partner.ge/iom-widgets/iom-widgets.js');
  assert.match(await page.inputValue('#snippet'), /src="https:\/\/cdn\.partner\.ge\/iom-widgets\/iom-widgets\.js"/);
  assert.equal(await page.isVisible('#dist-hint'), false);
  await page.fill('input[name=dist]', 'cdn.partner.ge/iom-widgets/');
  await page.waitForSelector('#dist-hint', { state: 'visible' });
  for (const [tag, opts] of [['iom-news-feed', ['heading-level']], ['iom-centre-locator', ['limit', 'tiles', 'attribution', 'heading-level']], ['iom-event-calendar', ['heading-level']]]) {
    await page.selectOption('select[name=widget]', tag);
    for (const o of opts) assert.equal(await page.locator(`[name="opt:${o}"]`).count(), 1, `${tag} ${o}`);
  }
  // Georgian words in the fallback link are marked Georgian when the widget follows the page's language.
  await page.selectOption('select[name=widget]', 'iom-news-feed');
  await page.fill('input[name=fallback]', 'https://partner.ge/news');
  assert.match(await page.inputValue('#snippet'), /<a href="https:\/\/partner\.ge\/news" lang="ka">სიახლეები<\/a>/);
  assert.deepEqual(log.errors, []);
});

test('the builder\'s snippet for a banner on top keeps its room before the script comes: the page does not jump', async () => {
  for (const [width, height] of [[360, 740], [1280, 900]]) {
    const { page } = await newPage({ width, height });
    await page.goto(`${site}/demo/builder.html`);
    await page.selectOption('select[name=widget]', 'iom-hotline-banner');
    await page.selectOption('select[name="opt:placement"]', 'top');
    await page.fill('input[name="opt:kind"]', 'emergency');
    const snippet = await page.inputValue('#snippet');
    assert.match(snippet, /:not\(:defined\) \{ display: block; min-height: 14em; \}/);
    // Where it goes: sticky holds only inside its parent, and a CMS block around it would take it away.
    assert.match(snippet, /<!-- [^>]*<body>[^>]* · Directly in <body>, first, not inside a block -->\n<iom-hotline-banner /);
    // The number the banner holds, shown before the script and without it.
    assert.match(snippet, /<iom-hotline-banner [^>]*><a href="tel:112">112<\/a><\/iom-hotline-banner>/);
    // The partner's page: the snippet (with its 112), their text; the script held back, then the feed.
    const visitor = (await newPage({ width, height })).page;
    let release;
    const held = new Promise((r) => (release = r));
    await visitor.route(/\/dist\/iom-widgets\.js/, async (route) => { await held; await route.continue(); });
    await visitor.route(/feed\.json/, () => {}); // the feed never comes: the banner waits, as on 2G
    const body = snippet;
    pages.set(`/p/top-${width}.html`, { html: `<!doctype html><html lang="ka"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head><body style="margin:0">${body}<main id="m"><p>მობილურობის ცენტრები</p></main></body></html>` });
    // (Not until "load": a held module script holds that back.)
    await visitor.goto(`${site}/p/top-${width}.html`, { waitUntil: 'commit' });
    await visitor.waitForSelector('#m');
    await visitor.waitForTimeout(200);
    const top = () => visitor.evaluate(() => document.getElementById('m').getBoundingClientRect().top);
    const before = await top();
    release();
    await waitInShadow(visitor, 'iom-hotline-banner', '.exit-btn');
    await visitor.waitForTimeout(300);
    const after = await top();
    assert.ok(Math.abs(after - before) <= 16, `at ${width} px the text moved from ${before} to ${after} px`);
  }
});

test('npm start\'s server: a wrong feed URL reads as 404 from another origin (CORS on errors too); Markdown as text', async () => {
  const missing = await fetch(`${cdn}/demo/no-such-feed.json`);
  assert.equal(missing.status, 404);
  assert.equal(missing.headers.get('access-control-allow-origin'), '*');
  assert.match((await fetch(`${cdn}/docs/FEED.md`)).headers.get('content-type'), /^text\/markdown/);
});
