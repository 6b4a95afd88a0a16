import DataLoader from 'dataloader';
import type { EntityClass } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/sql';

/**
 * One DataLoader per entity class and request: every `project`, `branch`, ...
 * field of a page of results is fetched in one query, not one per row.
 */
export class Loaders {
  private readonly loaders = new Map<EntityClass<object>, DataLoader<number, object | null>>();

  constructor(private readonly em: SqlEntityManager) {}

  load<T extends object & { id: number }>(entity: EntityClass<T>, id: number): Promise<T | null> {
    let loader = this.loaders.get(entity as EntityClass<object>);
    if (!loader) {
      loader = new DataLoader<number, object | null>(async (ids) => {
        const rows = (await this.em.find(entity, { id: { $in: [...ids] } } as never)) as T[];
        const byId = new Map(rows.map((row) => [row.id, row]));
        return ids.map((id) => byId.get(id) ?? null);
      });
      this.loaders.set(entity as EntityClass<object>, loader);
    }
    return loader.load(id) as Promise<T | null>;
  }

  async require<T extends object & { id: number }>(entity: EntityClass<T>, id: number): Promise<T> {
    const found = await this.load(entity, id);
    if (!found) throw new Error(`${entity.name} ${id} vanished while the request ran`);
    return found;
  }
}
