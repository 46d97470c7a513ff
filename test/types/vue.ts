// Type-checked by test/typings.test.mjs (tsc): the elements as Vue global components.
import type { GlobalComponents } from 'vue';
import type {} from '../../types/vue.js';

type Props<T> = T extends abstract new (...args: never[]) => { $props: infer P } ? P : never;
export const ok: Props<GlobalComponents['iom-event-calendar']> = { view: 'list', month: '2014-04' };
// @ts-expect-error view is month or list
export const bad: Props<GlobalComponents['iom-event-calendar']> = { view: 'week' };
