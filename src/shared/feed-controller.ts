/**
 * The feed as a reactive controller: every widget holds one, and asks it for
 * the feed, the state to show and the events to fire. A changed `src` aborts
 * the old wait and only the latest run counts.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FeedError, type FeedErrorCode } from '../feed/errors.js';
import { DEFAULT_TIMEOUT, feedKey, loadFeed, readCachedFeed, retryDelay, type LoadedFeed } from '../feed/load.js';
import type { Feed } from '../feed/types.js';
import type { ListSpecs } from '../feed/validate.js';

/** Detail of `iom-feed-load`. */
export interface FeedLoadDetail {
  /** The feed URL, resolved against the page. */
  src: string;
  /** The feed, with the lists this widget shows (the others are empty). */
  feed: Feed;
  /** True for the last good copy from an earlier visit, shown at once (a fresh answer follows with false). */
  fromCache: boolean;
  fetchedAt: number;
}
/** Detail of `iom-feed-error`. */
export interface FeedErrorDetail {
  src: string;
  code: FeedErrorCode;
  message: string;
  /** True when the last good copy is shown instead. */
  showingCache: boolean;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'iom-feed-load': CustomEvent<FeedLoadDetail>;
    'iom-feed-error': CustomEvent<FeedErrorDetail>;
  }
}

/** The page-wide feed: `<meta name="iom-widgets:feed" content="…">`, used by widgets without `src`. */
export function pageFeed(): string | undefined {
  return document.querySelector<HTMLMetaElement>('meta[name="iom-widgets:feed"]')?.content?.trim() || undefined;
}

export interface FeedHost extends ReactiveControllerHost, HTMLElement {
  /** The feed URL attribute. */
  src?: string;
  /** Milliseconds to wait for the feed. */
  timeout?: number;
}

export type FeedView =
  | { state: 'loading' }
  | { state: 'error'; error: FeedError }
  /** `offline`: why the saved copy shows instead of the feed (a failed network, or a server or document that failed). */
  | { state: 'ready'; feed: Feed; offline?: FeedError; fetchedAt: number };

export class FeedController implements ReactiveController {
  private cached?: { src: string; copy: LoadedFeed };
  /** The feed URL (resolved) of the latest run. */
  private key?: string;
  private fresh = false;
  /** The last failure for the current src: kept on screen while a retry runs. */
  private lastError?: FeedError;
  private retryTimer?: ReturnType<typeof setTimeout>;
  private leaving?: ReturnType<typeof setTimeout>;
  private badTimeout?: string | null;
  private readonly onOnline = () => this.retry();

  // The run in force: a newer run (changed src, retry) aborts it, and only
  // the latest run's answer counts. (@lit/task does the same in 1.8 kB more
  // than this, which the news feed's 14 kB budget cannot spare.)
  private args?: string;
  private run?: AbortController;
  private status: 'pending' | 'complete' | 'error' = 'pending';
  private value?: LoadedFeed;
  private error?: FeedError;

  /**
   * @param lists the lists the widget shows, with their rules (`{ news: newsSpec }`):
   *   only those are read and checked; the feed's other lists are empty for it.
   */
  constructor(
    private readonly host: FeedHost,
    private readonly lists: ListSpecs,
  ) {
    host.addController(this);
  }

  /** The feed URL in force: the element's `src`, else the page's. */
  get src(): string | undefined {
    return this.host.src?.trim() || pageFeed();
  }

  /** What the host should show now. */
  get view(): FeedView {
    const { status, value, error } = this;
    if (status === 'complete' && value) return { state: 'ready', feed: value.feed, fetchedAt: value.fetchedAt };
    const copy = this.cached?.copy;
    if (status === 'error' && error) {
      if (copy && error.code !== 'no-source') return { state: 'ready', feed: copy.feed, offline: error, fetchedAt: copy.fetchedAt };
      return { state: 'error', error };
    }
    // Pending: the saved copy if there is one, else the last error while a
    // retry runs, else a skeleton.
    if (copy) return { state: 'ready', feed: copy.feed, offline: this.lastError, fetchedAt: copy.fetchedAt };
    return this.lastError ? { state: 'error', error: this.lastError } : { state: 'loading' };
  }

  /** True while a request is under way (for aria-busy). */
  get busy(): boolean {
    return this.status === 'pending';
  }

  /** Asks the network again now (the retry button; coming back online). */
  retry(): void {
    this.fresh = true;
    this.lastError = undefined; // the visitor asked: show that we are trying
    void this.load();
  }

  /** The `timeout` attribute in ms; "abc", "0" or "10s" would fail at once, so they mean the default. */
  private get timeout(): number {
    const t = this.host.timeout ?? DEFAULT_TIMEOUT;
    if (t > 0) return t;
    // Once per value, not once per retry.
    const written = this.host.getAttribute('timeout');
    if (written !== this.badTimeout) console.warn(`iom-widgets: <${this.host.localName} timeout="${(this.badTimeout = written)}">: expected milliseconds, such as 10000; using ${DEFAULT_TIMEOUT}.`);
    return DEFAULT_TIMEOUT;
  }

  hostUpdate(): void {
    // Lit still updates an element taken out of the page: it asks for nothing until it is back.
    if (!this.host.isConnected) return;
    const args = `${this.src ?? ''} ${this.host.timeout}`;
    if (args !== this.args) {
      this.args = args;
      void this.load();
    }
  }

  private async load() {
    clearTimeout(this.retryTimer);
    this.run?.abort();
    const run = (this.run = new AbortController());
    this.status = 'pending';
    this.host.requestUpdate();
    const src = this.src;
    const fresh = this.fresh;
    this.fresh = false;
    let loaded: LoadedFeed | undefined;
    let error: unknown;
    let saved: Promise<void> | undefined;
    try {
      if (!src) {
        const e = new FeedError('no-source', `<${this.host.localName}> has no feed URL: set its src attribute or <meta name="iom-widgets:feed" content="…">.`);
        console.warn(`iom-widgets: ${e.message}`);
        throw e;
      }
      const key = feedKey(src);
      // The request leaves first: reading the saved copy is a synchronous
      // localStorage call (17 ms the first time in a page, measured).
      const request = loadFeed(src, this.lists, { signal: run.signal, timeout: this.timeout, fresh });
      if (this.cached?.src !== key) {
        // The last good copy shows at once while the network answers. A
        // failure stays on screen while the same feed is tried again (a
        // skeleton between two errors would flicker); a new feed starts clean.
        if (this.key !== key) this.lastError = undefined;
        this.cached = undefined;
        saved = readCachedFeed(src, this.lists).then((copy) => {
          if (!copy || this.cached || run !== this.run) return;
          this.cached = { src: key, copy };
          this.emit('iom-feed-load', { src: key, feed: copy.feed, fromCache: true, fetchedAt: copy.fetchedAt });
          this.host.requestUpdate();
        });
      }
      this.key = key;
      loaded = await request;
    } catch (e) {
      error = e;
      // A failure is told after the saved copy, whose `iom-feed-load` comes first
      // (a request that failed moments ago fails again at once, before the copy is read).
      await saved;
    }
    if (run !== this.run) return; // a newer run replaced this one
    if (loaded) {
      this.status = 'complete';
      this.value = loaded;
      this.lastError = undefined;
      this.cached = { src: feedKey(src!), copy: loaded };
      this.emit('iom-feed-load', { src: feedKey(src!), feed: loaded.feed, fromCache: false, fetchedAt: loaded.fetchedAt });
    } else {
      const e = error instanceof FeedError ? error : new FeedError('network', String(error));
      // One event per failure: not again when a retry fails the same way.
      const again = this.lastError?.code === e.code;
      this.status = 'error';
      this.error = this.lastError = e;
      if (!again) this.emit('iom-feed-error', { src: src ? feedKey(src) : '', code: e.code, message: e.message, showingCache: !!this.cached });
      if (e.code !== 'no-source') this.scheduleRetry();
    }
    this.host.requestUpdate();
  }

  hostConnected(): void {
    clearTimeout(this.leaving); // moved, not gone: its request goes on
    window.addEventListener('online', this.onOnline);
    // Ask at once rather than at the first update, so the request travels while the
    // element starts; but only with a URL: an element appended before its src is set
    // must not report a missing feed.
    if (this.src) this.hostUpdate();
  }

  hostDisconnected(): void {
    window.removeEventListener('online', this.onOnline);
    // Leaving the page is no failure: the run ends without an error, event or
    // retry. But not before the task is over: an element moved elsewhere (out
    // and straight back in, as frameworks do) keeps its request, which on a
    // slow phone would otherwise start again from nothing.
    this.leaving = setTimeout(() => {
      clearTimeout(this.retryTimer);
      this.run?.abort();
      this.run = undefined;
      this.args = undefined; // reconnecting loads again
    });
  }

  private scheduleRetry() {
    clearTimeout(this.retryTimer);
    const src = this.src;
    if (!src || !this.host.isConnected) return;
    // The loader knows the backoff for this URL, shared by every widget on it.
    this.retryTimer = setTimeout(() => void this.load(), retryDelay(src) + 50);
  }

  private emit<K extends 'iom-feed-load' | 'iom-feed-error'>(type: K, detail: GlobalEventHandlersEventMap[K]['detail']) {
    this.host.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}
