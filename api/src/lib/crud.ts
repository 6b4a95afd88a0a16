import {
  ForeignKeyConstraintViolationException,
  NotNullConstraintViolationException,
  UniqueConstraintViolationException,
  type EntityClass,
  type RequiredEntityData,
} from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/sql';
import { conflict, notFound } from './errors.js';

/**
 * What a unique-constraint refusal means to the client: a message about the
 * `name` field, or the field at fault and a message (`commitId`, `username`).
 */
export type ConflictDescription = string | { field: string; message: string };

const ANY_CONFLICT: ConflictDescription = { field: 'input', message: 'conflicts with an existing record' };

/**
 * Create, update and delete for the admin mutations, turning the database's
 * refusals into coded errors that name the field.
 */
export async function createOne<T extends object>(
  em: SqlEntityManager,
  entity: EntityClass<T>,
  data: RequiredEntityData<T>,
  describeConflict: ConflictDescription = ANY_CONFLICT,
): Promise<T> {
  const row = em.create(entity, data);
  await flushOrFail(em, describeConflict);
  return row;
}

export async function findOrFail<T extends object & { id: number }>(
  em: SqlEntityManager,
  entity: EntityClass<T>,
  id: number,
  field = 'id',
): Promise<T> {
  const row = await em.findOne(entity, { id } as never);
  if (!row) throw notFound(entity.name.toLowerCase(), field, String(id));
  return row as T;
}

/** Applies the fields that were given (undefined means "leave as is"). */
export async function updateOne<T extends object & { id: number }>(
  em: SqlEntityManager,
  entity: EntityClass<T>,
  id: number,
  patch: Partial<T>,
  describeConflict: ConflictDescription = ANY_CONFLICT,
): Promise<T> {
  const row = await findOrFail(em, entity, id);
  const given = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
  em.assign(row, given as never);
  await flushOrFail(em, describeConflict);
  return row;
}

/** Deletes a row; the database cascades to what hangs off it (results, reports), as Codespeed's admin did. */
export async function deleteOne<T extends object & { id: number }>(
  em: SqlEntityManager,
  entity: EntityClass<T>,
  id: number,
) {
  const deleted = await em.nativeDelete(entity, { id } as never);
  if (deleted === 0) throw notFound(entity.name.toLowerCase(), 'id', String(id));
  return id;
}

async function flushOrFail(em: SqlEntityManager, describeConflict: ConflictDescription) {
  await refusalsAsErrors(describeConflict, () => em.flush());
}

/**
 * Runs a write (a flush, a transaction, a service call) and turns the
 * database's refusals into coded errors that name the field.
 */
export async function refusalsAsErrors<R>(describeConflict: ConflictDescription, write: () => Promise<R>): Promise<R> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) {
      const { field, message } =
        typeof describeConflict === 'string' ? { field: 'name', message: describeConflict } : describeConflict;
      throw conflict(field, message);
    }
    if (error instanceof ForeignKeyConstraintViolationException) throw notFound('related record', 'input', 'given');
    if (error instanceof NotNullConstraintViolationException) throw conflict('input', 'a required field is missing');
    throw error;
  }
}
