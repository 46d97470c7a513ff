// Finds the system browsers (Debian packages) and builds web-test-runner
// launchers for them. Nothing here downloads a browser.
import { existsSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

export const CHROME_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-dev-shm-usage',
];

/** The Chromium binary: CHROME_PATH, then the usual install paths; undefined when none. */
export function findChromium() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/opt/google/chrome/chrome'];
  return candidates.find((p) => p && existsSync(p));
}
export const FIREFOX = '/usr/bin/firefox-esr';
export const WEBKIT_DRIVER = '/usr/bin/WebKitWebDriver';
export const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
/** WebKitWebDriver's session for MiniBrowser (web-test-runner's and the end-to-end tests'). */
export const WEBKIT_CAPABILITIES = {
  browserName: 'MiniBrowser',
  'wdio:enforceWebDriverClassic': true,
  'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
};

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => { const { port } = srv.address(); srv.close(() => resolve(port)); });
    srv.on('error', reject);
  });
}

/** Starts Xvfb on a free display (MiniBrowser has no headless mode) and WebKitWebDriver on a free port. */
export async function startWebKitServices() {
  const children = [];
  const kill = () => children.forEach((c) => { try { c.kill('SIGKILL'); } catch { /* already gone */ } });
  process.on('exit', kill);
  let display = process.env.DISPLAY;
  if (!display) {
    const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] });
    children.push(xvfb);
    display = await new Promise((resolve, reject) => {
      let buf = '';
      xvfb.stdio[3].on('data', (d) => { buf += d; if (buf.includes('\n')) resolve(':' + buf.trim()); });
      xvfb.on('exit', (code) => reject(new Error(`Xvfb exited with ${code}`)));
    });
  }
  const port = await freePort();
  const driver = spawn(WEBKIT_DRIVER, [`--port=${port}`], { stdio: 'ignore', env: { ...process.env, DISPLAY: display } });
  children.push(driver);
  // Wait until the driver listens.
  for (let i = 0; i < 100; i++) {
    try { const r = await fetch(`http://127.0.0.1:${port}/status`); if (r.ok) break; } catch { /* not yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { port, display, stop: kill };
}

export function browserLaunchers(names, chromeLauncher, puppeteerCore) {
  const out = [];
  for (const name of names) {
    if (name === 'chromium') {
      out.push(chromeLauncher({ launchOptions: { executablePath: findChromium(), headless: true, args: CHROME_ARGS } }));
    } else if (name === 'firefox') {
      out.push(firefoxLauncher(chromeLauncher, puppeteerCore));
    } else if (name === 'webkit') {
      out.push(webkitLauncher());
    } else {
      throw new Error(`Unknown browser "${name}" in WTR_BROWSERS (use chromium, firefox, webkit)`);
    }
  }
  return out;
}

function firefoxLauncher(chromeLauncher, puppeteerCore) {
  // puppeteer-core drives Firefox over WebDriver BiDi: no geckodriver needed.
  return chromeLauncher({
    puppeteer: puppeteerCore,
    launchOptions: { browser: 'firefox', executablePath: FIREFOX, headless: true },
  });
}

function webkitLauncher() {
  let inner;
  const ready = (async () => {
    const { webdriverLauncher } = await import('@web/test-runner-webdriver');
    const { port } = await startWebKitServices();
    inner = webdriverLauncher({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port,
      path: '/',
      capabilities: WEBKIT_CAPABILITIES,
    });
  })();
  // A thin proxy: web-test-runner wants the launcher object synchronously.
  return {
    name: 'WebKit',
    type: 'webdriver',
    async initialize(...a) { await ready; return inner.initialize(...a); },
    startSession: (...a) => inner.startSession(...a),
    isActive: (...a) => inner.isActive(...a),
    getBrowserUrl: (...a) => inner.getBrowserUrl(...a),
    startDebugSession: (...a) => inner.startDebugSession(...a),
    stopSession: (...a) => inner.stopSession(...a),
    stop: async () => { await ready; return inner.stop(); },
  };
}
