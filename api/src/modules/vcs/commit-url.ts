import { RepositoryType } from '../projects/project.entity.js';

/** The fields a project's commit link template may name. */
export interface CommitFields {
  commitId: string;
  shortId: string;
  author: string;
  branch: string;
}

/**
 * A project's `commitBrowsingUrl` filled for one commit; null without a
 * template. Codespeed replaced `{commitid}` only; the other fields let a
 * template link a branch view or an author's page. Values are URL-encoded.
 */
export function commitUrl(template: string, fields: CommitFields): string | null {
  if (!template) return null;
  const values: Record<string, string> = {
    commitid: fields.commitId,
    shortid: fields.shortId,
    author: fields.author,
    branch: fields.branch,
  };
  return template.replace(/\{(commitid|shortid|author|branch)\}/g, (_, key: string) =>
    encodeURIComponent(values[key] ?? ''),
  );
}

/** The id people quote for a commit, when the repository has not said (git: 7 characters, Mercurial: 12). */
export function shortIdOf(commitId: string, repositoryType: RepositoryType): string {
  if (repositoryType === RepositoryType.MERCURIAL) return commitId.slice(0, 12);
  if (/^[0-9a-f]{40,64}$/i.test(commitId)) return commitId.slice(0, 7);
  return commitId;
}
