/**
 * The elements' public props and events, shared by the JSX and Vue typings.
 * Attribute names as a partner writes them in HTML; events as detail types.
 */
import type { FeedErrorDetail, FeedLoadDetail } from '../dist/types/shared/feed-controller.js';
import type { DismissDetail } from '../dist/types/hotline-banner/hotline-banner.js';

interface FeedProps {
  /** URL of the feed; defaults to the page's <meta name="iom-widgets:feed">. */
  src?: string;
  /** ka, en, ru, tr, fa, az or hy; inherited from the page when absent. */
  lang?: string;
  /** Milliseconds to wait for the feed. */
  timeout?: number;
}
interface FeedEvents {
  'oniom-feed-load'?: (event: CustomEvent<FeedLoadDetail>) => void;
  'oniom-feed-error'?: (event: CustomEvent<FeedErrorDetail>) => void;
}

/** The level (1–6) of the widget's top headings in the page's outline. */
interface HeadingProps {
  'heading-level'?: number;
}

export interface IomNewsFeedProps extends FeedProps, FeedEvents, HeadingProps {
  limit?: number;
  tag?: string;
}
export interface IomCentreLocatorProps extends FeedProps, FeedEvents, HeadingProps {
  city?: string;
  service?: string;
  /** Centres listed first; "show more" adds as many again. */
  limit?: number;
  /** An XYZ tile URL template: turns on the slippy map (its own lazily loaded chunk). */
  tiles?: string;
  attribution?: string;
}
export interface IomHotlineBannerProps extends FeedProps, FeedEvents {
  kind?: string;
  hotline?: string;
  phone?: string;
  name?: string;
  'exit-url'?: string;
  'no-quick-exit'?: boolean;
  dismissible?: boolean;
  placement?: 'inline' | 'top' | 'bottom';
  'oniom-dismiss'?: (event: CustomEvent<DismissDetail>) => void;
}
export interface IomEventCalendarProps extends FeedProps, FeedEvents, HeadingProps {
  view?: 'month' | 'list';
  /** YYYY-MM */
  month?: string;
  type?: string;
  city?: string;
}

export interface IomElementsProps {
  'iom-news-feed': IomNewsFeedProps;
  'iom-centre-locator': IomCentreLocatorProps;
  'iom-hotline-banner': IomHotlineBannerProps;
  'iom-event-calendar': IomEventCalendarProps;
}
