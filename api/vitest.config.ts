import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';
import { systemToolTags } from './test/system-tools.js';

const require = createRequire(import.meta.url);

export default defineConfig({
  // type-graphql and MikroORM read decorator metadata at run time.
  oxc: { decorator: { legacy: true, emitDecoratorMetadata: true } },
  test: {
    name: 'api',
    root: import.meta.dirname,
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['reflect-metadata', './test/system-tools-setup.ts'],
    // One migrated embedded database for the run, copied by each file (test/embedded-snapshot.ts).
    globalSetup: ['./test/embedded-snapshot.ts'],
    // Tests of hg, svn and Chromium: skipped where the tool is missing (see test/system-tools.ts).
    tags: systemToolTags(),
    testTimeout: 30_000,
    // Generous: an embedded database starts in seconds, but a busy 2-core machine stretches that.
    hookTimeout: 180_000,
    // Two cores: two files at a time, each with its own database. The same for every project, so all three
    // share one pool of two workers (vitest runs projects with different maxWorkers one after the other).
    maxWorkers: 2,
    // A worker keeps its imports from one file to the next (the server's modules took ~5 s a file on 2 busy
    // cores); each file still makes its own database, server and repositories, and nothing here mocks
    // modules or changes process.env.
    isolate: false,
    alias: {
      // One copy of graphql for type-graphql and Apollo, else "another module or realm".
      graphql: require.resolve('graphql/index.js'),
    },
  },
});
