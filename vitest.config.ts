import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: ['api/vitest.config.ts', 'dashboard/vitest.config.ts', 'dashboard/vitest.browser.config.ts'],
  },
});
