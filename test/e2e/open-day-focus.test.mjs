// The calendar's open day (the one whose events are shown) is tinted and
// ringed; keyboard focus is a ring too. When the focus comes back to the open
// day, its ring must show as a change, not as the open day's ring grown by a
// pixel (WCAG 2.4.7). Pixels, since only they tell the rings apart.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { closeAll, newPage, origins, pages, waitInShadow } from './harness.mjs';
import { decodePng } from './png.mjs';

let site, cdn;
before(async () => ({ site, cdn } = await origins()));
after(closeAll);

/** The runs of focus-coloured pixels down the middle of the cell's top 12 px: "#" focus colour, "." anything else. */
async function topEdge(page, cell) {
  const { width, bpp, px } = decodePng(await cell.screenshot());
  let s = '';
  for (let y = 0; y < 12; y++) {
    const i = (y * width + Math.floor(width / 2)) * bpp;
    s += Math.abs(px[i] - 0) + Math.abs(px[i + 1] - 51) + Math.abs(px[i + 2] - 160) < 60 ? '#' : '.';
  }
  return s;
}

for (const width of [1280, 360]) {
  test(`the focus on the calendar's open day shows as a second ring (${width} px)`, async () => {
    const { page, log } = await newPage({ width });
    pages.set('/p/open-day.html', { html: `<!doctype html><html lang="ka"><head>
      <script type="module" src="${cdn}/dist/iom-event-calendar.js"></script></head>
      <body><iom-event-calendar src="${site}/demo/feed.json" month="2014-04" view="month"></iom-event-calendar></body></html>` });
    await page.goto(`${site}/p/open-day.html`);
    await waitInShadow(page, 'iom-event-calendar', '[role=grid]');
    const cell = page.locator('iom-event-calendar td[data-key="20140424"]');
    await cell.focus();
    await page.keyboard.press('Enter'); // opens the day: the focus goes to its heading
    await waitInShadow(page, 'iom-event-calendar', '#day-h');
    const open = await topEdge(page, cell);
    await page.keyboard.press('Shift+Tab'); // back to the grid's one tab stop, the open day
    assert.equal(await cell.evaluate((el) => el.matches(':focus-visible') && el.getAttribute('aria-selected')), 'true');
    const focused = await topEdge(page, cell);
    // The open day: one ring. Focused too: that ring, a gap, the focus ring.
    assert.equal((open.match(/#+/g) ?? []).length, 1, `open day's edge ${open}`);
    assert.equal((focused.match(/#+/g) ?? []).length, 2, `focused open day's edge ${focused}`);
    assert.deepEqual(log.errors, []);
  });
}
