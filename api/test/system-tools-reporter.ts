import type { Reporter, TestModule, Vitest } from 'vitest/node';
import { requireAllTools, systemTools } from './system-tools.js';

/**
 * Says at the end of the run, one line per missing system tool (see
 * system-tools.ts), how many tests needed it, that they were skipped (or,
 * with REQUIRE_ALL_TOOLS, failed), and how to install it. Listed after
 * vitest's own reporter, so the lines come after its summary.
 */
export default class SystemToolsReporter implements Reporter {
  private vitest?: Vitest;

  onInit(vitest: Vitest): void {
    this.vitest = vitest;
  }

  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const strict = requireAllTools();
    const lines: string[] = [];
    for (const tool of systemTools) {
      const why = tool.missing();
      if (!why) continue;
      const files = new Set<string>();
      let tests = 0;
      for (const testModule of testModules) {
        for (const test of testModule.children.allTests()) {
          if (!test.tags.includes(tool.name)) continue;
          // Skipped by its tag; under REQUIRE_ALL_TOOLS, failed or left unrun by its file's failure (not one
          // skipped for another reason, as live-processes.test.ts is without PostgreSQL).
          const state = test.result().state;
          if (strict ? state !== 'failed' && testModule.state() !== 'failed' : state !== 'skipped') continue;
          tests += 1;
          files.add(testModule.relativeModuleId);
        }
      }
      if (tests === 0) continue;
      const what = `${plural(tests, 'test')} in ${plural(files.size, 'file')}`;
      lines.push(
        strict
          ? `${tool.name}: FAILED ${what} that need ${tool.label} (${why}; REQUIRE_ALL_TOOLS is set). Install it: ${tool.install}`
          : `${tool.name}: skipped ${what} that need ${tool.label} (${why}). Install it: ${tool.install}`,
      );
    }
    if (lines.length === 0) return;
    const log = (line: string) => (this.vitest ? this.vitest.logger.log(line) : console.log(line));
    log('');
    for (const line of lines) log(line);
  }
}

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;
