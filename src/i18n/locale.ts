/**
 * Each element in its own language.
 *
 * @lit/localize keeps one global locale per page, but a partner may put a
 * Georgian news feed beside a Persian hotline banner. So we keep its `msg()`
 * calls, XLIFF files and generated modules, and install the thinnest possible
 * `msg` implementation of our own: it reads the templates of whichever element
 * is rendering at that moment. Rendering is synchronous, so an element wraps
 * its `render()` in `locale.run(…)` and every `msg()` inside it speaks that
 * element's language.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { _installMsgImplementation } from '@lit/localize/init/install.js';
import { generateMsgId } from '@lit/localize/internal/id-generation.js';
// (@lit/localize's own default msg() brings it into the bundle anyway.)
import { joinStringsAndValues as join } from '@lit/localize/internal/str-tag.js';
import { ID_LENGTH } from './generated/id-length.js';
import type { LocaleModule } from '@lit/localize';
import { addDateNames } from './dates.js';

/** The languages every widget speaks. The first is the default for a page without `lang`. */
export const LOCALES = ['ka', 'en', 'ru', 'tr', 'fa', 'az', 'hy'] as const;
export type Locale = (typeof LOCALES)[number];
export const SOURCE_LOCALE: Locale = 'en';
const RTL_LOCALES: ReadonlySet<string> = new Set(['fa', 'prs', 'pes', 'ar', 'he', 'ur', 'ps', 'ckb']);

type Templates = LocaleModule['templates'];

/**
 * One widget's strings (with the shared ones): a loader per language, each its
 * own chunk. Where browsers' Intl may lack the language (ka, hy, az), the chunk
 * carries its date names too: one request, not two, on a slow line.
 */
export type Catalog = Partial<Record<Locale, () => Promise<LocaleModule & { dates?: string }>>>;

// A Georgian page never downloads the Armenian strings, and a page with only
// the news feed never downloads the calendar's (scripts/i18n.mjs splits them).
// English is a chunk like the others: the build takes it out of the code.
const merged = new Map<Catalog, Map<Locale, Templates | undefined>>();
const loading = new Map<Catalog, Map<Locale, Promise<void>>>();

let active: Templates | undefined;
type Str = { strTag: true; strings: readonly string[]; values: readonly unknown[] };
type Template = string | Str | { strings: readonly string[]; values: unknown[] };

/** Set by the build (vite.config.ts): every msg() there carries its id and no English. */
declare const __IOM_MSG_IDS__: boolean;
// In the sources msg() has only its English: the id is worked out as
// lit-localize does, cut to the catalogs' ID_LENGTH characters (the full 17
// were a third of each download), once per template: msg() runs in every render.
const ids = new Map<string | readonly string[], string>();
const idOf = (t: Template): string => {
  if (typeof __IOM_MSG_IDS__ !== 'undefined') return '';
  const key = typeof t === 'string' ? t : t.strings;
  let id = ids.get(key);
  if (id === undefined) ids.set(key, (id = generateMsgId(key as string | TemplateStringsArray, typeof t !== 'string' && !('strTag' in t)).slice(0, ID_LENGTH)));
  return id;
};

/**
 * lit-localize's runtime `msg`, the few lines of it we use: the template of
 * the rendering element's language, its values put back in the translation's
 * order (`${0}` placeholders); the template as written when there is none.
 */
export function localizedMsg(template: Template, id?: string): unknown {
  // In dist/ (vite.config.ts) a plain string is its own id, and a template's id comes second.
  const t = active?.[typeof __IOM_MSG_IDS__ !== 'undefined' ? (typeof template === 'string' ? template : id!) : idOf(template)] as Template | undefined;
  // (In dist/ the template has lost its English: English is a catalog there.)
  if (t === undefined) return typeof __IOM_MSG_IDS__ !== 'undefined' ? '' : typeof template === 'string' ? template : 'strTag' in template ? join(template.strings as TemplateStringsArray, template.values as string[]) : template;
  if (typeof t === 'string') return t;
  if ('strTag' in t) return join(t.strings as TemplateStringsArray, (template as Str).values as string[], t.values as number[]);
  // An html`` translation: Lit's TemplateResult, its values by index.
  return { ...t, values: (t.values as number[]).map((i) => (template as Str).values[i]) };
}
// (The build's files call it directly: vite.config.ts gives them this `msg`.)
if (typeof __IOM_MSG_IDS__ === 'undefined') {
  try {
    _installMsgImplementation(localizedMsg as Parameters<typeof _installMsgImplementation>[0]);
  } catch {
    // Another copy of @lit/localize on the page was configured first: ours is bundled, so this only happens in tests.
  }
}

// A language whose chunk failed reads English.
const templatesOf = (catalog: Catalog, locale: Locale) => merged.get(catalog)?.get(locale) ?? merged.get(catalog)?.get(SOURCE_LOCALE);
const isLoaded = (catalog: Catalog, locale: Locale) => !!merged.get(catalog)?.has(locale);

/** Runs `fn` with the strings of `catalog` in `locale` active for every `msg()` it calls. */
export function withLocale<T>(catalog: Catalog, locale: Locale, fn: () => T): T {
  const prev = active;
  active = templatesOf(catalog, locale);
  try {
    return fn();
  } finally {
    active = prev;
  }
}

/** Loads a widget's strings in `locale` (its catalog holds the shared ones too, and the date names), once per page. */
export function loadLocale(catalog: Catalog, locale: Locale): Promise<void> {
  if (isLoaded(catalog, locale)) return Promise.resolve();
  if (!loading.has(catalog)) loading.set(catalog, new Map());
  const pending = loading.get(catalog)!;
  let p = pending.get(locale);
  if (!p) {
    p = Promise.resolve(catalog[locale]?.()).then(
      (strings) => {
        if (strings?.dates) addDateNames(locale, strings.dates);
        if (!merged.has(catalog)) merged.set(catalog, new Map());
        merged.get(catalog)!.set(locale, strings?.templates ?? {});
      },
      (e) => {
        pending.delete(locale);
        const english = locale !== SOURCE_LOCALE;
        console.warn(`iom-widgets: the ${locale} strings could not be loaded${english ? '; showing English' : ''}.`, e);
        // (Not marked loaded: the next element, or a change of `lang`, tries again.)
        if (english) return loadLocale(catalog, SOURCE_LOCALE);
        throw e;
      },
    );
    pending.set(locale, p);
  }
  return p;
}

/** Picks our locale for any BCP 47 tag: its language if we speak it, English if not. */
export function matchLocale(tag: string | null | undefined): Locale {
  const primary = primaryTag((tag ?? '').trim());
  if (!primary) return LOCALES[0];
  // Dari (Afghanistan) and Iranian Persian by their ISO 639-3 codes read our Persian.
  const lang = primary === 'prs' || primary === 'pes' ? 'fa' : primary;
  return (LOCALES as readonly string[]).includes(lang) ? (lang as Locale) : 'en';
}

/** A tag's language, lower case: `ka` of `ka-GE` or `KA_ge`. */
export const primaryTag = (tag: string) => tag.toLowerCase().split(/[-_]/)[0]!;

export const isRtl = (tag: string) => RTL_LOCALES.has(primaryTag(tag));

/**
 * The element's own `lang`, else its nearest ancestor's (through shadow roots),
 * else the page's. An empty one (a CMS's unset variable) is passed over.
 */
export function resolveLang(el: Element): string {
  let node: Node | null = el;
  while (node) {
    const lang = node instanceof Element && node.getAttribute('lang')?.trim();
    if (lang) return lang;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return '';
}

/**
 * The tag for Intl: as written (ka-GE) when it is one of ours, else our locale.
 * CMS themes write `ka_GE`, and `fa-IR-u-nu-latn` would get a second `-u-` from
 * dates.ts: Intl throws on both, so the underscore becomes a hyphen, extensions
 * go, and what Intl still refuses falls back to the plain language.
 */
export function intlTag(written: string, lang: Locale): string {
  try {
    const [tag] = Intl.getCanonicalLocales(written.replace(/_/g, '-').split(/-[a-z\d]-/i)[0]);
    if (tag?.split('-')[0]!.toLowerCase() === lang) return tag;
  } catch {
    // not a language tag
  }
  return lang;
}

// One observer for the whole page: any `lang` change anywhere re-resolves every widget.
const controllers = new Set<LocaleController>();
let observer: MutationObserver | undefined;
function observe(target: Node) {
  observer ??= new MutationObserver(() => controllers.forEach((c) => c.refresh()));
  observer.observe(target, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/**
 * Tracks the host's language and loads its strings. The host renders with
 * `this.locale.run(() => …)` and reads `lang` and `dir` for dates and layout.
 */
export class LocaleController implements ReactiveController {
  /** The language the host renders in. */
  lang: Locale = LOCALES[0];
  /** The tag as written on the page (`ka-GE`), for Intl. */
  tag = 'ka';
  /** False until this language's strings are loaded. */
  ready = false;
  private started = false;

  /**
   * @param catalog the widget's own strings (from `src/i18n/generated/<widget>/index.ts`);
   *   the shared strings (errors, offline note) come with every catalog.
   */
  constructor(private readonly host: ReactiveControllerHost & HTMLElement, private readonly catalog: Catalog) {
    host.addController(this);
  }

  get dir(): 'ltr' | 'rtl' {
    return isRtl(this.lang) ? 'rtl' : 'ltr';
  }

  hostConnected(): void {
    controllers.add(this);
    observe(document.documentElement);
    // An element inside other components' shadow roots is out of the document
    // observer's sight: each root up the chain is watched too.
    for (let root = this.host.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) observe(root);
    this.refresh();
  }

  hostDisconnected(): void {
    controllers.delete(this);
  }

  /** Re-reads the language (called on any `lang` change on the page). */
  refresh(): void {
    const written = resolveLang(this.host) || LOCALES[0];
    const lang = matchLocale(written);
    const tag = intlTag(written, lang);
    const ready = isLoaded(this.catalog, lang);
    if (lang === this.lang && tag === this.tag && ready === this.ready && this.started) return;
    this.started = true;
    this.lang = lang;
    this.tag = tag;
    this.ready = ready;
    this.host.requestUpdate();
    if (!ready) this.load(lang, 5e3);
  }

  /**
   * If even English fails (the chunk beside the script is gone), the host stays
   * on its placeholder; the console says why. A language shown in English for
   * want of its chunk (a connection that dropped) is tried again, three times,
   * 5, 15 and 45 s apart.
   */
  private load(lang: Locale, wait: number): void {
    loadLocale(this.catalog, lang).then(() => {
      if (this.lang !== lang) return;
      this.ready = true;
      this.host.requestUpdate();
      if (!isLoaded(this.catalog, lang) && wait < 5e4) setTimeout(() => this.load(lang, wait * 3), wait);
    }, () => {});
  }

  /** Runs `fn` (the host's render) with the host's strings active. */
  run<T>(fn: () => T): T {
    return withLocale(this.catalog, this.lang, fn);
  }
}
