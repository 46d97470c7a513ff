// The feed validator and its CLI, in Node (`node --test cli/`), against the
// whole bad-feed corpus (test/corpus/corpus.ts): every case gives exactly the
// problems FEED.md prescribes, at the right JSON path, in English and Georgian.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildSync } from 'esbuild';
import { bigFeed } from '../test/server/feed-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'iom-cli-test-'));
const BASE = 'https://iom.ge/feed.json';
let m;

before(async () => {
  // Test the source: bundle the CLI core, the validator and the corpus as they are now.
  const entry = join(tmp, 'entry.ts');
  writeFileSync(entry, [
    `export * from ${JSON.stringify(join(root, 'cli/validate.ts'))};`,
    `export { validateFeed } from ${JSON.stringify(join(root, 'src/feed/validate.ts'))};`,
    `export * as corpus from ${JSON.stringify(join(root, 'test/corpus/corpus.ts'))};`,
  ].join('\n'));
  buildSync({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', outfile: join(tmp, 'bundle.mjs'), logLevel: 'error' });
  m = await import(pathToFileURL(join(tmp, 'bundle.mjs')).href);
});
after(() => rmSync(tmp, { recursive: true, force: true }));

const text = (c) => (c.path === '/__feed/big/20' ? bigFeed(20) : m.corpus.bodyText(c));
const GEORGIAN = /[\u10D0-\u10FF]/;

/** The problem a corpus warning must produce: severity and JSON path (an entry's path may go on into its field). */
function expected(w) {
  if (w.index < 0) return `warning $.${w.list}`;
  const entry = `$.${w.list}[${w.index}]`;
  if (!w.field) return `error ${entry}`;
  return `warning ${entry}.${w.field}`;
}
const got = (p) => `${p.severity} ${p.severity === 'error' ? p.path.match(/^\$\.\w+\[\d+\]/)?.[0] ?? p.path : p.path}`;

describe('the corpus through the validator', () => {
  it('has at least 60 cases with unique ids', () => {
    const ids = m.corpus.CORPUS.map((c) => c.id);
    assert.ok(ids.length >= 60, `${ids.length} cases`);
    assert.equal(new Set(ids).size, ids.length);
  });

  it('every case gives exactly its expected problems, at the right paths', async (t) => {
    for (const c of m.corpus.CORPUS) {
      await t.test(`${c.id}: ${c.what}`, () => {
        const body = text(c);
        const problems = m.checkFeedText(body, { base: BASE });
        if ('error' in c.expect) {
          assert.equal(problems.length, 1, problems.map((p) => m.formatProblem(p, 'en')).join('\n'));
          assert.equal(problems[0].severity, 'error');
          assert.match(problems[0].path, /^\$(\.version)?$/);
          return;
        }
        assert.deepEqual(problems.map(got).sort(), c.expect.warnings.map(expected).sort(), problems.map((p) => m.formatProblem(p, 'en')).join('\n'));
        // And the entries that remain are exactly the ones expected.
        const { feed } = m.validateFeed(JSON.parse(body.replace(/^\uFEFF/, '')), BASE);
        const ids = m.corpus.expectedIds(c);
        for (const list of m.corpus.LISTS) assert.deepEqual(feed[list].map((e) => e.id), [...ids[list]], `${c.id}: ${list}`);
      });
    }
  });

  it('no payload survives as a link: every URL left in any case is http(s)', () => {
    for (const c of m.corpus.CORPUS) {
      if ('error' in c.expect || c.path) continue;
      const { feed } = m.validateFeed(JSON.parse(text(c).replace(/^\uFEFF/, '')), BASE);
      const urls = [];
      for (const n of feed.news) {
        for (const u of typeof n.url === 'string' ? [n.url] : Object.values(n.url ?? {})) urls.push(u);
        if (n.image) urls.push(n.image.src);
        for (const l of n.links ?? []) urls.push(l.url);
      }
      for (const e of [...feed.centres, ...feed.events]) if (e.url) urls.push(e.url);
      for (const u of urls) assert.match(u, /^https?:\/\//, `${c.id}: ${u}`);
      assert.equal({}.polluted, undefined, `${c.id} polluted Object.prototype`);
    }
  });

  it('explains every problem in Georgian with --lang ka, with a fix for every field problem', () => {
    for (const c of m.corpus.CORPUS) {
      for (const p of m.checkFeedText(text(c), { lang: 'ka', base: BASE })) {
        const line = m.formatProblem(p, 'ka');
        assert.match(line, /^(შეცდომა|გაფრთხილება): \$/, line);
        assert.match(p.what, GEORGIAN, `${c.id}: ${line}`);
        assert.doesNotMatch(line, /entry left out|field dropped|expected a|not a valid/, `${c.id}: English left in: ${line}`);
        if (p.path !== '$') assert.match(p.fix, GEORGIAN, `${c.id}: no fix in: ${line}`);
      }
    }
  });

  it('the sample feed demo/feed.json has no problem at all', async () => {
    const { readFileSync } = await import('node:fs');
    assert.deepEqual(m.checkFeedText(readFileSync(join(root, 'demo/feed.json'), 'utf8'), { base: BASE }), []);
  });
});

describe('npx iom-widgets validate', () => {
  const cli = (args, input) => spawnSync(process.execPath, [join(root, 'cli/iom-widgets.mjs'), 'validate', ...args], {
    encoding: 'utf8', input, env: { ...process.env, IOM_CLI_SOURCE: '1' },
  });
  it('`iom-widgets --help` prints the usage and succeeds; an unknown command is an error', () => {
    const run = (...args) => spawnSync(process.execPath, [join(root, 'cli/iom-widgets.mjs'), ...args], { encoding: 'utf8' });
    const help = run('--help');
    assert.equal(help.status, 0);
    assert.match(help.stdout, /^Usage: iom-widgets validate/);
    assert.equal(run('frobnicate').status, 2);
  });

  const file = (name, body) => {
    const p = join(tmp, name);
    writeFileSync(p, body);
    return p;
  };

  it('exits 0 for the sample feed and says it is valid', () => {
    const r = cli([join(root, 'demo/feed.json')]);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout.trim(), 'The feed is valid.');
  });

  it('prints one line per problem with its path and a fix, and exits 1 on an error', () => {
    const r = cli([file('bad.json', text(m.corpus.corpusCase('published-impossible')))]);
    assert.equal(r.status, 1);
    const lines = r.stdout.trim().split('\n');
    assert.equal(lines.length, 2);
    assert.match(lines[0], /^error: \$\.news\[0\]\.published: entry left out: .*2014-02-30.* → write a real date/);
    assert.equal(lines[1], '1 error(s), 0 warning(s)');
  });

  it('says how to fix a top-level field once, not twice', () => {
    const r = cli([file('langs.json', JSON.stringify({ version: 1, languages: 'ka' }))]);
    assert.equal(r.stdout.trim().split('\n')[0], 'warning: $.languages: "languages" must be a list of language tags such as ["ka", "en"]');
  });

  it('speaks Georgian with --lang ka', () => {
    const r = cli([file('dup.json', text(m.corpus.corpusCase('duplicate-ids'))), '--lang', 'ka']);
    assert.equal(r.status, 1);
    assert.match(r.stdout, /^შეცდომა: \$\.news\[2\]\.id: ეს ჩანაწერი არ გამოჩნდება: ეს იდენტიფიკატორი სიის წინა ჩანაწერს უკვე აქვს/m);
    assert.match(r.stdout.trim().split('\n').at(-1), /^5 შეცდომა, 0 გაფრთხილება$/);
  });

  it('exits 0 on warnings only, and 1 with --strict', () => {
    const f = file('warn.json', text(m.corpus.corpusCase('lat-999')));
    const r = cli([f]);
    assert.equal(r.status, 0);
    assert.match(r.stdout, /^warning: \$\.centres\[0\]\.location: field dropped: "lat" must be a number from -90 to 90, got 999/m);
    assert.equal(cli([f, '--strict']).status, 1);
  });

  it('refuses what is not a feed, HTML included', () => {
    const r = cli([file('page.json', text(m.corpus.corpusCase('html-200')))]);
    assert.equal(r.status, 1);
    assert.match(r.stdout, /^error: \$: this is a web page \(HTML\), not the feed → check the address/m);
    const t = cli([file('trunc.json', text(m.corpus.corpusCase('truncated')))]);
    assert.equal(t.status, 1);
    assert.match(t.stdout, /^error: \$: this is not valid JSON \(/m);
  });

  it('reads a URL, resolving relative links against it', async () => {
    const feed = { version: 1, languages: ['ka'], news: [{ id: 'a', published: '2014-06-24', title: 'x', url: '/news/a' }, { id: 'b', published: '2014-06-24', title: 'y', url: 'vbscript:msgbox(1)' }] };
    const server = createServer((req, res) => {
      if (req.url === '/feed.json') res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(feed));
      else res.writeHead(404).end('no');
    });
    await new Promise((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address();
    try {
      // spawnSync would block the server living in this process.
      const run = (url) => new Promise((resolve) => {
        const child = spawn(process.execPath, [join(root, 'cli/iom-widgets.mjs'), 'validate', url], { env: { ...process.env, IOM_CLI_SOURCE: '1' } });
        let out = '';
        let err = '';
        child.stdout.on('data', (d) => (out += d));
        child.stderr.on('data', (d) => (err += d));
        child.on('close', (status) => resolve({ status, out, err }));
      });
      const ok = await run(`http://127.0.0.1:${port}/feed.json`);
      assert.equal(ok.status, 0, ok.err);
      assert.match(ok.out, /^warning: \$\.news\[1\]\.url: field dropped: only http and https/m);
      assert.doesNotMatch(ok.out, /news\[0\]/);
      const missing = await run(`http://127.0.0.1:${port}/nothing.json`);
      assert.equal(missing.status, 2);
      assert.match(missing.err, /HTTP 404/);
    } finally {
      server.close();
    }
  });

  it('exits 2 for a file that does not exist and for a wrong command line', () => {
    assert.equal(cli([join(tmp, 'nope.json')]).status, 2);
    assert.equal(cli([]).status, 2);
    assert.equal(cli(['a.json', '--lang', 'fr']).status, 2);
  });
});
