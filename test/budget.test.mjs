// The size budget check fails, naming the file, when a build is bloated.
// (npm test runs the check itself on the real build; this proves it can fail.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, appendFileSync, readdirSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';

test('bench/size.mjs fails on a bloated build and names the file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'iom-bloat-'));
  try {
    cpSync('dist', dir, { recursive: true });
    // 60 kB of incompressible bytes in the news feed's own chunk graph.
    const chunk = readdirSync(join(dir, 'chunks')).find((f) => f.endsWith('.js'));
    appendFileSync(join(dir, 'iom-news-feed.js'), `\nexport const bloat = "${randomBytes(45_000).toString('base64')}";\n`);
    const r = spawnSync('node', ['bench/size.mjs'], { env: { ...process.env, DIST_DIR: dir }, encoding: 'utf8' });
    assert.notEqual(r.status, 0, 'the check passed a bloated build');
    assert.match(r.stderr, /dist\/iom-news-feed\.js is over/);
    assert.ok(chunk);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
