/**
 * The slippy map, only for elements with a `tiles` attribute. This module (and
 * Leaflet with it) is reached through a dynamic import() alone, so it is its own
 * chunk: a page without `tiles` never downloads it and never asks a tile server.
 * Leaflet (about 40 kB brotli) is the smallest widely used library that pans,
 * zooms and reads XYZ tiles with keyboard support.
 */
// The ES module build: the package's main file is UMD, which has no named exports.
import * as L from 'leaflet/dist/leaflet-src.esm.js';
import { LEAFLET_CSS } from './leaflet-css.js';

export interface TilePoint {
  id: string;
  lat: number;
  lon: number;
  /** The centre's name, for the marker's accessible name. */
  label: string;
}

export interface TileMapOptions {
  /** XYZ template, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png */
  tiles: string;
  /** Plain text credit shown on the map (never HTML). */
  attribution: string;
  points: TilePoint[];
  /** Called when a marker is chosen (click, Enter). */
  onSelect: (id: string) => void;
  /** The element's language, for the zoom buttons' names. */
  lang: string;
}

export interface TileMap {
  setPoints(points: TilePoint[]): void;
  destroy(): void;
}

// Leaflet positions a marker with `transform`, so the pin's own turn is on a pseudo-element.
const PIN_CSS = `.iom-pin{width:24px!important;height:24px!important;margin:-28px 0 0 -12px!important}
.iom-pin::before{content:'';position:absolute;inset:2px;border-radius:50% 50% 50% 0;transform:rotate(-45deg);background:var(--_accent);border:2px solid #fff;box-shadow:0 1px 3px rgb(0 0 0/.4)}
.leaflet-container{font:inherit;font-size:.8em}.leaflet-container a{color:var(--_accent)}`;

let sheet: CSSStyleSheet | undefined;
/** Leaflet's CSS inside the shadow root, where the map lives (a page stylesheet would not reach it). */
function adoptStyles(root: ShadowRoot) {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(LEAFLET_CSS + PIN_CSS);
  }
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

/**
 * The zoom buttons' names (their tooltip and what a screen reader says),
 * Leaflet's English otherwise. They ride in this chunk, loaded only with
 * `tiles`, instead of in the locator's string catalogs, which every locator
 * page loads and which have no bytes left (README, Sizes).
 */
const ZOOM: Record<string, [string, string]> = {
  ka: ['გადიდება', 'დაპატარავება'],
  ru: ['Приблизить', 'Отдалить'],
  tr: ['Yakınlaştır', 'Uzaklaştır'],
  fa: ['بزرگ‌نمایی', 'کوچک‌نمایی'],
  az: ['Yaxınlaşdır', 'Uzaqlaşdır'],
  hy: ['Մեծացնել', 'Փոքրացնել'],
};

/**
 * Leaflet's zoom buttons, with their text set as text: Leaflet's own set it as
 * HTML, which a page with `require-trusted-types-for 'script'` refuses.
 */
const Zoom = L.Control.Zoom.extend({
  _createButton(this: L.Control & { _refocusOnMap(e: Event): void }, text: string, title: string, className: string, container: HTMLElement, fn: () => void) {
    const link = L.DomUtil.create('a', className, container);
    link.textContent = text;
    link.href = '#';
    link.title = title;
    link.setAttribute('role', 'button');
    link.setAttribute('aria-label', title);
    L.DomEvent.disableClickPropagation(link);
    L.DomEvent.on(link, 'click', L.DomEvent.stop);
    L.DomEvent.on(link, 'click', fn, this);
    // (After a click, back to the map, so its arrow and +/− keys work on, as Leaflet's own do.)
    L.DomEvent.on(link, 'click', this._refocusOnMap, this);
    return link;
  },
});

/** The map's credit, the partner's plain text set as text (Leaflet's attribution control takes HTML). */
const Credit = L.Control.extend({
  onAdd(this: L.Control & { options: { text: string } }) {
    const div = L.DomUtil.create('div', 'leaflet-control-attribution');
    div.textContent = this.options.text;
    L.DomEvent.disableClickPropagation(div);
    return div;
  },
});

/** Mounts a Leaflet map in `container` (inside `root`) with one marker per point. */
export function mountTileMap(container: HTMLElement, root: ShadowRoot, options: TileMapOptions): TileMap {
  // Leaflet fills {s} {x} {y} {z} {r} {-y}; any other name ({apikey}, copied
  // from a provider's page) throws at each tile and at every resize of the
  // window: refused here, and the outline map stands in.
  const unfilled = /\{(?![sxyzr]\}|-y\})[^}]*\}/.exec(options.tiles);
  if (unfilled) throw new Error(`the tiles URL has ${unfilled[0]} to fill in`);
  adoptStyles(root);
  const map = L.map(container, { scrollWheelZoom: false, attributionControl: false, zoomControl: false });
  const [zoomInTitle, zoomOutTitle] = ZOOM[options.lang] ?? ['Zoom in', 'Zoom out'];
  new Zoom({ zoomInTitle, zoomOutTitle, zoomInText: '+', zoomOutText: '−' } as L.ControlOptions).addTo(map);
  if (options.attribution.trim()) new Credit({ position: 'bottomright', text: options.attribution } as L.ControlOptions).addTo(map);
  // Tiles go without cookies (anonymous CORS, which every common tile server
  // allows) and without the page's address: a tile server need not learn
  // that a visitor reads, say, an anti-trafficking page.
  L.tileLayer(options.tiles, { maxZoom: 18, crossOrigin: true, referrerPolicy: 'no-referrer' }).addTo(map);
  const layer = L.layerGroup().addTo(map);

  const setPoints = (points: TilePoint[]) => {
    layer.clearLayers();
    for (const p of points) {
      // `title` gives the marker its accessible name; Leaflet makes it a focusable button.
      // (An element of its own for each pin: a div icon's default content is set as HTML.)
      const icon = L.divIcon({ className: 'iom-pin', iconSize: [24, 24], html: document.createElement('span') });
      L.marker([p.lat, p.lon], { icon, title: p.label, alt: p.label, keyboard: true })
        .on('click', () => options.onSelect(p.id))
        .addTo(layer);
    }
    if (points.length === 1) map.setView([points[0]!.lat, points[0]!.lon], 13);
    else if (points.length) map.fitBounds(L.latLngBounds(points.map((p) => [p.lat, p.lon] as [number, number])), { padding: [24, 24], maxZoom: 13 });
    else map.setView([42.3, 43.4], 6); // Georgia
  };
  try {
    setPoints(options.points);
  } catch (e) {
    map.remove(); // with its window listeners: nothing of a failed map may throw later
    throw e;
  }

  // The element may lay itself out after this call: size the map once it has a size.
  const observer = new ResizeObserver(() => map.invalidateSize());
  observer.observe(container);

  return {
    setPoints,
    destroy() {
      observer.disconnect();
      map.remove();
    },
  };
}
