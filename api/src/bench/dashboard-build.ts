import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { BenchBroke } from './http.js';

const run = promisify(execFile);

/**
 * Builds the dashboard from its sources into a directory of the bench's own,
 * with Vite's manifest (which the project's build does not write): the
 * figures are of the code as it is now, not of whatever `dashboard/dist`
 * holds, and a build running in the checkout meanwhile cannot empty the
 * directory under the browser.
 */
export async function buildDashboard(repoRoot: string, outDir: string): Promise<string> {
  const vite = path.join(repoRoot, 'node_modules/vite/bin/vite.js');
  const args = [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--manifest', '--logLevel', 'warn'];
  try {
    await run(process.execPath, args, { cwd: path.join(repoRoot, 'dashboard'), maxBuffer: 16 * 2 ** 20 });
  } catch (error) {
    const { stderr, stdout, message } = error as { stderr?: string; stdout?: string; message: string };
    throw new BenchBroke(`the dashboard did not build: ${(stderr || stdout || message).slice(-2000)}`);
  }
  return outDir;
}
