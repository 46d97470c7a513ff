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

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostUpdate(): void {
    const a = document.activeElement;
    // Focus inside our shadow root reads as the host itself: light-DOM children are the fallback.
    this.inFallback = !!a && a !== this.host && this.host.contains(a);
    this.focused = this.host.shadowRoot?.activeElement;
  }

  hostUpdated(): void {
    const root = this.host.shadowRoot;
    const lost = this.inFallback ? !root?.querySelector('slot') : !!this.focused && !this.focused.isConnected;
    if (!root || !lost) return;
    this.inFallback = false;
    this.focused = undefined;
    // After the host's own updated(), which may have put the focus where it belongs ("Go to ‹month›": the heading).
    queueMicrotask(() => root.activeElement || (root.querySelector<HTMLElement>('.root [tabindex],a[href],button,input,select') ?? root.querySelector<HTMLElement>('.root'))?.focus());
  }
}
