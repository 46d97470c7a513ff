/**
 * Registers every widget. This is the entry of `dist/iom-widgets.js`: one
 * script tag, every element. Safe to load twice (see shared/define.ts).
 */
import './news-feed/define.js';
import './hotline-banner/define.js';
import './centre-locator/define.js';
import './event-calendar/define.js';
