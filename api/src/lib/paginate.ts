import type { EntityName, FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/sql';
import type { PageArgs, Page } from './connection.js';
import { checkCursor } from './cursor.js';

/** Keyset pagination through MikroORM's cursors: stable under inserts, no OFFSET scans. */
export async function paginate<T extends object>(
  em: SqlEntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  args: PageArgs,
  orderBy: QueryOrderMap<T>,
  includeCount = true,
  /** Relations the order runs through: the cursor is made from their values. */
  populate: string[] = [],
): Promise<Page<T>> {
  if (args.after) checkCursor(em, entity, orderBy, args.after);
  const cursor = await em.findByCursor(entity, {
    where,
    first: args.first,
    after: args.after ?? undefined,
    orderBy,
    includeCount,
    populate,
  } as never);
  return {
    nodes: [...cursor.items] as T[],
    pageInfo: { hasNextPage: cursor.hasNextPage, endCursor: cursor.endCursor },
    totalCount: includeCount ? (cursor.totalCount as number) : null,
  };
}
