/**
 * A sticky banner must never hide the element that has focus (WCAG 2.4.11).
 * The banner is sticky in the page's flow, so it takes its own space where it
 * stands; once the page scrolls under it, the page's `scroll-padding` keeps
 * every element that the browser scrolls into view (focus, anchors, find)
 * clear of it. Where a browser scrolls a focused element without honouring
 * scroll-padding (WebKit), a focusin listener moves the page after it.
 * One module for all banners: their heights add up per edge.
 */
type Edge = 'top' | 'bottom';

const banners = new Map<Element, { edge: Edge; px: number }>();
/** The page's own scroll padding: inline (given back as it was) and computed (its sticky header's, added to). */
let saved: { top: string; bottom: string; pageTop: string; pageBottom: string } | undefined;
let observer: ResizeObserver | undefined;

/** Room kept clear of focus beyond the banner itself, so the focus ring shows too. */
const GAP = 8;

/** What a banner covers: nothing where the styles let it scroll away with the page (a short window). */
const covers = (el: Element) => (getComputedStyle(el).position === 'sticky' ? el.getBoundingClientRect().height : 0);

/** After the browser's own scroll to the focused element: if a stuck banner still covers it, scroll it clear. */
function onFocusin(e: FocusEvent): void {
  const el = e.composedPath()[0];
  if (!(el instanceof Element)) return;
  requestAnimationFrame(() => {
    if (!el.isConnected) return;
    let top = 0;
    let bottom = innerHeight;
    for (const [b, { edge, px }] of banners) {
      if (b.contains(el) || b.shadowRoot?.contains(el)) return; // focus is in a banner
      if (!px) continue;
      const r = b.getBoundingClientRect();
      if (edge === 'top' && r.top <= 1) top = Math.max(top, r.bottom);
      if (edge === 'bottom' && r.bottom >= innerHeight - 1) bottom = Math.min(bottom, r.top);
    }
    const r = el.getBoundingClientRect();
    if (r.top < top) scrollBy(0, r.top - top - GAP);
    else if (r.bottom > bottom && r.height < bottom - top) scrollBy(0, r.bottom - bottom + GAP);
  });
}

function apply(): void {
  const s = document.documentElement.style;
  if (!banners.size) {
    document.removeEventListener('focusin', onFocusin);
    if (saved) {
      s.scrollPaddingTop = saved.top;
      s.scrollPaddingBottom = saved.bottom;
      saved = undefined;
    }
    return;
  }
  document.addEventListener('focusin', onFocusin);
  if (!saved) {
    const page = getComputedStyle(document.documentElement);
    saved = { top: s.scrollPaddingTop, bottom: s.scrollPaddingBottom, pageTop: page.scrollPaddingTop, pageBottom: page.scrollPaddingBottom };
  }
  const sum = { top: 0, bottom: 0 };
  for (const b of banners.values()) sum[b.edge] += b.px;
  s.scrollPaddingTop = sum.top ? pad(saved.pageTop, sum.top) : saved.top;
  s.scrollPaddingBottom = sum.bottom ? pad(saved.pageBottom, sum.bottom) : saved.bottom;
}

/** The banners' room on top of the page's own padding (a page with its own sticky header keeps it clear too). */
const pad = (page: string, px: number) => (/^(auto|0px)?$/.test(page) ? `${Math.ceil(px) + GAP}px` : `calc(${page} + ${Math.ceil(px) + GAP}px)`);

/** Keeps the page's scroll padding at `el`'s height on `edge` while it is shown. */
export function reserve(el: HTMLElement, edge: Edge): void {
  const known = banners.get(el);
  if (known?.edge === edge) return;
  banners.set(el, { edge, px: covers(el) });
  observer ??= new ResizeObserver((entries) => {
    for (const e of entries) {
      const b = banners.get(e.target);
      if (b) b.px = covers(e.target);
    }
    apply();
  });
  observer.observe(el);
  apply();
}

/** Gives the space back (dismissed, placed inline, removed). */
export function release(el: HTMLElement): void {
  if (!banners.delete(el)) return;
  observer?.unobserve(el);
  apply();
}
