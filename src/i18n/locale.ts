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
import { runtimeMsg } from '@lit/localize/internal/runtime-msg.js';
import { generateMsgId } from '@lit/localize/internal/id-generation.js';
import { ID_LENGTH } from './generated/id-length.js';
import type { LocaleModule } from '@lit/localize';
import { loadDateNames } from './dates.js';

/** The languages every widget speaks. The first is the default for a page without `lang`. */
export const LOCALES = ['ka', 'en', 'ru', 'tr', 'fa', 'az', 'hy'] as const;
export type Locale = (typeof LOCALES)[number];
export const SOURCE_LOCALE: Locale = 'en';
const RTL_LOCALES: ReadonlySet<string> = new Set(['fa', 'prs', 'pes', 'ar', 'he', 'ur', 'ps', 'ckb']);

type Templates = LocaleModule['templates'];

/** One widget's strings (with the shared ones): a loader per language, each its own chunk. */
export type Catalog = Partial<Record<Locale, () => Promise<LocaleModule>>>;

// A Georgian page never downloads the Armenian strings, and a page with only
// the news feed never downloads the calendar's (scripts/i18n.mjs splits them).
const merged = new Map<Catalog, Map<Locale, Templates | undefined>>();
const loading = new Map<Catalog, Map<Locale, Promise<void>>>();

let active: Templates | undefined;
type Template = Parameters<typeof runtimeMsg>[1];
// The catalogs key a string by the first ID_LENGTH characters of lit-localize's
// id (scripts/i18n.mjs keeps them unique): the full 17 were a third of each download.
// Worked out once per template: msg() runs in every render.
const ids = new Map<string | readonly string[], { id: string }>();
const shortId = (t: Template) => {
  const key = typeof t === 'string' ? t : t.strings;
  let o = ids.get(key);
  if (!o) ids.set(key, (o = { id: generateMsgId(key as string | TemplateStringsArray, typeof t !== 'string' && !('strTag' in t)).slice(0, ID_LENGTH) }));
  return o;
};
try {
  _installMsgImplementation(((template: Template, options?: Parameters<typeof runtimeMsg>[2]) =>
    runtimeMsg(active, template, options?.id ? options : shortId(template))) as Parameters<typeof _installMsgImplementation>[0]);
} catch {
  // Another copy of @lit/localize on the page was configured first: ours is bundled, so this only happens in tests.
}

const templatesOf = (catalog: Catalog, locale: Locale) => merged.get(catalog)?.get(locale);
const isLoaded = (catalog: Catalog, locale: Locale) => locale === SOURCE_LOCALE || !!merged.get(catalog)?.has(locale);

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

/** Loads a widget's strings in `locale` (its catalog holds the shared ones too) and the date names, once per page. */
export function loadLocale(catalog: Catalog, locale: Locale): Promise<void> {
  if (isLoaded(catalog, locale)) return Promise.resolve();
  if (!loading.has(catalog)) loading.set(catalog, new Map());
  const pending = loading.get(catalog)!;
  let p = pending.get(locale);
  if (!p) {
    p = Promise.all([catalog[locale]?.(), loadDateNames(locale)]).then(
      ([strings]) => {
        if (!merged.has(catalog)) merged.set(catalog, new Map());
        merged.get(catalog)!.set(locale, strings?.templates ?? {});
      },
      (e) => {
        pending.delete(locale);
        console.warn(`iom-widgets: the ${locale} strings could not be loaded; showing English.`, e);
      },
    );
    pending.set(locale, p);
  }
  return p;
}

/** Picks our locale for any BCP 47 tag: its language if we speak it, English if not. */
export function matchLocale(tag: string | null | undefined): Locale {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  if (!primary) return LOCALES[0];
  // Dari (Afghanistan) and Iranian Persian by their ISO 639-3 codes read our Persian.
  const lang = primary === 'prs' || primary === 'pes' ? 'fa' : primary;
  return (LOCALES as readonly string[]).includes(lang) ? (lang as Locale) : 'en';
}

export const isRtl = (tag: string) => RTL_LOCALES.has(tag.toLowerCase().split(/[-_]/)[0]!);

/** The element's own `lang`, else its nearest ancestor's (through shadow roots), else the page's. */
export function resolveLang(el: Element): string {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang')!;
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
    // An element inside another component's shadow root is out of the document observer's sight.
    if (this.host.getRootNode() !== document) observe(this.host);
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
    if (!ready) {
      void loadLocale(this.catalog, lang).then(() => {
        if (this.lang !== lang) return;
        this.ready = true;
        this.host.requestUpdate();
      });
    }
  }

  /** Runs `fn` (the host's render) with the host's strings active. */
  run<T>(fn: () => T): T {
    return withLocale(this.catalog, this.lang, fn);
  }
}
