/**
 * Library build. `npm run build` runs it three times (scripts/build.mjs):
 * - ES modules: `dist/iom-widgets.js` (every element) and one file per element,
 *   sharing chunks (Lit, the feed layer) and loading each language on demand;
 *   `dist/iom-tile-map.js`, the locator's optional slippy map (Leaflet);
 * - a classic script, `dist/iom-widgets.iife.js`, for CMSes that strip
 *   `type="module"` (BUILD_FORMAT=iife): one file, every language inside; the
 *   tile map alone stays out and is imported from beside the script when used;
 * - `dist/lib/` for bundlers (BUILD_FORMAT=lib), Lit external.
 */
import { defineConfig, type Plugin } from 'vite';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const iife = process.env.BUILD_FORMAT === 'iife';
// For bundler users (package.json "."): the classes, Lit left to their bundler.
const lib = process.env.BUILD_FORMAT === 'lib';

/**
 * In the classic script, `import('./tile-map.js')` would inline Leaflet (40 kB
 * brotli) for every visitor. It becomes a runtime import of the ES build's
 * `iom-tile-map.js`, found beside the script that is running.
 */
const remoteTileMap = (): Plugin => ({
  name: 'iom-remote-tile-map',
  transform(code, id) {
    if (!id.endsWith('/centre-locator/centre-locator.ts')) return;
    const out = code.replace(/import\(\s*["']\.\/tile-map\.js["']\s*\)/, "import(/* @vite-ignore */ new URL('iom-tile-map.js', __iomScriptBase).href)");
    if (out === code) this.error('centre-locator.ts no longer imports ./tile-map.js: update vite.config.ts');
    return out;
  },
});

export default defineConfig({
  plugins: iife ? [remoteTileMap()] : [],
  // (The transform runs on the TypeScript source before its import is resolved.)
  define: { __IOM_VERSION__: JSON.stringify(version) },
  // The demo and stories read the sample feed from demo/; nothing is copied into dist.
  publicDir: false,
  esbuild: { charset: 'utf8', legalComments: 'none' },
  build: {
    target: 'es2021',
    outDir: 'dist',
    emptyOutDir: !iife && !lib,
    minify: true,
    sourcemap: false,
    reportCompressedSize: false,
    lib: lib
      ? { entry: { index: 'src/index.ts' }, formats: ['es'], fileName: (_f, name) => `lib/${name}.js` }
      : iife
      ? { entry: { 'iom-widgets': 'src/define.ts' }, formats: ['iife'], name: 'IomWidgets', fileName: () => 'iom-widgets.iife.js' }
      : {
          entry: {
            'iom-widgets': 'src/define.ts',
            'iom-news-feed': 'src/news-feed/define.ts',
            'iom-hotline-banner': 'src/hotline-banner/define.ts',
            'iom-centre-locator': 'src/centre-locator/define.ts',
            'iom-event-calendar': 'src/event-calendar/define.ts',
            'iom-tile-map': 'src/centre-locator/tile-map.ts',
          },
          formats: ['es'],
          fileName: (_format, name) => `${name}.js`,
        },
    rollupOptions: {
      // Lib mode keeps ES output unminified for bundlers; ours goes straight to
      // browsers by script tag, so minify fully.
      external: lib ? [/^lit($|\/)/, /^@lit\//] : [],
      output: lib
        ? { chunkFileNames: 'lib/chunks/[name]-[hash].js' }
        : iife
          ? {
              minify: true,
              // Where this script was loaded from, for the tile map beside it.
              banner: "var __iomScriptBase=(document.currentScript&&document.currentScript.src)||location.href;",
            }
          : { chunkFileNames: 'chunks/[name]-[hash].js', minify: true },
    },
  },
});
