// Type-checked by test/typings.test.mjs (tsc): the elements as Vue global components.
import type { GlobalComponents } from 'vue';
import type {} from '../../types/vue.js';

type Props<T> = T extends abstract new (...args: never[]) => { $props: infer P } ? P : never;
export const ok: Props<GlobalComponents['iom-event-calendar']> = { view: 'list', month: '2014-04' };
// @ts-expect-error view is month or list
export const bad: Props<GlobalComponents['iom-event-calendar']> = { view: 'week' };
// `@iom-feed-error="…"` in a template is the prop onIomFeedError: its handler knows the detail.
export const events: Props<GlobalComponents['iom-hotline-banner']> = {
  onIomFeedError: (e) => void e.detail.code.toUpperCase(),
  onIomFeedLoad: (e) => void e.detail.fromCache,
  onIomDismiss: (e) => void e.detail.hotlines.length,
};
// @ts-expect-error a handler of the wrong type
export const badEvent: Props<GlobalComponents['iom-news-feed']> = { onIomFeedLoad: (e: number) => e };
