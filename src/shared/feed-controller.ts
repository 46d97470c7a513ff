/**
 * The feed as a reactive controller: every widget holds one, and asks it for
 * the feed, the state to show and the events to fire. Built on @lit/task so
 * a changed `src` aborts the old wait and only the latest run counts.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import { FeedError, type FeedErrorCode } from '../feed/errors.js';
import { DEFAULT_TIMEOUT, feedKey, loadFeed, readCachedFeed, retryDelay, type LoadedFeed } from '../feed/load.js';
import type { Feed } from '../feed/types.js';

/** Detail of `iom-feed-load`. */
export interface FeedLoadDetail {
  /** The feed URL, resolved against the page. */
  src: string;
  feed: Feed;
  /** True when this is the last good copy from an earlier visit, not a fresh answer. */
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
  | { state: 'ready'; feed: Feed; offline: boolean; fetchedAt: number };

export class FeedController implements ReactiveController {
  private cached?: { src: string; copy: LoadedFeed };
  private fresh = false;
  /** The last failure for the current src: kept on screen while a retry runs. */
  private lastError?: FeedError;
  private retryTimer?: ReturnType<typeof setTimeout>;
  private readonly onOnline = () => this.retry();

  private readonly task: Task<[string | undefined, number], LoadedFeed>;

  constructor(private readonly host: FeedHost) {
    host.addController(this);
    this.task = new Task(host, {
      args: () => [this.src, host.timeout ?? DEFAULT_TIMEOUT],
      task: async ([src, timeout], { signal }) => {
        clearTimeout(this.retryTimer);
        if (!src) throw new FeedError('no-source', 'No feed URL: set the src attribute or <meta name="iom-widgets:feed" content="…">.');
        // The last good copy shows at once while the network answers.
        const key = feedKey(src);
        if (this.cached?.src !== key) {
          this.lastError = undefined;
          this.cached = undefined;
          void readCachedFeed(src).then((copy) => {
            if (!copy || this.cached || (this.src && feedKey(this.src)) !== key) return;
            this.cached = { src: key, copy };
            this.host.requestUpdate();
          });
        }
        const fresh = this.fresh;
        this.fresh = false;
        return loadFeed(src, { signal, timeout, fresh });
      },
      onComplete: (loaded) => {
        this.lastError = undefined;
        this.cached = { src: feedKey(this.src!), copy: loaded };
        this.emit('iom-feed-load', { src: feedKey(this.src!), feed: loaded.feed, fromCache: false, fetchedAt: loaded.fetchedAt });
      },
      onError: (e) => {
        if (!(e instanceof FeedError)) return; // aborted: a newer run replaces this one
        const src = this.src ? feedKey(this.src) : '';
        this.lastError = e;
        this.emit('iom-feed-error', { src, code: e.code, message: e.message, showingCache: !!this.cached });
        if (e.code !== 'no-source') this.scheduleRetry();
      },
    });
  }

  /** The feed URL in force: the element's `src`, else the page's. */
  get src(): string | undefined {
    return this.host.src?.trim() || pageFeed();
  }

  /** What the host should show now. */
  get view(): FeedView {
    const { status, value, error } = this.task;
    if (status === TaskStatus.COMPLETE && value) return { state: 'ready', feed: value.feed, offline: false, fetchedAt: value.fetchedAt };
    const copy = this.cached?.copy;
    if (status === TaskStatus.ERROR) {
      if (copy && error instanceof FeedError) return { state: 'ready', feed: copy.feed, offline: true, fetchedAt: copy.fetchedAt };
      return { state: 'error', error: error instanceof FeedError ? error : new FeedError('network', String(error)) };
    }
    // Pending (or not started): the saved copy if there is one, else the last
    // error while a retry runs, else a skeleton.
    if (copy) return { state: 'ready', feed: copy.feed, offline: !!this.lastError, fetchedAt: copy.fetchedAt };
    return this.lastError ? { state: 'error', error: this.lastError } : { state: 'loading' };
  }

  /** True while a request is under way (for aria-busy). */
  get busy(): boolean {
    return this.task.status === TaskStatus.PENDING;
  }

  /** Asks the network again now (the retry button; coming back online). */
  retry(): void {
    this.fresh = true;
    this.lastError = undefined; // the visitor asked: show that we are trying
    void this.task.run();
  }

  hostConnected(): void {
    window.addEventListener('online', this.onOnline);
  }

  hostDisconnected(): void {
    window.removeEventListener('online', this.onOnline);
    clearTimeout(this.retryTimer);
  }

  private scheduleRetry() {
    clearTimeout(this.retryTimer);
    const src = this.src;
    if (!src || !this.host.isConnected) return;
    // The loader knows the backoff for this URL, shared by every widget on it.
    this.retryTimer = setTimeout(() => void this.task.run(), retryDelay(src) + 50);
  }

  private emit<K extends 'iom-feed-load' | 'iom-feed-error'>(type: K, detail: GlobalEventHandlersEventMap[K]['detail']) {
    this.host.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}
