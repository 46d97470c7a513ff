/**
 * What must exist once per page even when several of our files are on it.
 * Each element's file is self-contained, so a page with the news file and the
 * calendar file runs two copies of the feed loader; they share its state
 * through the window, under a name that carries the state's own version.
 */
export function pageWide<T>(name: string, make: () => T): T {
  const g = globalThis as unknown as Record<symbol, T | undefined>;
  return (g[Symbol.for(`iom-widgets:${name}`)] ??= make());
}
