/**
 * Leaflet 1.9 as a page with a strict Content Security Policy needs it (the
 * README's: default-src 'self'; …; require-trusted-types-for 'script'), used
 * by the build (vite.config.ts) and by the tests that run the sources
 * (web-test-runner.config.mjs), so both run the same Leaflet:
 * - it probes for inline SVG as it loads with `div.innerHTML = '<svg/>'`, a
 *   string into an HTML sink, which Trusted Types refuse by throwing: the whole
 *   tile map chunk failed and the outline map stood in. The same probe, made
 *   without HTML;
 * - it cancels a tile it no longer wants by pointing the image at a `data:`
 *   GIF, which `img-src` without `data:` refuses, one violation report per
 *   tile at each zoom. Removing the image's address cancels its request as
 *   well (HTML's "update the image data"), with nothing to load.
 * Leaflet's other HTML sinks that our map reaches (zoom buttons, attribution,
 * the pins' div icons) are avoided in src/centre-locator/tile-map.ts. Each
 * rewrite must find its code (either quote: the test runner's esbuild may have
 * rewritten the file first), or the build stops.
 */
const PATCHES = [
  [/div\.innerHTML\s*=\s*(['"])<svg\/>\1;/, "div.appendChild(document.createElementNS('http://www.w3.org/2000/svg', 'svg'));"],
  [/tile\.src\s*=\s*emptyImageUrl;/, "tile.removeAttribute('src');"],
  [/tile\.el\.setAttribute\((['"])src\1,\s*emptyImageUrl\);/, "tile.el.removeAttribute('src');"],
  [/tile\.getAttribute\((['"])src\1\)\s*===\s*emptyImageUrl/, "!tile.hasAttribute('src')"],
];

export const isLeaflet = (id) => /[\\/]leaflet[\\/]dist[\\/]leaflet-src\.esm\.js(\?|$)/.test(id);

export function patchLeaflet(code) {
  for (const [find, put] of PATCHES) {
    if (!find.test(code)) throw new Error(`Leaflet's code changed (${find}): update scripts/leaflet-strict-csp.mjs`);
    code = code.replace(find, put);
  }
  return code;
}
