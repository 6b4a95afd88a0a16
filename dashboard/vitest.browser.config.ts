import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';
import { systemToolTags } from '../api/test/system-tools.js';

const require = createRequire(import.meta.url);

/** Tests in a real Chromium against a real Speedgraph: they import the API, so they share its settings. */
export default defineConfig({
  oxc: { decorator: { legacy: true, emitDecoratorMetadata: true } },
  test: {
    name: 'browser',
    root: import.meta.dirname,
    include: ['test/browser/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['reflect-metadata', '../api/test/system-tools-setup.ts'],
    globalSetup: ['../api/test/embedded-snapshot.ts'],
    // Every file here is tagged chromium (`// @module-tag chromium`): skipped without it (see api/test/system-tools.ts).
    tags: systemToolTags(),
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // As the api project (one pool of two workers for all projects, imports kept from file to file):
    // two files at a time, each with its own server, database and Chromium.
    maxWorkers: 2,
    isolate: false,
    alias: { graphql: require.resolve('graphql/index.js') },
  },
});
