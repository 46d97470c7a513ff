import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { FAILING, LOADING, SAMPLE, feedUrl, PHONE, sampleFeed } from './support.js';
import { calendarEnv } from '../src/event-calendar/event-calendar.js';

/** The README's pictures' clock: 23 April 2014, 10:00 in Tbilisi, so the 2014 events are partly ahead. */
const APRIL_23 = Date.parse('2014-04-23T10:00:00+04:00');

type Args = { src?: string; view?: 'month' | 'list'; month?: string; type?: string; city?: string };

const meta: Meta<Args> = {
  title: 'Widgets/Event calendar',
  component: 'iom-event-calendar',
  // The sample feed's events are in 2014: open there, not on today's empty month.
  args: { src: SAMPLE, month: '2014-04' },
  // Today marked in the grid, the events before it "Ended", those after it not: as a visitor saw them then.
  beforeEach: () => {
    const real = calendarEnv.now;
    calendarEnv.now = () => APRIL_23;
    return () => void (calendarEnv.now = real);
  },
  render: ({ src, view, month, type, city }) =>
    html`<iom-event-calendar src=${ifDefined(src)} view=${ifDefined(view)} month=${ifDefined(month)} type=${ifDefined(type)} city=${ifDefined(city)}></iom-event-calendar>`,
};
export default meta;
type Story = StoryObj<Args>;

/** April 2014 in Georgian: the Adjara sessions, and the Batumi training that runs into May. */
export const MonthGeorgian: Story = { name: 'Month (Georgian)', parameters: { lang: 'ka' }, args: { view: 'month' } };

/** The same month in English. */
export const MonthEnglish: Story = { name: 'Month (English)', parameters: { lang: 'en' }, args: { view: 'month' } };

/** The agenda list, with every event's details and "add to calendar". */
export const List: Story = { args: { view: 'list' } };

/** The list on 26 April 2014: the Adjara sessions are over and fold under one line ("Past events"), so what is to come, the Batumi training, comes first. */
export const ListPastFolded: Story = {
  name: 'List, past events folded',
  // Not on the Docs page: its stories share the element's one clock, and this one's 26 April became every calendar's there.
  tags: ['!autodocs'],
  args: { view: 'list' },
  beforeEach: () => {
    const real = calendarEnv.now;
    calendarEnv.now = () => Date.UTC(2014, 3, 26, 9);
    return () => void (calendarEnv.now = real);
  },
};

/** A month without events: the calendar says so and offers the nearest month that has some. */
export const EmptyMonth: Story = { args: { view: 'month', month: '2014-08' } };

/** The four-day Batumi training (29 April – 2 May) on each of its days: May's grid shows it too. */
export const AcrossTwoMonths: Story = { name: 'Multi-day event across two months', args: { view: 'month', month: '2014-05' } };

/** A cancelled event: struck through and labelled, in the list (and in the grid: next story). */
export const Cancelled: Story = {
  args: {
    view: 'list',
    src: feedUrl({
      ...sampleFeed(),
      events: sampleFeed().events.map((e) => (e.id === '2014-04-29-job-search-training' ? { ...e, cancelled: true } : e)),
    }),
  },
};

/** The same cancelled event in the month grid (29 April): its chip struck through. */
export const CancelledInMonth: Story = { name: 'Cancelled (month)', args: { ...Cancelled.args, view: 'month', month: '2014-04' } };

/**
 * A partner who pastes a whole report as an event's description: its start and
 * "Read more" (here the programme's own account of the Batumi training).
 */
export const LongDescription: Story = {
  name: 'Long description (360 px)',
  parameters: { lang: 'ka', width: '360px' },
  globals: PHONE,
  args: {
    view: 'list',
    src: feedUrl({
      ...sampleFeed(),
      events: sampleFeed().events.map((e) =>
        e.id === '2014-04-29-batumi-law-enforcement-training'
          ? { ...e, description: sampleFeed().news.find((n) => n.id === '2014-05-02-batumi-law-enforcement-training')!.body }
          : e,
      ),
    }),
  },
};

/** Only trainings, only in Batumi (attributes `type` and `city`). */
export const Filtered: Story = { args: { view: 'month', type: 'training', city: 'Batumi' } };

/** On a 360 px phone: the list opens by itself. */
export const Phone: Story = { name: '360 px', parameters: { lang: 'ka', width: '360px' }, globals: PHONE };

/** The month grid forced on a 360 px phone: a bar per event, details on Enter or tap. */
export const PhoneMonth: Story = { name: '360 px, month grid', parameters: { lang: 'ka', width: '360px' }, globals: PHONE, args: { view: 'month' } };

/** Persian, right to left: the arrows follow the reading direction, and the week starts on Saturday. */
export const Persian: Story = { parameters: { lang: 'fa' }, args: { view: 'month' } };

/** While the feed loads. */
export const Loading: Story = { args: { src: LOADING } };

/** The feed server fails: a clear message and a retry button. */
export const Failed: Story = { name: 'Error', args: { src: FAILING } };

/** A feed without events. */
export const EmptyFeed: Story = { args: { src: feedUrl({ version: 1, languages: ['ka', 'en'], events: [] }) } };
