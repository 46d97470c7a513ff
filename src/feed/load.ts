/**
 * Loading a feed: one request per URL per page however many widgets ask,
 * a timeout per widget, the last good copy kept per URL (localStorage).
 */
import { FeedError, formatWarning, type FeedWarning } from './errors.js';
import { parseDocument, syndication, type ParsedFeed } from './parse.js';
import { MAX_FEED_CHARS, readLists, type ListSpecs } from './validate.js';
import type { Feed } from './types.js';
import { LEAVING, pageWide } from '../shared/global.js';

export interface LoadedFeed {
  feed: Feed;
  /** When this copy was fetched (ms since epoch). */
  fetchedAt: number;
}

/**
 * A document fetched (or saved), read as far as its own fields. Each widget
 * reads the lists it shows from it, once per page for every widget alike.
 */
interface Fetched {
  parsed: ParsedFeed;
  fetchedAt: number;
  /** The lists read so far, by the names of the lists asked for together. */
  lists: Map<string, Promise<Feed>>;
  /** Warn about entries left out (a fresh answer; a saved copy was warned about when it came). */
  warn: boolean;
}

/** The lists `specs` names, read once per document and page; the others are empty. */
function listsOf(f: Fetched, specs: ListSpecs): Promise<LoadedFeed> {
  const key = Object.keys(specs).sort().join();
  let feed = f.lists.get(key);
  if (!feed) f.lists.set(key, (feed = readLists(f.parsed.doc, f.parsed.head, specs, f.parsed.base, f.warn ? warn : () => {})));
  return feed.then((feed) => ({ feed, fetchedAt: f.fetchedAt }));
}

const warn = (w: FeedWarning) => console.warn(formatWarning(w));

interface SharedRequest {
  promise: Promise<Fetched>;
  controller: AbortController;
  /** Widgets still waiting for it; the fetch is aborted when the last one leaves. */
  waiting: number;
  settled: boolean;
  /** Failed attempts in a row for this URL; the next waits longer. */
  failures: number;
  /** Body bytes received so far: a download still under way is not timed out. */
  received: number;
  /** After a failure: no new request before this time (ms since epoch). */
  retryAt?: number;
}

// Page-wide, across our files (shared/global.ts): one request per URL per page.
// (Version 2: a request holds a document whose lists each widget reads.)
const requests = pageWide('requests/2', () => new Map<string, SharedRequest>());
/**
 * The saved copy's key: a hash of the feed's URL, never the URL itself. A URL
 * like …/anti-trafficking/hotlines.json must not be readable in the storage of
 * a visitor who may be watched. FNV-1a, twice (64 bits), written here rather
 * than imported from shared/hash.ts: the banner loads this layer lazily, and a
 * module both its parts import becomes a chunk of its own, one more request.
 */
export function cacheKey(url: string): string {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = 0; i < url.length; i++) {
    a = Math.imul(a ^ url.charCodeAt(i), 0x01000193);
    b = Math.imul(b ^ url.charCodeAt(i), 0x01000193);
  }
  return `iom-widgets:feed:${(a >>> 0).toString(36)}${(b >>> 0).toString(36)}`;
}
/** Copies older than this are not shown as "offline" content. */
const CACHE_MAX_AGE = 30 * 24 * 3600 * 1000;
/** The longest feed (characters) saved for offline use: a tenth of the origin's storage. */
const MAX_COPY = 500_000;

export const DEFAULT_TIMEOUT = 10_000;

/** Resolves a feed URL against the page, so one feed has one key whichever way it is written. */
export function feedKey(src: string): string {
  try {
    return new URL(src, document.baseURI).href;
  } catch {
    return src;
  }
}

/** Exponential backoff with jitter: 15 s, 30 s, 1 min … up to 10 min, so an hour against a dead feed costs about ten requests. */
export function backoff(failures: number): number {
  const base = Math.min(15_000 * 2 ** (failures - 1), 600_000);
  return Math.round(base * (0.8 + Math.random() * 0.4));
}

/**
 * A feed request started before the feed code arrived: the banner loads this
 * code on demand, and asks for its feed at the same time (on 2G, a round trip
 * and 6 kB sooner). The first request for that URL takes it over.
 */
export interface EarlyRequest {
  response: Promise<Response>;
  controller: AbortController;
}
// Every file takes it over, dist/iom-widgets.js too (which sends none): a page
// may load dist/iom-hotline-banner.js before it.
const early = pageWide('early/1', () => new Map<string, EarlyRequest>());

function startRequest(url: string, failures = 0): SharedRequest {
  const pre = early.get(url);
  early.delete(url);
  const controller = pre?.controller ?? new AbortController();
  const req: SharedRequest = { controller, waiting: 0, settled: false, failures, received: 0, promise: undefined! };
  req.promise = (async () => {
    let response: Response;
    try {
      // Fetch's own credentials ("same-origin"): a feed on another site gets no cookies, and a
      // page's <link rel="preload" as="fetch" crossorigin> of the feed (README) matches this
      // request, so the feed comes while our script does. (hotline-banner/early.ts asks the same way.)
      response = await (pre?.response ?? fetch(url, { signal: controller.signal, headers: { Accept: 'application/json, application/feed+json, application/rss+xml, application/atom+xml;q=0.9, */*;q=0.5' } }));
    } catch (e) {
      if (controller.signal.aborted) throw new FeedError('timeout', `The feed ${url} did not answer in time.`);
      throw new FeedError('network', `The feed ${url} could not be reached (${(e as Error).message || 'network error'}).`);
    }
    if (!response.ok) throw new FeedError('http', `The feed ${url} answered ${response.status} ${response.statusText}.`, response.status);
    let body: string;
    try {
      body = await readBody(response, url, req);
    } catch (e) {
      if (e instanceof FeedError) throw e;
      if (controller.signal.aborted) throw new FeedError('timeout', `The feed ${url} did not finish in time.`);
      throw new FeedError('network', `The feed ${url} broke off (${(e as Error).message}).`);
    }
    const parsed = await parseDocument(body, response.url || url, response.headers.get('content-type') ?? '', warn).catch((e: unknown) => {
      // Whatever a body does to the parser, the widget gets a named error, never a raw exception.
      throw e instanceof FeedError ? e : new FeedError('not-json', `The feed ${url} could not be read (${String((e as Error)?.message).slice(0, 120)}).`);
    });
    const fetched: Fetched = { parsed, fetchedAt: Date.now(), lists: new Map(), warn: true };
    // Saving a large feed takes milliseconds (20 for 500 centres): after the
    // frame that shows it, or within a second where no frame comes (a hidden tab).
    afterPaint(() => writeCache(url, body, fetched.fetchedAt));
    return fetched;
  })();
  req.promise.then(
    () => (req.settled = true),
    (e: unknown) => {
      req.settled = true;
      // The partner's clue, once per failed request however many widgets wait
      // for it (the widgets tell visitors only that it failed). An abandoned
      // request is no news.
      if (requests.get(url) === req) console.warn(`iom-widgets: ${(e as Error).message}`);
      // A failure is kept until its backoff ends: widgets asking meanwhile get
      // the same answer, so many widgets on a dead feed make one request, not many.
      req.failures++;
      req.retryAt = Date.now() + backoff(req.failures);
    },
  );
  requests.set(url, req);
  return req;
}

/** Less than this arriving in a widget's `timeout` (2 kB in 10 s by default) is a stalled download. */
const MIN_PROGRESS = 2048;

/** At most this many bytes are read (UTF-8 Georgian is 3 bytes a character): a 20 MB body is refused while it arrives. */
const MAX_FEED_BYTES = 3 * MAX_FEED_CHARS;

/** The body as text, read in chunks so that an oversized one is refused before it has all come. */
async function readBody(response: Response, url: string, req: SharedRequest): Promise<string> {
  const tooLarge = () => new FeedError('too-large', `The feed ${url} is larger than ${MAX_FEED_BYTES / 1e6} MB.`);
  if (Number(response.headers.get('content-length')) > MAX_FEED_BYTES) {
    void response.body?.cancel().catch(() => undefined);
    throw tooLarge();
  }
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    // Progress for the widgets' stall timeouts, and the size so far.
    if ((req.received += value.byteLength) > MAX_FEED_BYTES) {
      void reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = await new Blob(chunks as BlobPart[]).arrayBuffer();
  try {
    // UTF-8 (the default label), as JSON must be and nearly every feed is (a byte-order mark dropped, as response.text() does).
    return new TextDecoder(undefined, { fatal: true }).decode(bytes);
  } catch {
    // An old CMS's RSS in windows-1251 or ISO-8859-1, or UTF-16: rare, read by the formats' chunk.
    return (await syndication()).decode(bytes, response.headers.get('content-type'));
  }
}

/**
 * The feed at `src`, fetched once per page and shared by every widget, with
 * the lists `lists` names read (the others empty).
 * @param signal aborts this widget's wait (a changed `src`, a disconnected element)
 * @param timeout ms this widget waits for the feed to start arriving, or for a stalled body to move on, before a `timeout` error
 * @param fresh ask the network again even when a good copy was loaded on this page
 */
export function loadFeed(src: string, lists: ListSpecs, { signal, timeout = DEFAULT_TIMEOUT, fresh = false }: { signal?: AbortSignal; timeout?: number; fresh?: boolean } = {}): Promise<LoadedFeed> {
  const url = feedKey(src);
  let req = requests.get(url);
  const failed = req?.retryAt !== undefined;
  if (!req || (fresh && req.settled) || (failed && Date.now() >= req.retryAt!)) req = startRequest(url, failed ? req!.failures : 0);
  const shared = req;
  shared.waiting++;
  return new Promise<LoadedFeed>((resolve, reject) => {
    let done = false;
    const leave = (why?: 'abort' | 'timeout') => {
      if (done) return false;
      done = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      if (--shared.waiting === 0 && !shared.settled) {
        shared.controller.abort();
        // A timed-out request counts as a failure (and backs off); an abandoned one is forgotten.
        if (why === 'abort' && requests.get(url) === shared) requests.delete(url);
      }
      return true;
    };
    const onAbort = () => leave('abort') && reject(signal!.reason ?? new DOMException('Aborted', 'AbortError'));
    // The timeout is for a feed that does not come, not for one still arriving:
    // on a 2G phone (30 kB/s) a 500 kB feed takes 17 s. While the body grows by
    // at least MIN_PROGRESS bytes in each `timeout`, the wait goes on.
    let seen = shared.received;
    const check = () => {
      if (shared.received - seen >= MIN_PROGRESS) {
        seen = shared.received;
        timer = setTimeout(check, timeout);
      } else if (leave('timeout')) reject(new FeedError('timeout', `The feed ${url} did not answer within ${Math.round(timeout / 1000)} s.`));
    };
    let timer = setTimeout(check, timeout);
    if (signal?.aborted) return onAbort();
    signal?.addEventListener('abort', onAbort);
    shared.promise.then((f) => listsOf(f, lists)).then(
      (v) => leave() && resolve(v),
      (e) => leave() && reject(e),
    );
  });
}

/** Milliseconds until the feed at `src` may be asked again after a failure (0 when it may now). */
export function retryDelay(src: string): number {
  const at = requests.get(feedKey(src))?.retryAt;
  return at === undefined ? 0 : Math.max(0, at - Date.now());
}

/** Forgets every loaded feed of this page (tests; a partner changing feeds at run time). */
export function resetFeeds(): void {
  for (const r of [...requests.values(), ...early.values()]) r.controller.abort();
  requests.clear();
  early.clear();
  savedCopies.clear();
}

// ---------------------------------------------------------------------------
// The last good copy

/**
 * A saved copy: when, and the body as it came. Not its URL (the key is a
 * hash so that storage does not name the feed; the value must not either):
 * relative links in a copy resolve against the feed's own URL.
 */
interface CacheRecord {
  t: number;
  body: string;
}

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined; // blocked storage (privacy settings, sandboxed iframes)
  }
}

function afterPaint(run: () => void) {
  let done = false;
  const once = () => {
    if (!done) (done = true), run();
  };
  requestAnimationFrame(() => setTimeout(once));
  setTimeout(once, 1000);
}

function writeCache(url: string, body: string, t: number) {
  if ((globalThis as Record<symbol, unknown>)[LEAVING]) return;
  try {
    // The partner's own site shares this storage (about 5 MB an origin): a bigger feed keeps no copy, nor an older one.
    if (body.length > MAX_COPY) storage()?.removeItem(cacheKey(url));
    else storage()?.setItem(cacheKey(url), JSON.stringify({ t, body } satisfies CacheRecord));
  } catch {
    // Quota exceeded or storage blocked: the widget works without the cache.
  }
}

// One read of the saved copy per URL per page: four widgets on one feed parse it once.
const savedCopies = pageWide('saved-copies/2', () => new Map<string, Promise<Fetched | undefined>>());

/** The last good copy of `src` saved by any earlier visit, if still readable, with the lists `lists` names. */
export async function readCachedFeed(src: string, lists: ListSpecs): Promise<LoadedFeed | undefined> {
  const url = feedKey(src);
  let copy = savedCopies.get(url);
  if (!copy) savedCopies.set(url, (copy = readSavedCopy(url)));
  const fetched = await copy;
  return fetched && listsOf(fetched, lists).catch(() => undefined);
}

async function readSavedCopy(url: string): Promise<Fetched | undefined> {
  try {
    const key = cacheKey(url);
    const raw = storage()?.getItem(key);
    if (!raw) return undefined;
    const rec = JSON.parse(raw) as CacheRecord;
    if (typeof rec.t !== 'number' || typeof rec.body !== 'string') return undefined;
    // Too old to show is too old to keep on a visitor's device.
    if (Date.now() - rec.t > CACHE_MAX_AGE) return void storage()!.removeItem(key);
    return { parsed: await parseDocument(rec.body, url, ''), fetchedAt: rec.t, lists: new Map(), warn: false };
  } catch {
    return undefined; // a damaged copy is as good as none
  }
}
