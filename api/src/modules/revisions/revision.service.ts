import type { Kysely } from 'kysely';
import type { SqlEntityManager } from '@mikro-orm/sql';
import { findOrFail, refusalsAsErrors } from '../../lib/crud.js';
import { badInput, parseId } from '../../lib/errors.js';
import { Branch } from '../branches/branch.entity.js';
import { ensureBranches } from '../ingestion/ingestion.sql.js';
import { Project } from '../projects/project.entity.js';
import { commitIdProblem } from './commit-id.js';
import { Revision } from './revision.entity.js';

export interface NewRevision {
  projectId: string;
  branch: string;
  commitId: string;
  date?: Date | null;
  author?: string | null;
  message?: string | null;
  tag?: string | null;
}

/** Adds a revision, creating its branch on the way as an upload would. */
export async function addRevision(em: SqlEntityManager, input: NewRevision): Promise<Revision> {
  const project = await findOrFail(em, Project, parseId(input.projectId, 'projectId'), 'projectId');
  const problem = commitIdProblem(project.repositoryType, input.commitId);
  if (problem) throw badInput('commitId', problem);
  const conflict = {
    field: 'commitId',
    message: `branch ${JSON.stringify(input.branch)} already has a revision with commit id ${JSON.stringify(input.commitId)}`,
  };
  return refusalsAsErrors(conflict, () =>
    em.transactional(async (tx) => {
      // Ingestion's find-or-create: safe when an upload creates the same branch at the same moment.
      const [branch] = await ensureBranches(tx.getKysely() as Kysely<unknown>, [
        { projectId: project.id, name: input.branch },
      ]);
      const date = input.date ?? new Date();
      const revision = tx.create(Revision, {
        project: tx.getReference(Project, project.id),
        branch: tx.getReference(Branch, branch!.id),
        commitId: input.commitId,
        date,
        // Until version control places it in history (enrichment), a revision sits at its date.
        orderedAt: date,
        author: input.author ?? '',
        message: input.message ?? '',
        tag: input.tag ?? '',
      });
      await tx.flush();
      return revision;
    }),
  );
}

/**
 * A new date moves the revision in its branch's order too, unless version
 * control placed it there (history order then wins over any date).
 */
export function datePatch(revision: Revision, date: Date | undefined): { date?: Date; orderedAt?: Date } {
  if (date === undefined) return {};
  const placedByHistory = revision.orderedAt.getTime() !== revision.date.getTime();
  return placedByHistory ? { date } : { date, orderedAt: date };
}
