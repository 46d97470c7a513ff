/**
 * The banner's feed request, sent as the banner asks for its feed code
 * (feed.ts, loaded on demand) rather than once that code has come: on 2G the
 * code is a round trip and 6 kB away, and the number is what a visitor in
 * danger came for. feed/load.ts takes the request over as its own.
 */
import type { EarlyRequest } from '../feed/load.js';

declare const __IOM_EVERY_WIDGET__: boolean | undefined;

/**
 * Sends the request for `src` unless the page already has one; returns what
 * cancels it if the loader has not taken it over (the code did not come, the
 * banner left).
 */
export function requestEarly(src: string): (() => void) | undefined {
  // dist/iom-widgets.js has the feed code already (vite.config.ts): nothing to send ahead of it.
  if (typeof __IOM_EVERY_WIDGET__ === 'boolean' && __IOM_EVERY_WIDGET__) return undefined;
  const g = globalThis as unknown as Record<symbol, Map<string, unknown> | undefined>;
  let url: string;
  try {
    url = new URL(src, document.baseURI).href;
  } catch {
    return undefined; // the loader reports a bad URL
  }
  // Another widget's request, or a failure backing off, is the loader's (see load.ts's page-wide maps).
  const early = (g[Symbol.for('iom-widgets:early/1')] ??= new Map()) as Map<string, EarlyRequest>;
  if (g[Symbol.for('iom-widgets:requests/2')]?.has(url) || early.has(url)) return undefined;
  const controller = new AbortController();
  // As feed/load.ts asks (written again so that this file does not pull the loader in; a test compares the requests).
  const response = fetch(url, { signal: controller.signal, headers: { Accept: 'application/json, application/feed+json, application/rss+xml, application/atom+xml;q=0.9, */*;q=0.5' } });
  response.catch(() => undefined); // a failure is the loader's to report, once it takes the request
  early.set(url, { response, controller });
  return () => {
    if (early.get(url)?.controller !== controller) return;
    early.delete(url);
    controller.abort();
  };
}
