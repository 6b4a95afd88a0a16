import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

/** Tests in a real Chromium against a real Speedgraph: they import the API, so they share its settings. */
export default defineConfig({
  oxc: { decorator: { legacy: true, emitDecoratorMetadata: true } },
  test: {
    name: 'browser',
    root: import.meta.dirname,
    include: ['test/browser/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['reflect-metadata'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    maxWorkers: 1,
    alias: { graphql: require.resolve('graphql/index.js') },
  },
});
