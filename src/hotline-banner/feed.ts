/**
 * The banner's feed code, loaded only when a banner uses a feed (a banner with
 * `phone` and `name` alone never downloads it).
 */
export { FeedController } from '../shared/feed-controller.js';
