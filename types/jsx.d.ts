/**
 * React 19 JSX typings for the elements. Opt in with
 *   import type {} from 'iom-widgets/jsx';
 * React 19 sets known properties and listens to custom events via `on<event-name>`.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { IomElementsProps } from './elements.js';

type IomElement<P> = DetailedHTMLProps<HTMLAttributes<HTMLElement>, HTMLElement> & P & { class?: string };

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'iom-news-feed': IomElement<IomElementsProps['iom-news-feed']>;
      'iom-centre-locator': IomElement<IomElementsProps['iom-centre-locator']>;
      'iom-hotline-banner': IomElement<IomElementsProps['iom-hotline-banner']>;
      'iom-event-calendar': IomElement<IomElementsProps['iom-event-calendar']>;
    }
  }
}
