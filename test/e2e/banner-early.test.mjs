// The banner loads its feed code on demand, and asks for its feed at the same
// time rather than once that code has come (on 2G, a round trip and 6 kB
// sooner). The loader takes that request over: one request per feed, asked
// the way every widget asks, and none left behind by a banner that leaves.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { closeAll, newPage, origins, pages, waitInShadow } from './harness.mjs';

let site, cdn;
before(async () => ({ site, cdn } = await origins()));
after(closeAll);

/** Holds the banner's feed chunk until `release()`. */
async function holdFeedCode(page) {
  let release;
  const held = new Promise((r) => (release = r));
  await page.route(/\/chunks\/feed-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  return () => release();
}

async function watchFeed(page) {
  const seen = [];
  page.on('request', (r) => {
    if (r.url().includes('/demo/feed.json')) seen.push({ url: r.url(), accept: r.headers().accept, mode: r.headers()['sec-fetch-mode'] });
  });
  return seen;
}

test('the banner asks for its feed while its feed code is still on the way, and that one request serves it', async () => {
  const { page, log } = await newPage();
  const release = await holdFeedCode(page);
  const seen = await watchFeed(page);
  pages.set('/p/early.html', { html: `<!doctype html><html lang="ka"><head>
    <script type="module" src="${cdn}/dist/iom-hotline-banner.js"></script></head>
    <body><iom-hotline-banner src="${site}/demo/feed.json"></iom-hotline-banner></body></html>` });
  await page.goto(`${site}/p/early.html`);
  await page.waitForFunction(() => document.querySelector('iom-hotline-banner')?.shadowRoot, null, { timeout: 10_000 });
  // The feed code is held: the feed request has gone all the same.
  await page.waitForTimeout(300);
  assert.equal(seen.length, 1, 'the feed was asked for before its code came');
  release();
  await waitInShadow(page, 'iom-hotline-banner', 'a[href^="tel:"]');
  assert.equal(seen.length, 1, 'the loader took the request over rather than asking again');
  assert.deepEqual(log.errors, []);

  // Asked as every widget asks (the news feed's own request, on another page).
  const other = await newPage();
  const theirs = await watchFeed(other.page);
  pages.set('/p/news.html', { html: `<!doctype html><html lang="ka"><head>
    <script type="module" src="${cdn}/dist/iom-news-feed.js"></script></head>
    <body><iom-news-feed src="${site}/demo/feed.json"></iom-news-feed></body></html>` });
  await other.page.goto(`${site}/p/news.html`);
  await waitInShadow(other.page, 'iom-news-feed', 'article');
  assert.deepEqual(seen[0], theirs[0]);
});

test('a banner removed before its feed code comes leaves no request behind', async () => {
  const { page, log } = await newPage();
  const release = await holdFeedCode(page);
  const seen = await watchFeed(page);
  const failed = [];
  page.on('requestfailed', (r) => r.url().includes('/demo/feed.json') && failed.push(r.failure()?.errorText));
  // The feed answers slowly, so that the cancel finds it still under way.
  pages.set('/p/leave.html', { html: `<!doctype html><html lang="ka"><head>
    <script type="module" src="${cdn}/dist/iom-hotline-banner.js"></script></head>
    <body><iom-hotline-banner src="${site}/demo/feed.json?slow"></iom-hotline-banner></body></html>` });
  await page.route(/feed\.json\?slow/, async (route) => {
    await new Promise((r) => setTimeout(r, 1500));
    await route.continue().catch(() => undefined);
  });
  await page.goto(`${site}/p/leave.html`);
  await page.waitForFunction(() => document.querySelector('iom-hotline-banner')?.shadowRoot, null, { timeout: 10_000 });
  await page.waitForTimeout(200);
  assert.equal(seen.length, 1);
  await page.evaluate(() => document.querySelector('iom-hotline-banner').remove());
  release();
  await page.waitForResponse(/\/chunks\/feed-/);
  await page.waitForTimeout(300);
  assert.equal(failed.length, 1, 'the early request was cancelled');
  assert.equal(await page.evaluate(() => globalThis[Symbol.for('iom-widgets:early/1')].size), 0);
  assert.deepEqual(log.errors, []);
});

test('the banner file loaded before the all-in-one file: still one request, taken over by whichever asks', async () => {
  for (const order of [['iom-hotline-banner.js', 'iom-widgets.js'], ['iom-widgets.js', 'iom-hotline-banner.js']]) {
    const { page, log } = await newPage();
    const seen = await watchFeed(page);
    const failed = [];
    page.on('requestfailed', (r) => r.url().includes('/demo/feed.json') && failed.push(r.failure()?.errorText));
    pages.set('/p/both.html', { html: `<!doctype html><html lang="ka"><head>
      <meta name="iom-widgets:feed" content="${site}/demo/feed.json">
      ${order.map((f) => `<script type="module" src="${cdn}/dist/${f}"></script>`).join('')}</head>
      <body><iom-hotline-banner></iom-hotline-banner><iom-news-feed></iom-news-feed></body></html>` });
    await page.goto(`${site}/p/both.html`);
    await waitInShadow(page, 'iom-hotline-banner', 'a[href^="tel:"]');
    await waitInShadow(page, 'iom-news-feed', 'article');
    await page.waitForTimeout(300);
    assert.equal(seen.length, 1, `${order.join(' then ')}: one request for the feed`);
    assert.deepEqual(failed, [], `${order.join(' then ')}: none sent and dropped`);
    assert.deepEqual(log.errors, []);
    await page.close();
  }
});

test('the all-in-one files, which hold the banner with its feed code, send no early request', () => {
  // (They take one over, load.ts: only the sender, early.ts, is compiled out.)
  for (const f of ['iom-widgets.js', 'iom-widgets.iife.js']) {
    const fetches = readFileSync(new URL(`../../dist/${f}`, import.meta.url), 'utf8').match(/Accept:"application\/json, application\/feed\+json/g) ?? [];
    assert.equal(fetches.length, 1, `${f}: the loader's fetch alone`);
  }
  assert.match(readFileSync(new URL('../../dist/iom-hotline-banner.js', import.meta.url), 'utf8'), /early\/1/);
});
