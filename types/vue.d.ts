/**
 * Vue 3 template typings for the elements (Volar / vue-tsc). Opt in with
 *   import type {} from 'iom-widgets/vue';
 * and tell Vue they are custom elements: compilerOptions.isCustomElement =
 * (tag) => tag.startsWith('iom-').
 */
import type { DefineComponent } from 'vue';
import type { IomElementsProps } from './elements.js';

type Component<P> = DefineComponent<P>;

declare module 'vue' {
  interface GlobalComponents {
    'iom-news-feed': Component<IomElementsProps['iom-news-feed']>;
    'iom-centre-locator': Component<IomElementsProps['iom-centre-locator']>;
    'iom-hotline-banner': Component<IomElementsProps['iom-hotline-banner']>;
    'iom-event-calendar': Component<IomElementsProps['iom-event-calendar']>;
  }
}
