import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  // The sample feed is served at /demo/feed.json, as on the demo page.
  staticDirs: [{ from: '../demo', to: '/demo' }],
  // Storybook phones home otherwise; it must work offline.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
};
export default config;
