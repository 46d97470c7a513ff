// End-to-end tests of the BUILT files, embedded the way partners embed them:
// pages served over real HTTP (scripts/serve.mjs) on two origins, driven in
// Debian's Chromium by playwright-core. playwright-core can only drive its own
// patched Firefox and WebKit, which cannot be downloaded here: the embedding
// checks run in those two through engines.mjs (engines.test.mjs); what needs
// playwright's network interception stays Chromium's.
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';
import { findChromium, CHROME_ARGS } from '../../scripts/browsers.mjs';

let browser;
const servers = [];

/** Serves the repository on two loopback ports: `site` (the partner) and `cdn` (us). */
export const pages = new Map();
export async function origins() {
  const site = await startServer({ port: 0, pages });
  const cdn = await startServer({ port: 0 });
  servers.push(site, cdn);
  const url = (s) => `http://127.0.0.1:${s.address().port}`;
  return { site: url(site), cdn: url(cdn) };
}

export async function newPage({ width = 1000, height = 900 } = {}) {
  browser ??= await chromium.launch({ executablePath: findChromium(), args: CHROME_ARGS, headless: true });
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  const log = { console: [], errors: [], requests: [] };
  page.on('console', (m) => log.console.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => log.errors.push(String(e)));
  page.on('request', (r) => log.requests.push(r.url()));
  return { page, context, log };
}

/** Waits until `tag`'s shadow root matches `selector`. */
export function waitInShadow(page, tag, selector, timeout = 10_000) {
  return page.waitForFunction(([t, s]) => !!document.querySelector(t)?.shadowRoot?.querySelector(s), [tag, selector], { timeout });
}

export async function closeAll() {
  await browser?.close();
  browser = undefined;
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
}
