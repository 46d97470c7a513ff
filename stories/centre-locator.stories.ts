import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { IomCentreLocator } from '../src/centre-locator/centre-locator.js';
import { FAILING, LOADING, SAMPLE, feedUrl, PHONE, sampleFeed } from './support.js';

type Args = { src?: string; city?: string; service?: string; tiles?: string; now?: number };

/** An instant given as Tbilisi wall-clock time (UTC+4), so every story shows the same status. */
const tbilisi = (s: string) => Date.parse(`${s}:00+04:00`);
const MONDAY_10 = tbilisi('2014-06-23T10:00');

/** Waits for the element to render its list, then returns its shadow root. */
async function rendered(canvas: HTMLElement): Promise<ShadowRoot> {
  const el = canvas.querySelector<IomCentreLocator>('iom-centre-locator')!;
  for (let i = 0; i < 100 && !el.shadowRoot?.querySelector('.near'); i++) await new Promise((r) => setTimeout(r, 50));
  return el.shadowRoot!;
}

/** Answers every position request with `error` (1 denied, 3 timeout); returns the undo. */
function geolocationFails(code: number) {
  Object.defineProperty(navigator, 'geolocation', {
    configurable: true,
    value: { getCurrentPosition: (_ok: PositionCallback, fail: PositionErrorCallback) => setTimeout(() => fail({ code, message: '' } as GeolocationPositionError), 200) },
  });
  return () => void delete (navigator as unknown as Record<string, unknown>).geolocation;
}

const meta: Meta<Args> = {
  title: 'Widgets/Centre locator',
  component: 'iom-centre-locator',
  args: { src: SAMPLE, now: MONDAY_10 },
  argTypes: {
    now: { control: 'date', description: 'Stories and tests only (a property, not an attribute): the clock the open status is worked out from, so every story shows the same status.' },
  },
  render: ({ src, city, service, tiles, now }) =>
    html`<iom-centre-locator src=${ifDefined(src)} city=${ifDefined(city)} service=${ifDefined(service)} tiles=${ifDefined(tiles)} .now=${now}>
      <ul>
        <li lang="ka" dir="ltr">თბილისის მობილურობის ცენტრი: თამარაშვილის ქუჩა 15ა, V სართული. ტელ.: 032 2 60 09 55.</li>
      </ul>
    </iom-centre-locator>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Monday 10:00 in Tbilisi, in Georgian: Tbilisi is open. */
export const Georgian: Story = { parameters: { lang: 'ka' } };

/** The same in English. */
export const English: Story = { parameters: { lang: 'en' } };

/** On a 360 px phone, in Georgian. */
export const Phone: Story = { parameters: { lang: 'ka', width: '360px' }, globals: PHONE };

/** Twenty minutes before closing: the status counts down. */
export const ClosingSoon: Story = { args: { now: tbilisi('2014-06-23T17:10') } };

/**
 * Sunday: Tbilisi is closed and opens tomorrow at 09:00. Its hours are the
 * only ones the programme's site gave: the other centres show no status.
 */
export const Sunday: Story = { args: { now: tbilisi('2014-06-22T12:00') } };

/** Independence Day (26 May, a Monday, in the feed's `closed` list): closed although it is a weekday. */
export const Holiday: Story = { args: { now: tbilisi('2014-05-26T10:00') } };

/** Only the centres in Kutaisi (the `city` attribute, in any language or script). */
export const CityFilter: Story = { args: { city: 'Kutaisi' } };

/**
 * A story that presses or types once it has rendered: in its own frame on the
 * docs page too, where the play step would not run inline.
 */
const played = { docs: { story: { inline: false, height: '760px' } } };

/** "Nearest to me" pressed and the visitor refused: a clear message, the list stays. */
export const GeolocationDenied: Story = {
  parameters: played,
  beforeEach: () => geolocationFails(1),
  play: async ({ canvasElement }) => {
    (await rendered(canvasElement)).querySelector<HTMLButtonElement>('.near')!.click();
  },
};

/** The search box matches nothing (Zugdidi has no centre). */
export const NoMatch: Story = {
  parameters: played,
  play: async ({ canvasElement }) => {
    const input = (await rendered(canvasElement)).querySelector<HTMLInputElement>('input[type=search]')!;
    input.value = 'ზუგდიდი';
    input.dispatchEvent(new Event('input'));
  },
};

/** While the feed loads. */
export const Loading: Story = { args: { src: LOADING } };

/** The feed server fails: the partner's own list of addresses (the light-DOM fallback) stays under the message. */
export const Failed: Story = { name: 'Error', args: { src: FAILING } };

/** A feed without centres. */
export const Empty: Story = { args: { src: feedUrl({ ...sampleFeed(), centres: [] }) } };

/**
 * With a `tiles` template the slippy map loads (its own chunk). This asks the
 * OpenStreetMap tile servers, a third party, as a partner who turns it on
 * does: so it stays off the docs page, which asks no one.
 */
export const TileMap: Story = { tags: ['!autodocs'], args: { tiles: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png' } };

/**
 * Persian, right to left: the sample feed has no Persian, so the centres'
 * names and addresses fall back to Georgian (the feed's first language, as
 * FEED.md says), marked lang="ka", and line up with their Persian labels.
 */
export const PersianRTL: Story = { name: 'Persian (right to left)', parameters: { lang: 'fa' } };
