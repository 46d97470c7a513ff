/**
 * Leaflet 1.9 probes for inline SVG as it loads, with `div.innerHTML =
 * '<svg/>'`: a string into an HTML sink, which a page with
 * `require-trusted-types-for 'script'` refuses by throwing, so the whole tile
 * map chunk failed there and the outline map stood in. The same probe, made
 * without HTML. Used by the build (vite.config.ts) and by the tests that run
 * the sources (web-test-runner.config.mjs), so both run the same Leaflet.
 * (Leaflet's other HTML sinks that our map reaches — zoom buttons,
 * attribution, the pins' div icons — are avoided in src/centre-locator/tile-map.ts.)
 */
// (Either quote: the test runner's esbuild may have rewritten the file first.)
const PROBE = /div\.innerHTML\s*=\s*(['"])<svg\/>\1;/;
const WITHOUT_HTML = "div.appendChild(document.createElementNS('http://www.w3.org/2000/svg', 'svg'));";

export const isLeaflet = (id) => /[\\/]leaflet[\\/]dist[\\/]leaflet-src\.esm\.js(\?|$)/.test(id);

export function patchLeaflet(code) {
  if (!PROBE.test(code)) throw new Error("Leaflet's inline SVG probe changed: update scripts/leaflet-trusted-types.mjs");
  return code.replace(PROBE, WITHOUT_HTML);
}
