import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs', '@storybook/addon-themes'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // Stories build the widgets from source, with the bundle's Trusted Types fix.
  async viteFinal(config) {
    config.build = { ...config.build, chunkSizeWarningLimit: 4000 };
    return config;
  },
};
export default config;
