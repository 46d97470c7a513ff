// The size budget check fails, naming the file, when a build is bloated.
// (npm test runs the check itself on the real build; this proves it can fail.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, appendFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';

/** Copies dist/, appends `bytes` incompressible bytes to `file`, runs the check on the copy. */
function checkBloated(file, bytes) {
  const dir = mkdtempSync(join(tmpdir(), 'iom-bloat-'));
  try {
    cpSync('dist', dir, { recursive: true });
    appendFileSync(join(dir, file), `\nexport const bloat = "${randomBytes(bytes).toString('base64')}";\n`);
    return spawnSync('node', ['bench/size.mjs'], { env: { ...process.env, DIST_DIR: dir }, encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('bench/size.mjs passes the build as it is', () => {
  const r = spawnSync('node', ['bench/size.mjs'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
});

test('bench/size.mjs fails on a file grown past its ceiling and names it', () => {
  const r = checkBloated('iom-news-feed.js', 45_000);
  assert.notEqual(r.status, 0, 'the check passed a bloated build');
  assert.match(r.stderr, /dist\/iom-news-feed\.js is over its ceiling/);
});

test('bench/size.mjs fails on dist/iom-widgets.js grown past its 36 kB budget and names it', () => {
  // About 1 kB brotli more: past the budget, which holds it to the byte (no ceiling).
  const r = checkBloated('iom-widgets.js', 1_000);
  assert.notEqual(r.status, 0, 'the check passed a bloated file');
  assert.match(r.stderr, /dist\/iom-widgets\.js is over its budget: \d+ B brotli > 36000 B \(static imports \+ one language's strings; the issue's budget is 36000 B\)/);
});
