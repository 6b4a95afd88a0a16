import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  // type-graphql and MikroORM read decorator metadata at run time.
  oxc: { decorator: { legacy: true, emitDecoratorMetadata: true } },
  test: {
    name: 'api',
    root: import.meta.dirname,
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['reflect-metadata'],
    testTimeout: 30_000,
    // Generous: an embedded database starts in seconds, but a busy 2-core machine stretches that.
    hookTimeout: 180_000,
    // Two cores: two files at a time, each with its own database.
    maxWorkers: 2,
    alias: {
      // One copy of graphql for type-graphql and Apollo, else "another module or realm".
      graphql: require.resolve('graphql/index.js'),
    },
  },
});
