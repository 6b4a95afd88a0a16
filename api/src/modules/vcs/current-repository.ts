import DataLoader from 'dataloader';
import type { Kysely } from 'kysely';
import type { Context } from '../../server/context.js';
import type { Project } from '../projects/project.entity.js';
import { repositoryRows, type RepositoryRow } from './repository.sql.js';

/** Per request (keyed by its loaders): one query for the repository rows of every project on a page. */
const rowLoaders = new WeakMap<Context['loaders'], DataLoader<number, RepositoryRow | null>>();

/**
 * The repository row that describes the project's repository now, or null: a
 * row made from another URL describes a copy that is no longer the project's
 * (an admin changed the URL), so neither its state nor its error applies.
 */
export async function currentRepository({ em, loaders }: Context, project: Project): Promise<RepositoryRow | null> {
  let loader = rowLoaders.get(loaders);
  if (!loader) {
    loader = new DataLoader<number, RepositoryRow | null>(async (ids) => {
      const rows = await repositoryRows(em.getKysely() as Kysely<unknown>, [...ids]);
      const byProject = new Map(rows.map((row) => [row.project_id, row]));
      return ids.map((id) => byProject.get(id) ?? null);
    });
    rowLoaders.set(loaders, loader);
  }
  const row = await loader.load(project.id);
  return row && (row.url === '' || row.url === project.repositoryUrl.trim()) ? row : null;
}
