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

test('the script-tag files carry none of the Lit parts our builds compile out (Lit itself does)', () => {
  const lit = ['lit-html/lit-html.js', '@lit/reactive-element/reactive-element.js', 'lit-element/lit-element.js'].map((f) => readFileSync(`node_modules/${f}`, 'utf8')).join('\n');
  // Marks a minifier leaves as they are (property names, literals).
  const marks = {
    '_$litDirective$': 'directives',
    'this.type=6': 'an element part',
    'case Array:': 'a JSON attribute reader',
    '"<math>"': 'svg and mathml templates',
    setConnected: "async directives' hooks",
    useDefault: 'the useDefault option',
    '.h[0]': 'templates compiled ahead of time',
  };
  for (const [mark, what] of Object.entries(marks)) {
    assert.ok(lit.includes(mark), `the mark of ${what} is gone from Lit: update this test and vite.config.ts`);
    for (const f of SCRIPT_FILES) assert.ok(!readFileSync(join('dist', f), 'utf8').includes(mark), `dist/${f} still has ${what}`);
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
