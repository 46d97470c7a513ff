/**
 * Shared test helpers: the sample feed (the same file the demo and stories use),
 * real HTTP routes on the test server (test/server/feed-server.mjs), and waiting
 * for a widget to settle.
 */
import { aTimeout, waitUntil as openWcWaitUntil } from '@open-wc/testing';
import { resetFeeds } from '../src/feed/load.js';
import type { LitElement } from 'lit';

export const FIXTURE_URL = '/demo/feed.json';

/**
 * open-wc's waitUntil, with 5 s instead of 1 s by default: what the tests wait
 * for often comes with a lazily loaded chunk (a translation, the tile map),
 * and with three browsers sharing two cores in CI that took over a second.
 */
export const waitUntil: typeof openWcWaitUntil = (predicate, message, options) =>
  openWcWaitUntil(predicate, message, { timeout: 5000, ...options });

let fixtureCache: Record<string, unknown> | undefined;
/** The sample feed as a fresh object (mutate freely). */
export async function sampleFeed(): Promise<Record<string, any>> {
  fixtureCache ??= await (await fetch(FIXTURE_URL)).json();
  return structuredClone(fixtureCache!) as Record<string, any>;
}

let n = 0;
/** A unique key, so each test has its own URL (and its own cache entry). */
export const uniqueKey = (prefix = 't') => `${prefix}-${Date.now().toString(36)}-${n++}`;

/**
 * Serves `body` from the test server at a new URL and returns that URL.
 * `body` is text, bytes as they are, or an object as JSON; `type` is the
 * Content-Type; `delay` ms before the answer.
 */
export async function serve(body: unknown, { type = 'application/json', delay = 0 } = {}): Promise<string> {
  const key = uniqueKey('b');
  const text: BodyInit = typeof body === 'string' ? body : body instanceof Uint8Array ? new Blob([body as BlobPart]) : JSON.stringify(body);
  await fetch(`/__feed/body/${key}?type=${encodeURIComponent(type)}`, { method: 'PUT', body: text });
  return `/__feed/body/${key}${delay ? `?delay=${delay}` : ''}`;
}

/** How many times the test server was asked for `path`. */
export async function hits(path: string): Promise<number> {
  return (await fetch(`/__feed/hits/${encodeURIComponent(path)}`)).json();
}

/** Forgets loaded feeds and saved copies between tests. */
export function resetAll(): void {
  resetFeeds();
  for (const k of Object.keys(localStorage)) if (k.startsWith('iom-widgets:')) localStorage.removeItem(k);
}

/** Waits until the element's shadow root matches `selector`. */
export async function waitFor<T extends Element = Element>(el: LitElement, selector: string, message?: string): Promise<T> {
  await waitUntil(() => el.shadowRoot?.querySelector(selector), message ?? `no ${selector} in <${el.localName}>`);
  await el.updateComplete;
  return el.shadowRoot!.querySelector<T>(selector)!;
}

/** The visible text of the shadow root, whitespace folded. */
export const shadowText = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Captures console.warn calls while `fn` runs. */
export async function captureWarnings(fn: () => unknown | Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  const orig = console.warn;
  console.warn = (...a: unknown[]) => void seen.push(a.map(String).join(' '));
  try {
    await fn();
  } finally {
    console.warn = orig;
  }
  return seen;
}

export { aTimeout };

const describeNode = (n: Element | null | undefined) =>
  n ? `<${n.localName}${n.id ? `#${n.id}` : ''}${n.className ? `.${String(n.className).trim().replace(/\s+/g, '.')}` : ''}> "${(n.textContent ?? '').trim().slice(0, 40)}"` : String(n);

/**
 * Asserts that two DOM nodes are the same node. chai's `equal` on a failing pair
 * of nodes serialises them for the report and held the browser for five minutes
 * instead of failing; this fails at once with a short description of each.
 */
export function expectSame(actual: Element | null | undefined, expected: Element | null | undefined, what = 'element'): void {
  if (actual !== expected) throw new Error(`${what}: expected ${describeNode(expected)}, got ${describeNode(actual)}`);
}
