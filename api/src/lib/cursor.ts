import { Cursor, type EntityMetadata, type EntityName, type QueryOrderMap } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/sql';
import { badInput } from './errors.js';

const invalid = () => badInput('after', 'not a cursor returned by this API');

/**
 * Checks a client's `after` before MikroORM reads it. MikroORM silently
 * ignores a cursor of the wrong length (the client would get the first page
 * again, forever) and passes its values to SQL as they are (a string for an
 * integer column is a database error, an object an operator): a cursor must be
 * one scalar of the right type per sort key.
 */
export function checkCursor<T extends object>(
  em: SqlEntityManager,
  entity: EntityName<T>,
  orderBy: QueryOrderMap<T>,
  after: string,
): void {
  let values: unknown;
  try {
    values = Cursor.decode(after);
  } catch {
    throw invalid();
  }
  const keys = Object.keys(orderBy);
  if (!Array.isArray(values) || values.length !== keys.length) throw invalid();
  const meta = em.getMetadata().get(entity) as unknown as EntityMetadata<object>;
  if (!matches(em, meta, orderBy, keys, values)) throw invalid();
}

/** Each value fits its sort key's column; a key ordered through a relation holds an object of that entity's keys. */
function matches(
  em: SqlEntityManager,
  meta: EntityMetadata<object>,
  orderBy: object,
  keys: string[],
  values: unknown[],
): boolean {
  const properties = meta.properties as unknown as Record<string, Column>;
  return keys.every((key, index) => {
    const prop = properties[key];
    const order = (orderBy as Record<string, unknown>)[key];
    const value = values[index];
    if (!prop) return false;
    if (order && typeof order === 'object') {
      if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
      const nestedKeys = Object.keys(order);
      const target = prop.targetMeta;
      if (!target || Object.keys(value).length !== nestedKeys.length) return false;
      const nested = value as Record<string, unknown>;
      return matches(
        em,
        target,
        order,
        nestedKeys,
        nestedKeys.map((k) => nested[k]),
      );
    }
    return fits(prop, value);
  });
}

interface Column {
  type: string;
  targetMeta?: EntityMetadata<object>;
  runtimeType: string;
  nullable?: boolean;
}

const INT4_MAX = 2 ** 31 - 1;

function fits(prop: Column, value: unknown): boolean {
  if (value === null) return prop.nullable === true;
  if (/bigint/i.test(prop.type)) return typeof value === 'string' && /^-?\d{1,18}$/.test(value);
  if (/^int(eger)?$/i.test(prop.type)) return Number.isInteger(value) && Math.abs(value as number) <= INT4_MAX;
  switch (prop.runtimeType) {
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'Date':
      return typeof value === 'string' && !Number.isNaN(Date.parse(value));
    case 'boolean':
      return typeof value === 'boolean';
    case 'string':
      return typeof value === 'string';
    default:
      return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
  }
}
