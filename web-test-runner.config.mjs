// Test runner config: every test runs in real browsers, from source (esbuild
// strips the TypeScript). WTR_BROWSERS=chromium,firefox,webkit picks engines.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { browserLaunchers } from './scripts/browsers.mjs';
import { feedServerMiddleware } from './test/server/feed-server.mjs';
import { faultServerPlugin } from './test/reliability/fault-server.mjs';
import { isLeaflet, patchLeaflet } from './scripts/leaflet-strict-csp.mjs';

const wanted = (process.env.WTR_BROWSERS ?? 'chromium').split(',').map((s) => s.trim()).filter(Boolean);

/** Prints a plain "N passed, N failed" line so CI can tell "no tests ran" from "all passed". */
function countingReporter() {
  let passed = 0, failed = 0, skipped = 0;
  const walk = (suite) => {
    for (const t of suite?.tests ?? []) {
      if (t.skipped) skipped++;
      else if (t.passed) passed++;
      else failed++;
    }
    for (const s of suite?.suites ?? []) walk(s);
  };
  return {
    onTestRunFinished({ sessions }) {
      for (const s of sessions) {
        walk(s.testResults);
        // A file that failed to load has errors but no tests: count it as a failure.
        if ((s.errors?.length ?? 0) > 0 && !(s.testResults?.tests?.length || s.testResults?.suites?.length)) failed++;
      }
    },
    stop() {
      process.stdout.write(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
    },
  };
}

/**
 * `executeServerCommand('set-timezone', { zone })`: moves the browser's own time
 * zone (Chromium, through the DevTools protocol). Resolves false where the
 * launcher cannot (Firefox over WebDriver BiDi, WebKit over WebDriver): those
 * tests skip there.
 */
function timezonePlugin() {
  return {
    name: 'iom-set-timezone',
    async executeCommand({ command, payload, session }) {
      if (command !== 'set-timezone') return undefined;
      const page = session.browser.getPage?.(session.id);
      if (!page?.emulateTimezone || session.browser.name !== 'Chrome') return false;
      try {
        await page.emulateTimezone(payload?.zone || undefined);
        return true;
      } catch {
        return false;
      }
    },
  };
}

export default {
  files: process.env.WTR_FILES ? process.env.WTR_FILES.split(',') : ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  concurrentBrowsers: 1,
  browserStartTimeout: 60000,
  testsFinishTimeout: 300000,
  testFramework: { config: { timeout: 10000 } },
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
    // A misbehaving feed host on 127.0.0.1 for test/reliability/network.test.ts.
    faultServerPlugin(),
    timezonePlugin(),
    // The tile map's Leaflet as the build ships it.
    { name: 'iom-leaflet-strict-csp', transform: (context) => (isLeaflet(context.path) ? { body: patchLeaflet(context.body) } : undefined) },
  ],
  middleware: [feedServerMiddleware()],
  browsers: browserLaunchers(wanted, chromeLauncher, puppeteerCore),
  reporters: [defaultReporter({ reportTestResults: true, reportTestProgress: !process.env.CI }), countingReporter()],
};
