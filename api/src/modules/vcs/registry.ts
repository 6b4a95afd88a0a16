import type { Config } from '../../config.js';
import { RepositoryType } from '../projects/project.entity.js';
import { RepositoryError, type RepositoryProvider } from './provider.js';
import { sourceOf, type ProjectRepositoryFields } from './project-repository.js';

export type VcsSettings = Config['vcs'];

/**
 * The provider that reads a project's repository, by its kind. Each kind is
 * imported when first needed, so a server whose projects use no git never
 * loads nodegit (and its start-up cost).
 */
export async function providerFor(
  project: ProjectRepositoryFields,
  settings: VcsSettings,
): Promise<RepositoryProvider> {
  const source = sourceOf(project);
  switch (project.repositoryType) {
    case RepositoryType.GIT: {
      const { openGit } = await import('./git/index.js');
      return openGit(source, { repositoriesDir: settings.repositoriesDir, prefer: settings.gitImplementation });
    }
    case RepositoryType.GITHUB: {
      const { GitHubProvider } = await import('./github.js');
      return new GitHubProvider(source, {
        apiUrl: settings.githubApiUrl,
        ...(settings.githubToken ? { token: settings.githubToken } : {}),
        // Rate limits are waited out in the background, never longer than one sync may take.
        maxWaitMs: settings.timeoutSeconds * 1000,
      });
    }
    case RepositoryType.MERCURIAL: {
      const { MercurialProvider } = await import('./hg.js');
      return new MercurialProvider(source, { repositoriesDir: settings.repositoriesDir });
    }
    case RepositoryType.SUBVERSION: {
      const { SubversionProvider } = await import('./svn.js');
      return new SubversionProvider(source);
    }
    default:
      throw new RepositoryError(`project ${project.id} has no repository`, false);
  }
}
