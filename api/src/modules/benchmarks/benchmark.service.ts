import type { SqlEntityManager } from '@mikro-orm/sql';
import { sql, type Kysely } from 'kysely';
import { findOrFail } from '../../lib/crud.js';
import { badInput, parseId } from '../../lib/errors.js';
import { Benchmark } from './benchmark.entity.js';

/**
 * The parent a create or update asks for: undefined leaves it as it is, null
 * makes the benchmark top-level. A parent must exist and must not be the
 * benchmark itself or one of its descendants: the hierarchy is a tree, and
 * the dashboard walks it.
 */
export async function resolveParent(
  em: SqlEntityManager,
  benchmarkId: number | null,
  parentId: string | null | undefined,
): Promise<Benchmark | null | undefined> {
  if (parentId === undefined || parentId === null) return parentId;
  const parent = await findOrFail(em, Benchmark, parseId(parentId, 'parentId'), 'parentId');
  if (benchmarkId !== null && (await isAncestorOrSelf(em, benchmarkId, parent.id))) {
    throw badInput(
      'parentId',
      `benchmark ${parent.id} is this benchmark or one of its descendants: that makes a cycle`,
    );
  }
  return parent;
}

async function isAncestorOrSelf(em: SqlEntityManager, candidate: number, of: number): Promise<boolean> {
  // `union` rather than `union all`: stops even on a cycle that predates this check.
  const { rows } = await sql<{ found: boolean }>`
    /* benchmark_ancestors */
    with recursive ancestors(id, parent_id) as (
      select id, parent_id from benchmark where id = ${of}
      union
      select b.id, b.parent_id from benchmark b join ancestors a on b.id = a.parent_id
    )
    select exists (select 1 from ancestors where id = ${candidate}) as found`.execute(
    em.getKysely() as Kysely<unknown>,
  );
  return rows[0]?.found === true;
}
