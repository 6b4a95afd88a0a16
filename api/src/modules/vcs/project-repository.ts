import { RepositoryType, type Project } from '../projects/project.entity.js';
import type { RepositorySource } from './provider.js';

/** The project fields that say where its repository is; a row from SQL or an entity. */
export interface ProjectRepositoryFields {
  id: number;
  repositoryType: RepositoryType;
  repositoryUrl: string;
  repositoryUser: string;
  repositoryPassword: string;
  defaultBranch: string;
}

/** Whether a project has a repository to read: a kind and a URL (Codespeed skipped logs without either). */
export function hasRepository(project: Pick<Project, 'repositoryType' | 'repositoryUrl'>): boolean {
  return project.repositoryType !== RepositoryType.NONE && project.repositoryUrl.trim() !== '';
}

export function sourceOf(project: ProjectRepositoryFields): RepositorySource {
  return {
    projectId: project.id,
    url: project.repositoryUrl.trim(),
    user: project.repositoryUser,
    password: project.repositoryPassword,
    defaultBranch: project.defaultBranch,
  };
}
