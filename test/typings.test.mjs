// The typings partners' projects use: the elements type-check in React 19 JSX
// and as Vue global components, and wrong props are errors (@ts-expect-error
// lines in test/types fail the check if the error goes missing). Needs the
// build's dist/types, which npm test builds first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';

test('the elements type-check in React 19 JSX and Vue', () => {
  const r = spawnSync('npx', ['tsc', '-p', 'test/types/tsconfig.json'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stdout + r.stderr);
});

test('the manifest (Storybook Docs, IDEs) names every element and lists only its public API', async () => {
  const { readFileSync } = await import('node:fs');
  const manifest = JSON.parse(readFileSync(new URL('../custom-elements.json', import.meta.url), 'utf8'));
  const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement);
  assert.deepEqual(elements.map((d) => d.tagName).sort(), ['iom-centre-locator', 'iom-event-calendar', 'iom-hotline-banner', 'iom-news-feed']);
  for (const d of elements) {
    assert.deepEqual((d.members ?? []).filter((m) => m.privacy && m.privacy !== 'public').map((m) => m.name), [], d.tagName);
    for (const a of ['src', 'timeout']) assert.ok(d.attributes.some((x) => x.name === a), `${d.tagName} documents ${a}`);
    // Internal reactive state is not an attribute.
    assert.deepEqual(d.attributes.filter((x) => ['shown', 'expanded', 'query', 'geo', 'picked', 'remaining', 'announcer'].includes(x.name)), [], d.tagName);
    // Types as HTML has them (Storybook's controls read them: 'string | undefined' gave a JSON editor), and `@internal` left out.
    assert.deepEqual(d.attributes.filter((x) => / \| undefined$/.test(x.type?.text ?? '')).map((x) => x.name), [], d.tagName);
    assert.deepEqual((d.members ?? []).filter((m) => ['now', 'exitTarget'].includes(m.name)).map((m) => m.name), [], d.tagName);
  }
  // A default named by a constant is written as its value.
  const exit = elements.find((d) => d.tagName === 'iom-hotline-banner').attributes.find((a) => a.name === 'exit-url');
  assert.deepEqual([exit.type?.text, exit.default], ['string', "'https://www.wikipedia.org/'"]);
});

test('the bundler entries share the app’s Lit but keep their own @lit/localize', async () => {
  const { readFileSync, readdirSync } = await import('node:fs');
  const dir = new URL('../dist/lib/', import.meta.url);
  const files = ['index.js', 'define.js', ...readdirSync(new URL('chunks/', dir)).map((f) => `chunks/${f}`)];
  const bare = new Set(files.flatMap((f) => [...readFileSync(new URL(f, dir), 'utf8').matchAll(/\bfrom\s*["']([^"'./][^"']*)["']|\bimport\s*\(?\s*["']([^"'./][^"']*)["']/g)].map((m) => m[1] ?? m[2])));
  // An app that localizes itself with @lit/localize keeps its own msg(): ours is bundled.
  assert.deepEqual([...bare].sort(), ['lit']);
  // `iom-widgets/define` registers the same classes `iom-widgets` exports, without a second Lit.
  const define = readFileSync(new URL('define.js', dir), 'utf8');
  assert.match(define, /from "\.\/chunks\//);
  assert.doesNotMatch(define, /class \w+ extends HTMLElement|ShadyCSS/);
});
