/**
 * Quick exit, shared by every banner on the page: ONE pair of key listeners on
 * the document however many banners there are, and the exit itself.
 *
 * The shortcut is Shift pressed three times within five seconds. Any other key
 * (or Shift held down with another key, a click or the wheel) starts the count again. Escape is not
 * used: browsers already give it meaning (leaving full screen, closing dialogs).
 */

/** Presses of Shift that leave the page. */
export const EXIT_PRESSES = 3;
/** …all within this many milliseconds. */
export const EXIT_WINDOW_MS = 5000;
/** Where the exit goes by default: a neutral, non-personalised page that needs no login and sets no tracking of its own. */
export const DEFAULT_EXIT_URL = 'https://www.wikipedia.org/';

/** A banner that takes part in quick exit. */
export interface ExitSubscriber {
  /** Where this banner's exit goes (already checked to be http or https). */
  readonly exitTarget: string;
  /** Dismissed (or hidden by the page): it listens, but does not speak. */
  readonly hidden: boolean;
  /** Presses still needed (1 or 2), or 0 when the count is reset. `announce` is true for the one banner that speaks. */
  exitProgress(remaining: number, announce: boolean): void;
}

/**
 * The clock, its timer and the navigation, replaceable in tests (so a test can
 * move time forward and spy on the exit without the test page leaving).
 */
export const quickExitHooks = {
  now: (): number => performance.now(),
  later: (fn: () => void, ms: number): unknown => setTimeout(fn, ms),
  navigate: (url: string): void => leaveTo(url),
};

const subscribers: ExitSubscriber[] = [];
let presses: number[] = [];

/**
 * Whether this frame may send the top window away. A frame sandboxed without
 * `allow-top-navigation…` may not (its element is readable only from a
 * same-origin frame; otherwise the attempt itself tells).
 */
function mayLeaveTop(): boolean {
  try {
    const sandbox = window.frameElement?.getAttribute('sandbox');
    return sandbox == null || /allow-top-navigation/.test(sandbox);
  } catch {
    return true;
  }
}

/** Goes to `url` without leaving this page in the history; from an iframe, the top window goes. */
function leaveTo(url: string): void {
  try {
    if (window.top && window.top !== window && mayLeaveTop()) {
      window.top.location.replace(url);
      return;
    }
  } catch {
    // A cross-origin or sandboxed frame may not navigate the top window: at least this frame
    // leaves, and the top, which stays, shows again (hidden, it is a blank page that a reload restores).
    style(window.top!, false);
  }
  location.replace(url);
}

/**
 * Not `visibility: hidden`: the page's open <dialog>s and popovers are drawn
 * in the top layer, which only `display: none` on the root takes away too.
 */
const HIDE = [['display', 'none']] as const;

/**
 * Hides (or shows again) the whole page at once, before the next page has even
 * started to load: this document and, from a frame, the top one when it is
 * same-origin (a cross-origin top cannot be read, and leaves as it is).
 */
function hidePage(hide: boolean): void {
  // The flag the feed loader reads (shared/global.ts, LEAVING), set on the
  // window directly: importing global.ts here would split it out of the
  // banner's file into a chunk of its own, since the lazy feed code needs it too.
  (globalThis as Record<symbol, unknown>)[Symbol.for('iom-widgets:leaving')] = hide;
  style(window, hide);
  // The top too, from a frame that will send it away (a top we may not send away stays as it is).
  if (top !== window && (!hide || mayLeaveTop())) style(top!, hide);
}

/** Hides or shows a window's document; one we may not read (a cross-origin top) is left alone. */
function style(w: Window, hide: boolean): void {
  try {
    const s = w.document.documentElement.style;
    for (const [p, v] of HIDE) {
      if (hide) s.setProperty(p, v, 'important');
      else s.removeProperty(p);
    }
  } catch {
    // cross-origin top
  }
}

function tell(remaining: number, speak = true): void {
  // One banner speaks: the first shown (a dismissed one still listens, but has no live region).
  const speaker = subscribers.find((s) => !s.hidden);
  for (const s of subscribers) s.exitProgress(remaining, speak && s === speaker);
}

/**
 * Run just after each press leaves the 5 s window: the count shown drops with
 * it (quietly: nothing is announced), down to none.
 */
function expire(): void {
  const now = quickExitHooks.now();
  const left = presses.filter((t) => now - t <= EXIT_WINDOW_MS);
  if (left.length < presses.length) tell(left.length && EXIT_PRESSES - left.length, false);
  presses = left;
}

function reset(): void {
  if (presses.length) tell(0);
  presses = [];
}

/** The page's title while the exit hides it: back from the back-forward cache, it comes back. */
let title: string | undefined;

/** Hides the page, then replaces it with `url`. */
export function exitNow(url: string): void {
  hidePage(true);
  // The tab and the task switcher show the title as plainly as the page did ("Help
  // for victims of trafficking"), for as long as the next page takes to come on a
  // slow line: until then they name where the visitor is going.
  title ??= document.title;
  document.title = url.split('/')[2] ?? '';
  presses = [];
  // No trace of what the page showed: the saved feeds (the hotlines' texts) go too. A
  // dismissal stays (a hashed key, and the visitor hid the banner to look less conspicuous).
  try {
    for (const k of Object.keys(localStorage)) if (k.startsWith('iom-widgets:')) localStorage.removeItem(k);
  } catch {
    // Storage blocked: nothing was kept.
  }
  quickExitHooks.navigate(url);
}

/**
 * A press counts when Shift comes up with no other key pressed meanwhile:
 * Shift+Tab and capitals (Georgian's ღ, ჭ, შ…) are not presses, and are
 * not announced as such to someone moving through the page.
 */
let alone = false;

/**
 * Every input the count hears. A key down: Shift alone may start a press, any
 * other key starts the count again. A click or the wheel with Shift held is not
 * a press either (Shift+click extends a selection, Shift+wheel scrolls sideways:
 * three of them left the page). Shift coming up alone is a press.
 */
function onInput(e: KeyboardEvent | MouseEvent): void {
  if (e.type !== 'keyup') {
    if (e.type === 'keydown' ? !(alone = (e as KeyboardEvent).key === 'Shift' && !(e.ctrlKey || e.altKey || e.metaKey)) : e.shiftKey) {
      alone = false;
      reset();
    }
    return;
  }
  if ((e as KeyboardEvent).key !== 'Shift' || !alone) return;
  alone = false; // Shift held down (repeated keydowns) is one press
  const now = quickExitHooks.now();
  presses = [...presses.filter((t) => now - t <= EXIT_WINDOW_MS), now];
  if (presses.length >= EXIT_PRESSES) return exitNow(subscribers[0]!.exitTarget);
  tell(EXIT_PRESSES - presses.length);
  quickExitHooks.later(expire, EXIT_WINDOW_MS + 1);
}

/** Back from the back-forward cache: the page shows again and the count starts over. */
function onPageshow(e: PageTransitionEvent): void {
  if (!e.persisted) return;
  hidePage(false);
  if (title !== undefined) document.title = title;
  title = undefined;
  reset();
}

/** Adds or removes the document's listeners (capturing: a page's handler that stops an event does not hide it). */
const listen = (f: typeof document.addEventListener) => {
  for (const type of ['keydown', 'keyup', 'pointerdown', 'wheel']) f.call(document, type, onInput as EventListener, { capture: true, passive: true });
};

/** Adds a banner; the first one adds the document listener. The first banner's exit URL is the shortcut's. */
export function subscribe(s: ExitSubscriber): void {
  if (subscribers.includes(s)) return;
  subscribers.push(s);
  if (subscribers.length > 1) return;
  listen(document.addEventListener);
  window.addEventListener('pageshow', onPageshow);
}

/** Removes a banner; the last one removes the listener. */
export function unsubscribe(s: ExitSubscriber): void {
  const i = subscribers.indexOf(s);
  if (i < 0) return;
  subscribers.splice(i, 1);
  if (subscribers.length) return;
  presses = [];
  listen(document.removeEventListener);
  window.removeEventListener('pageshow', onPageshow);
}
