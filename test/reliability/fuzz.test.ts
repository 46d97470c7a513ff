/**
 * Property tests (fast-check): random documents, random text and mutations of
 * the sample feed go through the parser, the validator and every widget.
 * Nothing throws but a named FeedError, every link left is http(s), no bidi
 * override survives, ids stay unique, and no feed string becomes markup or
 * runs. A failure prints its seed and the shrunk feed that broke it.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { LitElement } from 'lit';
import { FeedError } from '../../src/feed/errors.js';
import { parseFeedText } from '../../src/feed/parse.js';
import { validateFeed } from '../../src/feed/validate.js';
import type { Feed } from '../../src/feed/types.js';
import { PAYLOADS } from '../corpus/corpus.js';
import { resetAll, sampleFeed } from '../helpers.js';
import { guard, guardProblems, markupProblems } from './guard.js';
import { forEachWidget, widgetTags } from './widgets.js';

const tags = await widgetTags();
const sample = await sampleFeed();
const BASE = 'https://iom.ge/feed.json';

/** Runs per property; FUZZ_RUNS in the URL (?runs=) is not available in WTR, so these are the numbers the README quotes. */
export const RUNS = { validator: 1000, text: 500, widget: 30 };

// --- Arbitraries ---------------------------------------------------------------

const nasty = fc.constantFrom(
  ...PAYLOADS, '', ' ', '\u202E', '\u200B', '\uFEFF', '\u0000', 'javascript:window.__iomTrap(1)', 'JAVASCRIPT:window.__iomTrap(1)',
  'data:text/html,<script>window.__iomTrap(1)</script>', 'vbscript:msgbox(1)', '//evil.example/x', 'https://iom.ge/ok',
  'tel:112', 'mailto:info@iom.ge', '2014-02-30', '2014-06-24T24:61:00Z', '24:61', '__proto__', 'constructor', 'toString',
  'ა'.repeat(2000), '+995322600955', '112', 'Asia/Tbilisi', 'ka', 'fa', 'mo',
);
const text = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary', maxLength: 30 }), nasty);
const scalar = fc.oneof(text, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constantFrom(999, -999, 1e308, -0, 1));
const value: fc.Arbitrary<unknown> = fc.letrec<{ v: unknown }>((tie) => ({
  v: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, fc.array(tie('v'), { maxLength: 4 }), fc.dictionary(fc.oneof(text, fc.constantFrom('__proto__', 'constructor', 'ka', 'en', 'src', 'lat', 'id')), tie('v'), { maxKeys: 4 })),
})).v;

/** Every path (list of keys) into the sample feed, to aim mutations at. */
function paths(v: unknown, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(at);
  if (Array.isArray(v)) v.forEach((x, i) => paths(x, [...at, i], out));
  else if (v && typeof v === 'object') for (const k of Object.keys(v)) paths((v as Record<string, unknown>)[k], [...at, k], out);
  return out;
}
const ALL_PATHS = paths(sample).filter((p) => p.length > 0);
/** Fields of entries (news[3].url), not the language variants under them: most mutations land there. */
const FIELD_PATHS = ALL_PATHS.filter((p) => p.length === 3 || (p.length === 4 && ['image', 'location'].includes(String(p[2]))) || p.length === 1);

type Mutation = { path: (string | number)[]; op: 'set' | 'delete' | 'duplicate'; value: unknown };
const mutation: fc.Arbitrary<Mutation> = fc.record({
  path: fc.oneof({ arbitrary: fc.constantFrom(...FIELD_PATHS), weight: 4 }, { arbitrary: fc.constantFrom(...ALL_PATHS), weight: 1 }),
  op: fc.constantFrom('set', 'set', 'set', 'delete', 'duplicate'),
  value: fc.oneof({ arbitrary: nasty, weight: 3 }, { arbitrary: value, weight: 2 }),
}) as fc.Arbitrary<Mutation>;

function mutate(base: Record<string, unknown>, ms: Mutation[]): Record<string, unknown> {
  const doc = structuredClone(base);
  for (const m of ms) {
    let parent: any = doc;
    for (const k of m.path.slice(0, -1)) {
      if (parent === null || typeof parent !== 'object') break;
      parent = parent[k];
    }
    if (parent === null || typeof parent !== 'object') continue;
    const k = m.path[m.path.length - 1]!;
    if (m.op === 'delete') delete parent[k];
    else if (m.op === 'duplicate' && Array.isArray(parent)) parent.push(structuredClone(parent[k as number]));
    else Object.defineProperty(parent, k, { value: m.value, enumerable: true, writable: true, configurable: true });
  }
  return doc;
}

/** The sample feed with 1–8 random changes: wrong types, payloads, deletions, duplicates. */
const mutatedFeed = fc.array(mutation, { minLength: 1, maxLength: 8 }).map((ms) => mutate(sample, ms));
/** A random document that has at least the right version, so the lists are read. */
const randomFeed = fc.dictionary(fc.constantFrom('languages', 'timezone', 'updated', 'services', 'news', 'centres', 'events', 'hotlines', '__proto__', 'x'), value, { maxKeys: 9 })
  .map((d) => ({ ...d, version: 1 }));
const anyDocument = fc.oneof(mutatedFeed, mutatedFeed, randomFeed, value);

/** fc.assert with a short report: the reason, the seed to replay, the counterexample cut to a readable length. */
async function check<T>(prop: fc.IProperty<T> | fc.IAsyncProperty<T>, numRuns: number): Promise<void> {
  const d = await fc.check(prop as fc.IAsyncProperty<T>, { numRuns });
  if (!d.failed) return;
  const why = d.errorInstance instanceof Error ? d.errorInstance.message : String(d.errorInstance);
  const example = JSON.stringify(d.counterexample, (_k, v) => (typeof v === 'string' && v.length > 80 ? v.slice(0, 80) + '…' : v));
  throw new Error(`${why}\nreplay: { seed: ${d.seed}, path: "${d.counterexamplePath}" } after ${d.numRuns} runs\n${example.slice(0, 3000)}`);
}

// --- Invariants --------------------------------------------------------------------

/** Problems in a validated feed: a link that is not http(s), a bidi override, a repeated id. */
function feedProblems(feed: Feed): string[] {
  const p: string[] = [];
  const url = (u: unknown, where: string) => {
    for (const s of typeof u === 'string' ? [u] : Object.values((u as Record<string, string>) ?? {})) {
      if (!/^https?:\/\//.test(s)) p.push(`${where}: link ${JSON.stringify(s).slice(0, 60)}`);
    }
  };
  for (const [i, n] of feed.news.entries()) {
    if (n.url) url(n.url, `news[${i}].url`);
    if (n.image) url(n.image.src, `news[${i}].image`);
    n.links?.forEach((l, j) => url(l.url, `news[${i}].links[${j}]`));
  }
  feed.centres.forEach((c, i) => c.url && url(c.url, `centres[${i}].url`));
  feed.events.forEach((e, i) => e.url && url(e.url, `events[${i}].url`));
  for (const list of ['services', 'news', 'centres', 'events', 'hotlines'] as const) {
    const ids = feed[list].map((e) => e.id);
    if (new Set(ids).size !== ids.length) p.push(`${list}: repeated ids`);
  }
  // Ids are keys, never shown as text; every other string must have lost its bidi overrides, and keep only isolates that pair up.
  const unpaired = (v: string) => {
    let d = 0;
    for (const c of v.match(/[\u2066-\u2069]/g) ?? []) if ((d += c === '\u2069' ? -1 : 1) < 0) return true;
    return d !== 0;
  };
  const bidi = (v: unknown, at: string): void => {
    if (typeof v === 'string' && (/[\u202A-\u202E]/.test(v) || unpaired(v))) p.push(`${at}: a bidi control character survived in ${JSON.stringify(v).slice(0, 60)}`);
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) if (k !== 'id') bidi(x, `${at}.${k}`);
  };
  bidi(feed, '$');
  return p;
}

describe('fuzzing the feed', function () {
  this.timeout(120_000);
  beforeEach(resetAll);
  after(resetAll);

  it(`the validator: ${RUNS.validator} random and mutated documents, no exception but FeedError, only safe output`, async () => {
    await check(
      fc.property(anyDocument, (doc) => {
        let feed: Feed;
        try {
          feed = validateFeed(doc, BASE).feed;
        } catch (e) {
          if (e instanceof FeedError) return;
          throw e;
        }
        const p = feedProblems(feed);
        if (p.length) throw new Error(p.join('; '));
        expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
      }),
      RUNS.validator,
    );
  });

  it(`the parser: ${RUNS.text} random and damaged texts, every failure a FeedError`, async () => {
    const json = JSON.stringify(sample);
    const damaged = fc.tuple(fc.nat({ max: json.length }), fc.nat({ max: 50 }), text).map(([at, cut, ins]) => json.slice(0, at) + ins + json.slice(at + cut));
    await check(
      fc.asyncProperty(fc.oneof(damaged, text, fc.string({ unit: 'binary' }), anyDocument.map((d) => JSON.stringify(d) ?? '')), async (body) => {
        try {
          const { feed } = await parseFeedText(body, BASE, 'application/json');
          const p = feedProblems(feed);
          if (p.length) throw new Error(p.join('; '));
        } catch (e) {
          if (!(e instanceof FeedError)) throw e;
        }
      }),
      RUNS.text,
    );
  });

  forEachWidget(tags, (tag) => {
    it(`<${tag}>: ${RUNS.widget} mutated feeds render with nothing thrown, run or turned into markup`, async () => {
      await check(
        fc.asyncProperty(mutatedFeed, fc.constantFrom('ka', 'en', 'fa'), async (doc, lang) => {
          resetAll();
          const src = URL.createObjectURL(new Blob([JSON.stringify(doc)], { type: 'application/json' }));
          const g = guard();
          const el = document.createElement(tag) as LitElement;
          el.setAttribute('src', src);
          el.setAttribute('lang', lang);
          if (tag === 'iom-event-calendar') el.setAttribute('month', '2014-04');
          const settled = new Promise((r) => {
            el.addEventListener('iom-feed-load', r, { once: true });
            el.addEventListener('iom-feed-error', r, { once: true });
          });
          try {
            document.body.append(el);
            await Promise.race([settled, new Promise((r) => setTimeout(r, 5000))]);
            await new Promise((r) => setTimeout(r));
            await el.updateComplete;
            await g.stop();
            const problems = [...guardProblems(g, { longTasks: false }), ...markupProblems(el)];
            if (problems.length) throw new Error(problems.join('\n'));
          } finally {
            await g.stop();
            el.remove();
            URL.revokeObjectURL(src);
          }
        }),
        RUNS.widget,
      );
    });
  });
});
