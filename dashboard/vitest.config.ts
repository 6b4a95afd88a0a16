import { defineConfig } from 'vitest/config';

/** Component and shaping tests: pure code and React components in jsdom. */
export default defineConfig({
  test: {
    name: 'dashboard',
    root: import.meta.dirname,
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'jsdom',
    // jsdom set up once per worker instead of once per file (1.7-2.5 s each), each file still in its own context.
    pool: 'vmThreads',
    // As the other projects, so all share one pool of two workers.
    maxWorkers: 2,
    passWithNoTests: true,
  },
});
