// Type-checked by test/typings.test.mjs (tsc): the elements in React 19 JSX.
import type {} from '../../types/jsx.js';

export const ok = (
  <>
    <iom-news-feed src="/feed.json" limit={5} tag="trafficking" lang="ka" oniom-feed-load={(e) => e.detail.feed.news.length} />
    <iom-centre-locator city="Kutaisi" service="employment" tiles="https://tile.example/{z}/{x}/{y}.png" />
    <iom-hotline-banner phone="112" name="Emergency" placement="top" dismissible no-quick-exit oniom-dismiss={(e) => e.detail.hotlines.length} />
    <iom-event-calendar view="month" month="2014-04" type="training" oniom-feed-error={(e) => e.detail.code === 'timeout'} />
  </>
);

// @ts-expect-error limit is a number
export const badLimit = <iom-news-feed limit="five" />;
// @ts-expect-error placement is inline, top or bottom
export const badPlacement = <iom-hotline-banner placement="left" />;
// (Event handlers are contextually typed: `(e) => e.detail.feed` above would be an implicit any otherwise.)
