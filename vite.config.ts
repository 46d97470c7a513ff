/**
 * Library build. `npm run build` runs it twice (scripts/build.mjs):
 * - ES modules: `dist/iom-widgets.js` (every element) and one file per element,
 *   sharing chunks (Lit, the feed layer) and loading each language on demand;
 * - a classic script, `dist/iom-widgets.iife.js`, for CMSes that strip
 *   `type="module"` (BUILD_FORMAT=iife): one file, every language inside.
 */
import { defineConfig } from 'vite';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const iife = process.env.BUILD_FORMAT === 'iife';
// For bundler users (package.json "."): the classes, Lit left to their bundler.
const lib = process.env.BUILD_FORMAT === 'lib';

export default defineConfig({
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
          ? { minify: true }
          : { chunkFileNames: 'chunks/[name]-[hash].js', minify: true },
    },
  },
});
