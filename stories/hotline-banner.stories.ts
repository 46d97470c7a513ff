import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { hash } from '../src/shared/hash.js';
import { FAILING, LOADING, PHONE, SAMPLE } from './support.js';

type Args = {
  src?: string;
  kind?: string;
  hotline?: string;
  phone?: string;
  name?: string;
  exitUrl?: string;
  noQuickExit?: boolean;
  dismissible?: boolean;
  placement?: 'inline' | 'top' | 'bottom';
  id?: string;
};

const banner = (a: Args, fallback: TemplateResult | string = '') => html`<iom-hotline-banner
  id=${ifDefined(a.id)}
  src=${ifDefined(a.src)}
  kind=${ifDefined(a.kind)}
  hotline=${ifDefined(a.hotline)}
  phone=${ifDefined(a.phone)}
  name=${ifDefined(a.name)}
  exit-url=${ifDefined(a.exitUrl)}
  placement=${ifDefined(a.placement)}
  ?no-quick-exit=${a.noQuickExit}
  ?dismissible=${a.dismissible}
  >${fallback}</iom-hotline-banner
>`;

/** Page text around a sticky banner, with links to tab through: the banner never covers the one in focus. */
const page = (n = 30) =>
  Array.from(
    { length: n },
    (_, i) => html`<p style="margin:0 0 1em;font:16px/1.5 system-ui">
      ${i + 1}. საქართველოს მობილურობის ცენტრები კონსულტაციას უწევენ საზღვარგარეთ წასვლის მსურველებს და დაბრუნებულ მიგრანტებს.
      <a href="#p${i}">ბმული ${i + 1}</a>
    </p>`,
  );

const meta: Meta<Args> = {
  title: 'Widgets/Hotline banner',
  component: 'iom-hotline-banner',
  args: { src: SAMPLE, dismissible: true },
  render: (a) => banner(a),
  // A banner closed in one story stayed closed in the others for the session: each starts afresh but "Dismissed".
  decorators: [
    (story, { name }) => {
      if (name !== 'Dismissed') for (const k of Object.keys(sessionStorage)) if (k.startsWith('iom-widgets:dismissed:')) sessionStorage.removeItem(k);
      return story();
    },
  ],
};
export default meta;
type Story = StoryObj<Args>;

/** Both of the feed's hotlines in Georgian, as most partners show them. */
export const Georgian: Story = { parameters: { lang: 'ka' } };
/** English. */
export const English: Story = { parameters: { lang: 'en' } };
/** Russian. */
export const Russian: Story = { parameters: { lang: 'ru' } };
/** Turkish. */
export const Turkish: Story = { parameters: { lang: 'tr' } };
/** Persian: right to left; the numbers stay left to right. */
export const PersianRTL: Story = { name: 'Persian (right to left)', parameters: { lang: 'fa' } };
/** Azerbaijani. */
export const Azerbaijani: Story = { parameters: { lang: 'az' } };
/** Armenian. */
export const Armenian: Story = { parameters: { lang: 'hy' } };

/** Every language at once, each banner with its own `lang`: the switcher in one changes that one only. */
export const EveryLanguage: Story = {
  render: (a) => html`<div style="display:grid;gap:16px">
    ${['ka', 'en', 'ru', 'tr', 'fa', 'az', 'hy'].map((l) => html`<div lang=${l}>${banner({ ...a, kind: 'emergency' })}</div>`)}
  </div>`,
};

/** On a 360 px phone, in Georgian. */
export const Phone360: Story = { name: '360 px (Georgian)', parameters: { lang: 'ka', width: '360px' }, globals: PHONE };
/** On a 360 px phone, in Persian. */
export const Phone360Persian: Story = { name: '360 px (Persian)', parameters: { lang: 'fa', width: '360px' }, globals: PHONE };

/** Sticky at the top: it keeps its own space, and tabbing through the links never hides one under it. */
export const StickyTop: Story = {
  args: { placement: 'top', kind: 'emergency' },
  // As on a page: edge to edge, not in the canvas's padding; on the docs page in a frame of its own, where it sticks
  // (taller than 30em: in a window that short the banner stands in the flow, see hotline-banner.styles.ts).
  parameters: { layout: 'fullscreen', docs: { story: { inline: false, height: '560px' } } },
  render: (a) => html`${banner(a)}${page()}`,
};

/**
 * Sticky at the top of a 360 × 740 phone (the story's viewport), with both
 * lines: compact, at most 35% of the height; the rest scrolls inside, under
 * the exit button. On a touch screen the Shift hint is hidden. (On the docs
 * page its frame is as wide as the page: open the story for the phone.)
 */
export const StickyPhone360: Story = {
  name: 'Sticky, 360 × 740 (Georgian)',
  args: { placement: 'top' },
  parameters: {
    layout: 'fullscreen',
    lang: 'ka',
    docs: { story: { inline: false, height: '740px' } },
  },
  globals: PHONE,
  render: (a) => html`${banner(a)}${page()}`,
};

/** Sticky at the bottom (placed last on the page). */
export const StickyBottom: Story = {
  args: { placement: 'bottom', kind: 'emergency' },
  parameters: { layout: 'fullscreen', docs: { story: { inline: false, height: '560px' } } },
  render: (a) => html`${page()}${banner(a)}`,
};

/** Without any feed: `phone` and `name` are enough, and no request is made. */
export const NoFeed: Story = {
  args: { src: undefined, phone: '+995322600955', name: 'თბილისის მობილურობის ცენტრი' },
  parameters: { lang: 'ka' },
};

/** Only the emergency line (`kind="emergency"`). */
export const OneKind: Story = { args: { kind: 'emergency' } };

/** Quick exit turned off (`no-quick-exit`). */
export const NoQuickExit: Story = { args: { noQuickExit: true, kind: 'emergency' } };

/**
 * Dismissed earlier in this browser session: the banner stays hidden until the
 * tab closes (sessionStorage only, under a hash of the id). The button below
 * forgets the dismissal.
 */
export const Dismissed: Story = {
  args: { id: 'story-dismissed', kind: 'emergency' },
  render: (a) => {
    const key = `iom-widgets:dismissed:${hash('story-dismissed')}`;
    sessionStorage.setItem(key, '1');
    return html`<p style="font:14px system-ui">ბანერი ამ სესიაში უკვე დაიხურა, ამიტომ აღარ ჩანს. <span lang="en">· The banner was dismissed in this session, so it is hidden.</span></p>
      ${banner(a)}
      <button
        style="font:600 14px system-ui;min-height:44px;padding:0 16px;border:2px solid #0033a0;border-radius:8px;background:#fff;color:#0033a0;cursor:pointer"
        @click=${() => {
          sessionStorage.removeItem(key);
          // Un-hiding shows it again (a partner's page can do the same).
          document.getElementById('story-dismissed')!.hidden = false;
        }}
      >
        ბანერის ხელახლა ჩვენება <span lang="en">· Forget the dismissal</span>
      </button>`;
  },
};

/** While the feed loads: the light-DOM fallback (a plain tel: link) shows, as it does before the script runs. */
export const LoadingWithFallback: Story = {
  args: { src: LOADING },
  render: (a) => banner(a, html`<a href="tel:112">112</a>`),
};

/** The feed fails and there is no fallback: a clear message; quick exit still works. */
export const Failed: Story = { name: 'Error', args: { src: FAILING } };
