import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { MINIMAL_VIEWPORTS } from 'storybook/viewport';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import manifest from '../custom-elements.json';
import { installStoryFeeds } from '../stories/support.js';
import '../src/define.js';

const DEFAULT_SLOT = '(default)';

// Controls and docs come from the generated manifest (npm run manifest). Storybook
// keys its tables by name, so the banner's parts `name` and `phone` hid its
// attributes of the same names: the docs list parts as `::part(name)`.
// Storybook also leaves out an entry without a name: the default slot (a
// widget's own content, shown before the script runs) is listed as "(default)".
type Declaration = { cssParts?: { name: string }[]; slots?: { name: string }[] };
const docsManifest = structuredClone(manifest) as { modules: { declarations?: Declaration[] }[] };
for (const m of docsManifest.modules) {
  for (const d of m.declarations ?? []) {
    for (const p of d.cssParts ?? []) p.name = `::part(${p.name})`;
    for (const slot of d.slots ?? []) slot.name ||= DEFAULT_SLOT;
  }
}
setCustomElementsManifest(docsManifest);
installStoryFeeds();

type Member = { kind?: string; name: string };
type Element_ = { tagName?: string; attributes?: { name: string }[]; members?: Member[] };
const api = new Map<string, { attributes: Set<string>; properties: Set<string> }>();
for (const m of docsManifest.modules) {
  for (const d of (m.declarations ?? []) as Element_[]) {
    if (d.tagName) api.set(d.tagName, { attributes: new Set(d.attributes?.map((a) => a.name)), properties: new Set(d.members?.filter((x) => x.kind === 'field').map((x) => x.name)) });
  }
}

/**
 * Every control reaches the element, not only the args a story's render
 * passes on: attributes, properties and the --iom-* tokens, for each element
 * of the story's component in the story.
 */
function applyArgs(root: Element | undefined, tag: unknown, args: Record<string, unknown>) {
  const known = typeof tag === 'string' ? api.get(tag) : undefined;
  if (!root || !known) return;
  for (const el of root.querySelectorAll<HTMLElement>(tag as string)) {
    for (const [k, v] of Object.entries(args)) {
      if (v === undefined || v === null) continue;
      // A control emptied by the designer ('') takes the value away again.
      if (k.startsWith('--')) {
        if (v === '') el.style.removeProperty(k);
        else el.style.setProperty(k, String(v));
      } else if (known.properties.has(k)) (el as unknown as Record<string, unknown>)[k] = v === '' ? undefined : v;
      else if (known.attributes.has(k)) {
        if (v === false || v === '') el.removeAttribute(k);
        else el.setAttribute(k, v === true ? '' : String(v));
      }
    }
  }
}

const LANGS = [
  // Each story in its own language (Georgian, or the one a story is named for); any other item, every story in that one.
  { value: 'own', title: "Each story's own" },
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
  // (A slot's row documents it; its content is the story's, not a control's.)
  argTypes: { [DEFAULT_SLOT]: { control: false } },
  globalTypes: {
    lang: {
      description: 'The language the widgets render in',
      toolbar: { title: 'Language', icon: 'globe', items: LANGS, dynamicTitle: true },
    },
  },
  initialGlobals: { lang: 'own' },
  // The widget's language comes from its nearest ancestor's lang, as on a partner's page:
  // a story's own language (a story named "English") unless another is picked in the toolbar.
  decorators: [
    (story, { globals, parameters, args, component }) => {
      const lang = globals.lang && globals.lang !== 'own' ? globals.lang : (parameters.lang ?? 'ka');
      const apply = (el?: Element) => void queueMicrotask(() => applyArgs(el, component, args));
      return html`<div lang=${lang} style="max-width:${parameters.width ?? 'none'}" ${ref(apply)}>${story()}</div>`;
    },
  ],
  // Text boxes for text attributes, a choice for a closed list ('month' | 'list'),
  // a colour picker for colour tokens (the manifest's types alone gave JSON editors).
  argTypesEnhancers: [
    ({ argTypes }) => {
      for (const a of Object.values(argTypes)) {
        const category = a.table?.category;
        // Events, slots and parts have nothing to set (they offered "Set object").
        if (category === 'events' || category === 'slots' || category === 'css shadow parts') a.control = false;
        // A property whose attribute has a row of its own (headingLevel, heading-level): that one row.
        const dashed = a.name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
        if (category === 'properties' && dashed !== a.name && argTypes[dashed]?.table?.category === 'attributes') a.table = { ...a.table, disable: true };
        const t = String(a.type && typeof a.type === 'object' && 'name' in a.type ? a.type.name : '');
        if (/^'[^']*'( \| '[^']*')+$/.test(t)) {
          const options = t.split(' | ').map((o) => o.slice(1, -1));
          Object.assign(a, { options, control: { type: 'select' }, type: { name: 'enum', value: options } });
        } else if (a.name.startsWith('--')) a.control = { type: a.name.includes('color') ? 'color' : 'text' };
      }
      return argTypes;
    },
  ],
  parameters: {
    // The phone the "360 px" stories open on: the canvas itself 360 px wide, so
    // the page's media queries (the banner's cap on a small screen) answer as
    // on a phone, not only the widget's container queries.
    viewport: { options: { ...MINIMAL_VIEWPORTS, phone360: { name: '360 × 740 phone', styles: { width: '360px', height: '740px' }, type: 'mobile' } } },
    controls: { expanded: true },
    a11y: { test: 'error' },
    docs: { toc: true },
  },
};
export default preview;
