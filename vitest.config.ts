import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: ['api/vitest.config.ts', 'dashboard/vitest.config.ts', 'dashboard/vitest.browser.config.ts'],
    // The second says, after the summary, which tests were skipped for a missing hg, svn or Chromium.
    // A --reporter on the command line replaces both: name it there too (.ci/run does).
    reporters: ['default', './api/test/system-tools-reporter.ts'],
  },
});
