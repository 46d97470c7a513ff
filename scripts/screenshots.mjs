// `npm run screenshots`: the pictures in the README, made from the demo page in
// headless Chromium so they never go stale. Each widget in Georgian, at desktop
// (1280 px) and phone (360 px) width, with the clock set to a day of the
// programme (23 April 2014, 10:00 in Tbilisi, the device in Tbilisi's zone) so "open now" and "today" show;
// the calendar in both its views. LANG_SHOT=fa (or ru…) for another language.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';
import { findChromium, CHROME_ARGS } from './browsers.mjs';

const OUT = new URL('../docs/images/', import.meta.url).pathname;
const WIDGETS = ['iom-news-feed', 'iom-centre-locator', 'iom-hotline-banner', 'iom-event-calendar'];
const lang = process.env.LANG_SHOT ?? 'ka';

mkdirSync(OUT, { recursive: true });
const server = await startServer({ port: 0 });
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROME_ARGS });
try {
  for (const [name, width] of [['desktop', 1280], ['phone', 360]]) {
    // A visitor in Georgia: elsewhere the times would say they are Tbilisi's.
    const context = await browser.newContext({ viewport: { width, height: 900 }, deviceScaleFactor: width < 400 ? 2 : 1, locale: lang, timezoneId: 'Asia/Tbilisi' });
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date('2014-04-23T10:00:00+04:00'));
    await page.goto(`${base}/demo/?lang=${lang}`);
    // The demo's banner is sticky: in flow, it does not cover the other widgets' pictures.
    await page.evaluate(() => document.querySelector('iom-hotline-banner')?.setAttribute('placement', 'inline'));
    for (const tag of WIDGETS) {
      // Content, not a placeholder nor the partner's fallback (shown while the feed is on its way).
      const ok = await page.waitForFunction((t) => !!document.querySelector(t)?.shadowRoot?.querySelector('.root:not(:has(.skeleton, slot))'), tag, { timeout: 10_000 }).then(() => true, () => false);
      if (!ok) { console.warn(`${tag}: not rendered, skipped`); continue; }
      await page.waitForTimeout(300);
      const file = `${OUT}${tag}-${lang}-${name}.png`;
      await page.locator(tag).first().screenshot({ path: file, animations: 'disabled' });
      console.log(`wrote docs/images/${tag}-${lang}-${name}.png`);
    }
    // The calendar's other view too (issue 5: month and list, at both widths).
    const other = width < 540 ? 'month' : 'list';
    await page.evaluate((v) => document.querySelector('iom-event-calendar')?.setAttribute('view', v), other);
    await page.waitForTimeout(300);
    await page.locator('iom-event-calendar').first().screenshot({ path: `${OUT}iom-event-calendar-${lang}-${name}-${other}.png`, animations: 'disabled' });
    console.log(`wrote docs/images/iom-event-calendar-${lang}-${name}-${other}.png`);
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
