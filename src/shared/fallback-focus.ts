import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Keeps keyboard focus in the widget when its content replaces the partner's
 * fallback: a visitor who had tabbed to the fallback link while the feed
 * loaded was left on the page's body, and the next Tab skipped the widget.
 * Focus goes to the start of what came (the first item, or control).
 */
export class FallbackFocus implements ReactiveController {
  private inFallback = false;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostUpdate(): void {
    const a = document.activeElement;
    // Focus inside our shadow root reads as the host itself: only light-DOM children count.
    this.inFallback = !!a && a !== this.host && this.host.contains(a);
  }

  hostUpdated(): void {
    const root = this.host.shadowRoot;
    if (!this.inFallback || !root || root.querySelector('slot')) return;
    this.inFallback = false;
    root.querySelector<HTMLElement>('[tabindex],a[href],button,input,select')?.focus();
  }
}
