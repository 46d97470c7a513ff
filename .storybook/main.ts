import { existsSync } from 'node:fs';
import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  // The sample feed is served at /demo/feed.json, as on the demo page; and
  // with a build, the demo and the embed builder (which Getting started
  // points to) work in a published Storybook too: they load /dist/. The dev
  // server serves the project's files itself, and a static /demo there
  // answered the stories' `import … from '../demo/feed.json'` with JSON
  // instead of a module: no story loaded under `npm run storybook`.
  staticDirs: process.argv.includes('dev') ? [] : [{ from: '../demo', to: '/demo' }, ...(existsSync('dist/iom-widgets.js') ? [{ from: '../dist', to: '/dist' }] : [])],
  // Storybook's own web-components renderer imports lit/directive-helpers.js
  // from node_modules, where Vite's dev server does not look for dependencies
  // to pre-bundle: it came raw, with a second copy of lit-html beside the
  // pre-bundled one ("Multiple versions of Lit loaded"). Pre-bundled with the
  // rest, Lit is one copy, as in the published Storybook.
  viteFinal: (config) => ({ ...config, optimizeDeps: { ...config.optimizeDeps, include: [...(config.optimizeDeps?.include ?? []), 'lit/directive-helpers.js'] } }),
  // Storybook phones home otherwise; it must work offline.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // Storybook's "Get started 28 %" checklist is for its own newcomers, not our designers.
  features: { sidebarOnboardingChecklist: false, menuOnboardingChecklist: false },
};
export default config;
