// What designers do in Storybook (storybook-static, built by `npm test`):
// every control reaches the element, the language menu wins over a story's
// own language, and a banner dismissed in one story does not hide the others.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { closeAll, newPage, origins } from './harness.mjs';

const built = existsSync(new URL('../../storybook-static/iframe.html', import.meta.url));
let site;
before(async () => ({ site } = await origins()));
after(closeAll);

const story = (id, extra = '') => `${site}/storybook-static/iframe.html?id=${id}&viewMode=story${extra}`;
const ready = (page, tag, sel) => page.waitForFunction(([t, s]) => !!document.querySelector(t)?.shadowRoot?.querySelector(s), [tag, sel], { timeout: 15_000 });

test('a control the story does not pass on still reaches the element; the language menu wins', { skip: !built && 'no storybook-static/' }, async () => {
  const { page, log } = await newPage();
  await page.goto(story('widgets-news-feed--georgian', '&args=heading-level:1;timeout:5000'));
  await ready(page, 'iom-news-feed', 'article');
  assert.deepEqual(await page.evaluate(() => { const el = document.querySelector('iom-news-feed'); return [el.getAttribute('heading-level'), el.timeout]; }), ['1', 5000]);
  await page.goto(story('widgets-news-feed--english', '&globals=lang:fa'));
  await ready(page, 'iom-news-feed', 'article');
  assert.equal(await page.evaluate(() => document.querySelector('iom-news-feed').shadowRoot.querySelector('.root').dir), 'rtl');
  assert.deepEqual(log.errors, []);
});

test('a banner closed in one story shows again in the next', { skip: !built && 'no storybook-static/' }, async () => {
  const { page } = await newPage();
  await page.goto(story('widgets-hotline-banner--georgian'));
  await ready(page, 'iom-hotline-banner', '.dismiss');
  await page.evaluate(() => document.querySelector('iom-hotline-banner').shadowRoot.querySelector('.dismiss').click());
  await page.waitForFunction(() => document.querySelector('iom-hotline-banner').hidden);
  await page.goto(story('widgets-hotline-banner--english'));
  await ready(page, 'iom-hotline-banner', '.line');
  assert.equal(await page.evaluate(() => document.querySelector('iom-hotline-banner').hidden), false);
});
