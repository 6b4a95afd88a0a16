import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';
import type { TestTagDefinition } from 'vitest/config';
import { CHROMIUM_PATH } from '../src/bench/dashboard-load.js';

/**
 * The programs some tests need that npm does not install, in one place: how
 * to find each and how to install it.
 *
 * A test says what it needs with a tag named after the tool: `// @module-tag hg`
 * at the top of a file for all its tests, `it('…', { tags: ['svn'] }, …)` for
 * one. Each project that has such tests defines the tags with
 * `systemToolTags()`, which skips the tests of a missing tool, and lists
 * `system-tools-setup.ts` in its setup files; `system-tools-reporter.ts` then
 * says at the end of the run what was skipped and how to install it.
 *
 * With REQUIRE_ALL_TOOLS=1 (CI sets it) nothing is skipped: a test needing a
 * missing tool fails, naming it.
 */
export interface SystemTool {
  /** The tag tests use. */
  name: 'hg' | 'svn' | 'chromium';
  /** What it is, for people. */
  label: string;
  /** How to get it (Debian). */
  install: string;
  /** Why it cannot be used here ("hg is not on PATH"), or null when it can. */
  missing(): string | null;
}

export const systemTools: readonly SystemTool[] = [
  {
    name: 'hg',
    label: 'Mercurial',
    install: 'apt-get install mercurial',
    missing: () => missingCommands(['hg']),
  },
  {
    name: 'svn',
    label: 'Subversion',
    install: 'apt-get install subversion',
    // The provider runs svn; the tests make repositories with the others.
    missing: () => missingCommands(['svn', 'svnadmin', 'svnmucc', 'svnserve']),
  },
  {
    name: 'chromium',
    label: 'Chromium',
    install: 'apt-get install chromium, or set CHROMIUM_PATH to a Chromium binary',
    missing: () => (isExecutable(CHROMIUM_PATH) ? null : `no Chromium at ${CHROMIUM_PATH}`),
  },
];

/** REQUIRE_ALL_TOOLS=1: a missing tool fails its tests instead of skipping them. */
export function requireAllTools(): boolean {
  const value = (process.env['REQUIRE_ALL_TOOLS'] ?? '').trim().toLowerCase();
  return value !== '' && value !== '0' && value !== 'false' && value !== 'no';
}

/** The tools' tags for a project's `test.tags`: a missing tool's tests are skipped, unless REQUIRE_ALL_TOOLS is set. */
export function systemToolTags(): TestTagDefinition[] {
  const strict = requireAllTools();
  return systemTools.map((tool) => ({
    name: tool.name,
    description: `needs ${tool.label} (${tool.install})`,
    skip: !strict && tool.missing() !== null,
  }));
}

/** Throws, naming the tool and how to install it, if a tool among these tags is missing. */
export function requireTools(tags: readonly string[] | undefined): void {
  for (const tool of systemTools) {
    if (!tags?.includes(tool.name)) continue;
    const why = tool.missing();
    if (why) {
      throw new Error(
        `This test needs ${tool.label} and ${why} (REQUIRE_ALL_TOOLS is set, so it fails instead of being skipped). Install it: ${tool.install}`,
      );
    }
  }
}

function missingCommands(commands: string[]): string | null {
  const absent = commands.filter((command) => !onPath(command));
  if (absent.length === 0) return null;
  return `${absent.join(', ')} ${absent.length === 1 ? 'is' : 'are'} not on PATH`;
}

/** Whether `command` is an executable file in a folder of PATH, as spawn() looks it up. */
function onPath(command: string): boolean {
  return (process.env['PATH'] ?? '')
    .split(path.delimiter)
    .some((dir) => dir !== '' && isExecutable(path.join(dir, command)));
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}
