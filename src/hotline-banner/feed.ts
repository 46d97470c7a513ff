/**
 * The banner's feed code, loaded only when a banner uses a feed: the feed
 * controller, and the rules for the one list it shows (see useList).
 */
import { hotlineSpec, useList } from '../feed/validate.js';

useList('hotlines', hotlineSpec);

export { FeedController } from '../shared/feed-controller.js';
