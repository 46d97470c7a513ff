// The quick exit in a real browser's history, with the built all-in-one file
// as partners embed it: the unit tests spy on location.replace and fake the
// back-forward cache's pageshow; here Chromium does both for real.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { closeAll, origins, pages } from './harness.mjs';
import { findChromium, CHROME_ARGS } from '../../scripts/browsers.mjs';

let site, browser;
before(async () => {
  ({ site } = await origins());
  // The harness's browser runs as playwright launches it, without the back-forward cache: it is what is tested here.
  browser = await chromium.launch({ executablePath: findChromium(), args: CHROME_ARGS, headless: true, ignoreDefaultArgs: ['--disable-back-forward-cache'] });
});
after(async () => {
  await browser?.close();
  await closeAll();
});

const plain = (title, body = '') => ({ html: `<!doctype html><html lang="ka"><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1>${body}</body></html>` });

function setPages() {
  pages.set('/p/before.html', plain('მიგრაციის ცენტრი', '<a id="go" href="/p/banner.html">ცხელი ხაზი</a>'));
  pages.set('/p/neutral.html', plain('ამინდი'));
  pages.set('/p/other.html', plain('სიახლეები'));
  pages.set('/p/banner.html', { html: `<!doctype html><html lang="ka"><head><meta charset="utf-8"><title>ცხელი ხაზი</title>
    <script>window.shows = []; addEventListener('pageshow', (e) => shows.push(e.persisted));</script>
    <script type="module" src="/dist/iom-widgets.js"></script></head>
    <body><h1>ტრეფიკინგი</h1>
    <iom-hotline-banner src="/demo/feed.json" exit-url="${site}/p/neutral.html"></iom-hotline-banner>
    <p><a id="away" href="/p/other.html">სიახლეები</a></p></body></html>` });
}

async function bannerPage() {
  setPages();
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  return { page, errors };
}

const exitReady = (page) =>
  page.waitForFunction(() => !!document.querySelector('iom-hotline-banner')?.shadowRoot?.querySelector('.exit-btn'), null, { timeout: 10_000 });
const shift = async (page, n) => {
  for (let i = 0; i < n; i++) await page.keyboard.press('Shift');
};

test('Shift ×3 leaves for exit-url by replacing the page: Back goes to the page before it, not back to it', async () => {
  const { page, errors } = await bannerPage();
  await page.goto(`${site}/p/before.html`);
  await Promise.all([page.waitForURL('**/p/banner.html'), page.click('#go')]);
  await exitReady(page);
  await page.click('h1'); // the page has focus, as a visitor's reading it has
  await Promise.all([page.waitForURL('**/p/neutral.html'), shift(page, 3)]);
  await page.goBack({ waitUntil: 'commit' });
  await page.waitForURL('**/p/before.html', { waitUntil: 'commit' });
  assert.equal(await page.title(), 'მიგრაციის ცენტრი');
  assert.deepEqual(errors, []);
});

test('back from the back-forward cache, the Shift count starts over', async () => {
  const { page, errors } = await bannerPage();
  await page.goto(`${site}/p/banner.html`);
  await exitReady(page);
  await page.click('h1');
  await shift(page, 2); // two of three, then the visitor follows a link
  await Promise.all([page.waitForURL('**/p/other.html'), page.click('#away')]);
  await page.goBack({ waitUntil: 'commit' });
  await page.waitForURL('**/p/banner.html', { waitUntil: 'commit' });
  await page.waitForFunction(() => window.shows?.length === 2);
  // Restored from the cache (not loaded again), or this test would prove nothing.
  assert.deepEqual(await page.evaluate(() => window.shows), [false, true]);
  await shift(page, 1); // with the old count this would be the third
  await page.waitForTimeout(400);
  assert.match(page.url(), /\/p\/banner\.html$/);
  await Promise.all([page.waitForURL('**/p/neutral.html'), shift(page, 2)]);
  assert.deepEqual(errors, []);
});
