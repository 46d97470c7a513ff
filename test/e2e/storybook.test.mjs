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

// `npm run storybook` itself: the dev server answers the stories' own module
// imports (a static /demo there once answered `import … from
// '../demo/feed.json'` with JSON, and no story loaded).
test('npm run storybook serves stories that render', { timeout: 180_000 }, async () => {
  const { spawn } = await import('node:child_process');
  const port = 6200 + Math.floor(Math.random() * 700);
  const dev = spawn('npx', ['storybook', 'dev', '-p', String(port), '--ci', '--no-open', '--host', '127.0.0.1'], {
    cwd: new URL('../../', import.meta.url), env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' }, stdio: 'ignore', detached: true,
  });
  try {
    const base = `http://127.0.0.1:${port}`;
    for (let i = 0; ; i++) {
      const up = await fetch(`${base}/index.json`).then((r) => r.ok, () => false);
      if (up) break;
      if (i > 120) throw new Error('storybook dev did not start in 120 s');
      await new Promise((r) => setTimeout(r, 1000));
    }
    const { page, log } = await newPage();
    await page.goto(`${base}/iframe.html?id=widgets-news-feed--georgian&viewMode=story`);
    await page.waitForFunction(() => !!document.querySelector('iom-news-feed')?.shadowRoot?.querySelector('article'), null, { timeout: 60_000 });
    assert.match(await page.evaluate(() => document.querySelector('iom-news-feed').shadowRoot.querySelector('article').textContent), /2014/);
    assert.deepEqual(log.errors, []);
  } finally {
    process.kill(-dev.pid, 'SIGTERM');
  }
});

test('a control the designer empties takes its value away again', { skip: !built && 'no storybook-static/' }, async () => {
  const { page } = await newPage();
  await page.goto(story('widgets-news-feed--georgian'));
  await ready(page, 'iom-news-feed', 'article');
  const set = (updatedArgs) => page.evaluate((u) => window.__STORYBOOK_ADDONS_CHANNEL__.emit('updateStoryArgs', { storyId: 'widgets-news-feed--georgian', updatedArgs: u }), updatedArgs);
  const token = () => page.evaluate(() => document.querySelector('iom-news-feed').style.getPropertyValue('--iom-color-accent'));
  await set({ '--iom-color-accent': '#8a1538', 'heading-level': 4 });
  await page.waitForFunction(() => document.querySelector('iom-news-feed').getAttribute('heading-level') === '4');
  assert.equal(await token(), '#8a1538');
  await set({ '--iom-color-accent': '', 'heading-level': '' });
  await page.waitForFunction(() => !document.querySelector('iom-news-feed').hasAttribute('heading-level'));
  assert.equal(await token(), '');
});
