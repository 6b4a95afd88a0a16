import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/*
 * A small real git repository made with the `git` command, shaped like the
 * histories that trip commit logs up: a feature branch merged back with a
 * merge commit, annotated and lightweight tags, and a series of three commits
 * rebased onto main that share one committer date (Codespeed #173).
 */

export const AUTHOR = { name: 'Ada Lovelace', email: 'ada@example.com' };
const COMMITTER = { name: 'Build Bot', email: 'bot@example.com' };

/** Every date in the fixture, as git reads them (UTC). */
const day = (n: number, hour = 10) => `2024-01-${String(n).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00Z`;
export const REBASE_DATE = day(20);

export interface GitFixture {
  /** The working repository (a file:// URL of it is the project's URL). */
  dir: string;
  url: string;
  /** Commit ids by name: c1 c2 f1 f2 c3 merge r1 r2 r3. */
  ids: Record<string, string>;
  /** Committer dates by commit name. */
  dates: Record<string, string>;
  git(...args: string[]): string;
  commit(name: string, message: string, date: string): string;
}

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `speedgraph-${prefix}-`));
}

/** Runs git in `dir` with a fixed identity and no user or system configuration. */
export function gitIn(dir: string, env: Record<string, string> = {}) {
  return (...args: string[]): string =>
    execFileSync('git', args, {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        GIT_CONFIG_GLOBAL: '/dev/null',
        GIT_CONFIG_NOSYSTEM: '1',
        GIT_AUTHOR_NAME: AUTHOR.name,
        GIT_AUTHOR_EMAIL: AUTHOR.email,
        GIT_COMMITTER_NAME: COMMITTER.name,
        GIT_COMMITTER_EMAIL: COMMITTER.email,
        ...env,
      },
    }).trim();
}

export function makeGitFixture(root: string): GitFixture {
  const dir = path.join(root, 'source');
  fs.mkdirSync(dir, { recursive: true });
  gitIn(dir)('init', '--quiet', '--initial-branch=main');
  const ids: Record<string, string> = {};
  const dates: Record<string, string> = {};

  const fixture: GitFixture = {
    dir,
    url: `file://${dir}`,
    ids,
    dates,
    git: gitIn(dir),
    commit(name, message, date) {
      fs.writeFileSync(path.join(dir, `${name}.txt`), `${name}\n`);
      const git = gitIn(dir, { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
      git('add', '--all');
      git('commit', '--quiet', '--message', message);
      ids[name] = git('rev-parse', 'HEAD');
      dates[name] = date;
      return ids[name];
    },
  };
  const { git, commit } = fixture;

  commit('c1', 'First commit', day(1));
  commit('c2', 'Second commit\n\nWith a body\nof two lines.\n', day(2));
  git('tag', '--annotate', 'v1.0', '--message', 'Release 1.0');
  git('tag', 'stable');
  git('checkout', '--quiet', '-b', 'feature');
  commit('f1', 'Feature, part one', day(3));
  commit('f2', 'Feature, part two\n\nExplains the feature.', day(4));
  git('checkout', '--quiet', 'main');
  commit('c3', 'Third commit on main', day(5));
  gitIn(dir, { GIT_AUTHOR_DATE: day(6), GIT_COMMITTER_DATE: day(6) })(
    'merge',
    '--quiet',
    '--no-ff',
    '--message',
    'Merge branch feature',
    'feature',
  );
  ids.merge = git('rev-parse', 'HEAD');
  dates.merge = day(6);

  // Three commits written before the merge, then rebased onto main: the rebase gives them one committer date.
  git('checkout', '--quiet', '-b', 'series', ids.c3!);
  commit('r1', 'Series, one', day(7, 9));
  commit('r2', 'Series, two', day(7, 10));
  commit('r3', 'Series, three', day(7, 11));
  gitIn(dir, { GIT_COMMITTER_DATE: REBASE_DATE })('rebase', '--quiet', 'main');
  for (const [name, rev] of [
    ['r3', 'HEAD'],
    ['r2', 'HEAD~1'],
    ['r1', 'HEAD~2'],
  ] as const) {
    ids[name] = git('rev-parse', rev);
    dates[name] = REBASE_DATE;
  }
  git('checkout', '--quiet', 'main');
  git('merge', '--quiet', '--ff-only', 'series');
  git('branch', '--quiet', '--delete', 'series');
  git('tag', 'light', ids.r3!);
  return fixture;
}
