/**
 * Feeds for stories. Most stories use the sample feed at /demo/feed.json; the
 * states a static Storybook cannot reach over the network (loading forever, a
 * failing server, a saved copy while offline) use `story-feed:` URLs answered
 * here, and custom feeds are served from blob: URLs. No request leaves the page.
 */
import sample from '../demo/feed.json';
import { cacheKey, feedKey } from '../src/feed/load.js';

export const SAMPLE = '/demo/feed.json';
/** A story's `globals` for a 360 × 740 phone (the viewport defined in .storybook/preview.ts). */
export const PHONE = { viewport: { value: 'phone360', isRotated: false } };
export const sampleFeed = () => structuredClone(sample) as typeof sample & Record<string, unknown>;

/** A URL that serves `doc` (any object or text). */
export function feedUrl(doc: unknown): string {
  const text = typeof doc === 'string' ? doc : JSON.stringify(doc);
  return URL.createObjectURL(new Blob([text], { type: 'application/json' }));
}

/** Never answers: the loading state. */
export const LOADING = 'story-feed:loading';
/** Answers 503: the error state. */
export const FAILING = 'story-feed:failing';
/** Has a saved copy from yesterday but the network is down: the offline state. */
export const OFFLINE = 'story-feed:offline';
/** Has a saved copy from yesterday; the server now answers 500: the copy, "may be out of date". */
export const STALE = 'story-feed:stale';

let installed = false;
export function installStoryFeeds(): void {
  if (installed) return;
  installed = true;
  const realFetch = window.fetch.bind(window);
  window.fetch = (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (url.startsWith(LOADING)) return new Promise(() => {});
    if (url.startsWith(FAILING)) return Promise.resolve(new Response('Service Unavailable', { status: 503 }));
    if (url.startsWith(OFFLINE)) return Promise.reject(new TypeError('Failed to fetch'));
    if (url.startsWith(STALE)) return Promise.resolve(new Response('Internal Server Error', { status: 500 }));
    return realFetch(input, init);
  };
  // The offline story's saved copy, as a visit yesterday would have left it.
  // (Under the key the widgets read: a hash of the feed's URL.)
  for (const url of [OFFLINE, STALE]) localStorage.setItem(cacheKey(feedKey(url)), JSON.stringify({ t: Date.now() - 86_400_000, body: JSON.stringify(sample), url }));
}
