// The calendar's .ics writer is a chunk loaded when a visitor first asks for a
// file: offline on a phone it does not come. The visitor is told beside the
// link, nothing reaches the page, and once the network is back the link works.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { closeAll, newPage, origins, pages, waitInShadow } from './harness.mjs';

let site, cdn;
before(async () => ({ site, cdn } = await origins()));
after(closeAll);

test('an .ics writer that does not load: a note beside the link, no page error, and it works once the network is back', async () => {
  const { page, log } = await newPage({ width: 1000, height: 900 });
  await page.route(/\/chunks\/ics-/, (route) => route.abort('internetdisconnected'));
  pages.set('/p/ics.html', { html: `<!doctype html><html lang="ka"><head>
    <script type="module" src="${cdn}/dist/iom-event-calendar.js"></script></head>
    <body><iom-event-calendar src="${site}/demo/feed.json" month="2014-04" view="list"></iom-event-calendar></body></html>` });
  await page.goto(`${site}/p/ics.html`);
  await waitInShadow(page, 'iom-event-calendar', '.ics');
  const note = () => page.evaluate(() => document.querySelector('iom-event-calendar').shadowRoot.querySelector('.ics-failed[role=alert]')?.textContent.trim());
  await page.locator('iom-event-calendar .ics').click();
  await waitInShadow(page, 'iom-event-calendar', '.ics-failed');
  assert.equal(await note(), 'შეამოწმეთ ინტერნეტთან კავშირი და სცადეთ ხელახლა.');
  assert.ok(log.console.some((m) => /could not make the calendar file/.test(m)), log.console.join('\n'));

  await page.unroute(/\/chunks\/ics-/);
  const download = page.waitForEvent('download', { timeout: 10_000 });
  await page.locator('iom-event-calendar .ics').click();
  assert.match((await download).suggestedFilename(), /\.ics$/);
  assert.equal(await note(), undefined, 'the note stays after a file was made');
  assert.deepEqual(log.errors, []);
});

test('in an iframe made with srcdoc (about:srcdoc) the file is made: the feed URL resolves against the document base, as the feed does', async () => {
  const { page, log } = await newPage({ width: 1000, height: 900 });
  const inner = `<!doctype html><html lang="ka"><head><script type="module" src="${cdn}/dist/iom-event-calendar.js"></script></head>
    <body><iom-event-calendar src="/demo/feed.json" month="2014-04" view="list"></iom-event-calendar></body></html>`;
  pages.set('/p/srcdoc.html', { html: `<!doctype html><html lang="ka"><body><iframe style="width:900px;height:800px" srcdoc="${inner.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"></iframe></body></html>` });
  await page.goto(`${site}/p/srcdoc.html`);
  const frame = page.frames().find((f) => f !== page.mainFrame());
  await frame.waitForFunction(() => document.querySelector('iom-event-calendar')?.shadowRoot?.querySelector('.ics'), null, { timeout: 10_000 });
  const download = page.waitForEvent('download', { timeout: 10_000 });
  await frame.locator('iom-event-calendar .ics').first().click();
  assert.match((await download).suggestedFilename(), /\.ics$/);
  assert.ok(!log.console.some((m) => /could not make the calendar file/.test(m)), log.console.join('\n'));
  assert.deepEqual(log.errors, []);
});
