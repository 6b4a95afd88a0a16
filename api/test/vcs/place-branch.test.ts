import { sql, type Kysely } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { placeBranch } from '../../src/modules/vcs/history.sql.js';
import { testDatabase } from '../harness.js';

let db: Kysely<unknown>;

beforeAll(async () => {
  db = (await testDatabase()).fork().getKysely() as Kysely<unknown>;
});

/** A branch with revisions at these dates (ordered_at = date, as ingestion leaves them); returns their ids by name. */
async function branchWith(dates: Record<string, string>) {
  const name = `place-${Math.random().toString(36).slice(2)}`;
  const project = (await sql<{ id: number }>`insert into project (name) values (${name}) returning id`.execute(db))
    .rows[0]!.id;
  const branch = (
    await sql<{ id: number }>`insert into branch (name, project_id) values ('main', ${project}) returning id`.execute(
      db,
    )
  ).rows[0]!.id;
  const ids: Record<string, number> = {};
  for (const [commit, date] of Object.entries(dates)) {
    ids[commit] = (
      await sql<{ id: number }>`insert into revision (commit_id, date, project_id, branch_id)
        values (${commit}, ${date}::timestamptz, ${project}, ${branch}) returning id`.execute(db)
    ).rows[0]!.id;
  }
  return { branch, ids };
}

async function order(branch: number): Promise<number[]> {
  const { rows } = await sql<{ id: number }>`
    select id from revision where branch_id = ${branch} order by ordered_at, id`.execute(db);
  return rows.map((r) => r.id);
}

describe('placing a branch in history order', () => {
  it('moves a commit dated before its parent to just after it, and names every revision whose previous changed', async () => {
    // x was committed (by date) before a, but history has it after a: the order goes x, a, b -> a, x, b.
    const { branch, ids } = await branchWith({
      x: '2026-01-01T00:00:00Z',
      a: '2026-01-02T00:00:00Z',
      b: '2026-01-03T00:00:00Z',
    });
    const moved = await placeBranch(db, branch, [ids.a!, ids.x!]);
    expect(await order(branch)).toEqual([ids.a, ids.x, ids.b]);
    // x moved; a lost its previous (x); b's previous is now x instead of a.
    expect(new Set(moved)).toEqual(new Set([ids.x, ids.a, ids.b]));
  });

  it('changes nothing, and names nothing, when history agrees with the dates', async () => {
    const { branch, ids } = await branchWith({ a: '2026-01-01T00:00:00Z', b: '2026-01-02T00:00:00Z' });
    expect(await placeBranch(db, branch, [ids.a!, ids.b!])).toEqual([]);
  });

  it('breaks a tie of one date in history order', async () => {
    const date = '2026-01-01T00:00:00Z';
    const { branch, ids } = await branchWith({ r3: date, r1: date, r2: date });
    await placeBranch(db, branch, [ids.r1!, ids.r2!, ids.r3!]);
    expect(await order(branch)).toEqual([ids.r1, ids.r2, ids.r3]);
  });
});
