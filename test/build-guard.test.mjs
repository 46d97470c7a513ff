// Lit's directive resolver is compiled out of our dist files (vite.config.ts,
// noDirectives). These prove both halves: the built files carry none of it, and
// a source that imports a directive stops the build instead of shipping one
// that silently does nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const SCRIPT_FILES = ['iom-widgets.js', 'iom-news-feed.js', 'iom-centre-locator.js', 'iom-hotline-banner.js', 'iom-event-calendar.js', 'iom-widgets.iife.js'];

test('the script-tag files carry no directive resolver (Lit itself does)', () => {
  assert.ok(readFileSync('node_modules/lit-html/lit-html.js', 'utf8').includes('_$litDirective$'), 'the marker to look for is gone from Lit: update this test and noDirectives');
  for (const f of SCRIPT_FILES) {
    assert.ok(!readFileSync(join('dist', f), 'utf8').includes('_$litDirective$'), `dist/${f} still resolves directives`);
  }
});

test('a source that imports a Lit directive stops the build and says which', () => {
  const dir = mkdtempSync(join(tmpdir(), 'iom-guard-'));
  try {
    for (const f of ['src', 'package.json', 'package-lock.json', 'tsconfig.json', 'vite.config.ts', 'scripts']) cpSync(f, join(dir, f), { recursive: true });
    symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir');
    appendFileSync(join(dir, 'src/news-feed/news-feed.ts'), "\nimport { classMap } from 'lit/directives/class-map.js';\nconsole.log(classMap);\n");
    const r = spawnSync('npx', ['vite', 'build', '--logLevel', 'error'], { cwd: dir, env: { ...process.env, BUILD_ENTRY: 'iom-news-feed' }, encoding: 'utf8' });
    assert.notEqual(r.status, 0, 'the build went through');
    assert.match(r.stdout + r.stderr, /news-feed\.ts imports lit\/directives\/class-map\.js: our builds compile Lit's directives out/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
