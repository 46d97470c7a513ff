// Windows High Contrast and other forced-colour modes repaint backgrounds in
// the page's background colour: what is drawn with a background (the
// locator's status dot) must ask for a system colour.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
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

/** WCAG relative-luminance contrast of two computed `rgb(…)` colours. */
const contrast = (a, b) => {
  const lum = (c) => {
    const [r, g, b] = c.match(/[\d.]+/g).slice(0, 3).map((v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

for (const scheme of ['dark', 'light']) {
  test(`in forced colours (${scheme}) what colour alone told apart is told apart otherwise`, async () => {
    const { page, log } = await newPage({ width: 360 });
    await page.emulateMedia({ forcedColors: 'active', colorScheme: scheme });
    const feed = JSON.parse(readFileSync(new URL('../../demo/feed.json', import.meta.url), 'utf8'));
    feed.events.find((e) => e.id === '2014-04-24-readmission-workshop').cancelled = true;
    pages.set('/p/forced-feed.json', { html: JSON.stringify(feed), headers: { 'Content-Type': 'application/json' } });
    pages.set('/p/forced-all.html', { html: `<!doctype html><html lang="ka"><head>
      <script type="module" src="${cdn}/dist/iom-widgets.js"></script></head>
      <body><i id="canvas" style="color: Canvas"></i>
      <iom-hotline-banner src="${site}/p/forced-feed.json"></iom-hotline-banner>
      <iom-centre-locator src="${site}/p/forced-feed.json"></iom-centre-locator>
      <iom-event-calendar src="${site}/p/forced-feed.json" month="2014-04" view="month"></iom-event-calendar></body></html>` });
    await page.goto(`${site}/p/forced-all.html`);
    await waitInShadow(page, 'iom-event-calendar', '[role=grid]');
    await waitInShadow(page, 'iom-centre-locator', '.pin');
    await waitInShadow(page, 'iom-hotline-banner', ".lang[aria-pressed='true']");
    const got = await page.evaluate(() => {
      const $ = (tag, s) => document.querySelector(tag).shadowRoot.querySelector(s);
      const cs = (el, pseudo) => getComputedStyle(el, pseudo);
      const ring = (tag, s) => {
        $(tag, s).focus();
        return cs($(tag, s)).outlineColor;
      };
      return {
        canvas: cs(document.getElementById('canvas')).color,
        // A phone's month grid draws events as bars: the cancelled one was hollow by its fill alone.
        bars: [...document.querySelector('iom-event-calendar').shadowRoot.querySelectorAll('td[data-key="20140424"] .chip')].map((c) => `${c.classList.contains('cancelled')} ${cs(c).borderTopStyle}`),
        // Pressed buttons keep their colours (forced-color-adjust: none), their focus ring too.
        viewRing: ring('iom-event-calendar', ".views .btn[aria-pressed='true']"),
        langRing: ring('iom-hotline-banner', ".lang[aria-pressed='true']"),
        // SVG fills are not forced: the land kept its light grey under the forced pins.
        land: cs($('iom-centre-locator', '.land')).fill,
        pin: cs($('iom-centre-locator', '.pin:not(.picked)'), '::before').backgroundColor,
        outside: cs($('iom-event-calendar', '.day.outside')).color,
        inside: cs($('iom-event-calendar', '.day:not(.outside)')).color,
      };
    });
    assert.deepEqual(got.bars.sort(), ['false solid', 'true dashed']);
    assert.ok(contrast(got.viewRing, got.canvas) >= 3, `view button's ring ${got.viewRing} on ${got.canvas}`);
    assert.ok(contrast(got.langRing, got.canvas) >= 3, `language button's ring ${got.langRing} on ${got.canvas}`);
    assert.ok(contrast(got.pin, got.land) >= 3, `pin ${got.pin} on land ${got.land}`);
    assert.notEqual(got.outside, got.inside, 'days outside the month');
    assert.deepEqual(log.errors, []);
  });
}
