import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import { createRequire } from 'node:module';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { gitImplementation, openGit } from '../modules/vcs/git/index.js';

/*
 * What version control costs: walking a 10,000-commit history (the issue asks
 * for that figure) with nodegit and with the `git` command, cloning it, and
 * the start-up time nodegit adds to a fresh server (loading a native module).
 */

export const VCS_COMMITS = 10_000;
/** Walks are repeated and the median kept: one run on a shared 2-core machine is noise. */
const WALK_RUNS = 3;
const LOAD_RUNS = 3;

export interface VcsImplementationFigures {
  implementation: 'nodegit' | 'git';
  /** Bare clone from a file:// URL, into an empty folder. */
  cloneMs: number;
  /** firstParentHistory(head, 10,000), median of runs. */
  firstParentHistoryMs: number;
  /** log(null, head, 10,000): every commit with its fields and tags, median of runs. */
  logMs: number;
}

export interface VcsFigures {
  commits: number;
  /** os.loadavg() over one minute when the figures were taken: above the cpu count, the machine was busy. */
  loadAverage: number;
  /** Writing the repository with `git fast-import`. */
  makeRepositoryMs: number;
  implementations: VcsImplementationFigures[];
  nodegit: {
    /** Why nodegit could not load, or null. */
    unavailable: string | null;
    /** `import('nodegit')` in a fresh node, minus a fresh node doing nothing; median of runs. */
    coldLoadMs: number | null;
    /** The fresh node doing nothing that was subtracted. */
    nodeStartMs: number;
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await work();
  return { ms: performance.now() - started, value };
}

/** A linear history of `commits` commits, each changing one file, written in one `git fast-import`. */
export function makeHistory(dir: string, commits: number): void {
  execFileSync('git', ['init', '--quiet', '--bare', '--initial-branch=main', dir]);
  const start = Date.UTC(2020, 0, 1) / 1000;
  const parts: string[] = [];
  for (let i = 1; i <= commits; i++) {
    const who = `Bench Author <author${i % 7}@example.com> ${start + i * 60} +0000`;
    const message = `Commit ${i}\n\nChanges the counter to ${i}.\n`;
    const content = `${i}\n`;
    parts.push(
      `commit refs/heads/main\nmark :${i}\nauthor ${who}\ncommitter ${who}\n`,
      `data ${Buffer.byteLength(message)}\n${message}`,
      i > 1 ? `from :${i - 1}\n` : '',
      `M 644 inline counter.txt\ndata ${content.length}\n${content}\n`,
    );
    if (i % 1000 === 0) parts.push(`tag v${i / 1000}\nfrom :${i}\ntagger ${who}\ndata 0\n\n`);
  }
  execFileSync('git', ['--git-dir', dir, 'fast-import', '--quiet'], { input: parts.join(''), maxBuffer: 1 << 26 });
}

/** Milliseconds a fresh node takes to run `script` (an ES module), median of runs. */
function nodeRun(script: string): number {
  const runs: number[] = [];
  for (let i = 0; i < LOAD_RUNS; i++) {
    const started = performance.now();
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { stdio: 'ignore' });
    if (child.status !== 0) throw new Error(`node -e ${script} failed (exit ${child.status})`);
    runs.push(performance.now() - started);
  }
  return median(runs);
}

export async function measureVcs(options: { workDir: string }): Promise<VcsFigures> {
  fs.mkdirSync(options.workDir, { recursive: true });
  const source = path.join(options.workDir, 'history.git');
  fs.rmSync(source, { recursive: true, force: true });
  const made = await timed(async () => makeHistory(source, VCS_COMMITS));

  const available = await gitImplementation();
  const kinds = available.name === 'nodegit' ? (['nodegit', 'git'] as const) : (['git'] as const);
  const implementations: VcsImplementationFigures[] = [];
  for (const kind of kinds) {
    const repositoriesDir = path.join(options.workDir, `clones-${kind}`);
    fs.rmSync(repositoriesDir, { recursive: true, force: true });
    const repo = await openGit(
      { projectId: 1, url: pathToFileURL(source).toString(), user: '', password: '', defaultBranch: 'main' },
      { repositoriesDir, prefer: kind },
    );
    const clone = await timed(() => repo.sync({ signal: new AbortController().signal }));
    const walks: number[] = [];
    const logs: number[] = [];
    for (let run = 0; run < WALK_RUNS; run++) {
      const history = await timed(() => repo.firstParentHistory('main', VCS_COMMITS));
      if (history.value.length !== VCS_COMMITS) throw new Error(`${kind}: walked ${history.value.length} commits`);
      walks.push(history.ms);
      const log = await timed(() => repo.log(null, history.value[0]!, VCS_COMMITS));
      if (log.value.length !== VCS_COMMITS) throw new Error(`${kind}: logged ${log.value.length} commits`);
      logs.push(log.ms);
    }
    implementations.push({
      implementation: kind,
      cloneMs: clone.ms,
      firstParentHistoryMs: median(walks),
      logMs: median(logs),
    });
  }

  const nodeStartMs = nodeRun('');
  let coldLoadMs: number | null = null;
  if (available.name === 'nodegit') {
    const nodegit = pathToFileURL(createRequire(import.meta.url).resolve('nodegit')).toString();
    coldLoadMs = Math.max(0, nodeRun(`await import(${JSON.stringify(nodegit)});`) - nodeStartMs);
  }
  fs.rmSync(options.workDir, { recursive: true, force: true });
  return {
    commits: VCS_COMMITS,
    loadAverage: os.loadavg()[0] ?? 0,
    makeRepositoryMs: made.ms,
    implementations,
    nodegit: { unavailable: available.reason, coldLoadMs, nodeStartMs },
  };
}

/** Columns padded to their widest cell: text left, numbers right (as report.ts lays its tables out). */
function table(head: string[], rows: string[][]): string[] {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}

export function formatVcs(figures: VcsFigures): string {
  const ms = (n: number) => n.toFixed(0);
  const count = figures.commits.toLocaleString('en-US');
  const rows = figures.implementations.map((f) => [
    f.implementation,
    ms(f.cloneMs),
    ms(f.firstParentHistoryMs),
    ms(f.logMs),
  ]);
  const { nodegit } = figures;
  return [
    `version control: a history of ${count} commits (written in ${ms(figures.makeRepositoryMs)} ms), load average ${figures.loadAverage.toFixed(1)}`,
    '',
    ...table(['implementation', 'bare clone ms', `first-parent walk of ${count} ms`, `log of ${count} ms`], rows),
    '',
    nodegit.coldLoadMs === null
      ? `nodegit: not loaded (${nodegit.unavailable ?? 'unknown reason'}); the git command is used`
      : `nodegit start-up cost: ${ms(nodegit.coldLoadMs)} ms to import it in a fresh node (a bare node start, ${ms(nodegit.nodeStartMs)} ms, subtracted)`,
  ].join('\n');
}
