import { RepositoryError } from './provider.js';

export interface GitHubRepositoryName {
  owner: string;
  repo: string;
}

// GitHub's own rules: owners are letters, digits and single hyphens; repository names add '.' and '_'.
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
const REPO = /^[A-Za-z0-9._-]{1,100}$/;

/**
 * Reads the owner and repository from the forms people paste into a project's
 * repository URL: `https://github.com/owner/repo(.git)` (any host, for GitHub
 * Enterprise), `git@github.com:owner/repo.git`, or plain `owner/repo`.
 */
export function parseGitHubUrl(url: string): GitHubRepositoryName {
  const text = url.trim();
  const path = repositoryPath(text);
  const parts = path
    .replace(/^\/+|\/+$/g, '')
    .replace(/\.git$/, '')
    .split('/');
  const [owner, repo] = parts;
  if (
    parts.length !== 2 ||
    !owner ||
    !repo ||
    !OWNER.test(owner) ||
    !REPO.test(repo) ||
    repo === '.' ||
    repo === '..'
  ) {
    throw new RepositoryError(
      `repositoryUrl: "${url}" is not a GitHub repository (expected https://github.com/owner/repo, git@github.com:owner/repo.git or owner/repo)`,
      false,
    );
  }
  return { owner, repo };
}

/** The path part of an scp-like (`git@host:owner/repo`), a full or a bare URL; '' when it cannot be read. */
function repositoryPath(text: string): string {
  const scp = /^[\w.-]+@[\w.-]+:(.+)$/.exec(text);
  if (scp) return scp[1]!;
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) return text;
  try {
    return new URL(text).pathname;
  } catch {
    return '';
  }
}
