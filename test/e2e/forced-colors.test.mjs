// Windows High Contrast and other forced-colour modes repaint backgrounds in
// the page's background colour: what is drawn with a background (the
// locator's status dot) must ask for a system colour.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { closeAll, newPage, origins, pages, waitInShadow } from './harness.mjs';
import { decodePng } from './png.mjs';

let site, cdn;
before(async () => ({ site, cdn } = await origins()));
after(closeAll);

test('in forced colours the locator\'s status dot stays visible', async () => {
  const { page, log } = await newPage({ width: 360 });
  await page.emulateMedia({ forcedColors: 'active' });
  pages.set('/p/forced.html', { html: `<!doctype html><html lang="ka"><head>
    <script type="module" src="${cdn}/dist/iom-centre-locator.js"></script></head>
    <body><iom-centre-locator src="${site}/demo/feed.json"></iom-centre-locator></body></html>` });
  await page.goto(`${site}/p/forced.html`);
  await waitInShadow(page, 'iom-centre-locator', '.status');
  // (getComputedStyle gives the author's colour: the forced one shows only in pixels.)
  const status = page.locator('iom-centre-locator .status').first();
  const em = await status.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  const { width, bpp, px } = decodePng(await status.screenshot());
  // The dot is the first line's first 0.6em (left to right in Georgian); the text starts 0.4em after it.
  const bg = [px[0], px[1], px[2]];
  let inked = 0;
  for (let i = 0; i < px.length; i += bpp) {
    if ((i / bpp) % width < 0.6 * em && i / bpp / width < 1.3 * em && Math.abs(px[i] - bg[0]) + Math.abs(px[i + 1] - bg[1]) + Math.abs(px[i + 2] - bg[2]) > 200) inked++;
  }
  assert.ok(inked > 10, `the status dot is drawn (${inked} dark pixels)`);
  assert.deepEqual(log.errors, []);
});
