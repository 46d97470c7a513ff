import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { FAILING, LOADING, OFFLINE, SAMPLE, STALE, feedUrl, PHONE, sampleFeed } from './support.js';

type Args = { src?: string; limit?: number; tag?: string };

const meta: Meta<Args> = {
  title: 'Widgets/News feed',
  component: 'iom-news-feed',
  args: { src: SAMPLE, limit: 3 },
  render: ({ src, limit, tag }) => html`<iom-news-feed src=${ifDefined(src)} limit=${ifDefined(limit)} tag=${ifDefined(tag)}></iom-news-feed>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The programme's news in Georgian, as most partners show it. */
export const Georgian: Story = { parameters: { lang: 'ka' } };

/** The same feed in English. */
export const English: Story = { parameters: { lang: 'en' } };

/**
 * Persian, right to left, with Persian digits: the feed has no Persian, so its
 * text falls back to Georgian (the feed's first language), marked lang="ka"
 * and laid out left to right inside the Persian card.
 */
export const PersianRTL: Story = { name: 'Persian (right to left)', parameters: { lang: 'fa' } };

/** Russian: the interface in Russian, the feed's Georgian text as the fallback. */
export const Russian: Story = { parameters: { lang: 'ru' } };

/** A title much longer than usual: it wraps, it never overflows. */
export const LongGeorgianTitles: Story = {
  parameters: { lang: 'ka', width: '360px' },
  globals: PHONE,
  args: {
    src: feedUrl({
      ...sampleFeed(),
      news: sampleFeed().news.slice(0, 2).map((n) => ({
        ...n,
        title: { ka: `${n.title.ka} — საქართველოს ოკუპირებული ტერიტორიებიდან იძულებით გადაადგილებულ პირთა, განსახლებისა და ლტოლვილთა სამინისტროს მხარდაჭერით`, en: n.title.en },
      })),
    }),
  },
};

/** Two items first; "show more" adds two at a time. */
export const ShowMore: Story = { args: { limit: 2 } };

/** Only the news tagged `trafficking`. */
export const TagFilter: Story = { args: { tag: 'trafficking', limit: 10 } };

/** An article whose image does not load (a dead link on the partner's server): the image goes, the card stays whole. */
export const BrokenImage: Story = {
  name: 'Image that does not load (360 px)',
  parameters: { lang: 'ka', width: '360px' },
  globals: PHONE,
  args: {
    limit: 2,
    src: feedUrl({
      ...sampleFeed(),
      news: sampleFeed().news.map((n, i) => (i === 0 ? { ...n, image: { src: new URL('/demo/no-such-photo.jpg', location.href).href, alt: { ka: 'ტრენინგის მონაწილეები ბათუმში' } } } : n)),
    }),
  },
};

/** While the feed loads: a skeleton of the same height. */
export const Loading: Story = { args: { src: LOADING } };

/** The feed server fails: a clear message and a retry button. */
export const Failed: Story = { name: 'Error', args: { src: FAILING } };

/** A feed without news. */
export const Empty: Story = { args: { src: feedUrl({ version: 1, languages: ['ka', 'en'], news: [] }) } };

/** The network is down: yesterday's copy, marked as such. */
export const Offline: Story = { args: { src: OFFLINE } };

/** The network works but the feed's server fails (or its document broke): yesterday's copy, "may be out of date". */
export const OutOfDate: Story = { name: 'Out of date (server error)', args: { src: STALE } };

/** On a 360 px phone. */
export const Phone: Story = { parameters: { lang: 'ka', width: '360px' }, globals: PHONE };
