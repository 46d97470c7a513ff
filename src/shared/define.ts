/**
 * Registration that survives the script being included twice (the same version
 * or two different ones): the first definition wins, and the page gets one
 * console note, not an error.
 */
declare const __IOM_VERSION__: string;
export const VERSION: string = typeof __IOM_VERSION__ === 'string' ? __IOM_VERSION__ : 'dev';

const KEY = Symbol.for('iom-widgets');
interface Registry {
  version: string;
  noted: boolean;
}

export function defineElement(name: string, ctor: CustomElementConstructor): void {
  const g = globalThis as unknown as Record<symbol, Registry | undefined>;
  const registry = (g[KEY] ??= { version: VERSION, noted: false });
  // A page served as XML (application/xhtml+xml) parses Lit's templates as XML,
  // which they are not: the widgets stay undefined, so their fallback content shows.
  if (document.contentType !== 'text/html') {
    if (!registry.noted) console.info(`iom-widgets: not an HTML page (${document.contentType}): the widgets leave their fallback content.`);
    registry.noted = true;
    return;
  }
  const defined = customElements.get(name);
  if (!defined) {
    customElements.define(name, ctor);
    return;
  }
  if (defined === ctor || registry.noted) return;
  registry.noted = true;
  console.info(`iom-widgets ${VERSION}: included more than once; the first copy (${registry.version}) is kept.`);
}
