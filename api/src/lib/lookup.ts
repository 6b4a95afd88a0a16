import type { EntityClass } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/sql';
import { badInput, parseId } from './errors.js';

/**
 * The `thing(id, name)` queries: clients know a record by the name they send
 * in results as often as by its id.
 */
export function findByIdOrName<T extends object & { id: number; name: string }>(
  em: SqlEntityManager,
  entity: EntityClass<T>,
  id: string | null | undefined,
  name: string | null | undefined,
): Promise<T | null> {
  if (id) return em.findOne(entity, { id: parseId(id) } as never) as Promise<T | null>;
  if (name) return em.findOne(entity, { name } as never) as Promise<T | null>;
  throw badInput('id', 'give an id or a name');
}
