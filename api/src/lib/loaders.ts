import DataLoader from 'dataloader';
import type { EntityClass, QueryOrderMap } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/sql';

type Row = object & { id: number };

/**
 * One DataLoader per entity class and request: every `project`, `branch`, ...
 * field of a page of results is fetched in one query, not one per row.
 */
export class Loaders {
  private readonly loaders = new Map<EntityClass<object>, DataLoader<number, object | null>>();
  private readonly childLoaders = new Map<string, DataLoader<number, object[]>>();

  constructor(private readonly em: SqlEntityManager) {}

  load<T extends Row>(entity: EntityClass<T>, id: number): Promise<T | null> {
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

  async require<T extends Row>(entity: EntityClass<T>, id: number): Promise<T> {
    const found = await this.load(entity, id);
    if (!found) throw new Error(`${entity.name} ${id} vanished while the request ran`);
    return found;
  }

  /**
   * The rows of `entity` whose many-to-one `relation` points at `parentId`
   * (a project's branches, a benchmark's children): one query for every
   * parent on the page. Meant for short lists; long ones are paginated queries.
   */
  children<T extends Row, K extends keyof T & string>(
    entity: EntityClass<T>,
    relation: K,
    parentId: number,
    orderBy: QueryOrderMap<T>,
  ): Promise<T[]> {
    const key = `${entity.name}.${relation}`;
    let loader = this.childLoaders.get(key);
    if (!loader) {
      loader = new DataLoader<number, object[]>(async (parentIds) => {
        const where = { [relation]: { $in: [...parentIds] } } as never;
        const rows = (await this.em.find(entity, where, { orderBy } as never)) as T[];
        const byParent = new Map<number, T[]>(parentIds.map((id) => [id, []]));
        for (const row of rows) {
          const parent = row[relation] as { id: number } | null;
          if (parent) byParent.get(parent.id)?.push(row);
        }
        return parentIds.map((id) => byParent.get(id) ?? []);
      });
      this.childLoaders.set(key, loader);
    }
    return loader.load(parentId) as Promise<T[]>;
  }
}
