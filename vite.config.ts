/**
 * Library build. `npm run build` runs it three times (scripts/build.mjs):
 * - ES modules, one build per file (BUILD_ENTRY): `dist/iom-widgets.js` (every
 *   element) and one file per element, each self-contained — one request, one
 *   compressed stream, no chain of shared chunks to wait for on a slow phone —
 *   loading only its languages and the RSS/Atom reader on demand;
 *   `dist/iom-tile-map.js`, the locator's optional slippy map (Leaflet). What
 *   must be page-wide (one request per feed URL, one quick-exit listener, the
 *   Trusted Types policies) lives on a global registry, so two files on one
 *   page still share it (src/shared/global.ts);
 * - a classic script, `dist/iom-widgets.iife.js`, for CMSes that strip
 *   `type="module"` (BUILD_FORMAT=iife): one file, every language inside; the
 *   tile map alone stays out and is imported from beside the script when used;
 * - `dist/lib/` for bundlers (BUILD_FORMAT=lib), Lit external.
 */
import { defineConfig, type Plugin } from 'vite';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { generateMsgId } from '@lit/localize/internal/id-generation.js';
import { isLeaflet, patchLeaflet } from './scripts/leaflet-strict-csp.mjs';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const iife = process.env.BUILD_FORMAT === 'iife';
// For bundler users (package.json "."): the classes, Lit left to their bundler.
const lib = process.env.BUILD_FORMAT === 'lib';

/** The ES files, each built alone (scripts/build.mjs runs one build per entry). */
export const ENTRIES: Record<string, string> = {
  'iom-widgets': 'src/define.ts',
  'iom-news-feed': 'src/news-feed/define.ts',
  'iom-hotline-banner': 'src/hotline-banner/define.ts',
  'iom-centre-locator': 'src/centre-locator/define.ts',
  'iom-event-calendar': 'src/event-calendar/define.ts',
  'iom-tile-map': 'src/centre-locator/tile-map.ts',
};
const entry = process.env.BUILD_ENTRY ?? 'iom-widgets';
if (!lib && !iife && !ENTRIES[entry]) throw new Error(`BUILD_ENTRY=${entry}: not one of ${Object.keys(ENTRIES).join(', ')}`);

/**
 * `import('./tile-map.js')` would copy Leaflet (40 kB brotli) into a chunk of
 * each build. It becomes a runtime import of `iom-tile-map.js`, the one copy,
 * found beside the running file: `import.meta.url` in the ES files, the
 * script's own URL in the classic one (which would otherwise inline it).
 */
const sharedTileMap = (base: string): Plugin => ({
  name: 'iom-shared-tile-map',
  transform(code, id) {
    if (!id.endsWith('/centre-locator/centre-locator.ts')) return;
    const out = code.replace(/import\(\s*["']\.\/tile-map\.js["']\s*\)/, `import(/* @vite-ignore */ new URL(/* @vite-ignore */ 'iom-tile-map.js', ${base}).href)`);
    if (out === code) this.error('centre-locator.ts no longer imports ./tile-map.js: update vite.config.ts');
    return out;
  },
});

/**
 * A file with every widget (dist/iom-widgets.js, the classic script) loads one
 * chunk of strings per language, `all`, instead of four overlapping ones.
 */
const oneCatalog = (): Plugin => ({
  name: 'iom-one-catalog',
  enforce: 'pre',
  resolveId(source) {
    if (/\/i18n\/generated\/(?:news-feed|centre-locator|hotline-banner|event-calendar)\/index\.js$/.test(source)) {
      return fileURLToPath(new URL('./src/i18n/generated/all/index.ts', import.meta.url));
    }
  },
});

/**
 * With every widget in the file, the feed layer is there anyway: the banner
 * takes it directly instead of by `import()`, which would split the feed layer
 * out of the file into a chunk of its own.
 */
const staticBannerFeed = (): Plugin => ({
  name: 'iom-static-banner-feed',
  transform(code, id) {
    if (!id.endsWith('/hotline-banner/hotline-banner.ts')) return;
    const out = code.replace(/import\(\s*["']\.\/feed\.js["']\s*\)/, 'Promise.resolve({ bannerFeed: iomBannerFeed, zoneShift: iomZoneShift })');
    if (out === code) this.error('hotline-banner.ts no longer imports ./feed.js: update vite.config.ts');
    // (A named import: a namespace object would cost the bundle its module-object helper.)
    return `import { bannerFeed as iomBannerFeed, zoneShift as iomZoneShift } from './feed.js';\n${out}`;
  },
});

/** Leaflet without an HTML string or a data: image, so the tile map runs under a strict CSP (scripts/leaflet-strict-csp.mjs). */
const leafletStrictCsp = (): Plugin => ({
  name: 'iom-leaflet-strict-csp',
  transform(code, id) {
    if (isLeaflet(id)) return { code: patchLeaflet(code), map: null };
  },
});

/**
 * Lit creates its Trusted Types policy, "lit-html", when it loads. Two of our
 * files on one page carry two copies of Lit, and under a strict policy list a
 * second policy of the same name is refused — and the second file would not
 * run. Our copies of Lit make that policy once per page and share it. Where
 * the page's own Lit app made "lit-html" first and the list does not allow
 * duplicates, ours take the other name partners list, "iom-widgets" (shared
 * with src/feed/trusted-types.ts), instead of stopping with an error.
 */
const sharedLitPolicy = (): Plugin => ({
  name: 'iom-shared-lit-policy',
  transform(code, id) {
    if (!/\/node_modules\/lit-html\/lit-html\.js$/.test(id)) return;
    const out = code.replace(/(\w+)\.createPolicy\("lit-html",\{createHTML:(\w)=>\2\}\)/, (_, tt: string) =>
      `(globalThis[Symbol.for("iom-widgets:lit-html-policy")]??=((p,o)=>{try{return p.createPolicy("lit-html",o)}catch{return globalThis[Symbol.for("iom-widgets:trusted-types")]??=p.createPolicy("iom-widgets",o)}})(${tt},{createHTML:t=>t}))`);
    if (out === code) this.error('lit-html no longer creates its policy as expected: update vite.config.ts');
    return out;
  },
});

/**
 * Our sources take `msg` and `str` from @lit/localize, whose `msg` calls the
 * implementation locale.ts installs. Here they get that implementation
 * itself: @lit/localize's default `msg`, its install guard (and its message)
 * and the rest of its index stay out of the files.
 */
const ownMsg = (): Plugin => ({
  name: 'iom-own-msg',
  enforce: 'pre',
  resolveId(source, importer) {
    if (source === '@lit/localize' && importer && /\/src\/.*\.ts$/.test(importer)) return '\0iom-msg';
  },
  load(id) {
    if (id !== '\0iom-msg') return;
    const locale = fileURLToPath(new URL('./src/i18n/locale.ts', import.meta.url));
    return `export { localizedMsg as msg } from ${JSON.stringify(locale)};\nexport { str } from '@lit/localize/internal/str-tag.js';`;
  },
});

/**
 * Lit's production build still carries two long messages for misuse of its
 * css tag, which our literal stylesheets never make: 0.08 kB of
 * dist/iom-widgets.js after brotli. They are shortened (still naming the fix), not removed.
 */
const shortLitCssErrors = (): Plugin => ({
  name: 'iom-short-lit-css-errors',
  transform(code, id) {
    if (!/\/node_modules\/@lit\/reactive-element\/css-tag\.js$/.test(id)) return;
    const out = code
      .replace('"CSSResult is not constructable. Use `unsafeCSS` or `css` instead."', '"Lit: use css or unsafeCSS"')
      .replace(`"Value passed to 'css' function must be a 'css' function result: "+t+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security."`, '"Lit css: "+t+" is not css (unsafeCSS)"');
    if ((out.match(/Lit( css)?: /g) ?? []).length !== 2) this.error('@lit/reactive-element/css-tag.js no longer has the messages vite.config.ts shortens: update it');
    return out;
  },
});

/**
 * Our Lit is a private copy inside our file, yet Lit's modules meet the page
 * through globals meant for the page's own Lit: each adds its version to a
 * list (`litHtmlVersions`…), from which the page's Lit in development mode
 * warns that several copies are loaded, and each installs the page's hooks
 * (`…PolyfillSupport` for ShadyDOM, `litElementHydrateSupport` for server
 * rendering) into itself. Neither concerns our copy: the marks go and the
 * hooks are read as absent (0.2 kB of dist/iom-widgets.js after brotli).
 */
const privateLit = (): Plugin => ({
  name: 'iom-private-lit',
  transform(code, id) {
    if (!/\/node_modules\/(lit-html\/lit-html|@lit\/reactive-element\/reactive-element|lit-element\/lit-element)\.js$/.test(id)) return;
    const out = code
      .replace(/\(\w+\.(?:litHtml|reactiveElement|litElement)Versions\?\?=\[\]\)\.push\("[\d.]+"\)/, 'void 0')
      // The page's hooks for its own Lit (polyfill support, SSR hydration) are read as nothing.
      .replace(/\b\w+\.(?:litHtml|reactiveElement|litElement)PolyfillSupport\b/, 'void 0')
      .replace(/\b\w+\.litElementHydrateSupport\?\.\(\{LitElement:\w+\}\)/, 'void 0')
      // Decorators' plumbing, which no class of ours uses (`static properties`, no
      // decorators): it polyfilled the page's Symbol.metadata and made a global
      // `litPropertyMetadata`; and class initializers, added only by decorators.
      .replace(/Symbol\.metadata\?\?=Symbol\("metadata"\),\w+\.litPropertyMetadata\?\?=new WeakMap;/, '')
      .replace(/const (\w)=this\[Symbol\.metadata\];if\(null!==\1\)\{const (\w)=litPropertyMetadata\.get\(\1\);if\(void 0!==\2\)for\(const\[\w,\w\]of \2\)this\.elementProperties\.set\(\w,\w\)\}/, '')
      .replace(/static addInitializer\(\w\)\{this\._\$Ei\(\),\(this\.l\?\?=\[\]\)\.push\(\w\)\}/, '')
      .replace(/void 0!==(\w)\.l&&\(this\.l=\[\.\.\.\1\.l\]\),/, '')
      .replace(/,this\.constructor\.l\?\.forEach\(\(?\w\)?=>\w\(this\)\)/, '')
      // `useDefault` properties (a default kept when the attribute goes): none of ours is one (checked below).
      .replace('||i.useDefault&&i.reflect&&h===this._$Ej?.get(t)&&!this.hasAttribute(r._$Eu(t,i))', '')
      .replace('this[e]=r??this._$Ej?.get(e)??r', 'this[e]=r')
      .replace('i&&!(this._$Ej??=new Map).has(t)&&(this._$Ej.set(t,r??s??this[t]),!0!==h||void 0!==r)||', '')
      .replace('this.hasUpdated||i||(s=void 0)', 'this.hasUpdated||(s=void 0)')
      .replace('useDefault:!1,', '')
      .replace('{useDefault:i,reflect:e,wrapped:h}', '{reflect:e}')
      // Attributes read as JSON (properties of `type: Object` or `Array`): none of ours is (checked below).
      .replace(/;case Object:case Array:\w=null==\w\?\w:JSON\.stringify\(\w\)\}/, '}')
      .replace(/;case Object:case Array:try\{\w=JSON\.parse\(\w\)\}catch\(\w\)\{\w=null\}\}/, '}');
    for (const f of readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'))) {
      const source = readFileSync(`src/${f}`, 'utf8');
      if (/\buseDefault\b/.test(source)) this.error(`src/${f} declares a useDefault property: our builds compile that option out (vite.config.ts, privateLit)`);
      if (/\btype: (Object|Array)\b/.test(source)) this.error(`src/${f} declares a property of type Object or Array: our builds read no attribute as JSON (vite.config.ts, privateLit)`);
      if (/import \{[^}]*\b(svg|mathml)\b[^}]*\} from 'lit\b/.test(source)) this.error(`src/${f} uses Lit's svg or mathml tag: our builds compile them out (vite.config.ts, noDirectives)`);
    }
    if (/Versions\?\?=|PolyfillSupport|HydrateSupport|Symbol\.metadata|litPropertyMetadata|addInitializer|\.l\b|case Object|useDefault|_\$Ej/.test(out)) this.error(`${id} no longer meets the page as vite.config.ts expects (version marks, polyfill and hydration hooks, decorator metadata, initializers): update it`);
    return out;
  },
});

/**
 * Lit's directives (classMap, repeat, the async ones): no template of ours
 * uses one, yet lit-html passes every value through their resolver. In our
 * files it hands values on as they are, and the minifier takes the calls out
 * (0.1 kB of each file after brotli), with element bindings, which take only
 * directives; a source that imports a directive stops the build. (Storybook's
 * own templates may use them: not in its build.)
 */
const noDirectives = (): Plugin => ({
  name: 'iom-no-directives',
  // Before Vite's own resolver, which would otherwise resolve the import first and this hook never see it.
  enforce: 'pre',
  resolveId(source, importer) {
    if (importer?.includes('/src/') && /^lit(-html)?\/(async-)?directives?\b/.test(source)) {
      this.error(`${importer} imports ${source}: our builds compile Lit's directives out (vite.config.ts, noDirectives)`);
    }
  },
  transform(code, id) {
    let out = code;
    const cut = (re: RegExp, to: string) => {
      if (!re.test(out)) this.error(`${id} no longer meets noDirectives (vite.config.ts) as it expects (${re}): update it`);
      out = out.replace(re, to);
    };
    if (/\/node_modules\/lit-element\/lit-element\.js$/.test(id)) {
      // Async directives' connection calls.
      cut(/connectedCallback\(\)\{super\.connectedCallback\(\),this\._\$Do\?\.setConnected\(!0\)\}disconnectedCallback\(\)\{super\.disconnectedCallback\(\),this\._\$Do\?\.setConnected\(!1\)\}/, '');
      return out;
    }
    if (!/\/node_modules\/lit-html\/lit-html\.js$/.test(id)) return;
    cut(/function (\w+)\(t,i,s=t,e\)\{if\(i===\w+\)return i;.*?\._\$litDirective\$.*?\}(?=class )/, 'function $1(t,i){return i}');
    // Element bindings (<input ${ref(…)}>) take only directives: their part goes too.
    cut(/else \w\.startsWith\(\w\)&&\(\w\.push\(\{type:6,index:\w\}\),\w\.removeAttribute\(\w\)\)/, '');
    cut(/:6===\w\.type&&\(\w=new (\w)\(\w,this,\w\)\)/, ':0');
    cut(/,F:\w\}/, '}');
    cut(/class \w\{constructor\(t,i,s\)\{this\.element=t,this\.type=6,[^}]*\}get _\$AU\(\)\{return this\._\$AM\._\$AU\}_\$AI\(t\)\{\w\(this,t\)\}\}/, '');
    // Async directives' connection hooks (lit/async-directive is a directive module too).
    cut(/this\._\$AP\?\.\(!1,!0,\w\)/, '');
    cut(/setConnected\(t\)\{void 0===this\._\$AM&&\(this\._\$Cv=t,this\._\$AP\?\.\(t\)\)\}/, '');
    // Templates compiled ahead of time (Lit's SSR and compiler output, `_$litType$` an object): ours are all html``.
    cut(/"number"==typeof (\w)\?this\._\$AC\((\w)\):\(void 0===\1\.el&&\(\1\.el=\w\.createElement\(\w\(\1\.h,\1\.h\[0\]\),this\.options\)\),\1\)/, 'this._$$AC($2)');
    // svg`` and mathml`` templates: our sources use neither (checked in privateLit).
    cut(/=2===i\?"<svg>":3===i\?"<math>":""/, '=""');
    cut(/\+\(2===i\?"<\/svg>":3===i\?"<\/math>":""\)/, '');
    cut(/,2===i\|\|3===i\)\{const t=this\.el\.content\.firstChild;t\.replaceWith\(\.\.\.t\.childNodes\)\}/, ')');
    return out;
  },
});

/** Whitespace and comments out of a stylesheet; quoted strings left as they are. */
export function minifyCss(cssText: string): string {
  return cssText
    // Comments out first, in one pass with the strings, so a quote inside a comment cannot hide its end.
    .replace(/('[^'\n]*'|"[^"\n]*")|\/\*[\s\S]*?\*\//g, (m, str?: string) => str ?? '')
    .split(/('[^'\n]*'|"[^"\n]*")/)
    .map((part, i) =>
      i % 2
        ? part
        : part
            .replace(/\s+/g, ' ')
            .replace(/\s*([{};,>])\s*/g, '$1')
            .replace(/:\s+/g, ':')
            .replace(/;}/g, '}')
            // 0.5em → .5em
            .replace(/([\s:(,/-])0\.(\d)/g, '$1.$2'),
    )
    .join('')
    .trim();
}

/**
 * Lit keeps a `css` template as written, indentation and comments included:
 * they are minified here (our stylesheets hold no `${}`; one that did is left alone).
 * A stylesheet without `${}` is then Lit's `unsafeCSS` of that text, which
 * makes the same CSSResult: `css` (its joining of values, its checks and their
 * message) stays out of the files when no stylesheet needs it.
 */
const minifyCssTemplates = (): Plugin => ({
  name: 'iom-minify-css',
  transform(code, id) {
    if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return;
    const out = code.replace(/\bcss`([^`]*)`/g, (whole, body: string) => (body.includes('${') ? whole : `__iomCss(\`${minifyCss(body)}\`)`));
    if (out === code) return;
    // Under a name of our own: a file that imports unsafeCSS itself would otherwise declare it twice.
    return `import { unsafeCSS as __iomCss } from 'lit';\n${out}`;
  },
});

/**
 * The static text of Lit's html`` and svg`` templates keeps the source's
 * indentation. A run of white space that holds a line break renders as one
 * space wherever it stands (no template of ours is inside <pre> or
 * white-space: pre), so it is written as one: found with TypeScript's parser,
 * so nested templates and `${}` are never touched.
 */
const collapseTemplateWhitespace = (): Plugin => ({
  name: 'iom-collapse-template-whitespace',
  transform(code, id) {
    if (!/\/src\/.*\.ts$/.test(id) || !/\b(?:html|svg)`/.test(code)) return;
    const file = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true);
    const edits: [number, number][] = [];
    const visit = (node: ts.Node): void => {
      if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && (node.tag.text === 'html' || node.tag.text === 'svg')) {
        const t = node.template;
        const parts = ts.isNoSubstitutionTemplateLiteral(t) ? [t] : [t.head, ...t.templateSpans.map((x) => x.literal)];
        // Each part's text lies between its opening ` or } and its closing ` or ${.
        for (const p of parts) edits.push([p.getStart(file) + 1, p.getEnd() - (ts.isTemplateTail(p) || ts.isNoSubstitutionTemplateLiteral(p) ? 1 : 2)]);
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
    let out = code;
    for (const [from, to] of edits.sort((a, b) => b[0] - a[0])) {
      out = out.slice(0, from) + out.slice(from, to).replace(/[ \t]*\n\s*/g, ' ') + out.slice(to);
    }
    return out;
  },
});

/**
 * English is the language of the msg() calls in the sources, but only English
 * visitors need it: the others would download every English string for
 * nothing. Each `msg('Exit this page')` becomes `msg('k')`, its id (an
 * str`` or html`` keeps its expressions, its text goes, and its id comes
 * second: `msg(str`${n}`, 'k')`), and English is
 * loaded as a chunk like every other language (scripts/i18n.mjs writes it).
 * The id is lit-localize's, worked out from the source as its extractor does,
 * so it runs before any other transform; one not in the catalogs stops the build.
 */
const sourceStringsOut = (): Plugin => {
  const idLength = Number(/ID_LENGTH = (\d+)/.exec(readFileSync('src/i18n/generated/id-length.ts', 'utf8'))![1]);
  const known = [...readFileSync('src/i18n/generated/all/en.ts', 'utf8').matchAll(/^(\w+): /gm)].map((m) => m[1]!);
  // And each id becomes a key of one or two letters, in the calls and the
  // catalogs alike: lit-localize's ids are hex that brotli cannot shrink.
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const short = new Map(known.sort().map((k, i) => [k, i < 52 ? letters[i]! : letters[Math.floor(i / 52) - 1]! + letters[i % 52]!]));
  return {
    name: 'iom-source-strings-out',
    enforce: 'pre',
    transform(code, id) {
      if (/\/src\/i18n\/generated\/[\w-]+\/[a-z]{2}\.ts$/.test(id)) return code.replace(/^(\w+): /gm, (line, k: string) => (short.has(k) ? `${short.get(k)}: ` : line));
      if (!/\/src\/.*\.ts$/.test(id) || id.includes('/i18n/generated/') || !/\bmsg\(/.test(code)) return;
      const file = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true);
      const edits: [number, number, string][] = [];
      const visit = (node: ts.Node): void => {
        if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'msg') {
          const [arg, ...rest] = node.arguments;
          if (!arg || rest.length) this.error(`${id}: msg() with options is not supported by vite.config.ts`);
          // Its argument is replaced whole: a msg() inside it would keep its English unseen.
          if (/\bmsg\(/.test(arg.getText(file))) this.error(`${id}: a msg() inside another msg() is not supported by vite.config.ts`);
          let strings: string | string[];
          let html = false;
          let out: string | undefined;
          if (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg)) {
            strings = arg.text;
          } else if (ts.isTaggedTemplateExpression(arg) && ts.isIdentifier(arg.tag) && (arg.tag.text === 'str' || arg.tag.text === 'html')) {
            const t = arg.template;
            html = arg.tag.text === 'html';
            strings = ts.isNoSubstitutionTemplateLiteral(t) ? [t.text] : [t.head.text, ...t.templateSpans.map((x) => x.literal.text)];
            const values = ts.isNoSubstitutionTemplateLiteral(t) ? [] : t.templateSpans.map((x) => `\${${x.expression.getText(file)}}`);
            out = `${arg.tag.text}\`${values.join('')}\``;
          } else {
            return this.error(`${id}: msg(${arg.getText(file)}): only a string, str\`\` or html\`\` can lose its English`);
          }
          const msgId = generateMsgId(strings as string & TemplateStringsArray, html).slice(0, idLength);
          if (!short.has(msgId)) this.error(`${id}: msg(${arg.getText(file)}) is not in the catalogs: run \`npm run i18n\``);
          // A plain string becomes its id; a template keeps its values and names its id second (locale.ts).
          edits.push([arg.getStart(file), arg.getEnd(), out ? `${out}, '${short.get(msgId)}'` : `'${short.get(msgId)}'`]);
          return;
        }
        ts.forEachChild(node, visit);
      };
      visit(file);
      let out = code;
      for (const [from, to, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, from) + text + out.slice(to);
      return out;
    },
  };
};

const everyWidget = iife || (!lib && entry === 'iom-widgets');

/**
 * The chunks' names carry one token per build, not a content hash each: a
 * dozen hashes were random characters brotli cannot shrink (0.05 kB of
 * dist/iom-widgets.js), where one token said a dozen times costs a few bytes.
 * It is a hash of all that makes the build (sources, package.json and its
 * lockfile, tsconfig.json, build scripts, entry), so a changed build gets new names and no cache serves an
 * old chunk to a new file; each entry has its own, so two entries' chunks of
 * one name (each file's own Georgian strings) never overwrite each other.
 */
const buildToken = (() => {
  const hash = createHash('sha256').update(`${version} ${entry} ${process.env.BUILD_FORMAT ?? ''}`);
  const made = readdirSync('src', { recursive: true, encoding: 'utf8' }).map((f) => `src/${f}`);
  for (const f of [...made, 'package.json', 'package-lock.json', 'tsconfig.json', 'vite.config.ts', 'scripts/build.mjs'].sort()) {
    if (statSync(f).isFile()) hash.update(`${f}\0`).update(readFileSync(f));
  }
  return hash.digest('base64url').slice(0, 8);
})();

export default defineConfig({
  plugins: [
    leafletStrictCsp(),
    // (Storybook builds with this config and no BUILD_ENTRY: its tile map is bundled as a chunk of its own.)
    ...(iife ? [sharedTileMap('__iomScriptBase')] : lib || entry === 'iom-tile-map' || !process.env.BUILD_ENTRY ? [] : [sharedTileMap('import.meta.url')]),
    ...(everyWidget ? [oneCatalog(), staticBannerFeed()] : []),
    ...(lib ? [] : [sourceStringsOut(), ownMsg(), sharedLitPolicy(), shortLitCssErrors(), privateLit(), minifyCssTemplates(), collapseTemplateWhitespace()]),
    ...(process.env.BUILD_ENTRY || iife ? [noDirectives()] : []),
  ],
  // (The transform runs on the TypeScript source before its import is resolved.)
  // __IOM_EVERY_WIDGET__: the banner's feed code is in the file, so no early feed request (early.ts); its loader still takes over one that dist/iom-hotline-banner.js sent (load.ts).
  define: { __IOM_VERSION__: JSON.stringify(version), __IOM_EVERY_WIDGET__: String(everyWidget), ...(lib ? {} : { __IOM_MSG_IDS__: 'true' }) },
  // The demo and stories read the sample feed from demo/; nothing is copied into dist.
  publicDir: false,
  esbuild: { charset: 'utf8', legalComments: 'none' },
  build: {
    target: 'es2021',
    outDir: 'dist',
    // scripts/build.mjs empties dist/ once, before the first build.
    emptyOutDir: false,
    minify: true,
    sourcemap: false,
    reportCompressedSize: false,
    lib: lib
      ? { entry: { index: 'src/index.ts', define: 'src/define.ts' }, formats: ['es'], fileName: (_f, name) => `lib/${name}.js` }
      : iife
      ? { entry: { 'iom-widgets': 'src/define.ts' }, formats: ['iife'], name: 'IomWidgets', fileName: () => 'iom-widgets.iife.js' }
      : {
          entry: { [entry]: ENTRIES[entry]! },
          formats: ['es'],
          fileName: (_format, name) => `${name}.js`,
        },
    rollupOptions: {
      // @lit/localize's modules run nothing at load that we need: its index
      // (for `msg`, `str`) brings the runtime it would configure, which makes a
      // resolved promise at load, and the id hash (dead code once the build
      // has put in the ids) builds a table: both go when nothing reads them.
      treeshake: { moduleSideEffects: (id: string) => !/\/node_modules\/@lit\/localize\//.test(id) },
      // Lib mode keeps ES output unminified for bundlers; ours goes straight to
      // browsers by script tag, so minify fully.
      // Lit stays the app's, one copy for every element. @lit/localize does not:
      // ours takes over its `msg` (src/i18n/locale.ts), which an app that
      // localizes itself must keep.
      external: lib ? [/^lit($|\/)/, /^lit-(html|element)($|\/)/, /^@lit\/reactive-element($|\/)/] : [],
      output: lib
        ? { chunkFileNames: 'lib/chunks/[name]-[hash].js' }
        : iife
          ? {
              minify: true,
              // Where this script was loaded from, for the tile map beside it.
              banner: "var __iomScriptBase=(document.currentScript&&document.currentScript.src)||location.href;",
            }
          : { chunkFileNames: `chunks/[name]-${buildToken}.js`, minify: true },
    },
  },
});
