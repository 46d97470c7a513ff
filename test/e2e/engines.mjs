// Drives Firefox ESR and WebKit (the Debian packages `npm test` installs) for
// engines.test.mjs, behind one small interface: open a URL, evaluate a
// function in the page, screenshot an element. Firefox through puppeteer-core
// over WebDriver BiDi, WebKit (MiniBrowser under Xvfb) through webdriverio and
// WebKitWebDriver: the same drivers web-test-runner uses for the component
// tests (scripts/browsers.mjs). Chromium's end-to-end tests (embedding.test.mjs)
// use playwright-core, whose network interception these do without.
import { existsSync } from 'node:fs';
import { FIREFOX, MINIBROWSER, WEBKIT_CAPABILITIES, WEBKIT_DRIVER, startWebKitServices } from '../../scripts/browsers.mjs';

/** Why an engine cannot run here, or undefined when it can. */
export function unavailable(name) {
  if (name === 'firefox') return existsSync(FIREFOX) ? undefined : `no ${FIREFOX} (Debian package firefox-esr)`;
  if (!existsSync(WEBKIT_DRIVER) || !existsSync(MINIBROWSER) || (!process.env.DISPLAY && !existsSync('/usr/bin/Xvfb'))) return `no ${WEBKIT_DRIVER}, MiniBrowser or Xvfb (Debian packages webkit2gtk-driver, xvfb)`;
  return undefined;
}

/**
 * @returns {Promise<{ name: string, open(url: string, size?: { width: number, height: number }): Promise<void>,
 *   evaluate<T>(fn: (arg: any) => T, arg?: unknown): Promise<T>, shot(selector: string): Promise<Buffer>, close(): Promise<void> }>}
 */
export async function launch(name) {
  if (name === 'firefox') {
    const { default: puppeteer } = await import('puppeteer-core');
    const browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
    let page;
    return {
      name: 'Firefox',
      async open(url, size = { width: 1000, height: 900 }) {
        await page?.close();
        page = await browser.newPage();
        await page.setViewport(size);
        await page.goto(url);
      },
      evaluate: (fn, arg) => page.evaluate(fn, arg),
      async shot(selector) {
        return Buffer.from(await (await page.$(selector)).screenshot());
      },
      close: () => browser.close(),
    };
  }
  const { remote } = await import('webdriverio');
  const { port, stop } = await startWebKitServices();
  const browser = await remote({
    hostname: '127.0.0.1', port, path: '/', logLevel: 'silent',
    capabilities: WEBKIT_CAPABILITIES,
  });
  return {
    name: 'WebKit',
    async open(url, size = { width: 1000, height: 900 }) {
      await browser.setWindowSize(size.width, size.height);
      await browser.url(url);
    },
    evaluate: (fn, arg) => browser.execute(fn, arg),
    async shot(selector) {
      const el = await browser.$(selector);
      return Buffer.from(await browser.takeElementScreenshot(el.elementId), 'base64');
    },
    async close() {
      await browser.deleteSession().catch(() => {});
      // Xvfb and WebKitWebDriver are this process's children: they would keep it alive.
      stop();
    },
  };
}

/** Polls `fn` in the page until it returns something truthy. */
export async function until(engine, fn, arg, { timeout = 15_000, what = String(fn) } = {}) {
  const end = Date.now() + timeout;
  for (;;) {
    const v = await engine.evaluate(fn, arg).catch(() => undefined);
    if (v) return v;
    if (Date.now() > end) throw new Error(`${engine.name}: timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
