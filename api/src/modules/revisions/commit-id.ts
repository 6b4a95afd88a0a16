import { RepositoryType } from '../projects/project.entity.js';

/**
 * Codespeed's rule: a Subversion project's commits are revision numbers, which
 * its changes and timeline pages sort and link by. Null when the id is fine.
 */
export function commitIdProblem(repositoryType: RepositoryType, commitId: string): string | null {
  if (repositoryType === RepositoryType.SUBVERSION && !/^\d+$/.test(commitId)) {
    return `Invalid SVN commit id ${commitId}`;
  }
  return null;
}
