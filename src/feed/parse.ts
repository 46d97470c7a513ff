/**
 * From response text to a validated feed. Besides our own format, a partner may
 * point a widget at their CMS's JSON Feed 1.1, RSS 2.0 or Atom feed: the format
 * is detected from the text, items are mapped to news, HTML becomes plain text.
 */
import { FeedError } from './errors.js';
import { MAX_FEED_CHARS, readHead, readLists, SPECS, type FeedHead, type ValidationResult } from './validate.js';
import type { FeedWarning } from './errors.js';

const BOM = /^\uFEFF/;

/** A partner's own CMS feed is rare: its mapping code loads only when one is met. */
export const syndication = () => import('./formats/syndication.js');

/** Lets the browser paint and handle input between parsing and checking a large feed. */
const yieldToMain = () => new Promise<void>((resolve) => setTimeout(resolve));

/** A feed document read and its own fields checked; its lists are read by each widget (readLists). */
export interface ParsedFeed {
  doc: unknown;
  head: FeedHead;
  /** The URL relative links resolve against. */
  base: string;
}

/**
 * @param onWarning called for each document field left out
 * @throws FeedError for text no widget can use
 */
export async function parseDocument(text: string, baseUrl: string, contentType: string, onWarning: (w: FeedWarning) => void = () => {}): Promise<ParsedFeed> {
  if (text.length > MAX_FEED_CHARS) throw new FeedError('too-large', `The feed is ${(text.length / 1e6).toFixed(1)} MB of text; widgets read feeds up to ${MAX_FEED_CHARS / 1e6} MB.`);
  const body = text.replace(BOM, '').trimStart();
  let doc: unknown;
  if (body.startsWith('<')) {
    // An HTML error page served with status 200 lands here too, and is refused.
    doc = (await syndication()).fromXml(body, contentType);
    if (typeof doc === 'string') throw new FeedError('not-json', `The feed is ${doc}, not a JSON, RSS or Atom feed.`);
  } else {
    // No feed nests deeper than a dozen levels; JSON nested 100,000 deep would cost
    // the parser (and the garbage collector) hundreds of milliseconds. A linear scan
    // of a few milliseconds refuses it first.
    if (nestingDepth(body) > MAX_DEPTH) throw new FeedError('not-json', `The feed is nested more than ${MAX_DEPTH} levels deep.`);
    try {
      doc = JSON.parse(body);
    } catch (e) {
      // RangeError too: JSON nested far too deep for the parser.
      throw new FeedError('not-json', `The feed is not valid JSON (${(e as Error).message.slice(0, 120)}).`);
    }
    // Parsing 5,000 entries takes tens of milliseconds: the checking starts in a task of its own.
    if (body.length > 200_000) await yieldToMain();
    if (typeof doc === 'object' && doc !== null && typeof (doc as { version?: unknown }).version === 'string' && /jsonfeed\.org\/version\/1/.test((doc as { version: string }).version)) {
      doc = (await syndication()).fromJsonFeed(doc as Record<string, unknown>);
    }
  }
  return { doc, head: readHead(doc, onWarning), base: baseUrl };
}

/**
 * From response text to a validated feed, every list (tests, tools).
 * @param onWarning called for each entry or field left out
 */
export async function parseFeedText(text: string, baseUrl: string, contentType: string, onWarning?: (w: FeedWarning) => void): Promise<ValidationResult> {
  const warnings: FeedWarning[] = [];
  const push = (w: FeedWarning) => {
    warnings.push(w);
    onWarning?.(w);
  };
  const { doc, head, base } = await parseDocument(text, baseUrl, contentType, push);
  return { feed: await readLists(doc, head, SPECS, base, push), warnings };
}

const MAX_DEPTH = 256;

/** The deepest nesting of [ and { in JSON text, outside strings. */
function nestingDepth(text: string): number {
  let depth = 0;
  let max = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      // A string: jump to its closing quote (native search; most of a feed is
      // strings), one not escaped by an odd run of backslashes.
      for (;;) {
        i = text.indexOf('"', i + 1);
        if (i < 0) return max;
        let k = i - 1;
        while (text.charCodeAt(k) === 92) k--;
        if ((i - 1 - k) % 2 === 0) break;
      }
    } else if (c === 91 || c === 123) {
      if (++depth > max) max = depth;
    } else if (c === 93 || c === 125) depth--;
  }
  return max;
}
