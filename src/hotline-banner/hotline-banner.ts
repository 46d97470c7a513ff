import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { Hotline } from '../feed/types.js';
import { catalog } from '../i18n/generated/hotline-banner/index.js';
import { LOCALES, LocaleController, loadLocale, type Locale } from '../i18n/locale.js';
import { comma, dirAttr, langAttr, pick } from '../i18n/text.js';
import type { FeedController } from '../shared/feed-controller.js';
import { FallbackFocus } from '../shared/fallback-focus.js';
import { fallbackOr, pendingOr, renderError, safeRender } from '../shared/states.js';
import { hash } from '../shared/hash.js';
import { utcNote } from '../shared/utc-note.js';
import { baseStyles } from '../shared/styles.js';
import { requestEarly } from './early.js';
import { ENDONYMS, EXIT_LABELS, formatHours, languageName, parsePhone } from './format.js';
import { hotlineBannerStyles } from './hotline-banner.styles.js';
import { DEFAULT_EXIT_URL, EXIT_PRESSES, exitNow, subscribe, unsubscribe, type ExitSubscriber } from './quick-exit.js';

/** The sticky banners' room keeper (reserve.ts), loaded by the first sticky banner: most banners stand inline. */
let room: typeof import('./reserve.js') | undefined;

/** Detail of `iom-dismiss`. */
export interface DismissDetail {
  /** Ids of the feed's lines the banner showed (empty for a banner set up with `phone`). */
  hotlines: string[];
}

declare global {
  interface GlobalEventHandlersEventMap {
    'iom-dismiss': CustomEvent<DismissDetail>;
  }
  interface HTMLElementTagNameMap {
    'iom-hotline-banner': IomHotlineBanner;
  }
}

/** Where dismissals are remembered: sessionStorage only, under a key that names neither the hotline nor its subject (see dismissKey). */
const DISMISS_KEY = 'iom-widgets:dismissed:';

declare const __IOM_EVERY_WIDGET__: boolean | undefined;
/** dist/iom-widgets.js has the feed code in it (vite.config.ts): nothing to load, nothing that can fail to, no request sent ahead (early.ts). */
const feedCodeInFile = typeof __IOM_EVERY_WIDGET__ === 'boolean' && __IOM_EVERY_WIDGET__;

// The page-wide feed meta, read here for the request sent ahead of the feed code (early.ts).
const pageFeed = () => document.querySelector<HTMLMetaElement>('meta[name="iom-widgets:feed"]')?.content?.trim();

/**
 * The programme's hotlines in the visitor's language, with a quick exit.
 *
 * Shows the feed's hotlines (all, or those picked by `kind` or `hotline`): the
 * call to action, the name, the number as a `tel:` link, and what is known of
 * the line (free, hours, languages spoken). With `phone` (and `name`) it needs
 * no feed and makes no request at all.
 *
 * Quick exit is on unless `no-quick-exit` is set: a button, and Shift pressed
 * three times within 5 seconds anywhere on the page. It hides the page at once
 * and replaces it (`location.replace`, so Back does not return; entries made
 * inside the page, by in-page links or an app's routes, stay) with `exit-url`,
 * by default https://www.wikipedia.org/ — neutral, not personalised, no login.
 * Inside an iframe the top window leaves. With several banners on a page, the
 * shortcut uses the first banner's `exit-url`.
 *
 * `placement="top"` or `"bottom"` makes the banner sticky at that edge of the
 * window: put it first in `<body>` for `top`, last for `bottom`. It keeps its
 * own space in the page, and sets the page's `scroll-padding` so it never
 * hides the element that has keyboard focus (WCAG 2.4.11).
 *
 * The banner stores nothing but a dismissal, in sessionStorage (gone when the
 * tab closes), and the feed copy every widget shares. A dismissed banner
 * keeps its shortcut: a visitor may dismiss it to look less conspicuous and
 * still need the way out.
 *
 * @tagname iom-hotline-banner
 * @summary A hotline banner with a language switcher and a quick exit.
 *
 * @slot - Fallback shown when the script does not run, and while the feed loads or if it fails: for example `<a href="tel:112">112</a>`.
 *
 * @fires iom-dismiss - The visitor dismissed the banner. Cancelable: `preventDefault()` keeps it shown. `detail: { hotlines }`.
 * @fires iom-feed-load - The feed loaded. `detail: { src, feed, fromCache, fetchedAt }`.
 * @fires iom-feed-error - The feed failed. `detail: { src, code, message, showingCache }`.
 *
 * @csspart banner - The banner's box.
 * @csspart line - One hotline.
 * @csspart message - A line's call to action.
 * @csspart name - A line's name.
 * @csspart phone - A line's number (the `tel:` link).
 * @csspart facts - Free, hours, languages spoken.
 * @csspart languages - The language switcher.
 * @csspart exit - The quick exit button.
 * @csspart dismiss - The dismiss button.
 * @csspart button - Every other button ("try again").
 *
 * @cssproperty --iom-font - Font family.
 * @cssproperty --iom-font-size - Base font size (default: the visitor's own).
 * @cssproperty --iom-color-text - Text colour.
 * @cssproperty --iom-color-muted - Secondary text.
 * @cssproperty --iom-color-bg - Background.
 * @cssproperty --iom-color-surface - Background of the banner.
 * @cssproperty --iom-color-border - Borders.
 * @cssproperty --iom-color-accent - Links, buttons.
 * @cssproperty --iom-color-focus - The keyboard focus ring (#0033a0 unless set: it does not follow the accent).
 * @cssproperty --iom-color-danger - The quick exit button.
 * @cssproperty --iom-color-on-danger - Text on the quick exit button (#fff unless set: with a light danger colour on a dark site, a dark one).
 * @cssproperty --iom-radius - Corner radius.
 * @cssproperty --iom-space - Base spacing.
 */
export class IomHotlineBanner extends LitElement implements ExitSubscriber {
  static override styles = [baseStyles, hotlineBannerStyles];
  /** Lit's reactive properties (declared here rather than by decorators, which cost bytes in every file). */
  static override properties = {
    src: {},
    timeout: { type: Number },
    kind: {},
    hotline: {},
    phone: {},
    name: {},
    exitUrl: { attribute: 'exit-url' },
    // `no-quick-exit="false"` (Vue's :no-quick-exit="false", a CMS's template) leaves the exit on:
    // a safety feature is not turned off by a word that says not to.
    noQuickExit: { attribute: 'no-quick-exit', converter: (v: string | null) => v != null && v != 'false' },
    dismissible: { type: Boolean, reflect: true },
    placement: { reflect: true },
    // Observed: a partner may show the banner later (after a consent box, in a tab) by un-hiding it.
    hidden: { type: Boolean, reflect: true },
    remaining: { state: true },
    announcer: { state: true },
    feedImportFailed: { state: true },
  };

  private readonly locale = new LocaleController(this, catalog);
  /** Focus on the partner's fallback moves into the content that replaces it. */
  protected readonly fallbackFocus = new FallbackFocus(this);
  // Loaded on demand: a banner with `phone` by its first update never downloads the feed code
  // (one whose `phone` comes later has loaded it, and told of a missing address meanwhile).
  private feed?: FeedController;
  private feedImport?: Promise<void>;
  /** The feed code's zone arithmetic, for hours read abroad. */
  private zoneShift?: typeof import('../time/parse.js').zoneShift;

  /** URL of the feed. Defaults to the page's `<meta name="iom-widgets:feed">`. Not used when `phone` is set. */
  src?: string;

  /** Milliseconds to wait for the feed to start arriving (or for a stalled one) before showing the fallback or an error. */
  timeout = 10_000;

  /** Only the feed's lines of this kind (`emergency`, `trafficking`, `consultation`…); several separated by spaces. */
  kind?: string;

  /** Only the feed's lines with these ids, separated by spaces. */
  hotline?: string;

  /** A number to show without any feed (E.164 like `+995322600955`, or a short code like `112`). */
  phone?: string;

  /** The name shown with `phone`. */
  name?: string;

  /** Where quick exit goes: an absolute http(s) address on another site (anything else goes to the default). Default: https://www.wikipedia.org/. */
  exitUrl: string = DEFAULT_EXIT_URL;

  /** Turns quick exit (the button and the Shift ×3 shortcut) off; `no-quick-exit="false"` does not. */
  noQuickExit = false;

  /** Shows a dismiss button; a dismissal lasts until the browser tab closes. */
  dismissible = false;

  /** `inline` (default) in the page's flow, or `top` / `bottom`: sticky at that edge of the window, keeping focused elements clear of it. */
  placement: 'inline' | 'top' | 'bottom' = 'inline';

  /** HTML's `hidden`, observed: a banner hidden at first shows its hotlines once a partner un-hides it. */
  override hidden = false;

  /** Shift presses still needed to leave (0: none pressed). */
  private remaining = 0;
  /** Dismissed by the visitor (this session): hidden, its shortcut still on. */
  private dismissed = false;

  /** This banner speaks the count (one banner per page does). */
  private announcer = false;

  /** The feed code could not be loaded (blocked script, offline). */
  private feedImportFailed = false;

  /**
   * Where quick exit goes: `exit-url` when it is an absolute http(s) address of another page, else the default.
   * @internal
   */
  get exitTarget(): string {
    try {
      // Read without a base: a relative value (an unfilled "{{ exit_url }}", "www.google.ge",
      // "/") would land on the partner's own site, its name and address on screen.
      const u = new URL(this.exitUrl?.trim() || DEFAULT_EXIT_URL);
      const away = u.href.split('#')[0] !== location.href.split('#')[0];
      if (away && (u.protocol === 'https:' || u.protocol === 'http:')) return u.href;
    } catch {
      // not a URL: the default
    }
    return DEFAULT_EXIT_URL;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.dismissible && readDismissed(this.dismissKey)) this.hidden = this.dismissed = true;
    // Loads the feed code if it is needed now; a banner moved in the page
    // (disconnected, then connected again) subscribes its shortcut again in updated().
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unsubscribe(this);
    room?.release(this);
  }

  protected override willUpdate(): void {
    if (!this.feed && !this.feedImport && this.usesFeed()) {
      // The feed and its code travel together.
      const src = this.src?.trim() || pageFeed();
      const cancel = feedCodeInFile || !src ? undefined : requestEarly(src);
      this.feedImport = import('./feed.js').then(
        ({ bannerFeed, zoneShift }) => {
          // Removed meanwhile: no request for a banner that is gone (reconnecting starts again).
          if (!this.isConnected) return void (cancel?.(), (this.feedImport = undefined));
          this.feed = bannerFeed(this); // connected: its first load takes the early request over
          this.zoneShift = zoneShift;
          cancel?.();
          this.requestUpdate();
        },
        feedCodeInFile
          ? undefined
          : (e) => {
              cancel?.();
              console.warn('iom-widgets: the feed code could not be loaded.', e);
              this.feedImportFailed = true;
            },
      );
    }
  }

  protected override updated(): void {
    // An update may still run after the element left the page (a late feed): it must not subscribe again.
    const shown = this.isConnected && !this.hidden;
    // A dismissed banner still listens (see the class notes); one hidden otherwise does not.
    if (this.isConnected && !this.noQuickExit && (shown || this.dismissed)) subscribe(this);
    else unsubscribe(this);
    if (shown && this.sticky) {
      if (room) room.reserve(this, this.placement as 'top' | 'bottom');
      // Once here, the update it asks for reserves the room.
      else import('./reserve.js').then((m) => ((room = m), this.requestUpdate()), () => {});
    } else room?.release(this);
  }

  /** Called by the quick exit module as Shift is pressed. */
  exitProgress(remaining: number, announce: boolean): void {
    this.remaining = remaining;
    this.announcer = announce;
  }

  private async switchLanguage(lang: Locale) {
    // Load first, so the banner re-renders in place and focus stays on the button.
    await loadLocale(catalog, lang).catch(() => {});
    this.lang = lang;
  }

  /**
   * A sticky banner scrolls inside (it is capped on a phone): what takes focus
   * there comes fully into its view, and out from under the exit bar that
   * stays on top of it (WCAG 2.4.11). Firefox left a half-hidden number focused
   * below the edge; Shift+Tab back into the banner left the call link under the bar.
   */
  private onFocusIn(e: FocusEvent) {
    if (!this.sticky) return;
    const el = e.composedPath()[0] as Element;
    el.scrollIntoView?.({ block: 'nearest' });
    const bar = this.renderRoot.querySelector('.bar');
    const under = bar && !bar.contains(el) ? bar.getBoundingClientRect().bottom - el.getBoundingClientRect().top : 0;
    // (8 px more: the focus ring's width and offset.)
    if (under > 0) bar!.parentElement!.scrollTop -= under + 8;
  }

  private dismiss(hotlines: string[]) {
    const event = new CustomEvent<DismissDetail>('iom-dismiss', { detail: { hotlines }, bubbles: true, composed: true, cancelable: true });
    if (!this.dispatchEvent(event)) return;
    try {
      sessionStorage.setItem(this.dismissKey, '1');
    } catch {
      // Storage blocked: the dismissal lasts for this page only.
    }
    // The dismiss button had focus and goes with the banner: focus moves on to
    // what Tab would have reached next, rather than falling back to the top of the page.
    const hadFocus = !!this.shadowRoot?.activeElement;
    this.hidden = this.dismissed = true;
    this.requestUpdate();
    // (Walked only when the button had focus; a banner inside someone's shadow root leaves focus where it falls.)
    const all = hadFocus ? [...document.querySelectorAll<HTMLElement>('*')] : [];
    const at = all.indexOf(this);
    if (at >= 0) {
      // What Tab reaches next, another widget's controls included; at the end of the
      // page (a sticky bottom banner), what Shift+Tab would.
      [...all.slice(at + 1), ...all.slice(0, at).reverse()].some((el) => {
        const to = el.tabIndex >= 0 && !this.contains(el) ? el : el.shadowRoot?.querySelector<HTMLElement>('a[href],button:enabled,input,select,[tabindex="0"]');
        return to && (to.focus(), (to.getRootNode() as Document).activeElement === to);
      });
    }
  }

  override render() {
    if (this.hidden) return nothing;
    return safeRender(this, this.locale, () => {
      // Before the strings arrive: the fallback, and already a working exit (its
      // label is built in). The same frame from the first render to the last
      // (exit, lines, languages), so that the page does not jump down as the
      // strings and the feed come: a sticky banner on top pushed a phone's page
      // down twice, by 44 and 191 px.
      const ready = this.locale.ready;
      const got = this.lines();
      // The feed before the strings (a slow language file): the numbers at once, their facts as the words come.
      const lines = ready || (Array.isArray(got) && got.length) ? got : this.renderFallback();
      const ids = Array.isArray(lines) ? lines.map((l) => l.id).filter(Boolean) : [];
      // tabindex -1: Firefox makes a scroll box (the capped sticky banner) a Tab stop before the exit button.
      return html`<section part="banner" class="banner ${this.sticky ? 'stuck' : ''}" tabindex="-1" aria-label=${ready ? msg('Helpline') : nothing} @focusin=${this.onFocusIn}>
        ${this.noQuickExit && !this.dismissible
          ? nothing
          : html`<div class="bar">
              ${this.noQuickExit ? nothing : this.renderExit()}
              ${this.dismissible && ready
                ? html`<button part="dismiss" class="dismiss" aria-label=${msg('Dismiss')} title=${msg('Dismiss')} @click=${() => this.dismiss(ids)}>
                    <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true"><path d="M6 6l12 12M18 6L6 18" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" /></svg>
                  </button>`
                : nothing}
            </div>`}
        ${Array.isArray(lines) ? this.renderLines(lines) : lines}
        ${this.renderLanguages()}
      </section>`;
    });
  }

  private renderLines(lines: Hotline[]): TemplateResult {
    if (!lines.length) {
      return fallbackOr(this, () => html`<p class="none">${msg('No helpline is listed yet.')}</p>`);
    }
    const feed = this.feed?.view.state === 'ready' ? this.feed.view.feed : undefined;
    return html`<ul class="lines">${lines.map((l) => this.renderLine(l, feed?.languages ?? [], feed?.timezone))}</ul>`;
  }

  private renderLine(line: Hotline, langs: readonly string[], timeZone?: string): TemplateResult {
    const lang = this.locale.lang;
    const message = pick(line.message, lang, langs);
    const name = pick(line.name, lang, langs);
    const phone = parsePhone(line.phone);
    const hours = formatHours(line.hours, this.locale.tag);
    const spoken = (line.languages ?? []).map((c) => languageName(c, this.locale.tag));
    const sep = comma(lang);
    // A migrant abroad reads the hours as the line's, not their own clock's.
    const off = hours && hours !== '24/7' && timeZone ? this.zoneShift?.(Date.now(), timeZone) : undefined;
    const facts = !this.locale.ready ? [] : [
      line.free ? msg('Free of charge') : undefined,
      hours === '24/7' ? msg('24 hours a day, every day') : off !== undefined ? html`${hours} (${utcNote(off, timeZone!, this.locale.tag, msg('Tbilisi time'))})` : hours,
      spoken.length
        ? html`${msg('Languages:')} ${spoken.map((s, i) => html`${i ? sep : ''}<bdi lang=${s.lang || nothing}>${s.name}</bdi>`)}`
        : undefined,
    ].filter((f) => f !== undefined);
    return html`<li part="line" class="line">
      ${message?.text ? html`<p part="message" class="message" lang=${langAttr(message, lang) ?? nothing} dir=${dirAttr(message)}>${message.text}</p>` : nothing}
      <p class="contact">
        ${name?.text ? html`<bdi part="name" class="name" lang=${langAttr(name, lang) ?? nothing} dir=${dirAttr(name)}>${name.text}</bdi>` : nothing}
        ${phone
          ? html`<a part="phone" class="phone" href="tel:${phone.dial}">
              <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true"><path fill="currentColor" d="M6.6 10.8a15.1 15.1 0 0 0 6.6 6.6l2.2-2.2c.3-.3.7-.4 1-.2 1.1.4 2.3.6 3.6.6.6 0 1 .4 1 1V20c0 .6-.4 1-1 1A17 17 0 0 1 3 4c0-.6.4-1 1-1h3.5c.6 0 1 .4 1 1 0 1.3.2 2.5.6 3.6.1.3 0 .7-.2 1z" /></svg>
              <span class="sr-only">${msg('Call')}</span>
              <bdi class="number" dir="ltr">${phone.display}</bdi>
            </a>`
          : html`<bdi class="number" dir="ltr">${line.phone}</bdi>`}
      </p>
      ${facts.length
        ? html`<div class="facts-wrap"><ul part="facts" class="facts">${facts.map((f) => html`<li>${f}</li>`)}</ul></div>`
        : // Their line's room while their words come (a saved feed before the strings): the page below stays put.
          line.free || hours || spoken.length ? html`<span class="skeleton sk-facts"></span>` : nothing}
    </li>`;
  }

  private renderLanguages(): TemplateResult {
    return html`<div part="languages" class="languages" role="group" aria-label=${this.locale.ready ? msg('Language') : nothing}>
      <svg class="globe" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true"><g fill="none" stroke="currentColor" stroke-width="1.8"><circle cx="12" cy="12" r="9" /><path d="M3 12h18M12 3c2.5 2.6 3.7 5.6 3.7 9s-1.2 6.4-3.7 9c-2.5-2.6-3.7-5.6-3.7-9S9.5 5.6 12 3z" /></g></svg>
      ${LOCALES.map(
        (l) => html`<button class="lang" lang=${l} aria-pressed=${l === this.locale.lang} @click=${() => this.switchLanguage(l)}>${ENDONYMS[l]}</button>`,
      )}
    </div>`;
  }

  /** The exit button; with the strings loaded, the shortcut's hint and count too. */
  private renderExit(): TemplateResult {
    const left = this.remaining;
    const pressed = left ? EXIT_PRESSES - left : 0;
    // Before the strings arrive, the built-in label (the same translators' words).
    const label = this.locale.ready ? msg('Exit this page') : EXIT_LABELS[this.locale.lang];
    // One template before and after the strings: a new one would rebuild the
    // button, and a visitor who had tabbed to it would lose it as they came.
    return html`<div class="exit">
      <button part="exit" class="exit-btn" @click=${() => exitNow(this.exitTarget)}>${label}</button>
      ${this.locale.ready
        ? html`<span class="hint">
            ${msg(html`Or press <kbd>Shift</kbd> 3 times`)}
            <span class="pips" aria-hidden="true">${[...Array(EXIT_PRESSES)].map((_, i) => html`<i class=${i < pressed ? 'on' : ''}></i>`)}</span>
          </span>`
        : nothing}
      <span class="sr-only" aria-live="assertive" aria-atomic="true"
        >${!this.announcer || !this.locale.ready ? '' : left === 2 ? msg('Press Shift 2 more times to exit this page.') : left === 1 ? msg('Press Shift once more to exit this page.') : ''}</span
      >
    </div>`;
  }

  /** The light-DOM fallback, else a skeleton line; as tall as a hotline usually is. */
  private renderFallback(): TemplateResult {
    return html`<div class="pending">${pendingOr(this, () => html`<div aria-hidden="true"><span class="skeleton sk-line"></span><span class="skeleton sk-button"></span></div>`)}</div>`;
  }

  /** The lines to show, or what to show instead while the feed loads or when it fails. */
  private lines(): Hotline[] | TemplateResult {
    const phone = this.phone?.trim();
    if (phone) return [{ id: '', name: this.name?.trim() ?? '', phone }];
    if (!feedCodeInFile && this.feedImportFailed) {
      return fallbackOr(this, () => html`<div class="state error" role="status">${msg('The helpline could not be loaded.')}</div>`);
    }
    const view = this.feed?.view;
    if (!view || view.state === 'loading') return this.renderFallback();
    if (view.state === 'error') {
      return fallbackOr(this, () => renderError(msg('The helpline could not be loaded.'), view.error, () => this.feed!.retry()));
    }
    // Kinds in any case, as the other widgets' tags and types; ids as written.
    const kinds = words(this.kind?.toLowerCase());
    const ids = words(this.hotline);
    const all = view.feed.hotlines;
    const picked = all.filter((h) => (!kinds.length || kinds.includes(h.kind?.toLowerCase() ?? '')) && (!ids.length || ids.includes(h.id)));
    // A pick the feed does not have (a snippet's kind="emergency" pasted as it
    // was) would leave a visitor an exit button and no number: every line then.
    return picked.length ? picked : all;
  }

  /** Sticky at the top or the bottom edge (the styles' `.stuck`). */
  private get sticky(): boolean {
    return this.placement === 'top' || this.placement === 'bottom';
  }

  /** Without `phone`, the feed: with no address either, its loader tells the editor (console, `iom-feed-error`) as every widget's does. */
  private usesFeed(): boolean {
    return !this.phone?.trim();
  }

  /**
   * Which banner was dismissed: its id, else what it shows (a banner for 112
   * is not hidden because another one for a different line was). Hashed, id
   * included (`id="trafficking-help"` names the subject), so the storage a
   * watcher might read names neither the hotline nor what it is for.
   */
  private get dismissKey(): string {
    return DISMISS_KEY + hash(this.id || [this.src, this.kind, this.hotline, this.phone, this.name].join('|'));
  }
}

const words = (s: string | undefined) => (s ?? '').split(/[\s,]+/).filter(Boolean);


function readDismissed(key: string): boolean {
  try {
    return sessionStorage.getItem(key) === '1';
  } catch {
    return false;
  }
}
