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

/**
 * Where the quick exit marks the page as leaving (true), until it comes back
 * from the back-forward cache: meanwhile no copy of a feed is written to
 * storage (a save scheduled just before the exit would put back what the exit
 * cleared). hotline-banner/quick-exit.ts sets it without importing this.
 */
export const LEAVING = Symbol.for('iom-widgets:leaving');
