import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Feed, FeedEvent, LocalizedText } from '../feed/types.js';
import { formatDate, formatTime, weekdayNames } from '../i18n/dates.js';
import { LocaleController } from '../i18n/locale.js';
import { catalog } from '../i18n/generated/event-calendar/index.js';
import { formatNumber } from '../i18n/numbers.js';
import { comma, dirAttr, langAttr, pick, type PickedText } from '../i18n/text.js';
import { FeedController } from '../shared/feed-controller.js';
import { eventSpec } from '../feed/validate.js';
import { FallbackFocus, reveal } from '../shared/fallback-focus.js';
import { pendingOr, renderError, renderOffline, safeRender } from '../shared/states.js';
import { ariaLevel } from '../shared/heading.js';
import { domId } from '../shared/dom-id.js';
import { searchKey } from '../i18n/translit.js';
import { sizeContainerStyles } from '../shared/size-container.js';
import { baseStyles } from '../shared/styles.js';
import { selectStyles } from '../shared/select-styles.js';
import { deviceZone, zoneNote } from '../shared/zone-note.js';
import { eventCalendarStyles } from './event-calendar.styles.js';
import { icsFileName, writeIcs } from './ics-file.js';
import {
  addDays, addMonths, daysIn, eventsInMonth, indexEvents, isPast, layoutMonth, nearestDay, openingMonth, today, weekday, weekStart,
  type Clock, type EventIndex, type Occurrence,
} from './layout.js';


/** Attribute values match the feed's whatever their case and spaces ("Training" finds "training"). */
const sameText = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * Where the element reads the clock and the visitor's time zone. Tests replace
 * these to stand in a visitor in UTC−10 or UTC+14; nothing else in the
 * calendar depends on the device's zone.
 */
export const calendarEnv = {
  now: (): number => Date.now(),
  deviceZone,
};

/** Months as yyyymm01 day keys. */
const monthOf = (key: number) => key - (key % 100) + 1;
const ymd = (key: number) => ({ y: Math.floor(key / 10000), m: Math.floor(key / 100) % 100, d: key % 100 });
/** Noon UTC of a day key: formats as that day in any zone we pass (UTC here). */
const noon = (key: number) => {
  const { y, m, d } = ymd(key);
  return new Date(Date.UTC(y, m - 1, d, 12));
};
/**
 * A date that opens a heading, capitalised ("Апрель 2014 г.", "Среда, 23
 * апреля"): Intl writes Russian, Azerbaijani and Armenian months and weekdays
 * in lower case. Not Georgian, whose capitals (Mtavruli) are not used so.
 */
const heading = (s: string, tag: string) => (/^ka\b/i.test(tag) ? s : s.charAt(0).toLocaleUpperCase(tag) + s.slice(1));
// "Tuesday, 29 April 2014" for every square of every month shown: made once per day and language.
const labels = new Map<string, string>();
const fullDate = (key: number, tag: string) => {
  const k = tag + key;
  let s = labels.get(k);
  if (s === undefined) labels.set(k, (s = heading(formatDate(noon(key), tag, { dateStyle: 'full', timeZone: 'UTC' }), tag)));
  return s;
};
const splitCities = (s: string) => s.split(/\s*[,;،]\s*/).filter(Boolean);
/** A location's cities in search form, worked out once: a city filter reads every event's city on each render (and each key press in the grid). */
const cityKeys = new Map<string, string[]>();
const cityKeysOf = (s: string) => cityKeys.get(s) ?? cityKeys.set(s, splitCities(s).map(searchKey)).get(s)!;
const safeUrl = (u?: string) => (u && /^https?:\/\//i.test(u) ? u : undefined);

/** A city in the filter: its name in the element's language and in every language of the feed. */
interface City {
  label: string;
  /** Its `lang` when not the widget's (a city only the feed's other language names). */
  lang?: string;
  names: Set<string>;
  /** Named by a plain string (the same in every language). */
  plain?: boolean;
}

// Built once per feed, shared by every calendar showing it.
const indexCache = new WeakMap<Feed, EventIndex>();
const cityCache = new WeakMap<Feed, Map<string, Map<string, City>>>();
const typeCache = new WeakMap<Feed, string[]>();

/** How many events a day square lists before "+N more". */
const PER_DAY = 3;
/** Events the list shows before "Show more events" (a busy month on a phone). */
const LIST_PAGE = 20;
/** Characters of a description shown before "Read more" (about four lines on a phone). */
const LONG_DESCRIPTION = 320;
/** Width (px) at and under which the calendar opens on the list: the styles' `@container (max-width: 540px)`. */
const NARROW = 540;

/**
 * The programme's trainings, information sessions and meetings: a month grid
 * and an agenda list, filters by type and city, and "add to calendar" files.
 *
 * The grid follows the WAI-ARIA date grid pattern: one tab stop; arrows move by
 * day and week, Home/End to the start/end of the week, Page Up/Down by month
 * (with Shift, by year); Enter or Space opens the day.
 *
 * @tagname iom-event-calendar
 * @summary Events from the feed, by month or as a list.
 *
 * @slot - Shown only when the script does not run (for example a link to the events page).
 *
 * @fires iom-feed-load - The feed loaded. `detail: { src, feed, fromCache, fetchedAt }`.
 * @fires iom-feed-error - The feed failed. `detail: { src, code, message, showingCache }`.
 *
 * @csspart toolbar - The month heading, navigation, view switch and filters.
 * @csspart heading - The month heading.
 * @csspart grid - The month grid.
 * @csspart day - One day of the grid.
 * @csspart list - The agenda list.
 * @csspart event - One event's details.
 * @csspart button - Every button.
 *
 * @cssproperty --iom-font - Font family.
 * @cssproperty --iom-font-size - Base font size (default: the visitor's own).
 * @cssproperty --iom-color-text - Text colour.
 * @cssproperty --iom-color-muted - Secondary text, days outside the month.
 * @cssproperty --iom-color-bg - Background.
 * @cssproperty --iom-color-surface - Days outside the month, event cards.
 * @cssproperty --iom-color-border - Borders.
 * @cssproperty --iom-color-accent - Links, buttons, today, events.
 * @cssproperty --iom-color-focus - The keyboard focus ring (#0033a0 unless set: it does not follow the accent).
 * @cssproperty --iom-color-on-accent - Text on accent-coloured parts.
 * @cssproperty --iom-color-danger - The "cancelled" label.
 * @cssproperty --iom-radius - Corner radius.
 * @cssproperty --iom-space - Base spacing.
 */
export class IomEventCalendar extends LitElement {
  static override styles = [baseStyles, sizeContainerStyles, selectStyles, eventCalendarStyles];
  /** Lit's reactive properties (declared here rather than by decorators, which cost bytes in every file). */
  static override properties = {
    src: {},
    view: { reflect: true },
    month: {},
    type: {},
    city: {},
    timeout: { type: Number },
    headingLevel: { attribute: 'heading-level', type: Number },
  };

  // The feed first: its request goes out at connect, before the language work
  // (the page's first Intl call alone costs tens of milliseconds).
  private readonly feed = new FeedController(this, { events: eventSpec });
  private readonly locale = new LocaleController(this, catalog);
  /** Focus on the partner's fallback moves into the content that replaces it. */
  protected readonly fallbackFocus = new FallbackFocus(this);

  /** URL of the feed. Defaults to the page's `<meta name="iom-widgets:feed">`. */
  src?: string;

  /** `month` or `list`. Without it, the list where the element is 540 px wide or less (a phone) and the month grid elsewhere. */
  view?: 'month' | 'list';

  /** The month to open, `YYYY-MM`. Without it, the month of the next event, else the current month. */
  month?: string;

  /** Only events of this type (`training`, `information-session`, `meeting`, `workshop`, …). */
  type?: string;

  /** Only events in this city (its name in any of the feed's languages). */
  city?: string;

  /** The level (1–6) of the month's heading in the page's outline (h2 without it); the day's and the events' follow one and two below. */
  headingLevel?: number;

  /** Milliseconds to wait for the feed to start arriving (or for a stalled one) before showing an error. */
  timeout = 10_000;

  // Plain fields, changed by handlers that call requestUpdate().
  /** The month shown, yyyymm01. */
  private shown?: number;
  /** The grid's one tab stop (roving tabindex). */
  private focusKey?: number;
  /** The day whose events are open below the grid. */
  private openKey?: number;
  /** The instant and the feed-zone day of the current render. */
  private clock: Clock = { now: 0, todayKey: 0 };
  private narrow = false;
  private moveFocus?: 'grid' | 'day';
  /** The current month's ended events, folded while later ones remain, are shown. */
  private earlierOpen = false;
  /** How many of the month's events (not folded) the list shows; "Show more events" adds a page. */
  private listMax = LIST_PAGE;
  /** Set by "Show more events": the first new event takes focus once rendered. */
  private revealAt?: number;
  /** Events whose long description is shown in full. */
  private readonly fullText = new Set<string>();
  private blobUrl?: string;
  /** The link whose file is made: its next click downloads it. */
  private icsReady?: HTMLAnchorElement;
  /** Whose file could not be made (the writer did not load): '' for all, else the event's id. */
  private icsFailed?: string;
  private readonly resize = new ResizeObserver(([entry]) => {
    const w = entry?.contentRect.width ?? 0;
    // Where the grid has no room for titles (the chips turn into bars, see the styles), the list.
    if (w > 0 && w <= NARROW !== this.narrow) {
      this.narrow = w <= NARROW;
      // Next frame: re-rendering inside the observer's own callback would resize what it observes.
      requestAnimationFrame(() => this.requestUpdate());
    }
  });

  /**
   * What the observer watches: an empty block as wide as the element, whose
   * height never changes. Watching the element itself, every change of the
   * content's height was a notification, and WebKit reported some of them to
   * the page as "ResizeObserver loop completed with undelivered notifications".
   */
  private readonly ruler = document.createElement('div');

  override connectedCallback(): void {
    super.connectedCallback();
    this.renderRoot.prepend(this.ruler);
    this.resize.observe(this.ruler);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resize.disconnect();
    if (this.blobUrl) URL.revokeObjectURL(this.blobUrl);
    this.blobUrl = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('month') || changed.has('src')) {
      const r = /^(\d{4})-(\d{2})$/.exec(this.month?.trim() ?? '');
      if (r && +r[2]! >= 1 && +r[2]! <= 12) this.goTo(+r[1]! * 10000 + +r[2]! * 100 + 1);
      else if (this.month) console.warn(`iom-widgets: <iom-event-calendar month="${this.month}">: expected YYYY-MM (for example 2014-04).`);
      // Without a month, another feed (or the month taken away) opens where its own next event is.
      else if (this.hasUpdated) this.shown = this.focusKey = this.openKey = undefined;
    }
  }

  protected override updated(): void {
    if (this.revealAt !== undefined) reveal(this.renderRoot.querySelectorAll<HTMLElement>('article')[this.revealAt]);
    this.revealAt = undefined;
    if (!this.moveFocus) return;
    const root = this.renderRoot;
    // The open day's heading; an empty day keeps the focus on its cell (the status says
    // so: Chromium tabs from a tabindex=-1 heading with nothing focusable after it back
    // to our first button). Else the grid's tab stop, or in the list the heading of the
    // focus day (or the last one before it).
    const to = [...root.querySelectorAll<HTMLElement>(this.moveFocus === 'day' && root.querySelector('.dayview .events') ? '#day-h' : '[role=gridcell][tabindex="0"], .date-h')];
    this.moveFocus = undefined;
    (to.filter((h) => !(+h.dataset.key! > this.focusKey!)).pop() ?? to[0])?.focus();
  }

  /** Shows month yyyymm01 (the focus day follows, same day of the month). */
  private goTo(month: number, focus?: number) {
    this.shown = monthOf(month);
    const { y, m } = ymd(this.shown);
    // The tab stop: the day asked for, else the same day of the month; at first
    // (0) today in today's month or the 1st, once render knows the date.
    this.focusKey = focus ?? (this.focusKey ? this.shown + Math.min(this.focusKey % 100, daysIn(y, m)) - 1 : 0);
    this.openKey = undefined;
    this.listMax = LIST_PAGE;
  }

  /**
   * "Go to ‹month›": the button goes away with the empty month, so the focus
   * moves to the event's day, which a screen reader reads with its events (the
   * live month heading says the month; focused, it would be read twice).
   */
  private goToNear(day: number) {
    this.goTo(monthOf(day), day);
    this.moveFocus = 'grid';
    this.requestUpdate();
  }

  private step(months: number) {
    this.goTo(addMonths(this.shown!, months));
    this.requestUpdate();
  }

  private onGridKeydown(e: KeyboardEvent) {
    const at = this.focusKey;
    if (at === undefined) return;
    const rtl = this.locale.dir === 'rtl';
    let to: number | undefined;
    switch (e.key) {
      case 'ArrowRight': to = addDays(at, rtl ? -1 : 1); break;
      case 'ArrowLeft': to = addDays(at, rtl ? 1 : -1); break;
      case 'ArrowDown': to = addDays(at, 7); break;
      case 'ArrowUp': to = addDays(at, -7); break;
      case 'Home': to = addDays(at, -weekday(at, weekStart(this.locale.lang))); break;
      case 'End': to = addDays(at, 6 - weekday(at, weekStart(this.locale.lang))); break;
      case 'PageDown': to = addMonths(at, e.shiftKey ? 12 : 1); break;
      case 'PageUp': to = addMonths(at, e.shiftKey ? -12 : -1); break;
      case 'Enter':
      case ' ':
        e.preventDefault();
        this.open(at);
        return;
      case 'Escape':
        // An empty day opened with the focus left on its cell: Escape closes it there too.
        if (this.openKey) this.onDayKeydown(e);
        return;
      default:
        return;
    }
    e.preventDefault();
    this.focusKey = to;
    if (monthOf(to) !== this.shown) this.goTo(monthOf(to), to);
    this.moveFocus = 'grid';
    this.requestUpdate();
  }

  /** A cell focused otherwise than by our keys (a screen reader, a script) becomes the tab stop. */
  private onGridFocus(e: FocusEvent) {
    const key = +(e.target as HTMLElement).dataset.key!;
    if (key !== this.focusKey) {
      this.focusKey = key;
      this.requestUpdate();
    }
  }

  private open(key: number) {
    if (monthOf(key) !== this.shown) this.goTo(monthOf(key), key);
    this.focusKey = this.openKey = key;
    this.moveFocus = 'day';
    this.requestUpdate();
  }

  private onDayKeydown(e: KeyboardEvent) {
    if (e.key !== 'Escape') return;
    this.openKey = undefined;
    this.moveFocus = 'grid';
    this.requestUpdate();
  }

  private setView(view: 'month' | 'list') {
    this.view = view;
  }

  /**
   * Makes the .ics on demand (a Blob URL; the writer loads first), then lets
   * the link's own download run: the visitor's click waits for the file, and
   * the link is clicked again once it is ready.
   */
  /** `key`: the event's id, '' for the file of every event shown. */
  private async onIcs(e: MouseEvent, events: readonly FeedEvent[], feed: Feed, key = '') {
    const link = e.currentTarget as HTMLAnchorElement;
    if (this.icsReady === link) return void (this.icsReady = undefined); // the second click: the file is there
    e.preventDefault();
    // A failure again is said again: the alert goes, and comes back new.
    this.icsFailed = undefined;
    this.requestUpdate();
    try {
      const options = {
        timeZone: feed.timezone, lang: this.locale.lang, languages: feed.languages, now: calendarEnv.now(),
        uidDomain: new URL(this.feed.src ?? '', document.baseURI).hostname || undefined,
        // A calendar's name makes some apps (Outlook) file one event as a new calendar.
        name: events.length > 1 ? this.locale.run(() => msg('Events')) : undefined,
      };
      const text = await writeIcs(events, options);
      if (this.blobUrl) URL.revokeObjectURL(this.blobUrl);
      this.blobUrl = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
      link.href = this.blobUrl;
      this.icsReady = link;
      link.click();
    } catch (err) {
      // Never into the host page. Offline on a phone, the writer's chunk does not
      // come: the visitor is told beside the link, the site editor in the console.
      this.icsFailed = key;
      console.error('iom-widgets: <iom-event-calendar> could not make the calendar file.', err);
    }
    this.requestUpdate();
  }

  override render() {
    return safeRender(this, this.locale, () => {
      if (!this.locale.ready) return pendingOr(this, () => this.renderSkeleton());
      const view = this.feed.view;
      // The partner's own fallback (a link, a plain list) stays until the content comes.
      if (view.state === 'loading') return pendingOr(this, () => this.renderSkeleton());
      if (view.state === 'error') return html`${renderError(msg('The events could not be loaded.'), view.error, () => this.feed.retry())}<slot></slot>`;
      const feed = view.feed;
      const offline = view.offline ? renderOffline(view, this.locale.tag, () => this.feed.retry()) : nothing;
      if (!feed.events.length) return html`${offline}<div class="state" role="status">${msg('No events yet.')}</div>`;
      const index = this.eventIndex(feed);
      const now = calendarEnv.now();
      const todayKey = today(now, feed.timezone);
      // Read once per render by every event shown ("Ended"), not once per event.
      this.clock = { now, todayKey };
      const keep = this.filter(feed);
      if (this.shown === undefined) this.goTo(openingMonth(index, this.clock, keep));
      if (!this.focusKey) this.focusKey = monthOf(todayKey) === this.shown ? todayKey : this.shown;
      const mode = this.view === 'list' || this.view === 'month' ? this.view : this.narrow ? 'list' : 'month';
      return html`${offline}${this.renderToolbar(feed, mode, keep)}
        ${mode === 'month' ? this.renderMonth(feed, index, todayKey, keep) : this.renderList(feed, index, keep)}`;
    });
  }

  private renderToolbar(feed: Feed, mode: 'month' | 'list', keep: (o: Occurrence) => boolean): TemplateResult {
    // One option per type whatever its case ("Training" and "training").
    const types = typeCache.get(feed) ?? typeCache.set(feed, [...new Map(feed.events.flatMap((e) => (e.type ? [[e.type.toLowerCase(), e.type] as const] : []))).values()]).get(feed)!;
    const cities = this.cities(feed);
    // A `type` or `city` the feed does not have filters everything out: the box says so rather than "All".
    const cityNow = this.city?.trim() ? (this.cityOption(cities) ?? null) : undefined;
    const typeNow = this.type?.trim() ? (types.find((t) => sameText(t, this.type!)) ?? null) : undefined;
    // The arrows point outward by our choice of character; an ltr isolate keeps a font's
    // right-to-left mirroring of ‹ › (Noto does it, others not) from turning them back.
    return html`<div class="toolbar" part="toolbar">
      <div class="nav">
        <button part="button" class="btn icon" aria-label=${msg('Previous month')} @click=${() => this.step(-1)}>
          <span aria-hidden="true" dir="ltr">${this.locale.dir === 'rtl' ? '›' : '‹'}</span>
        </button>
        <h2 id="month-h" part="heading" class="heading" tabindex="-1" aria-live="polite" aria-level=${ariaLevel(this.headingLevel)}>${heading(formatDate(noon(this.shown!), this.locale.tag, { month: 'long', year: 'numeric', timeZone: 'UTC' }), this.locale.tag)}</h2>
        <button part="button" class="btn icon" aria-label=${msg('Next month')} @click=${() => this.step(1)}>
          <span aria-hidden="true" dir="ltr">${this.locale.dir === 'rtl' ? '‹' : '›'}</span>
        </button>
      </div>
      <div class="views" role="group" aria-label=${msg('View')}>
        <button part="button" class="btn" aria-pressed=${mode === 'month'} @click=${() => this.setView('month')}>${msg('Month')}</button>
        <button part="button" class="btn" aria-pressed=${mode === 'list'} @click=${() => this.setView('list')}>${msg('List')}</button>
      </div>
      <div class="filters">
        <label>
          <span>${msg('Type')}</span>
          <select @change=${(e: Event) => (this.type = (e.target as HTMLSelectElement).value || undefined)}>
            <option value="" ?selected=${!typeNow}>${msg('All types')}</option>
            ${types.map((t) => html`<option value=${t} ?selected=${typeNow === t}>${this.typeLabel(t)}</option>`)}
            ${typeNow === null ? html`<option value=${this.type!} selected>${this.type}</option>` : nothing}
          </select>
        </label>
        <label>
          <span>${msg('City')}</span>
          <select @change=${(e: Event) => (this.city = (e.target as HTMLSelectElement).value || undefined)}>
            <option value="" ?selected=${!cityNow}>${msg('All cities')}</option>
            ${[...cities.values()].map((c) => html`<option value=${c.label} lang=${c.lang ?? nothing} ?selected=${cityNow === c}>${c.label}</option>`)}
            ${cityNow === null ? html`<option value=${this.city!} selected>${this.city}</option>` : nothing}
          </select>
        </label>
        <a part="button" class="btn ics" href="#" download="events.ics" @click=${(e: MouseEvent) => this.onIcs(e, feed.events.filter((event) => keep({ event } as Occurrence) /* the filters read only the event */), feed)}>
          ${msg('Add all to calendar')}
        </a>
        ${this.renderIcsFailed('')}
      </div>
    </div>`;
  }

  private renderMonth(feed: Feed, index: EventIndex, todayKey: number, keep: (o: Occurrence) => boolean): TemplateResult {
    const { y, m } = ymd(this.shown!);
    const tag = this.locale.tag;
    const start = weekStart(this.locale.lang);
    const weeks = layoutMonth(index, y, m, keep, start);
    // Monday first, turned to the week's first day. Persian's "short" names are
    // the long ones: on a phone the column heads take the narrow ones.
    const [long, short, narrow] = (['long', 'short', 'narrow'] as const).map((w) => {
      const names = weekdayNames(tag, w);
      return [...names.slice(start), ...names.slice(0, start)];
    });
    const count = new Set(weeks.flatMap((w) => w.flatMap((d) => (d.inMonth ? d.events : [])))).size;
    const open = this.openKey !== undefined ? (index.byDay.get(this.openKey) ?? []).filter(keep) : undefined;
    return html`${count ? nothing : this.renderEmptyMonth(index, keep)}${this.renderCount(count, open?.length === 0)}
      <table part="grid" class="grid" role="grid" aria-labelledby="month-h" @keydown=${this.onGridKeydown} @focusin=${this.onGridFocus}>
        <thead>
          <tr>${short.map((s, i) => html`<th scope="col" abbr=${long[i]!}><span class="wd" aria-hidden="true">${s}</span><span class="wd n" aria-hidden="true">${narrow[i]}</span><span class="sr-only">${long[i]}</span></th>`)}</tr>
        </thead>
        <tbody>
          ${weeks.map((week) => html`<tr>
            ${week.map((day) => {
              const more = day.events.length > PER_DAY ? day.events.length - (PER_DAY - 1) : 0;
              const shownEvents = more ? day.events.slice(0, PER_DAY - 1) : day.events;
              return html`<td
                role="gridcell"
                part="day"
                class="day ${day.inMonth ? '' : 'outside'} ${day.key === todayKey ? 'today' : ''}"
                data-key=${day.key}
                tabindex=${day.key === this.focusKey ? 0 : -1}
                aria-selected=${day.key === this.openKey || nothing /* "not selected" on every other day is noise */}
                aria-current=${day.key === todayKey ? 'date' : nothing}
                @click=${() => this.open(day.key)}
              >
                <span class="num" aria-hidden="true">${formatNumber(day.d, tag)}</span>
                <span class="sr-only">${fullDate(day.key, tag)}${day.key === todayKey ? html`${comma(tag)}${msg('today')}` : nothing}</span>
                ${day.events.length
                  ? html`<ul class="chips">
                      ${shownEvents.map((o) => this.renderChip(o, day.key, feed))}
                      ${more ? html`<li class="more">${msg(str`+${formatNumber(more, tag)} more`)}</li>` : nothing}
                    </ul>`
                  : nothing}
              </td>`;
            })}
          </tr>`)}
        </tbody>
      </table>
      ${open
        ? html`<section class="dayview" aria-labelledby="day-h" @keydown=${this.onDayKeydown}>
            <h3 id="day-h" tabindex="-1" aria-level=${ariaLevel(this.headingLevel, 1)}>${fullDate(this.openKey!, tag)}</h3>
            ${open.length
              ? html`<ul class="events">${open.map((o) => html`<li>${this.renderEvent(o, feed)}</li>`)}</ul>`
              : html`<p class="muted">${msg('No events on this day.')}</p>`}
          </section>`
        : nothing}`;
  }

  /**
   * How many events the month holds, told to screen readers when a filter or
   * the month changes, as the locator tells its count (an empty month's own
   * message says so).
   */
  private renderCount(n: number, emptyDay?: boolean): TemplateResult {
    return html`<p class="sr-only" role="status">${emptyDay ? msg('No events on this day.') : n ? msg(str`Events this month: ${formatNumber(n, this.locale.tag)}`) : this.emptyMonthText()}</p>`;
  }

  private emptyMonthText() {
    const label = formatDate(noon(this.shown!), this.locale.tag, { month: 'long', year: 'numeric', timeZone: 'UTC' });
    return this.type || this.city ? msg(str`No matching events in ${label}.`) : msg(str`No events in ${label}.`);
  }

  private renderChip(o: Occurrence, key: number, feed: Feed): TemplateResult {
    const title = pick(o.event.title, this.locale.lang, feed.languages)!;
    const time = !o.allDay && o.first === key ? formatTime(new Date(o.start), this.locale.tag, feed.timezone) : '';
    const cont = o.first < key ? 'cont' : '';
    return html`<li class="chip ${o.event.cancelled ? 'cancelled' : ''} ${cont} ${o.last > key ? 'goes-on' : ''}" dir=${dirAttr(title)}>
      ${time ? html`<span class="time">${time}</span> ` : nothing}<span lang=${langAttr(title, this.locale.lang) ?? nothing}>${title.text}</span>${o.event.cancelled
        ? html`<span class="sr-only">${comma(this.locale.tag)}${msg('cancelled')}</span>`
        : nothing}
    </li>`;
  }

  /**
   * An empty month's message, for the eye: screen readers hear it from the
   * count's status, which stays in place (a status made with its text in it
   * is often not read out).
   */
  private renderEmptyMonth(index: EventIndex, keep: (o: Occurrence) => boolean): TemplateResult {
    const near = nearestDay(index, this.shown!, keep);
    return html`<div class="state empty">
      <span aria-hidden="true">${this.emptyMonthText()}</span>
      ${near !== undefined
        ? html`<button part="button" class="link-btn" @click=${() => this.goToNear(near)}>
            ${msg(str`Go to ${formatDate(noon(near), this.locale.tag, { month: 'long', year: 'numeric', timeZone: 'UTC' })}`)}
          </button>`
        : nothing}
    </div>`;
  }

  private renderList(feed: Feed, index: EventIndex, keep: (o: Occurrence) => boolean): TemplateResult {
    const { y, m } = ymd(this.shown!);
    const list = eventsInMonth(index, y, m, keep);
    // In the current month the events already over fold under one line while
    // later ones remain: a phone opens on what is to come, not on weeks of
    // "Ended" (and a month of hundreds renders only what is shown).
    const ended: Occurrence[] = [];
    const later: Occurrence[] = [];
    for (const o of list) (isPast(o, this.clock) ? ended : later).push(o);
    const fold = later.length ? ended.length : 0;
    const rest = fold ? later : list;
    // (One template whether the month is empty or not: the count's status stays the same element.)
    return html`${this.renderCount(list.length)}${list.length
      ? html`${fold
          ? html`<details class="earlier" ?open=${this.earlierOpen} @toggle=${(e: Event) => {
              this.earlierOpen = (e.target as HTMLDetailsElement).open;
              this.requestUpdate();
            }}>
              <summary part="button">${msg(str`Past events (${formatNumber(fold, this.locale.tag)})`)}</summary>
              ${this.earlierOpen ? this.renderAgenda(ended, feed) : nothing}
            </details>`
          : nothing}${this.renderAgenda(rest.slice(0, this.listMax), feed)}${rest.length > this.listMax
          ? html`<button part="button" class="btn more-events" @click=${() => {
              // The first new event takes focus: the visitor reads on from there.
              this.revealAt = this.renderRoot.querySelectorAll('article').length;
              this.listMax += LIST_PAGE;
              this.requestUpdate();
            }}>${msg(str`Show more events (${formatNumber(rest.length - this.listMax, this.locale.tag)})`)}</button>`
          : nothing}`
      : this.renderEmptyMonth(index, keep)}`;
  }

  /** Events grouped under the day each starts (within this month). */
  private renderAgenda(list: Occurrence[], feed: Feed): TemplateResult {
    const groups = new Map<number, Occurrence[]>();
    for (const o of list) {
      const k = Math.max(o.first, this.shown!);
      groups.set(k, [...(groups.get(k) ?? []), o]);
    }
    return html`<ol part="list" class="agenda" aria-labelledby="month-h">
      ${[...groups].map(([k, os]) => html`<li class="group">
        <h3 class="date-h" tabindex="-1" data-key=${k} aria-level=${ariaLevel(this.headingLevel, 1)}>${fullDate(k, this.locale.tag)}</h3>
        <ul class="events">${os.map((o) => html`<li>${this.renderEvent(o, feed)}</li>`)}</ul>
      </li>`)}
    </ol>`;
  }

  /** One event's details. */
  private renderEvent(o: Occurrence, feed: Feed): TemplateResult {
    const ev = o.event;
    const lang = this.locale.lang;
    const p = (v: LocalizedText | undefined) => pick(v, lang, feed.languages);
    const title = p(ev.title)!;
    const desc = p(ev.description);
    const loc = ev.location;
    const [name, city, address] = [p(loc?.name), p(loc?.city), p(loc?.address)];
    const map = loc ? this.mapUrl(loc.lat, loc.lon, [address?.text, city?.text].filter(Boolean).join(', ') || name?.text) : undefined;
    const link = safeUrl(ev.url);
    // (Georgian ids, "ტრენინგი-1" and "სემინარი-1", were both e-________-1: each label named the first.)
    const id = `e-${domId(ev.id)}`;
    const zone = !o.allDay ? zoneNote(o.start, feed.timezone, this.locale.tag, msg('Tbilisi time'), calendarEnv.deviceZone) : undefined;
    // The list of the current month shows its earlier events too: they say they are over.
    const past = isPast(o, this.clock);
    return html`<article part="event" tabindex="-1" class="event ${ev.cancelled ? 'cancelled' : past ? 'past' : ''}" aria-labelledby="${id}">
      <h4 class="title" id=${id} aria-level=${ariaLevel(this.headingLevel, 2)} lang=${langAttr(title, lang) ?? nothing} dir=${dirAttr(title)}>
        ${ev.cancelled ? html`<s>${title.text}</s> <span class="badge">${msg('Cancelled')}</span>` : title.text}
      </h4>
      <p class="when"><time datetime=${ev.start}>${this.when(o, feed.timezone)}</time>${zone ? html` <span class="zone">(${zone})</span>` : nothing}${past && !ev.cancelled
        ? html` <span class="badge ended">${msg('Ended')}</span>`
        : nothing}</p>
      <dl class="facts">
        ${ev.type ? html`<div><dt>${msg('Type')}</dt><dd>${this.typeLabel(ev.type)}</dd></div>` : nothing}
        ${loc
          ? html`<div><dt>${msg('Place')}</dt><dd>
              ${[name, address, city].filter((x, i, a) => x && a.findIndex((y) => y?.text === x.text) === i).map((x) => html`<div lang=${langAttr(x, lang) ?? nothing} dir=${dirAttr(x)}>${x!.text}</div>`)}
              ${map ? html`<a href=${map} aria-describedby=${id}>${msg('Show on the map')}</a>` : nothing}
            </dd></div>`
          : nothing}
      </dl>
      ${desc ? this.renderDescription(desc, id, ev.id) : nothing}
      <div class="actions">
        ${link ? html`<a href=${link} aria-describedby=${id}>${msg('More information')}</a>` : nothing}
        ${ev.cancelled
          ? nothing
          : html`<a part="button" class="add" href="#" download=${icsFileName(ev)} aria-describedby=${id} @click=${(e: MouseEvent) => this.onIcs(e, [ev], feed, ev.id)}>${msg('Add to calendar')}</a>${this.renderIcsFailed(ev.id)}`}
      </div>
    </article>`;
  }

  /** Beside a calendar link whose file could not be made: what the visitor can do. */
  private renderIcsFailed(key: string) {
    return this.icsFailed === key ? html`<p class="ics-failed" role="alert">${msg('Check your internet connection and try again.')}</p>` : nothing;
  }

  /**
   * A long description (a partner pastes a whole programme) shows its start and
   * "Read more", as the news feed does: thirty events a day each two thousand
   * characters long made a phone's list thirteen screens of text.
   */
  private renderDescription(desc: PickedText, id: string, eventId: string): TemplateResult {
    const open = this.fullText.has(eventId);
    const long = desc.text.length > LONG_DESCRIPTION;
    // Cut at the last space before the limit, so no word is halved.
    const shown = long && !open ? `${desc.text.slice(0, desc.text.lastIndexOf(' ', LONG_DESCRIPTION - 40) + 1 || LONG_DESCRIPTION - 40).trimEnd()}…` : desc.text;
    return html`<p class="desc" id="${id}-d" lang=${langAttr(desc, this.locale.lang) ?? nothing} dir=${dirAttr(desc)}>${shown}</p>
      ${long
        ? html`<button part="button" class="link-btn" aria-expanded=${open} aria-controls="${id}-d" aria-describedby=${id}
            @click=${() => {
              if (!this.fullText.delete(eventId)) this.fullText.add(eventId);
              this.requestUpdate();
            }}>${open ? msg('Show less') : msg('Read more')}</button>`
        : nothing}`;
  }

  private renderSkeleton() {
    return html`<div class="loading" role="status" aria-busy="true">
      <span class="sr-only">${msg('Loading events…')}</span>
      <span class="skeleton sk-heading" aria-hidden="true"></span>
      <span class="skeleton sk-grid" aria-hidden="true"></span>
    </div>`;
  }

  /** "29 April 2014", "29 April – 2 May 2014" style, or with times; in the feed's zone. */
  private when(o: Occurrence, timeZone: string): string {
    const tag = this.locale.tag;
    const day = (d: Date, tz: string) => formatDate(d, tag, { day: 'numeric', month: 'long', year: 'numeric', timeZone: tz });
    if (o.allDay) {
      const a = day(noon(o.first), 'UTC');
      return o.last > o.first ? `${a} – ${day(noon(o.last), 'UTC')}` : a;
    }
    const start = new Date(o.start);
    const d = day(start, timeZone);
    const a = `${d}${comma(tag)}${formatTime(start, tag, timeZone)}`;
    // No end, or a bare end date ("2026-12-07": that day, not the midnight after it).
    if (o.end === undefined || !o.event.end!.includes('T')) return o.last > o.first ? `${a} – ${day(noon(o.last), 'UTC')}` : a;
    // The end's own date when it is another day's, midnight included ("00:00 – 00:00" would read as no time at all).
    const end = new Date(o.end);
    const e = day(end, timeZone);
    return `${a} – ${e === d ? '' : e + comma(tag)}${formatTime(end, tag, timeZone)}`;
  }

  private mapUrl(lat: number | undefined, lon: number | undefined, query?: string): string | undefined {
    if (lat !== undefined && lon !== undefined) return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=17/${lat}/${lon}`;
    return query ? `https://www.openstreetmap.org/search?query=${encodeURIComponent(query)}` : undefined;
  }

  private typeLabel(type: string): string {
    switch (type.toLowerCase()) {
      case 'training': return msg('Training');
      case 'information-session': return msg('Information session');
      case 'meeting': return msg('Meeting');
      case 'workshop': return msg('Workshop');
      // A type of the partner's own (FEED.md allows any word): written as words, "job-fair" as "job fair".
      default: return type.replace(/[-_]+/g, ' ');
    }
  }

  /** The feed's cities (a "Batumi, Gonio, Kobuleti" location counts for each), keyed by their name in our language. */
  private cities(feed: Feed): Map<string, City> {
    const lang = this.locale.lang;
    const byLang = cityCache.get(feed) ?? cityCache.set(feed, new Map()).get(feed)!;
    const known = byLang.get(lang);
    if (known) return known;
    const out = new Map<string, City>();
    for (const ev of feed.events) {
      const c = ev.location?.city;
      if (!c) continue;
      const picked = pick(c, lang, feed.languages);
      const shown = splitCities(picked?.text ?? '');
      const others = typeof c === 'string' ? [] : Object.values(c).map(splitCities);
      shown.forEach((label, i) => {
        // Compared as the locator's search compares: "Batumi", "batumi" and "ბათუმი" are one city.
        const key = searchKey(label);
        let entry = out.get(key);
        // Named, where one event names it, as its language object says it in ours: a plain "Tbilisi" is თბილისი then.
        if (!entry || (entry.plain && typeof c !== 'string')) out.set(key, (entry = { label, lang: langAttr(picked, lang), names: new Set([key, ...(entry?.names ?? [])]), plain: typeof c === 'string' }));
        // The same position in another language is the same city.
        for (const names of others) if (names.length === shown.length) entry.names.add(searchKey(names[i]!));
      });
    }
    // A city written as a plain string ("Tbilisi") is the same as one written in each language: one option.
    for (const [k, e] of out) {
      for (const [k2, e2] of out) {
        if (k !== k2 && e2.names.has(k) && e2.names.size > e.names.size) {
          e.names.forEach((n) => e2.names.add(n));
          out.delete(k);
          break;
        }
      }
    }
    const collator = new Intl.Collator(this.locale.tag);
    const cities = new Map([...out].sort((a, b) => collator.compare(a[1].label, b[1].label)));
    byLang.set(lang, cities);
    return cities;
  }

  private cityOption(cities: Map<string, City>) {
    const want = this.city?.trim() && searchKey(this.city);
    return want ? [...cities.values()].find((c) => c.names.has(want)) : undefined;
  }

  /** The filter in force: type and city, city matched in any language. */
  private filter(feed: Feed): (o: Occurrence) => boolean {
    // Types match whatever their case ("Training" finds "training"): lowered once here, not per event.
    const type = this.type?.trim().toLowerCase();
    const city = this.city?.trim();
    if (!type && !city) return () => true;
    const names = city && (this.cityOption(this.cities(feed))?.names ?? new Set([searchKey(city)]));
    return (o) => {
      if (type && o.event.type?.toLowerCase() !== type) return false;
      if (!names) return true;
      const c = o.event.location?.city;
      return !!c && (typeof c === 'string' ? [c] : Object.values(c)).some((s) => cityKeysOf(s).some((k) => names.has(k)));
    };
  }

  private eventIndex(feed: Feed): EventIndex {
    let index = indexCache.get(feed);
    if (!index) indexCache.set(feed, (index = indexEvents(feed.events, feed.timezone)));
    return index;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'iom-event-calendar': IomEventCalendar;
  }
}
