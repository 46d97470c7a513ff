import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Feed, NewsItem } from '../feed/types.js';
import { formatDate } from '../i18n/dates.js';
import { catalog } from '../i18n/generated/news-feed/index.js';
import { LocaleController } from '../i18n/locale.js';
import { formatNumber } from '../i18n/numbers.js';
import { dirAttr, langAttr, pick } from '../i18n/text.js';
import { FeedController } from '../shared/feed-controller.js';
import { newsSpec } from '../feed/validate.js';
import { FallbackFocus, reveal } from '../shared/fallback-focus.js';
import { pendingOr, renderError, renderOffline, safeRender } from '../shared/states.js';
import { sizeContainerStyles } from '../shared/size-container.js';
import { baseStyles } from '../shared/styles.js';
import { ariaLevel } from '../shared/heading.js';
import { toInstant } from '../time/parse.js';
import { newsFeedStyles } from './news-feed.styles.js';


/**
 * The programme's news, newest first, in the element's own language.
 *
 * Follows the WAI-ARIA feed pattern: Page Down and Page Up move between articles.
 *
 * @tagname iom-news-feed
 * @summary News from the feed, with "read more" and "show more".
 *
 * @slot - Shown only when the script does not run (for example a link to the news page).
 *
 * @fires iom-feed-load - The feed loaded. `detail: { src, feed, fromCache, fetchedAt }`.
 * @fires iom-feed-error - The feed failed. `detail: { src, code, message, showingCache }`.
 *
 * @csspart feed - The list of articles.
 * @csspart item - One article.
 * @csspart image - An article's image.
 * @csspart date - An article's date.
 * @csspart title - An article's title.
 * @csspart summary - An article's summary (opened, left out when the body begins with it).
 * @csspart body - An article's full text, once expanded.
 * @csspart button - Every button ("read more", "show more", "try again").
 *
 * @cssproperty --iom-font - Font family.
 * @cssproperty --iom-font-size - Base font size (default: the visitor's own).
 * @cssproperty --iom-color-text - Text colour.
 * @cssproperty --iom-color-muted - Secondary text (dates).
 * @cssproperty --iom-color-bg - Background.
 * @cssproperty --iom-color-surface - Background of cards and notes.
 * @cssproperty --iom-color-border - Borders.
 * @cssproperty --iom-color-accent - Links, buttons.
 * @cssproperty --iom-color-focus - The keyboard focus ring (#0033a0 unless set: it does not follow the accent).
 * @cssproperty --iom-color-on-accent - Text on accent-coloured buttons.
 * @cssproperty --iom-radius - Corner radius.
 * @cssproperty --iom-space - Base spacing.
 */
export class IomNewsFeed extends LitElement {
  static override styles = [baseStyles, sizeContainerStyles, newsFeedStyles];
  /** Lit's reactive properties (declared here rather than by decorators, which cost bytes in every file). */
  static override properties = {
    src: {},
    limit: { type: Number },
    tag: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    timeout: { type: Number },
    shown: { state: true },
    expanded: { state: true },
  };

  // The feed first: its request goes out at connect, before the language work
  // (the page's first Intl call alone costs tens of milliseconds).
  private readonly feed = new FeedController(this, { news: newsSpec });
  private readonly locale = new LocaleController(this, catalog);
  /** Focus on the partner's fallback moves into the content that replaces it. */
  protected readonly fallbackFocus = new FallbackFocus(this);

  /** URL of the feed (ours, or a JSON Feed, RSS or Atom feed). Defaults to the page's `<meta name="iom-widgets:feed">`. */
  src?: string;

  /** How many items show at first; "show more" adds as many again. */
  limit = 5;

  /** The level (1–6) of the items' headings in the page's outline; they are h3 without it. */
  headingLevel?: number;

  /** Only items with this tag. */
  tag?: string;

  /** Milliseconds to wait for the feed to start arriving (or for a stalled one) before showing an error. */
  timeout = 10_000;

  /** Items shown now (grows with "show more"). */
  private shown = 0;

  /** Ids of items whose full text is open. */
  private expanded: ReadonlySet<string> = new Set();

  /** Set after "show more": that item takes focus once rendered. */
  private focusIndex?: number;

  // Sorting is done once per feed (and tag), not on every render.
  private sorted?: { feed: Feed; tag?: string; items: NewsItem[] };

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('limit') || changed.has('tag') || changed.has('src')) this.shown = 0;
  }

  protected override updated(): void {
    if (this.focusIndex === undefined) return;
    reveal(this.renderRoot.querySelectorAll<HTMLElement>('article')[this.focusIndex]);
    this.focusIndex = undefined;
  }

  private onFeedKeydown(e: KeyboardEvent) {
    if (e.key !== 'PageDown' && e.key !== 'PageUp') return;
    const articles = [...this.renderRoot.querySelectorAll<HTMLElement>('article')];
    const current = articles.findIndex((a) => a.contains(this.shadowRoot!.activeElement));
    const next = articles[current + (e.key === 'PageDown' ? 1 : -1)];
    if (next) {
      e.preventDefault();
      reveal(next);
    }
  }

  private toggle(id: string) {
    const next = new Set(this.expanded);
    if (!next.delete(id)) next.add(id);
    this.expanded = next;
  }

  private showMore(total: number) {
    const before = this.visibleCount();
    this.shown = Math.min(before + this.pageSize(), total);
    this.focusIndex = before;
  }

  override render() {
    return safeRender(this, this.locale, () => {
      if (!this.locale.ready) return pendingOr(this, () => this.renderSkeleton());
      const view = this.feed.view;
      // The partner's own fallback (a link, a plain list) stays until the content comes.
      if (view.state === 'loading') return pendingOr(this, () => this.renderSkeleton());
      if (view.state === 'error') {
        return html`${renderError(msg('The news could not be loaded.'), view.error, () => this.feed.retry())}<slot></slot>`;
      }
      const items = this.items(view.feed);
      const offline = view.offline ? renderOffline(view, this.locale.tag, () => this.feed.retry()) : nothing;
      if (!items.length) {
        return html`${offline}<div class="state" role="status">${this.tag ? msg('No news on this topic yet.') : msg('No news yet.')}</div>`;
      }
      const count = Math.min(this.visibleCount(), items.length);
      const remaining = items.length - count;
      return html`${offline}
        <div
          part="feed"
          class="feed"
          role="feed"
          aria-label=${msg('News')}
          aria-busy=${this.feed.busy}
          @keydown=${this.onFeedKeydown}
        >
          ${items.slice(0, count).map((item, i) => this.renderItem(item, i, items.length, view.feed))}
        </div>
        ${remaining > 0
          ? html`<button part="button" class="btn more" @click=${() => this.showMore(items.length)}>
              ${msg(str`Show more news (${formatNumber(remaining, this.locale.tag)})`)}
            </button>`
          : nothing}`;
    });
  }

  private renderItem(item: NewsItem, index: number, total: number, feed: Feed): TemplateResult {
    const lang = this.locale.lang;
    const langs = feed.languages;
    const title = pick(item.title, lang, langs)!;
    const summary = pick(item.summary, lang, langs);
    const body = pick(item.body, lang, langs);
    // A body that begins with the summary (a CMS's teaser) goes on from it: the rest, not the summary twice.
    const rest = body && summary && body.text.startsWith(summary.text) ? body.text.slice(summary.text.length).trim() : body?.text;
    const open = this.expanded.has(item.id);
    const url = pick(item.url, lang, langs);
    const alt = pick(item.image?.alt, lang, langs);
    const id = `n${index}`;
    const instant = toInstant(item.published, feed.timezone);
    return html`<article
      part="item"
      class="item"
      tabindex="-1"
      aria-labelledby="${id}-t"
      aria-describedby=${summary ? `${id}-s` : nothing}
      aria-posinset=${index + 1}
      aria-setsize=${total}
    >
      ${item.image
        ? html`<img part="image" class="image" src=${item.image.src} alt=${alt?.text ?? ''} lang=${langAttr(alt, lang) ?? nothing} loading="lazy" decoding="async" @error=${hideBroken} />`
        : nothing}
      <div class="text">
        ${instant !== undefined
          ? html`<time part="date" class="date" datetime=${item.published}>${formatDate(new Date(instant), this.locale.tag, { day: 'numeric', month: 'long', year: 'numeric', timeZone: feed.timezone })}</time>`
          : nothing}
        <h3 part="title" class="title" id="${id}-t" aria-level=${ariaLevel(this.headingLevel)} lang=${langAttr(title, lang) ?? nothing} dir=${dirAttr(title)}>${title.text}</h3>
        ${summary ? html`<p part="summary" class="summary" id="${id}-s" lang=${langAttr(summary, lang) ?? nothing} dir=${dirAttr(summary)}>${summary.text}</p>` : nothing}
        <div class="actions">
          ${rest
            ? html`<button part="button" class="link-btn" aria-expanded=${open} aria-controls=${open ? `${id}-b` : nothing} aria-describedby="${id}-t" @click=${() => this.toggle(item.id)}>
                ${open ? msg('Show less') : msg('Read more')}
              </button>`
            : nothing}
          ${url
            ? html`<a href=${url.text} aria-describedby="${id}-t">${msg('Full article')}</a>`
            : nothing}
          ${(item.links ?? []).map((l) => html`<a href=${l.url}>${pick(l.label, lang, langs)?.text}</a>`)}
        </div>
        ${rest && open
          ? // After the button that opened it (WAI-ARIA disclosure): read on from there, and it grows downwards.
            html`<div part="body" class="body" id="${id}-b" lang=${langAttr(body, lang) ?? nothing} dir=${dirAttr(body)}>
              ${rest.split(/\n\s*\n/).map((p) => html`<p>${p}</p>`)}
            </div>`
          : nothing}
      </div>
    </article>`;
  }

  private renderSkeleton() {
    // As many cards as will come, about as tall: the page below does not jump when they do.
    const n = Math.min(this.pageSize(), 10);
    // (Until the language's strings arrive there is no label: none rather than an empty one.)
    return html`<div class="feed" role="feed" aria-busy="true" aria-label=${msg('Loading news…') || nothing}>
      ${[...Array(n)].map(() => html`<div class="item placeholder" aria-hidden="true">
        <div class="text">
          <span class="skeleton s-date"></span><span class="skeleton s-title"></span>
          <span class="skeleton s-line"></span><span class="skeleton s-line short"></span>
        </div>
      </div>`)}
    </div>`;
  }

  private pageSize() {
    return Number.isFinite(this.limit) && this.limit > 0 ? Math.floor(this.limit) : 5;
  }

  private visibleCount() {
    return Math.max(this.shown, this.pageSize());
  }

  /** The feed's news, filtered by tag, newest first. */
  private items(feed: Feed): NewsItem[] {
    // Any case: tag="employment" finds "Employment", as the calendar's type and city do.
    const tag = this.tag?.trim().toLowerCase() || undefined;
    if (this.sorted?.feed === feed && this.sorted.tag === tag) return this.sorted.items;
    const withTime = feed.news
      .filter((n) => !tag || n.tags?.some((t) => t.toLowerCase() === tag))
      .map((n) => ({ n, t: toInstant(n.published, feed.timezone) ?? 0 }));
    // Items of one day (a bare date) keep the order the editor wrote them in: the sort is stable.
    withTime.sort((a, b) => b.t - a.t);
    const items = withTime.map((x) => x.n);
    this.sorted = { feed, tag, items };
    return items;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'iom-news-feed': IomNewsFeed;
  }
}

/**
 * An image that does not load goes: a grey box with a broken-image icon (and,
 * where the browser draws its alt text, a line as wide as that text) tells a
 * visitor nothing the title does not.
 */
function hideBroken(e: Event) {
  (e.target as HTMLImageElement).hidden = true;
}
