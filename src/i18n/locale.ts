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
import type { LocaleModule } from '@lit/localize';

/** The languages every widget speaks. The first is the default for a page without `lang`. */
export const LOCALES = ['ka', 'en', 'ru', 'tr', 'fa', 'az', 'hy'] as const;
export type Locale = (typeof LOCALES)[number];
export const SOURCE_LOCALE: Locale = 'en';
const RTL_LOCALES: ReadonlySet<string> = new Set(['fa', 'ar', 'he', 'ur', 'ps', 'ckb']);

type Templates = LocaleModule['templates'];

// Each language is its own chunk, loaded on demand: a Georgian page never
// downloads the Armenian strings.
const loaders: Record<Exclude<Locale, 'en'>, () => Promise<LocaleModule>> = {
  ka: () => import('./generated/locales/ka.js'),
  ru: () => import('./generated/locales/ru.js'),
  tr: () => import('./generated/locales/tr.js'),
  fa: () => import('./generated/locales/fa.js'),
  az: () => import('./generated/locales/az.js'),
  hy: () => import('./generated/locales/hy.js'),
};

const loaded = new Map<Locale, Templates | undefined>([['en', undefined]]);
const loading = new Map<Locale, Promise<void>>();

let active: Templates | undefined;
try {
  _installMsgImplementation(((template: Parameters<typeof runtimeMsg>[1], options?: Parameters<typeof runtimeMsg>[2]) =>
    runtimeMsg(active, template, options)) as Parameters<typeof _installMsgImplementation>[0]);
} catch {
  // Another copy of @lit/localize on the page was configured first: ours is bundled, so this only happens in tests.
}

/** Runs `fn` with the strings of `locale` active for every `msg()` it calls. */
export function withLocale<T>(locale: Locale, fn: () => T): T {
  const prev = active;
  active = loaded.get(locale);
  try {
    return fn();
  } finally {
    active = prev;
  }
}

/** Loads the strings of `locale` (once per page). */
export function loadLocale(locale: Locale): Promise<void> {
  if (loaded.has(locale)) return Promise.resolve();
  let p = loading.get(locale);
  if (!p) {
    p = loaders[locale as Exclude<Locale, 'en'>]().then(
      (m) => void loaded.set(locale, m.templates),
      (e) => {
        loading.delete(locale);
        console.warn(`iom-widgets: the ${locale} strings could not be loaded; showing English.`, e);
      },
    );
    loading.set(locale, p);
  }
  return p;
}

/** Picks our locale for any BCP 47 tag: its language if we speak it, English if not. */
export function matchLocale(tag: string | null | undefined): Locale {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  if (!primary) return LOCALES[0];
  return (LOCALES as readonly string[]).includes(primary) ? (primary as Locale) : 'en';
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

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
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
    // Keep the tag as written (ka-GE) for Intl when it is one of ours; else our locale.
    const tag = written.toLowerCase().startsWith(lang) ? written : lang;
    const ready = loaded.has(lang);
    if (lang === this.lang && tag === this.tag && ready === this.ready && this.started) return;
    this.started = true;
    this.lang = lang;
    this.tag = tag;
    this.ready = ready;
    this.host.requestUpdate();
    if (!ready) {
      void loadLocale(lang).then(() => {
        if (this.lang !== lang) return;
        this.ready = true;
        this.host.requestUpdate();
      });
    }
  }

  /** Runs `fn` (the host's render) with the host's strings active. */
  run<T>(fn: () => T): T {
    return withLocale(this.lang, fn);
  }
}
