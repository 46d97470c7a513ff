import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Centre, Feed, LocalizedText } from '../feed/types.js';
import { formatDate, weekdayNames } from '../i18n/dates.js';
import { catalog } from '../i18n/generated/centre-locator/index.js';
import { LocaleController } from '../i18n/locale.js';
import { formatNumber } from '../i18n/numbers.js';
import { colon, comma, dirAttr, langAttr, pick, type PickedText } from '../i18n/text.js';
import { FeedController } from '../shared/feed-controller.js';
import { centreSpec, serviceSpec } from '../feed/validate.js';
import { FallbackFocus, reveal } from '../shared/fallback-focus.js';
import { pendingOr, renderError, renderOffline, safeRender } from '../shared/states.js';
import { ariaLevel } from '../shared/heading.js';
import { domId } from '../shared/dom-id.js';
import { sizeContainerStyles } from '../shared/size-container.js';
import { baseStyles } from '../shared/styles.js';
import { selectStyles } from '../shared/select-styles.js';
import { deviceZone, zoneNote } from '../shared/zone-note.js';
import { daysBetween, openStatus, weeklyHours, type OpenStatus } from '../time/hours.js';
import { wallTime, zonedInstant, type WallTime } from '../time/parse.js';
import { centreLocatorStyles } from './centre-locator.styles.js';
import { distanceKm, projectToOutline } from './geo.js';
import { GEORGIA_BOX, GEORGIA_PATH } from './georgia-outline.js';
import { formatPhone, telHref } from './phone.js';
import type { TileMap } from './tile-map.js';
import { searchKey } from '../i18n/translit.js';

/** The pins made in a map element (see syncPins()), what they were made from, and which one is the map's single Tab stop. */
const pinsIn = new WeakMap<Element, { all: Entry[]; lang: string; picked?: string; stop?: string; buttons: Map<string, HTMLButtonElement> }>();

/** Each feed's services by id: a centre names its own by id (20 centres of 2,000 services each took a second). */
const serviceIds = new WeakMap<Feed, Map<string, Feed['services'][number]>>();

/** Where "Nearest to me" stands. */
type GeoState =
  | { state: 'idle' | 'asking' | 'denied' | 'timeout' | 'unavailable' | 'unsupported' }
  | { state: 'located'; lat: number; lon: number };

/** A centre with what the list needs, worked out once per feed. */
interface Entry {
  centre: Centre;
  /** Name, city and address in every language, romanised, for the search box (worked out at the first search). */
  haystack?: string;
  /** Its city's key (one of its names in search form), the same for every centre in that city. */
  city: string;
  /** Where its pin stands on the outline, if it has a location in Georgia: left/top in %, set through the CSSOM in syncPins(). */
  pin?: { left: string; top: string };
}

/** Every language's text of some feed values. */
const texts = (...values: (LocalizedText | undefined)[]): string[] =>
  values.flatMap((v) => (v === undefined ? [] : typeof v === 'string' ? [v] : Object.values(v)));

/** This week as the hours table needs it: today's weekday (Monday = 0) and the date (YYYY-MM-DD) of each weekday in the coming seven days. */
interface Week {
  today: number;
  dates: string[];
}

/** Georgia's outline: the map's ground, and the loading skeleton's (the map stands where it will). */
// (The path inside the template's own <svg> is an SVG element: no svg`` tag needed, nor its code.)
const outline = html`<svg viewBox="0 0 ${GEORGIA_BOX.width} ${GEORGIA_BOX.height}" aria-hidden="true" focusable="false"><path class="land" d=${GEORGIA_PATH}></path></svg>`;

/** Minutes before closing from which the status counts down. */
const COUNTDOWN_MINUTES = 60;
/** Longest wait for the visitor's position. */
const GEO_TIMEOUT = 10_000;
/**
 * Our own limit on "Finding your location…": the `timeout` option does not
 * count the time the permission prompt is open, and some browsers never call
 * back when the prompt is dismissed.
 */
const GEO_GIVE_UP = GEO_TIMEOUT + 5_000;

/** Internal, for tests: how the tile map's code is loaded (its own chunk, only with `tiles`). */
export const locatorHooks = { loadTileMap: () => import('./tile-map.js'), deviceZone };

/**
 * The programme's mobility centres: which is nearest, whether it is open now
 * (in the feed's time zone, wherever the visitor is) and how to call or reach it.
 *
 * @tagname iom-centre-locator
 * @summary Mobility centres with open-now status, filters, search, "nearest to me" and a map.
 *
 * @slot - Shown when the script does not run, and under the error message when the feed fails (for example a plain list of addresses).
 *
 * @fires iom-feed-load - The feed loaded. `detail: { src, feed, fromCache, fetchedAt }`.
 * @fires iom-feed-error - The feed failed. `detail: { src, code, message, showingCache }`.
 *
 * @csspart controls - The search box, filters and "nearest to me".
 * @csspart map - The map (the outline of Georgia, or the tile map).
 * @csspart pin - A centre's pin on the outline map.
 * @csspart list - The list of centres.
 * @csspart item - One centre.
 * @csspart name - A centre's name.
 * @csspart status - A centre's open-now status.
 * @csspart hours - A centre's weekly hours table.
 * @csspart button - Every button.
 *
 * @cssproperty --iom-font - Font family.
 * @cssproperty --iom-font-size - Base font size (default: the visitor's own).
 * @cssproperty --iom-color-text - Text colour.
 * @cssproperty --iom-color-muted - Secondary text.
 * @cssproperty --iom-color-bg - Background.
 * @cssproperty --iom-color-surface - Background of cards, the map and notes.
 * @cssproperty --iom-color-border - Borders.
 * @cssproperty --iom-color-accent - Links, buttons, pins.
 * @cssproperty --iom-color-focus - The keyboard focus ring (#0033a0 unless set: it does not follow the accent).
 * @cssproperty --iom-color-on-accent - Text on accent-coloured buttons.
 * @cssproperty --iom-color-open - The "open now" status.
 * @cssproperty --iom-radius - Corner radius.
 * @cssproperty --iom-space - Base spacing.
 */
export class IomCentreLocator extends LitElement {
  static override styles = [baseStyles, sizeContainerStyles, selectStyles, centreLocatorStyles];
  /** Lit's reactive properties (declared here rather than by decorators, which cost bytes in every file). */
  static override properties = {
    src: {},
    timeout: { type: Number },
    city: {},
    service: {},
    tiles: {},
    limit: { type: Number },
    attribution: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    now: { attribute: false },
    query: { state: true },
    geo: { state: true },
    picked: { state: true },
    shown: { state: true },
  };

  // The feed first: its request goes out at connect, before the language work
  // (the page's first Intl call alone costs tens of milliseconds).
  private readonly feed = new FeedController(this, { services: serviceSpec, centres: centreSpec });
  private readonly locale = new LocaleController(this, catalog);
  /** Focus on the partner's fallback moves into the content that replaces it. */
  protected readonly fallbackFocus = new FallbackFocus(this);

  /** URL of the feed. Defaults to the page's `<meta name="iom-widgets:feed">`. */
  src?: string;

  /** Milliseconds to wait for the feed to start arriving (or for a stalled one) before showing an error. */
  timeout = 10_000;

  /** Only centres in this city (its name in any of the feed's languages, Georgian or Latin letters). */
  city?: string;

  /** Only centres offering this service (an id from the feed's `services`). */
  service?: string;

  /** An XYZ tile URL template (`https://tile.openstreetmap.org/{z}/{x}/{y}.png`): shows a slippy map instead of the outline. Without it no map library loads and no third party is asked. */
  tiles?: string;

  /** How many centres the list shows at first; "show more" adds as many again (the map shows them all). */
  limit = 20;

  /** Credit for the tiles, plain text. */
  attribution = '© OpenStreetMap contributors';

  /** The level (1–6) of the centres' names in the page's outline; they are h3 without it. */
  headingLevel?: number;

  /**
   * A fixed moment (ms since 1970) for the open status, for stories and tests; unset, the real clock, refreshed on every change.
   * @internal
   */
  now?: number;

  /** What the visitor typed in the search box. */
  private query = '';
  /** The count screen readers were last told: held while the visitor types, said once they pause. */
  private said: unknown = '';
  private typing?: ReturnType<typeof setTimeout>;

  private geo: GeoState = { state: 'idle' };

  /** The centre picked on the map: its list entry is highlighted. */
  private picked?: string;

  /** Centres listed now (grows with "show more"; 0 = `limit`). */
  private shown = 0;

  /** The matching centres' ids in list order, from the last render (for pins beyond the shown page). */
  private order: string[] = [];

  private entries?: { feed: Feed; list: Entry[] };
  /** The key every centre in a city shares, from any of its keys (set with the entries). */
  private cityOf = (key: string) => key;
  private options?: { feed: Feed; lang: string; cities: [string, PickedText][]; services: Feed['services'] };
  private refreshTimer?: ReturnType<typeof setTimeout>;
  private geoTimer?: ReturnType<typeof setTimeout>;
  /** Counts "Nearest to me" requests: only the latest one's answer counts. */
  private geoAsk = 0;
  /** Attribute values the site's editor has been warned about (once each). */
  private readonly warned = new Set<string>();
  private tileMap?: TileMap;
  private tileMapFor?: string;
  private tileMapLoading?: Promise<unknown>;
  /** A `tiles` whose map code could not load: the outline map stands in for it. */
  private tilesFailed?: string;
  /** Centre id whose list entry takes focus after the next render. */
  private focusId?: string;
  /** The search box takes focus after the next render ("Show all centres" removes the pressed button). */
  private focusSearch = false;
  /** What the outline map's pins show after this render (see syncPins()). */
  private pinPlan?: { all: Entry[]; visible: Set<string>; lang: string; languages: string[] };

  override connectedCallback(): void {
    super.connectedCallback();
    // Timers pause while a laptop sleeps or a tab is frozen: coming back, the status is worked out again.
    document.addEventListener('visibilitychange', this.onWake);
    window.addEventListener('pageshow', this.onWake);
    // Moved in the page: the status timer was cleared on leaving; the next render plans it again.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.onWake);
    window.removeEventListener('pageshow', this.onWake);
    clearTimeout(this.refreshTimer);
    clearTimeout(this.geoTimer);
    this.tileMap?.destroy();
    this.tileMap = this.tileMapFor = undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('city') || changed.has('service')) this.picked = undefined;
    // A new question starts again from the first page.
    if (changed.has('city') || changed.has('service') || changed.has('query') || changed.has('geo') || changed.has('limit')) {
      if (!changed.has('shown')) this.shown = 0;
    }
  }

  protected override updated(): void {
    this.syncPins();
    if (this.focusId) {
      reveal(this.renderRoot.querySelector<HTMLElement>(`#c-${CSS.escape(domId(this.focusId))}`));
      this.focusId = undefined;
    }
    if (this.focusSearch) {
      this.renderRoot.querySelector<HTMLInputElement>('input[type=search]')?.focus();
      this.focusSearch = false;
    }
    this.syncTileMap();
  }

  // ---- handlers

  /** Arrow function: added to and removed from the document and window as it is. */
  private readonly onWake = () => {
    if (this.now === undefined && document.visibilityState !== 'hidden') this.requestUpdate();
  };

  private onSearch(e: Event) {
    this.query = (e.target as HTMLInputElement).value;
    clearTimeout(this.typing);
    this.typing = setTimeout(() => {
      this.typing = undefined;
      this.requestUpdate();
    }, 700);
  }

  private onCity(e: Event) {
    this.city = (e.target as HTMLSelectElement).value || undefined;
  }

  private onService(e: Event) {
    this.service = (e.target as HTMLSelectElement).value || undefined;
  }

  private clearFilters() {
    this.query = '';
    this.city = this.service = undefined;
    // The pressed button goes away with the "no match" state: focus moves to the search box.
    this.focusSearch = true;
  }

  /** Asks for the position: only now, on the visitor's press, never on load. */
  private locate() {
    const geo = navigator.geolocation;
    // On an http page browsers refuse at once with code 1, which would read as the visitor's own refusal.
    if (!geo || globalThis.isSecureContext === false) {
      this.geo = { state: 'unsupported' };
      return;
    }
    // aria-disabled, not disabled, while asking: a disabled button would drop the keyboard focus.
    if (this.geo.state === 'asking') return;
    this.geo = { state: 'asking' };
    const ask = ++this.geoAsk;
    clearTimeout(this.geoTimer);
    this.geoTimer = setTimeout(() => {
      if (ask === this.geoAsk && this.geo.state === 'asking') this.geo = { state: 'timeout' };
    }, GEO_GIVE_UP);
    try {
      geo.getCurrentPosition(
        (p) => {
          if (ask !== this.geoAsk) return;
          clearTimeout(this.geoTimer);
          // A position that comes after we gave up is still what the visitor asked for.
          this.geo = { state: 'located', lat: p.coords.latitude, lon: p.coords.longitude };
        },
        (err) => {
          if (ask !== this.geoAsk || this.geo.state !== 'asking') return;
          clearTimeout(this.geoTimer);
          this.geo = { state: err.code === 1 ? 'denied' : err.code === 3 ? 'timeout' : 'unavailable' };
        },
        { timeout: GEO_TIMEOUT, maximumAge: 300_000, enableHighAccuracy: false },
      );
    } catch {
      clearTimeout(this.geoTimer);
      this.geo = { state: 'unavailable' };
    }
  }

  private onPinClick(e: Event) {
    const pin = (e.target as HTMLElement).closest<HTMLButtonElement>('.pin');
    const id = pin?.dataset.id;
    if (!pin || !id) return;
    this.moveTabStop(pin);
    this.pick(id);
  }

  /**
   * The pins are one Tab stop, a WAI-ARIA toolbar (so screen readers tell of the arrow keys):
   * arrows move to the next or previous pin, Home and End to the first and
   * last; hundreds of centres must not be hundreds of Tab presses before the list.
   */
  private onPinKey(e: KeyboardEvent) {
    const pin = (e.target as HTMLElement).closest?.<HTMLButtonElement>('.pin');
    const made = pin && pinsIn.get(e.currentTarget as Element);
    if (!pin || !made || e.altKey || e.ctrlKey || e.metaKey) return;
    // Left and right follow the reading direction: in Persian the next pin is to the left.
    const rtl = getComputedStyle(pin).direction === 'rtl';
    // In the order the eye reads them (west to east, or east to west), not the feed's: → goes to the pin to the right.
    const pins = [...made.buttons.values()].filter((b) => !b.hidden).sort((a, b) => (a.offsetLeft - b.offsetLeft) * (rtl ? -1 : 1));
    const at = pins.indexOf(pin);
    let to: number;
    switch (e.key) {
      case 'ArrowDown':
      case rtl ? 'ArrowLeft' : 'ArrowRight':
        to = (at + 1) % pins.length;
        break;
      case 'ArrowUp':
      case rtl ? 'ArrowRight' : 'ArrowLeft':
        to = (at - 1 + pins.length) % pins.length;
        break;
      case 'Home':
        to = 0;
        break;
      case 'End':
        to = pins.length - 1;
        break;
      default:
        return;
    }
    e.preventDefault();
    const next = pins[to]!;
    this.moveTabStop(next);
    next.focus();
  }

  /** Makes `pin` the map's one Tab stop. */
  private moveTabStop(pin: HTMLButtonElement) {
    const made = pin.parentElement && pinsIn.get(pin.parentElement);
    if (!made || made.stop === pin.dataset.id) return;
    const old = made.stop === undefined ? undefined : made.buttons.get(made.stop);
    if (old) old.tabIndex = -1;
    pin.tabIndex = 0;
    made.stop = pin.dataset.id;
  }

  private pick(id: string) {
    this.picked = this.focusId = id;
    // A pin may stand for a centre further down than the list shows yet.
    const at = this.order.indexOf(id);
    if (at >= this.pageCount()) this.shown = at + 1;
  }

  private showMore(ids: string[]) {
    const before = this.pageCount();
    this.shown = before + this.pageSize();
    this.focusId = ids[before];
  }

  private pageSize() {
    return Number.isFinite(this.limit) && this.limit > 0 ? Math.floor(this.limit) : 20;
  }

  private pageCount() {
    return Math.max(this.shown, this.pageSize());
  }

  // ---- render

  override render() {
    clearTimeout(this.refreshTimer);
    return safeRender(this, this.locale, () => {
      if (!this.locale.ready) return pendingOr(this, () => this.renderSkeleton());
      const view = this.feed.view;
      // The partner's own fallback (a list of addresses, a link) stays until the content comes.
      if (view.state === 'loading') return pendingOr(this, () => this.renderSkeleton());
      if (view.state === 'error') {
        // The partner's own fallback (a plain list of addresses) is still true: it stays under the message.
        return html`${renderError(msg('The centres could not be loaded.'), view.error, () => this.feed.retry())}<slot></slot>`;
      }
      const offline = view.offline ? renderOffline(view, this.locale.tag, () => this.feed.retry()) : nothing;
      const feed = view.feed;
      const all = this.entriesOf(feed);
      if (!all.length) return html`${offline}<div class="state" role="status">${msg('No centres are listed yet.')}</div>`;

      const now = this.now ?? Date.now();
      const matching = this.filtered(all);
      const located = this.geo.state === 'located' ? this.geo : undefined;
      const distances = new Map<Centre, number>();
      if (located) {
        for (const e of matching) if (e.centre.location) distances.set(e.centre, distanceKm(located, e.centre.location));
        matching.sort((a, b) => (distances.get(a.centre) ?? Infinity) - (distances.get(b.centre) ?? Infinity));
      }
      this.order = matching.map((e) => e.centre.id);
      // Only the listed centres are worked out in full: 500 centres must not cost 500 tables.
      const shown = matching.slice(0, this.pageCount());
      const remaining = matching.length - shown.length;
      const statuses = new Map(shown.map((e) => [e.centre, openStatus(e.centre.hours, e.centre.closed, now, feed.timezone)]));
      const wall = wallTime(now, feed.timezone);
      // (Lit still renders an element taken out of the page: no timer for it.)
      if (this.now === undefined && this.isConnected) this.scheduleRefresh(now, [...statuses.values()], wall, feed.timezone);
      // The dates of the coming seven days by weekday (Monday = 0), for holidays in the table.
      const week = {
        today: wall.weekday,
        dates: [...Array(7)].map((_, w) => new Date(Date.UTC(wall.y, wall.m - 1, wall.d + ((w - wall.weekday + 7) % 7))).toISOString().slice(0, 10)),
      };
      const days = weekdayNames(this.locale.tag, 'long');

      // A map and "Nearest to me" only where there is something to put on them:
      // the outline of Georgia needs a centre inside it; a tile map, any location.
      const anyLocated = all.some((e) => e.centre.location);
      const map = this.tileUrl ? anyLocated : all.some((e) => e.pin);
      // The count screen readers hear, or that none matches: held while the visitor types.
      if (!this.typing) this.said = matching.length ? msg(str`Centres found: ${formatNumber(matching.length, this.locale.tag)}`) : msg('No centre matches your search.');
      return html`${offline}
        <section class="locator" aria-label=${msg('Mobility centres')}>
          ${this.renderControls(feed, all, anyLocated)}
          ${this.renderGeoNote()}
          <div class="layout ${map ? '' : 'no-map'}">
            ${map ? this.renderMap(feed, all, matching) : nothing}
            <div class="results">
              <p class="sr-only" role="status">${this.said}</p>
              ${shown.length
                ? html`<ul part="list" class="list" aria-busy=${this.feed.busy}>
                    ${shown.map((e) => this.renderCentre(e.centre, feed, now, statuses.get(e.centre)!, distances.get(e.centre), days, week))}
                  </ul>
                  ${remaining > 0
                    ? html`<button part="button" class="btn more" @click=${() => this.showMore(this.order)}>
                        ${msg(str`Show more centres (${formatNumber(remaining, this.locale.tag)})`)}
                      </button>`
                    : nothing}`
                : // (Heard from the status above, which stays in place: a status made with its text in it is often not read out.)
                  html`<div class="state">
                    <span aria-hidden="true">${msg('No centre matches your search.')}</span>
                    <button part="button" class="btn" @click=${this.clearFilters}>${msg('Show all centres')}</button>
                  </div>`}
            </div>
          </div>
        </section>`;
    });
  }

  private renderControls(feed: Feed, all: Entry[], located: boolean) {
    const lang = this.locale.lang;
    const { cities, services } = this.optionsOf(feed, all);
    const cityKey = this.cityFilter();
    const cityValue = cities.some(([k]) => k === cityKey) ? cityKey : '';
    const service = this.service?.trim() || '';
    // A `city` or `service` the feed does not know empties the list: the select says what is in force
    // (so "All" can clear it), and the site's editor is told once.
    const unknownCity = cityKey && !cityValue ? this.city! : undefined;
    const unknownService = service && !services.some((s) => s.id === service) ? service : undefined;
    if (unknownCity) this.warnOnce('city', unknownCity);
    if (unknownService) this.warnOnce('service', unknownService);
    const asking = this.geo.state === 'asking';
    return html`<div part="controls" class="controls">
      <label class="field search">
        <span>${msg('Search by name, city or address')}</span>
        <input type="search" .value=${this.query} @input=${this.onSearch} autocomplete="off" spellcheck="false" />
      </label>
      ${cities.length > 1 || this.city
        ? html`<label class="field">
            <span>${msg('City')}</span>
            <select @change=${this.onCity}>
              <option value="" ?selected=${!cityValue && !unknownCity}>${msg('All cities')}</option>
              ${unknownCity ? html`<option value=${unknownCity} selected>${unknownCity}</option>` : nothing}
              ${cities.map(([k, name]) => html`<option value=${k} lang=${langAttr(name, lang) ?? nothing} ?selected=${k === cityValue}>${name.text}</option>`)}
            </select>
          </label>`
        : nothing}
      ${services.length || unknownService
        ? html`<label class="field">
            <span>${msg('Service')}</span>
            <select @change=${this.onService}>
              <option value="" ?selected=${!service}>${msg('All services')}</option>
              ${unknownService ? html`<option value=${unknownService} selected>${unknownService}</option>` : nothing}
              ${services.map((s) => {
                const name = pick(s.name, lang, feed.languages);
                return html`<option value=${s.id} lang=${langAttr(name, lang) ?? nothing} ?selected=${s.id === service}>${name?.text ?? s.id}</option>`;
              })}
            </select>
          </label>`
        : nothing}
      ${located
        ? html`<button part="button" class="btn near" @click=${this.locate} aria-disabled=${asking} aria-describedby="geo-note">
            ${asking ? msg('Finding your location…') : msg('Nearest to me')}
          </button>`
        : nothing}
    </div>`;
  }

  private renderGeoNote() {
    let text: string | undefined;
    let problem = true;
    switch (this.geo.state) {
      case 'located':
        text = msg('Sorted by distance from you.');
        problem = false;
        break;
      case 'denied':
        text = msg('You did not allow this page to use your location, so the centres are not sorted by distance. You can still choose a city or search.');
        break;
      case 'timeout':
        text = msg('Finding your location took too long. Try again, or choose a city.');
        break;
      case 'unavailable':
        text = msg('Your location could not be found. Try again, or choose a city.');
        break;
      case 'unsupported':
        text = msg('This browser cannot share your location. Choose a city or search instead.');
        break;
    }
    return html`<p id="geo-note" class="geo-note ${problem ? 'problem' : ''}" role="status">${text ?? nothing}</p>`;
  }

  private renderMap(feed: Feed, all: Entry[], matching: Entry[]) {
    const lang = this.locale.lang;
    if (this.tileUrl) {
      return html`<div part="map" class="map tiles" role="region" aria-label=${msg('Map of the centres')}><div class="tile-host"></div></div>`;
    }
    this.pinPlan = { all, visible: new Set(matching.map((e) => e.centre.id)), lang, languages: feed.languages };
    // One listener for every pin: hundreds of centres make hundreds of pins.
    return html`<div part="map" class="map" role="toolbar" aria-label=${msg('Map of the centres')} @click=${this.onPinClick} @keydown=${this.onPinKey}>
      ${outline}
    </div>`;
  }

  private renderCentre(c: Centre, feed: Feed, now: number, status: OpenStatus, km: number | undefined, days: string[], week: Week): TemplateResult {
    const lang = this.locale.lang;
    const langs = feed.languages;
    const tag = this.locale.tag;
    const name = pick(c.name, lang, langs)!;
    const city = pick(c.city, lang, langs)!;
    const address = pick(c.address, lang, langs)!;
    const region = pick(c.region, lang, langs);
    const notes = pick(c.notes, lang, langs);
    const nameId = `n-${domId(c.id)}`;
    const byId = serviceIds.get(feed) ?? serviceIds.set(feed, new Map(feed.services.map((x) => [x.id, x]))).get(feed)!;
    const serviceNames = (c.services ?? []).flatMap((id) => {
      const s = byId.get(id);
      return s ? [pick(s.name, lang, langs)!] : [];
    });
    // Feed text carries its language's direction (dirAttr): Georgian in a Persian widget still reads left to right.
    // The city follows the address unless the address already names it.
    const place = address.text.includes(city.text) ? [address] : [address, city];
    if (region && !place.some((p) => p.text === region.text)) place.push(region); // not "Tbilisi, Tbilisi"
    // Parts in two directions (a Persian-only address, its city in Georgian) each keep theirs, in the line's order of the widget's language.
    // (A plain string's "auto" as its first letter's: a Georgian address in a Persian widget is one left-to-right line still.)
    const dirs = place.map((p) => dirAttr(p).replace('auto', /^\P{L}*[\u0590-\u08ff]/u.test(p.text) ? 'rtl' : 'ltr'));
    return html`<li part="item" class="centre ${this.picked === c.id ? 'picked' : ''}" id="c-${domId(c.id)}" tabindex="-1">
      <div class="head">
        <h3 part="name" class="name" id=${nameId} aria-level=${ariaLevel(this.headingLevel)} lang=${langAttr(name, lang) ?? nothing} dir=${dirAttr(name)}>${name.text}</h3>
        ${km !== undefined
          ? html`<span class="distance">${msg(str`${formatNumber(km, tag, { maximumFractionDigits: km < 10 ? 1 : 0 })} km away`)}</span>`
          : nothing}
      </div>
      ${c.hours?.length ? this.renderStatus(status, now, feed.timezone) : nothing}
      <p class="address" dir=${dirs.every((d) => d === dirs[0]) ? dirs[0]! : nothing}>${place.map((p, i) => html`${i ? comma(langAttr(p, lang) ?? lang) : ''}<span lang=${langAttr(p, lang) ?? nothing} dir=${dirs[i]!}>${p.text}</span>`)}</p>
      ${c.phones?.length || c.email || c.url
        ? html`<ul class="contacts">
            ${(c.phones ?? []).map((p) => html`<li><span class="label">${msg('Phone')}${colon(lang)}</span> <a href=${telHref(p)} dir="ltr">${formatPhone(p)}</a></li>`)}
            ${c.email ? html`<li><span class="label">${msg('Email')}${colon(lang)}</span> <a href="mailto:${c.email}" dir="ltr">${c.email}</a></li>` : nothing}
            ${c.url ? html`<li><a href=${c.url} aria-describedby=${nameId}>${msg('Website')}</a></li>` : nothing}
          </ul>`
        : nothing}
      ${notes ? html`<p class="notes" lang=${langAttr(notes, lang) ?? nothing} dir=${dirAttr(notes)}>${notes.text}</p>` : nothing}
      ${c.hours?.length ? this.renderHours(c, nameId, days, week) : nothing}
      ${serviceNames.length
        ? html`<details class="services">
            <summary>${msg(str`Services (${formatNumber(serviceNames.length, tag)})`)}</summary>
            <ul>${serviceNames.map((s) => html`<li lang=${langAttr(s, lang) ?? nothing} dir=${dirAttr(s)}>${s.text}</li>`)}</ul>
          </details>`
        : nothing}
      ${c.location ? this.renderDirections(c.location, nameId) : nothing}
    </li>`;
  }

  private renderStatus(status: OpenStatus, now: number, timeZone: string) {
    const tag = this.locale.tag;
    let text: string | TemplateResult;
    if (status.next === undefined) {
      text = status.open ? msg('Open around the clock') : msg('Closed');
    } else {
      const at = new Date(status.next);
      const time = this.clock(status.next, timeZone);
      const ahead = daysBetween(now, status.next, timeZone);
      // Within a week the weekday says it; after a long holiday, the date.
      const day = ahead < 7
        ? formatDate(at, tag, { weekday: 'long', timeZone })
        : formatDate(at, tag, { day: 'numeric', month: 'long', year: 'numeric', timeZone });
      const left = Math.ceil((status.next - now) / 60_000);
      // The zone as it is at the time said: "opens Monday at 09:00" after a summer-time change is in Monday's offset.
      const zone = zoneNote(status.next, timeZone, tag, msg('Tbilisi time'), locatorHooks.deviceZone);
      const countdown = status.open && left <= COUNTDOWN_MINUTES;
      // Closing for a break: when it opens again, so a visitor does not give up on the day.
      const reopen = status.reopen === undefined ? '' : ` · ${msg(str`reopens at ${this.clock(status.reopen, timeZone)}`)}`;
      // A time of day is Tbilisi's: said so to a visitor whose clock is elsewhere.
      text = html`${countdown
        ? msg(str`Closes in ${formatNumber(left, tag)} min`)
        : status.open
          // A closing a day or more away (open over a weekend) would read as today's: it says its day.
          ? left < 1440
            ? msg(str`Open now · closes at ${time}`)
            : msg(str`Open now · closes ${day} at ${time}`)
          : ahead === 0
            ? msg(str`Closed · opens at ${time}`)
            : ahead === 1
              ? msg(str`Closed · opens tomorrow at ${time}`)
              : msg(str`Closed · opens ${day} at ${time}`)}${reopen}${zone && (!countdown || reopen) ? html` (${zone})` : nothing}`;
    }
    const closing = status.open && status.next !== undefined && status.next - now <= COUNTDOWN_MINUTES * 60_000;
    return html`<p part="status" class="status ${status.open ? (closing ? 'closing' : 'open') : 'closed'}">${text}</p>`;
  }

  private renderHours(c: Centre, nameId: string, days: string[], { today, dates }: Week) {
    return html`<table part="hours" class="hours" aria-describedby=${nameId}>
      <caption>${msg('Opening hours')}</caption>
      <tbody>
        ${weeklyHours(c.hours).map(
          (row) => html`<tr class=${row.weekday === today ? 'today' : ''} aria-current=${row.weekday === today ? 'date' : nothing}>
            <th scope="row">${days[row.weekday]}</th>
            <td>${c.closed?.includes(dates[row.weekday]!)
              ? msg('Closed (holiday)')
              : row.times.length
                // No dir="ltr" here: in Persian a range reads from the right, opening time first,
                // as the banner's and the calendar's do; each "HH:MM" keeps its own order.
                ? row.times.map((t, i) => html`${i ? comma(this.locale.lang) : ''}<span class="range">${this.hm(t.opens)}–${this.hm(t.closes)}</span>`)
                : msg('Closed')}</td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }

  /**
   * "HH:MM" in the locale's digits (Persian in fa). Opening hours read on a
   * 24-hour clock in every language, as the feed and Georgian signs write them
   * (Intl's English would say "5:30 PM"); 24:00 stays 24:00.
   */
  private hm(hhmm: string): string {
    const two = (n: number) => formatNumber(n, this.locale.tag, { minimumIntegerDigits: 2, useGrouping: false });
    return `${two(+hhmm.slice(0, 2))}:${two(+hhmm.slice(3, 5))}`;
  }

  /** The wall-clock time of an instant in the feed's zone, as `hm` writes it. */
  private clock(instant: number, timeZone: string): string {
    const w = wallTime(instant, timeZone);
    return this.hm(`${String(w.hh).padStart(2, '0')}:${String(w.mm).padStart(2, '0')}`);
  }

  /** Tells the site's editor, once per attribute value, that the feed has no such city or service (the list is empty). */
  private warnOnce(attribute: string, value: string) {
    const key = `${attribute}=${value}`;
    if (this.warned.has(key)) return;
    this.warned.add(key);
    console.warn(`iom-widgets: <${this.localName} ${key}>: no such ${attribute} in the feed.`);
  }

  private renderDirections(at: { lat: number; lon: number }, nameId: string) {
    // Both links are built here from the validated numbers, never from feed text.
    // geo: is not http(s), but it is ours: it opens the phone's own map app.
    const lat = +at.lat.toFixed(6);
    const lon = +at.lon.toFixed(6);
    // OSM's route planner with the centre as destination and the start left for the visitor
    // (route=<from>;<to>, each "lat,lon"); the hash opens the map on the centre.
    const route = new URLSearchParams({ route: `;${lat},${lon}` });
    return html`<p class="directions">
      <a href="https://www.openstreetmap.org/directions?${route}#map=16/${lat}/${lon}" aria-describedby=${nameId}>${msg('Directions (OpenStreetMap)')}</a>
      <a href="geo:${lat},${lon}" aria-describedby=${nameId}>${msg('Open in a map app')}</a>
    </p>`;
  }

  private renderSkeleton() {
    // Where the filters, the map and the first centres will stand, about as tall: the page below does not jump.
    return html`<div class="locator" role="status" aria-busy="true" aria-label=${msg('Loading centres…') || nothing}>
      <span class="skeleton sk-controls"></span>
      <div class="layout" aria-hidden="true">
        <div class="map">${outline}</div>
        <div class="list">
          ${[1, 2, 3].map(() => html`<div class="centre placeholder">
            <span class="skeleton sk-title"></span>
            <span class="skeleton sk-line"></span>
            <span class="skeleton sk-line long"></span>
          </div>`)}
        </div>
      </div>
    </div>`;
  }

  /**
   * The outline map's pins, made here rather than in the template: 500 pins
   * as template bindings cost tens of milliseconds at first render. Every
   * centre keeps its pin, in feed order; a filter only hides the others, so a
   * keystroke touches only the pins that change. Positions go through the
   * CSSOM: a strict CSP (style-src 'self') blocks style attributes.
   */
  private syncPins() {
    const plan = this.pinPlan;
    const host = plan && !this.tileUrl ? this.renderRoot.querySelector('.map') : null;
    if (!plan || !host) return;
    let made = pinsIn.get(host);
    if (made?.all !== plan.all || made.lang !== plan.lang) {
      made?.buttons.forEach((b) => b.remove());
      const buttons = new Map<string, HTMLButtonElement>();
      for (const { centre, pin } of plan.all) {
        if (!pin) continue;
        const name = pick(centre.name, plan.lang, plan.languages)!;
        const b = document.createElement('button');
        b.className = 'pin';
        b.tabIndex = -1;
        b.setAttribute('part', 'pin');
        b.setAttribute('aria-label', name.text);
        const lang = langAttr(name, plan.lang);
        if (lang) b.lang = lang;
        b.dataset.id = centre.id;
        b.style.left = pin.left;
        b.style.top = pin.top;
        buttons.set(centre.id, b);
      }
      host.append(...buttons.values());
      // The Tab stop survives a language change, on the same centre.
      pinsIn.set(host, (made = { all: plan.all, lang: plan.lang, buttons, stop: made?.all === plan.all ? made.stop : undefined }));
      const stop = made.stop === undefined ? undefined : buttons.get(made.stop);
      if (stop) stop.tabIndex = 0;
      else made.stop = undefined;
    }
    for (const [id, b] of made.buttons) {
      const hidden = !plan.visible.has(id);
      if (b.hidden !== hidden) b.hidden = hidden;
    }
    if (made.picked !== this.picked) {
      made.buttons.get(made.picked!)?.classList.remove('picked');
      made.buttons.get(this.picked!)?.classList.add('picked');
      made.picked = this.picked;
    }
    // One Tab stop for the whole map: the last pin used, else the first shown.
    if (made.stop === undefined || !plan.visible.has(made.stop)) {
      const first = [...made.buttons.values()].find((b) => !b.hidden);
      if (first) this.moveTabStop(first);
    }
  }

  // ---- data

  /** The feed's centres with their search keys, computed once per feed. */
  private entriesOf(feed: Feed): Entry[] {
    if (this.entries?.feed === feed) return this.entries.list;
    const outside: string[] = [];
    // One key per city: a centre may name Zugdidi in Persian and Georgian, the
    // next only in Georgian, and both are in the same city (and option).
    const parent = new Map<string, string>();
    // City names repeat: each is put in search form once.
    const keys = new Map<string, string>();
    const cityOf = (this.cityOf = (k: string) => {
      for (let p; (p = parent.get(k)) && p !== k; ) k = p;
      return k;
    });
    const list = feed.centres.map((centre) => {
      const [city = '', ...more] = texts(centre.city).map((c) => keys.get(c) ?? keys.set(c, searchKey(c)).get(c)!);
      for (const k of more) parent.set(cityOf(k), cityOf(city));
      const at = centre.location && projectToOutline(centre.location);
      if (centre.location && !at) outside.push(centre.id);
      return {
        centre,
        city,
        pin: at && { left: `${(at.x * 100).toFixed(2)}%`, top: `${(at.y * 100).toFixed(2)}%` },
      };
    });
    // Every name is joined now: each centre keeps its city's one key, so filtering compares keys, walking nothing.
    for (const e of list) e.city = cityOf(e.city);
    // The built-in map is Georgia's outline: say so to the site's editor, once per feed.
    if (outside.length && !this.tileUrl) {
      console.warn(`iom-widgets: centre(s) ${outside.map((id) => `"${id}"`).join(', ')} lie outside the outline map of Georgia (no pin): set \`tiles\` for a map of anywhere.`);
    }
    this.entries = { feed, list };
    return list;
  }

  /** The filter choices: one option per city (its value the city's key), named in the element's language where a centre names it so, and the services offered. Once per feed and language. */
  private optionsOf(feed: Feed, all: Entry[]) {
    const lang = this.locale.lang;
    if (this.options?.feed === feed && this.options.lang === lang) return this.options;
    const cities = new Map<string, PickedText>();
    // Named in the element's language by any of its centres, else by a plain string (every language's), else as the first names it.
    const rank = (p: PickedText) => (p.lang ? (langAttr(p, lang) ? 0 : 2) : 1);
    for (const e of all) {
      const name = pick(e.centre.city, lang, feed.languages)!;
      const had = cities.get(e.city);
      if (!had || rank(name) > rank(had)) cities.set(e.city, name);
    }
    const offered = new Set(all.flatMap((e) => e.centre.services ?? []));
    // One collator: localeCompare with a locale builds a new one for every comparison (15 ms for 30 cities).
    const { compare } = new Intl.Collator(this.locale.tag);
    this.options = {
      feed,
      lang,
      cities: [...cities].sort((a, b) => compare(a[1].text, b[1].text)),
      services: feed.services.filter((s) => offered.has(s.id)),
    };
    return this.options;
  }

  /** The `city` attribute as a city's key ('' for every city): any of its names, Georgian or Latin letters. */
  private cityFilter(): string {
    return this.city ? this.cityOf(searchKey(this.city)) : '';
  }

  /** The centres that pass the city and service filters and the search box, in feed order. */
  private filtered(all: Entry[]): Entry[] {
    const city = this.cityFilter();
    const service = this.service?.trim();
    const words = searchKey(this.query).split(' ').filter(Boolean);
    return all.filter(
      (e) =>
        (!city || e.city === city) &&
        (!service || e.centre.services?.includes(service)) &&
        (!words.length || words.every((w) => (e.haystack ??= searchKey(texts(e.centre.name, e.centre.city, e.centre.address, e.centre.region).join(' | '))).includes(w))),
    );
  }

  /**
   * Re-renders when a shown status next changes (and every minute of a closing
   * countdown), and at the next midnight in the feed's zone, when "tomorrow"
   * becomes "today" and the table's today row and holidays move on.
   */
  private scheduleRefresh(now: number, statuses: OpenStatus[], wall: WallTime, timeZone: string) {
    const midnight = zonedInstant(wall.y, wall.m, wall.d + 1, 0, 0, timeZone);
    // Where a zone skips midnight (a summer-time change at 00:00), an hour on is close enough.
    let at = midnight > now ? midnight : now + 3_600_000;
    for (const s of statuses) {
      if (s.next === undefined) continue;
      at = Math.min(at, s.next);
      if (s.open && s.next - now <= (COUNTDOWN_MINUTES + 1) * 60_000) at = Math.min(at, now - (now % 60_000) + 60_000);
    }
    // setTimeout overflows past 24.8 days; a day is plenty (the next render re-plans).
    const wait = Math.min(Math.max(at - now, 0) + 20, 86_400_000);
    this.refreshTimer = setTimeout(() => this.requestUpdate(), wait);
  }

  /** `tiles`, unless its map code failed to load (a partner who copied one file but not iom-tile-map.js). */
  private get tileUrl(): string | undefined {
    return this.tiles && this.tiles !== this.tilesFailed ? this.tiles : undefined;
  }

  /** Creates, updates or removes the tile map to match `tiles` and the shown centres. */
  private syncTileMap() {
    const host = this.renderRoot.querySelector<HTMLElement>('.tile-host');
    if (!host || !this.tileUrl) {
      if (this.tileMap && !host) {
        this.tileMap.destroy();
        this.tileMap = this.tileMapFor = undefined;
      }
      return;
    }
    const feed = this.feed.view.state === 'ready' ? this.feed.view.feed : undefined;
    if (!feed) return;
    const lang = this.locale.lang;
    const points = this.filtered(this.entriesOf(feed)).flatMap((e) =>
      e.centre.location ? [{ id: e.centre.id, ...e.centre.location, label: pick(e.centre.name, lang, feed.languages)!.text }] : [],
    );
    const key = `${this.tileUrl}\n${this.attribution}`;
    if (this.tileMap && this.tileMapFor === key && host.firstElementChild) {
      this.tileMap.setPoints(points);
      return;
    }
    if (this.tileMapLoading) return;
    this.tileMap?.destroy();
    this.tileMap = undefined;
    // The map library is its own chunk, fetched only here.
    this.tileMapLoading = locatorHooks.loadTileMap()
      .then(({ mountTileMap }) => {
        const now = this.renderRoot.querySelector<HTMLElement>('.tile-host');
        if (!now || !this.tileUrl || !this.isConnected) return;
        this.tileMap = mountTileMap(now, this.shadowRoot!, { tiles: this.tileUrl, attribution: this.attribution, points, onSelect: (id) => this.pick(id), lang: this.locale.lang });
        this.tileMapFor = key;
      })
      .catch((e) => {
        console.warn('iom-widgets: the tile map could not be loaded; the outline map stands in.', e);
        this.tilesFailed = this.tiles;
        this.requestUpdate();
      })
      .finally(() => (this.tileMapLoading = undefined));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'iom-centre-locator': IomCentreLocator;
  }
}
