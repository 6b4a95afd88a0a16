import { sql, type Kysely } from 'kysely';

type Db = Kysely<unknown>;

/**
 * Places a branch's revisions in history order. `chain` lists the revisions
 * found on the branch's first-parent history, oldest first: each gets
 * `ordered_at = greatest(date, previous ordered_at + 1 µs)`, which keeps the
 * dates where they already follow history and breaks ties (rebased commits
 * share one date) in history's favour. The running maximum is computed as a
 * window: ordered_at(i) = i µs + max over j ≤ i of (date(j) − j µs).
 * Revisions off the chain sit at their date.
 *
 * Returns the revisions whose position changed and the revision after each,
 * in the order before the change and in the order after it: the previous
 * revision of all of those changed. Every statement of the query sees the
 * rows as they were before the update, so the new order is computed apart.
 */
export async function placeBranch(db: Db, branchId: number, chain: number[]): Promise<number[]> {
  const { rows } = await sql<{ id: number }>`
    /* history_place_branch */
    with chain as (
      select * from unnest(${chain}::int[]) with ordinality as t(id, n)
    ), placed as (
      select r.id,
        max(r.date - c.n * interval '1 microsecond') over (order by c.n) + c.n * interval '1 microsecond' as ordered_at
      from chain c join revision r on r.id = c.id and r.branch_id = ${branchId}
    ), changed as (
      select r.id, coalesce(p.ordered_at, r.date) as ordered_at, r.ordered_at as old_ordered_at
      from revision r left join placed p on p.id = r.id
      where r.branch_id = ${branchId} and r.ordered_at is distinct from coalesce(p.ordered_at, r.date)
    ), updated as (
      update revision r set ordered_at = c.ordered_at from changed c where r.id = c.id returning r.id
    ), old_next as (
      select n.id from changed c
      cross join lateral (
        select r.id from revision r
        where r.branch_id = ${branchId} and (r.ordered_at, r.id) > (c.old_ordered_at, c.id)
        order by r.ordered_at, r.id
        limit 1
      ) n
    ), new_order as (
      select r.id, lead(r.id) over (order by coalesce(c.ordered_at, r.ordered_at), r.id) as next_id
      from revision r left join changed c on c.id = r.id
      where r.branch_id = ${branchId}
    ), new_next as (
      select o.next_id as id from new_order o join changed c on c.id = o.id where o.next_id is not null
    )
    select id from updated
    union
    select id from old_next
    union
    select id from new_next`.execute(db);
  return rows.map((r) => r.id);
}

/** Every (revision, executable, environment) with results at these revisions: the reports to recompute. */
export async function reportKeysAt(db: Db, revisionIds: number[]) {
  const { rows } = await sql<{ revision_id: number; executable_id: number; environment_id: number }>`
    /* history_report_keys */
    select distinct revision_id, executable_id, environment_id from result
    where revision_id = any(${revisionIds}::int[])
    order by revision_id, executable_id, environment_id`.execute(db);
  return rows.map((r) => ({
    revisionId: r.revision_id,
    executableId: r.executable_id,
    environmentId: r.environment_id,
  }));
}
