// `npm test`: make sure the browsers are there (installing Debian's packages
// when we are root with apt), build, check the size budgets, then run
//  1. the Node tests (`*.test.mjs` under test/ and cli/: the built files in
//     real pages, the feed validator's command line), with node --test;
//  2. every component test in Chromium, Firefox ESR and WebKit (web-test-runner).
// It ends with one plain line, "N passed, N failed", over all of them.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { findChromium, FIREFOX, WEBKIT_DRIVER, MINIBROWSER } from './browsers.mjs';

const browsers = (process.env.WTR_BROWSERS ?? 'chromium,firefox,webkit').split(',').map((s) => s.trim()).filter(Boolean);
const needs = {
  chromium: { ok: () => !!findChromium(), pkgs: ['chromium', 'fonts-noto-core'] },
  firefox: { ok: () => existsSync(FIREFOX), pkgs: ['firefox-esr', 'fonts-noto-core'] },
  webkit: { ok: () => existsSync(WEBKIT_DRIVER) && existsSync(MINIBROWSER) && existsSync('/usr/bin/Xvfb'), pkgs: ['webkit2gtk-driver', 'xvfb', 'fonts-noto-core'] },
};
// The Node tests drive Chromium too.
const wanted = [...new Set(['chromium', ...browsers])];
const missing = wanted.filter((b) => needs[b] && !needs[b].ok());
if (missing.length) {
  const pkgs = [...new Set(missing.flatMap((b) => needs[b].pkgs))];
  const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canApt) {
    console.error(`npm test needs ${missing.join(', ')}: install the Debian packages "${pkgs.join(' ')}" (or set CHROME_PATH to a Chromium binary).`);
    process.exit(1);
  }
  console.log(`Installing ${pkgs.join(' ')} with apt-get…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const apt = (args) => spawnSync('apt-get', args, { stdio: 'inherit', env }).status === 0;
  if (!apt(['update', '-qq']) || !apt(['install', '-y', '-qq', '--no-install-recommends', ...pkgs])) {
    console.error(`apt-get could not install ${pkgs.join(' ')}.`);
    process.exit(1);
  }
}

const sync = (cmd, args, env = {}) => spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;

/** Runs a command, echoing its output, and returns its exit code and text. */
function run(cmd, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    child.stdout.on('data', (d) => { text += d; process.stdout.write(d); });
    child.stderr.on('data', (d) => { text += d; process.stderr.write(d); });
    child.on('close', (code) => resolve({ code: code ?? 1, text }));
  });
}

if (sync('npm', ['run', '-s', 'build'], { QUIET_BUILD: '1' }) !== 0) process.exit(1);
// The privacy test opens every story: Storybook is built too (offline, about 10 s).
if (sync('npm', ['run', '-s', 'build-storybook'], { STORYBOOK_DISABLE_TELEMETRY: '1' }) !== 0) process.exit(1);
let passed = 0;
let failed = 0;

// The budgets of the issues, on the build just made: over budget fails the run.
const size = await run('node', ['bench/size.mjs']);
if (size.code === 0) passed++;
else failed++;

const find = (dir) => !existsSync(dir) ? [] : readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
  d.isDirectory() ? (d.name === 'node_modules' ? [] : find(join(dir, d.name))) : d.name.endsWith('.test.mjs') ? [join(dir, d.name)] : []);
const nodeTests = [...find('test'), ...find('cli')];
if (nodeTests.length) {
  const node = await run('node', ['--test', '--test-reporter=spec', ...nodeTests], { QUIET_BUILD: '1' });
  const count = (label) => Number(new RegExp(`^ℹ ${label} (\\d+)`, 'm').exec(node.text)?.[1] ?? 0);
  passed += count('pass');
  failed += count('fail') + count('cancelled');
  if (node.code !== 0 && !count('fail')) failed++;
}

const wtr = await run('npx', ['web-test-runner'], { WTR_BROWSERS: browsers.join(',') });
const m = /^(\d+) passed, (\d+) failed/m.exec(wtr.text);
passed += Number(m?.[1] ?? 0);
failed += Number(m?.[2] ?? 0);
if (wtr.code !== 0 && !Number(m?.[2])) failed++;

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
