import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json';
import { installStoryFeeds } from '../stories/support.js';
import '../src/define.js';

// Controls and docs come from the generated manifest (npm run manifest). Storybook
// keys its tables by name, so the banner's parts `name` and `phone` hid its
// attributes of the same names: the docs list parts as `::part(name)`.
type Declaration = { cssParts?: { name: string }[] };
const docsManifest = structuredClone(manifest) as { modules: { declarations?: Declaration[] }[] };
for (const m of docsManifest.modules) for (const d of m.declarations ?? []) for (const p of d.cssParts ?? []) p.name = `::part(${p.name})`;
setCustomElementsManifest(docsManifest);
installStoryFeeds();

const LANGS = [
  { value: 'ka', title: 'ქართული' },
  { value: 'en', title: 'English' },
  { value: 'ru', title: 'Русский' },
  { value: 'tr', title: 'Türkçe' },
  { value: 'fa', title: 'فارسی', right: 'RTL' },
  { value: 'az', title: 'Azərbaycanca' },
  { value: 'hy', title: 'Հայերեն' },
];

const preview: Preview = {
  // A Docs page per widget, generated from custom-elements.json.
  tags: ['autodocs'],
  globalTypes: {
    lang: {
      description: 'The language the widgets render in',
      toolbar: { title: 'Language', icon: 'globe', items: LANGS, dynamicTitle: true },
    },
  },
  initialGlobals: { lang: 'ka' },
  // The widget's language comes from its nearest ancestor's lang, as on a partner's page.
  decorators: [(story, { globals, parameters }) => html`<div lang=${parameters.lang ?? globals.lang ?? 'ka'} style="max-width:${parameters.width ?? 'none'}">${story()}</div>`],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
    docs: { toc: true },
  },
};
export default preview;
