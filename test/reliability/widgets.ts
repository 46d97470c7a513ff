/**
 * The widgets every reliability test runs against: the four we know, plus any
 * element src/define.ts registers (read from its imports), so a new widget is
 * covered the day it is added there. A widget not defined yet is skipped with
 * a note, not failed.
 */
import '../../src/define.js';

export const KNOWN_WIDGETS = ['iom-news-feed', 'iom-centre-locator', 'iom-hotline-banner', 'iom-event-calendar'];

/** The lists each widget reads and checks (the others are empty in its `iom-feed-load`); a widget not named here: all. */
export const READS: Record<string, readonly ('services' | 'news' | 'centres' | 'events' | 'hotlines')[]> = {
  'iom-news-feed': ['news'],
  'iom-centre-locator': ['services', 'centres'],
  'iom-hotline-banner': ['hotlines'],
  'iom-event-calendar': ['events'],
};

/** Tag names registered by src/define.ts (`import './<name>/define.js'` → `iom-<name>`). */
export async function widgetTags(): Promise<string[]> {
  const source = await (await fetch('/src/define.ts')).text();
  const fromDefine = [...source.matchAll(/import\s+['"]\.\/([\w-]+)\/define\.js['"]/g)].map((m) => `iom-${m[1]}`);
  return [...new Set([...KNOWN_WIDGETS, ...fromDefine])];
}

/** Calls `run(tag)` for each defined widget, and an `it.skip` naming each one that is not. */
export function forEachWidget(tags: string[], run: (tag: string) => void): void {
  for (const tag of tags) {
    if (customElements.get(tag)) run(tag);
    else it.skip(`<${tag}> is not defined yet (not registered by src/define.ts): skipped`, () => undefined);
  }
}
