/**
 * The classes, for bundler users who want types or their own registration.
 * Importing this module defines nothing; import `iom-widgets/define` for that.
 */
export { IomNewsFeed } from './news-feed/news-feed.js';
export { IomHotlineBanner, type DismissDetail } from './hotline-banner/hotline-banner.js';
export { IomCentreLocator } from './centre-locator/centre-locator.js';
export { IomEventCalendar } from './event-calendar/event-calendar.js';
export { FeedController, pageFeed, type FeedLoadDetail, type FeedErrorDetail } from './shared/feed-controller.js';
export { validateFeed, type ValidationResult } from './feed/validate.js';
export { FeedError, type FeedErrorCode, type FeedWarning } from './feed/errors.js';
export type * from './feed/types.js';
export { LOCALES, type Locale } from './i18n/locale.js';
