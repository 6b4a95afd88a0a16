import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { findOrFail } from '../../lib/crud.js';
import { badInput, parseId } from '../../lib/errors.js';
import type { Context } from '../../server/context.js';
import { Project } from '../projects/project.entity.js';
import { hasRepository } from './project-repository.js';
import { currentRepository } from './current-repository.js';
import { RepositoryState, RepositoryStatus, SyncRepositoryInput, SyncRepositoryPayload } from './vcs.types.js';

/** A project's repository as the admin page shows it, and the button that fetches it now. */
@Resolver(() => Project)
export class RepositoryResolver {
  @FieldResolver(() => RepositoryStatus, {
    nullable: true,
    description: 'The state of the project’s repository (cloned, fetching, failed); null when it has none.',
  })
  async repository(@Root() project: Project, @Ctx() context: Context): Promise<RepositoryStatus | null> {
    if (!hasRepository(project)) return null;
    const current = await currentRepository(context, project);
    return {
      kind: project.repositoryType,
      implementation: current?.implementation ?? null,
      state: (current?.state ?? RepositoryState.NOT_SYNCED) as RepositoryState,
      progress: current?.progress ?? null,
      phase: current?.phase ?? '',
      error: current?.error ?? '',
      lastSyncedAt: asDate(current?.last_synced_at),
      lastAttemptAt: asDate(current?.last_attempt_at),
    };
  }

  @Authorized('ADMIN')
  @Mutation(() => SyncRepositoryPayload, {
    description:
      'Fetches the project’s repository now and reads again every revision still missing its metadata (admin only). Returns at once; `Project.repository` shows the progress.',
  })
  async syncRepository(
    @Arg('input', { description: 'Which project.' }) input: SyncRepositoryInput,
    @Ctx() { em, services }: Context,
  ): Promise<SyncRepositoryPayload> {
    const project = await findOrFail(em, Project, parseId(input.projectId, 'projectId'), 'projectId');
    if (!hasRepository(project)) throw badInput('projectId', 'the project has no repository (type and URL) to fetch');
    await services.enrichment.syncProject(project.id);
    return { project };
  }
}

/** node-postgres parses timestamptz into a Date; PGlite through raw SQL may hand over its text. */
function asDate(value: Date | string | null | undefined): Date | null {
  if (value === null || value === undefined) return null;
  return value instanceof Date ? value : new Date(value);
}
