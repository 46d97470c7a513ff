// Privacy, on the built demo page and on every Storybook story: the only
// requests go to the page's own origin and the feed; no cookie is set; storage
// holds only the feed cache (localStorage `iom-widgets:feed:<hash of the url>`) and the
// hotline's dismissal (sessionStorage `iom-widgets:dismissed:<hash>`). Every
// request, cookie and storage key is listed, and anything else fails the test.
// Run by `npm test` (node --test) after the build, in Debian's Chromium.
//
// One exception, named where it applies: the tile-map story sets `tiles` on
// <iom-centre-locator>, the partner's explicit choice of a tile server; requests
// to that server (and only it) are allowed there.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';
import { CHROME_ARGS, findChromium } from '../../scripts/browsers.mjs';

const root = new URL('../../', import.meta.url);
const STORYBOOK = new URL('storybook-static/index.json', root);
let browser;
let server;
let origin;

before(async () => {
  server = await startServer({ port: 0 });
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({ executablePath: findChromium(), args: CHROME_ARGS, headless: true });
});
after(async () => {
  await browser?.close();
  await new Promise((r) => server?.close(r));
});

const FEED_KEY = /^iom-widgets:feed:/;
const DISMISS_KEY = /^iom-widgets:dismissed:/;

/**
 * Opens `path`, lets every widget load and settle, optionally acts on the page,
 * and returns what the page sent and kept.
 */
async function visit(path, { act, settle = 1500, awaiting } = {}) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  // Nothing leaves the machine: outside requests are recorded, then refused.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    return url.startsWith(origin) ? route.continue() : route.abort();
  });
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(origin + path, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page.waitForTimeout(settle);
  // A state the page should come to (a story's error or offline note): waited for, on a loaded machine too, then checked below.
  if (awaiting) {
    await page.waitForFunction((sel) => [...document.querySelectorAll('*')].some((e) => e.localName.startsWith('iom-') && e.shadowRoot?.querySelector(sel)), awaiting, { timeout: 10_000 }).catch(() => undefined);
  }
  if (act) await act(page);
  await page.waitForLoadState('networkidle').catch(() => undefined);
  const kept = await page.evaluate(async () => ({
    local: Object.keys(localStorage),
    session: Object.keys(sessionStorage),
    cookie: document.cookie,
    databases: indexedDB.databases ? (await indexedDB.databases()).map((d) => d.name) : [],
    caches: 'caches' in self ? await caches.keys() : [],
    workers: navigator.serviceWorker ? (await navigator.serviceWorker.getRegistrations()).length : 0,
    tiles: [...document.querySelectorAll('iom-centre-locator[tiles]')].map((e) => e.getAttribute('tiles')),
    rendered: [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('iom-') && e.shadowRoot?.childNodes.length).length,
    // Which shared states the widgets show (src/shared/states.ts).
    shown: [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('iom-')).flatMap((e) =>
      ['.state.error', '.offline'].filter((sel) => e.shadowRoot?.querySelector(sel))),
  }));
  const cookies = await context.cookies();
  await context.close();
  return { requests, errors, cookies, ...kept };
}

/** Everything a visit did that the privacy rules do not allow. */
function violations(v, { feed, storybook = false } = {}) {
  const allowedHosts = new Set([new URL(origin).host]);
  if (feed) allowedHosts.add(new URL(feed, origin).host);
  for (const t of v.tiles) allowedHosts.add(new URL(t.replace(/\{[a-z]\}/g, 'a')).host);
  const out = [];
  for (const u of v.requests) {
    if (/^(data|blob):/.test(u)) continue;
    if (!allowedHosts.has(new URL(u).host)) out.push(`request to ${u}`);
  }
  for (const c of v.cookies) out.push(`cookie ${c.name} (${c.domain})`);
  if (v.cookie) out.push(`document.cookie: ${v.cookie}`);
  // Storybook's own preview keeps its state in storage; that is the tool, not the widgets.
  const tool = (k) => storybook && /storybook/i.test(k);
  for (const k of v.local) if (!FEED_KEY.test(k) && !tool(k)) out.push(`localStorage key ${k}`);
  for (const k of v.session) if (!DISMISS_KEY.test(k) && !tool(k)) out.push(`sessionStorage key ${k}`);
  for (const d of v.databases) out.push(`IndexedDB database ${d}`);
  for (const c of v.caches) out.push(`Cache Storage ${c}`);
  if (v.workers) out.push(`${v.workers} service worker(s)`);
  return out;
}

describe('privacy on the demo page (built dist/iom-widgets.js)', () => {
  it('Georgian: requests only to the page and its feed, no cookies, only the feed cache stored', async () => {
    const v = await visit('/demo/index.html');
    assert.deepEqual(v.errors, []);
    assert.ok(v.requests.some((u) => u.endsWith('/demo/feed.json')), 'the feed was requested');
    assert.ok(v.local.some((k) => FEED_KEY.test(k)), 'the feed cache was written');
    assert.equal(v.rendered, 4, 'all four widgets rendered');
    assert.deepEqual(violations(v, { feed: '/demo/feed.json' }), [], v.requests.join('\n'));
  });

  it('Persian, with the hotline dismissed: the dismissal is the only thing in sessionStorage, and no Georgian strings were fetched', async () => {
    const v = await visit('/demo/index.html?lang=fa', {
      act: async (page) => {
        await page.evaluate(() => document.querySelector('iom-hotline-banner')?.setAttribute('dismissible', ''));
        await page.waitForFunction(() => !!document.querySelector('iom-hotline-banner')?.shadowRoot?.querySelector('.dismiss'), null, { timeout: 10_000 });
        await page.evaluate(() => document.querySelector('iom-hotline-banner').shadowRoot.querySelector('.dismiss').click());
        await page.waitForTimeout(200);
      },
    });
    assert.deepEqual(v.errors, []);
    assert.equal(v.session.filter((k) => DISMISS_KEY.test(k)).length, 1, `sessionStorage: ${v.session.join(', ')}`);
    // The page is Persian before any widget starts: none fetched the Georgian strings first.
    assert.deepEqual(v.requests.filter((u) => /\/chunks\/ka-/.test(u)), []);
    assert.deepEqual(violations(v, { feed: '/demo/feed.json' }), []);
  });

  it('the strict-CSP page keeps the same rules', { skip: !existsSync(new URL('demo/strict.html', root)) && 'no demo/strict.html' }, async () => {
    const v = await visit('/demo/strict.html');
    assert.deepEqual(violations(v, { feed: '/demo/feed.json' }), []);
  });

  it('the rules catch a page that breaks them (the check can fail)', async () => {
    const v = await visit('/demo/index.html', {
      act: (page) => page.evaluate(() => {
        document.cookie = 'tracker=1';
        localStorage.setItem('other', '1');
        void fetch('https://tracker.example/pixel').catch(() => undefined);
      }),
    });
    const found = violations(v, { feed: '/demo/feed.json' });
    assert.ok(found.some((f) => f.startsWith('request to https://tracker.example/')), found.join('\n'));
    assert.ok(found.some((f) => f.startsWith('cookie tracker')), found.join('\n'));
    assert.ok(found.includes('localStorage key other'), found.join('\n'));
  });
});

describe('privacy on every story (storybook-static)', () => {
  const index = existsSync(STORYBOOK) ? JSON.parse(readFileSync(STORYBOOK, 'utf8')) : undefined;
  const stories = index ? Object.values(index.entries).filter((e) => e.type === 'story') : [];
  if (!stories.length) {
    it('skipped: no storybook-static/ build (run `npm run build-storybook` first)', { skip: 'storybook-static/index.json not found' }, () => undefined);
    return;
  }
  for (const s of stories) {
    it(`${s.title} / ${s.name}`, async () => {
      // The saved copy's note: "Offline", or "Out of date" when the server fails.
      const copy = /offline|out of date/i.test(s.name);
      const awaiting = s.name === 'Error' ? '.state.error' : copy ? '.offline' : undefined;
      const v = await visit(`/storybook-static/iframe.html?id=${encodeURIComponent(s.id)}&viewMode=story`, { settle: 800, awaiting });
      assert.ok(v.rendered > 0, 'the story rendered a widget');
      // A story shows the state its name says: the error only in "Error", the saved copy's note in "Offline" and "Out of date".
      assert.equal(v.shown.includes('.state.error'), s.name === 'Error', `error state shown: ${v.shown.join(', ')}`);
      assert.equal(v.shown.includes('.offline'), copy, `saved copy's note shown: ${v.shown.join(', ')}`);
      assert.deepEqual(violations(v, { storybook: true }), [], v.requests.filter((u) => !u.startsWith(origin)).join('\n'));
    });
  }
  // A designer opening a widget's docs page asks no one: the tile map's story
  // (OpenStreetMap's tiles, a partner's choice) is on its own page only.
  for (const d of Object.values(index.entries).filter((e) => e.type === 'docs' && e.title.startsWith('Widgets/'))) {
    it(`${d.title} / docs page: nothing leaves the machine`, async () => {
      const v = await visit(`/storybook-static/iframe.html?id=${encodeURIComponent(d.id)}&viewMode=docs`, { settle: 1500 });
      assert.ok(v.rendered > 0, 'the docs page rendered its stories');
      assert.deepEqual(violations({ ...v, tiles: [] }, { storybook: true }), []);
    });
  }
});
