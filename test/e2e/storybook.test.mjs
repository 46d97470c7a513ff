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
  // Georgian picked in the menu is Georgian too, not "the story's own" (English here).
  await page.goto(story('widgets-news-feed--english', '&globals=lang:ka'));
  await ready(page, 'iom-news-feed', 'article');
  assert.equal(await page.evaluate(() => document.querySelector('iom-news-feed').closest('[lang]').lang), 'ka');
  assert.deepEqual(log.errors, []);
});

test('the calendar\'s Docs page shows every story on the stories\' own day (23 April 2014), not the last story\'s', { skip: !built && 'no storybook-static/' }, async () => {
  const { page, log } = await newPage({ width: 1280, height: 900 });
  await page.goto(`${site}/storybook-static/iframe.html?id=widgets-event-calendar--docs&viewMode=docs`);
  await page.waitForFunction(() => {
    const grids = [...document.querySelectorAll('iom-event-calendar')].map((el) => el.shadowRoot?.querySelector('[role="grid"]')).filter(Boolean);
    return grids.length >= 3;
  }, null, { timeout: 20_000 });
  const today = await page.evaluate(() => [...new Set([...document.querySelectorAll('iom-event-calendar')]
    .map((el) => el.shadowRoot?.querySelector('[aria-current="date"]')?.dataset.key).filter(Boolean))]);
  assert.deepEqual(today, ['20140423']);
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
// '../demo/feed.json'` with JSON, and no story loaded), with one copy of Lit.
// On a cold cache Vite bundles the dependencies when the first page asks, and
// may reload it once: the story gets three tries, and a failure says what
// Storybook and the page printed.
test('npm run storybook serves stories that render', { timeout: 240_000 }, async () => {
  const { spawn } = await import('node:child_process');
  const { createServer } = await import('node:net');
  // A port the system says is free, not a guess that another run may hold.
  const port = await new Promise((resolve, reject) => {
    const probe = createServer().once('error', reject).listen(0, '127.0.0.1', () => { const { port: p } = probe.address(); probe.close(() => resolve(p)); });
  });
  const dev = spawn('npx', ['storybook', 'dev', '-p', String(port), '--ci', '--no-open', '--host', '127.0.0.1', '--exact-port'], {
    cwd: new URL('../../', import.meta.url), env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' }, stdio: ['ignore', 'pipe', 'pipe'], detached: true,
  });
  let output = '';
  let exited = null;
  for (const stream of [dev.stdout, dev.stderr]) stream.on('data', (d) => { output = (output + d).slice(-4000); });
  dev.on('exit', (code) => { exited = code; });
  const { page, log } = await newPage();
  const why = () => `\n--- storybook dev printed:\n${output.replace(/\x1b\[[0-9;]*m/g, '')}\n--- the page logged:\n${[...log.console, ...log.errors].join('\n')}`;
  try {
    const base = `http://127.0.0.1:${port}`;
    for (let i = 0; ; i++) {
      if (exited !== null) throw new Error(`storybook dev exited (${exited}) before it served${why()}`);
      const up = await fetch(`${base}/index.json`).then((r) => r.ok, () => false);
      if (up) break;
      if (i > 120) throw new Error(`storybook dev did not start in 120 s${why()}`);
      await new Promise((r) => setTimeout(r, 1000));
    }
    const rendered = () => page.waitForFunction(() => !!document.querySelector('iom-news-feed')?.shadowRoot?.querySelector('article'), null, { timeout: 30_000 }).then(() => true, () => false);
    let ok = false;
    let from = 0;
    for (let attempt = 0; attempt < 3 && !ok; attempt++) {
      // What the page logs counts from the try that rendered.
      from = log.errors.length;
      await (attempt ? page.reload({ timeout: 60_000 }) : page.goto(`${base}/iframe.html?id=widgets-news-feed--georgian&viewMode=story`, { timeout: 60_000 }));
      ok = await rendered();
    }
    assert.ok(ok, `the Georgian news story did not render in three tries${why()}`);
    assert.match(await page.evaluate(() => document.querySelector('iom-news-feed').shadowRoot.querySelector('article').textContent), /2014/);
    assert.deepEqual(log.errors.slice(from), [], why());
    assert.ok(!log.console.some((l) => l.includes('Multiple versions of Lit')), `two copies of Lit were loaded${why()}`);
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
