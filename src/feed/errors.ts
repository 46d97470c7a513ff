/**
 * Named feed errors. `code` is stable (tests, partners' scripts and the
 * `iom-feed-error` event use it); the widget shows a localized message for it.
 */
export type FeedErrorCode =
  | 'network'      // fetch failed: offline, DNS, CORS refusal, connection reset
  | 'timeout'      // no complete answer within the widget's timeout
  | 'http'         // the server answered with a status other than 2xx
  | 'not-json'     // the body is not JSON (nor RSS, Atom or JSON Feed)
  | 'too-large'    // the body is over MAX_FEED_CHARS: parsing it would freeze the page
  | 'not-object'   // JSON, but not an object
  | 'version'      // `version` missing or not 1
  | 'no-source';   // the widget has no feed URL

export class FeedError extends Error {
  override name = 'FeedError';
  constructor(readonly code: FeedErrorCode, message: string, readonly status?: number) {
    super(message);
  }
}

/** One entry or field that validation left out, as `console.warn` reports it. */
export interface FeedWarning {
  list: string;
  index: number;
  id?: string;
  /** Set when only this field was dropped and the entry kept. */
  field?: string;
  reason: string;
}

export function formatWarning(w: FeedWarning): string {
  const where = w.index >= 0 ? `${w.list}[${w.index}]` : w.list;
  const id = w.id !== undefined ? ` (id "${w.id}")` : '';
  const what = w.field ? `field "${w.field}" dropped` : w.index >= 0 ? 'entry left out' : 'ignored';
  return `iom-widgets feed: ${where}${id}: ${what}: ${w.reason}`;
}
