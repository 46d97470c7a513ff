/**
 * The banner's feed code, loaded only when a banner uses a feed (a banner with
 * `phone` and `name` alone never downloads it): the feed layer and the
 * hotlines' rules.
 */
import { FeedController, type FeedHost } from '../shared/feed-controller.js';
import { hotlineSpec } from '../feed/validate.js';

export const bannerFeed = (host: FeedHost) => new FeedController(host, { hotlines: hotlineSpec });
// Only a feed has hours to put in their zone, and the zone arithmetic is the feed layer's (the note's words are the banner's).
export { zoneShift } from '../time/parse.js';
