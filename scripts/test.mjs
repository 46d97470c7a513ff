// `npm test`: make sure the browsers are there (installing Debian's packages
// when we are root with apt), then run every test under web-test-runner.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium, FIREFOX, WEBKIT_DRIVER, MINIBROWSER } from './browsers.mjs';

const browsers = (process.env.WTR_BROWSERS ?? 'chromium').split(',').map((s) => s.trim()).filter(Boolean);
const needs = {
  chromium: { ok: () => !!findChromium(), pkgs: ['chromium', 'fonts-noto-core'] },
  firefox: { ok: () => existsSync(FIREFOX), pkgs: ['firefox-esr', 'fonts-noto-core'] },
  webkit: { ok: () => existsSync(WEBKIT_DRIVER) && existsSync(MINIBROWSER) && existsSync('/usr/bin/Xvfb'), pkgs: ['webkit2gtk-driver', 'xvfb', 'fonts-noto-core'] },
};

const missing = browsers.filter((b) => needs[b] && !needs[b].ok());
if (missing.length) {
  const pkgs = [...new Set(missing.flatMap((b) => needs[b].pkgs))];
  const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canApt) {
    console.error(`npm test needs ${missing.join(', ')}: install the Debian packages "${pkgs.join(' ')}" (or set CHROME_PATH to a Chromium binary).`);
    process.exit(1);
  }
  console.log(`Installing ${pkgs.join(' ')} with apt-get…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const run = (args) => spawnSync('apt-get', args, { stdio: 'inherit', env }).status === 0;
  if (!run(['update', '-qq']) || !run(['install', '-y', '-qq', '--no-install-recommends', ...pkgs])) {
    console.error(`apt-get could not install ${pkgs.join(' ')}.`);
    process.exit(1);
  }
}

// Tests that check the built files (embedding, budgets) need dist/.
const build = spawnSync('npm', ['run', '-s', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const wtr = spawnSync('npx', ['web-test-runner', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, WTR_BROWSERS: browsers.join(',') },
});
process.exit(wtr.status ?? 1);
