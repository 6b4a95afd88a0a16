import { defineConfig } from 'vitest/config';

/** Component and shaping tests: pure code and React components in jsdom. */
export default defineConfig({
  test: {
    name: 'dashboard',
    root: import.meta.dirname,
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'jsdom',
    passWithNoTests: true,
  },
});
