/**
 * Vue 3 template typings for the elements (Volar / vue-tsc). Opt in with
 *   import type {} from 'iom-widgets/vue';
 * and tell Vue they are custom elements: compilerOptions.isCustomElement =
 * (tag) => tag.startsWith('iom-').
 */
import type { DefineComponent } from 'vue';
import type { IomElementsProps } from './elements.js';

/**
 * Vue reads `@iom-feed-load` as the prop `onIomFeedLoad`: React's spelling
 * (`oniom-feed-load`) becomes Vue's, so handlers get their event's detail type.
 */
type VueEvents<P> = {
  [K in keyof P as K extends `oniom-${infer E}` ? `onIom${Camel<Capitalize<E>>}` : K]: P[K];
};
type Camel<S extends string> = S extends `${infer A}-${infer B}` ? `${A}${Camel<Capitalize<B>>}` : S;

type Component<P> = DefineComponent<VueEvents<P>>;

declare module 'vue' {
  interface GlobalComponents {
    'iom-news-feed': Component<IomElementsProps['iom-news-feed']>;
    'iom-centre-locator': Component<IomElementsProps['iom-centre-locator']>;
    'iom-hotline-banner': Component<IomElementsProps['iom-hotline-banner']>;
    'iom-event-calendar': Component<IomElementsProps['iom-event-calendar']>;
  }
}
