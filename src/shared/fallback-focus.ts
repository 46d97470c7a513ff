import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Keeps keyboard focus in the widget when what had it goes away: the
 * partner's fallback replaced by content (a visitor who had tabbed to the
 * fallback link while the feed loaded), or a control of ours replaced by the
 * next state ("Try again" by the placeholder). Focus was left on the page's
 * body, and the next Tab started the page over. It goes to the start of what
 * came (the first item, or control), else to the widget's root.
 */
export class FallbackFocus implements ReactiveController {
  private inFallback = false;
  private focused?: Element | null;
  /** Focus waits on the root for lack of a control ("Try again" replaced by the placeholder): the next control takes it. */
  private parked = false;
  /** The root, kept as tall as the placeholder while the content takes its place. */
  private held?: HTMLElement | null;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostUpdate(): void {
    const a = document.activeElement;
    const root = this.host.shadowRoot;
    // Focus inside our shadow root reads as the host itself: light-DOM children are the fallback.
    this.inFallback = !!a && a !== this.host && this.host.contains(a);
    this.focused = root?.activeElement;
    // WebKit's first layout of the content that replaces the placeholder
    // takes the page for shorter than it is: a visitor scrolled near its end
    // was thrown back to its top. The root keeps the placeholder's height
    // through that layout (the CSSOM way: a strict CSP allows it).
    const held = (this.held = root?.querySelector<HTMLElement>('.root>[aria-busy=true]')?.parentElement);
    if (held) held.style.minHeight = `${held.offsetHeight}px`;
  }

  hostUpdated(): void {
    if (this.held) {
      void this.held.offsetHeight;
      this.held.style.minHeight = '';
    }
    const root = this.host.shadowRoot;
    const focused = this.focused;
    const lost = this.inFallback ? !root?.querySelector('slot') : !!focused && (!focused.isConnected || (this.parked && focused.matches('.root')));
    if (!root || !lost) return;
    this.inFallback = false;
    this.focused = undefined;
    // After the host's own updated(), which may have put the focus where it belongs ("Go to ‹month›": the heading).
    queueMicrotask(() => {
      if (root.activeElement && !this.parked) return;
      const next = root.querySelector<HTMLElement>('.root [tabindex],a[href],button,input,select');
      (next ?? root.querySelector<HTMLElement>('.root'))?.focus();
      this.parked = !next;
    });
  }
}

/**
 * Focuses `el` and brings the whole of it into view: Firefox's focus() leaves
 * a partly shown element where it is (a news item's date and title off screen).
 */
export function reveal(el?: HTMLElement | null): void {
  el?.focus();
  el?.scrollIntoView({ block: 'nearest' });
}
