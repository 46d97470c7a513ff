import { defineElement } from '../shared/define.js';
import { IomNewsFeed } from './news-feed.js';

defineElement('iom-news-feed', IomNewsFeed);
export { IomNewsFeed };
