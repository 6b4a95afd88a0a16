import { beforeAll, beforeEach } from 'vitest';
import { requireTools } from './system-tools.js';

/**
 * A setup file of the projects whose tests need system tools (see
 * system-tools.ts). Where a tool is missing its tests are skipped by their
 * tag and never get here; with REQUIRE_ALL_TOOLS set they run, and fail here
 * first, with the tool's name, before a hook of the file tries to run it.
 */
// A whole file's tags (`// @module-tag hg`); vitest hands a hook its fixtures only through a destructuring pattern.
// eslint-disable-next-line no-empty-pattern
beforeAll(({}, file) => requireTools(file.tags));
// One test's tags (`{ tags: ['svn'] }`).
beforeEach(({ task }) => requireTools(task.tags));
