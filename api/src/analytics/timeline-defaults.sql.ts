import { sql, type Kysely } from 'kysely';

type Db = Kysely<unknown>;

/*
 * The settings' defaults of a timeline request, run only when the input
 * leaves a choice to them (docs/codespeed-compat.md keeps their names).
 */

/** DEF_ENVIRONMENT when it names one, else the first environment (by id) that has results. */
export async function defaultEnvironment(db: Db, name: string | null): Promise<number | null> {
  const { rows } = await sql<{ id: number }>`
    /* timeline_default_environment */
    select id from (
      select id, 0 as rank from environment where name = ${name}
      union all
      (select e.id, 1 from environment e
       where exists (select 1 from result r where r.environment_id = e.id)
       order by e.id limit 1)
    ) found
    order by rank limit 1`.execute(db);
  return rows[0]?.id ?? null;
}

/** Codespeed's default: every executable of a tracked project that has results on the environment. */
export async function defaultExecutables(db: Db, environmentId: number): Promise<number[]> {
  const { rows } = await sql<{ id: number }>`
    /* timeline_default_executables */
    select e.id
    from executable e
    join project p on p.id = e.project_id
    where p.track_changes
      and exists (select 1 from result r where r.executable_id = e.id and r.environment_id = ${environmentId})
    order by p.name, e.name`.execute(db);
  return rows.map((r) => r.id);
}

/** DEF_BENCHMARK when it names one, else the first benchmark by name with results for these executables. */
export async function defaultBenchmark(
  db: Db,
  name: string | null,
  environmentId: number,
  executableIds: number[],
): Promise<number | null> {
  const { rows } = await sql<{ id: number }>`
    /* timeline_default_benchmark */
    select id from (
      select id, 0 as rank from benchmark where name = ${name}
      union all
      (select b.id, 1 from benchmark b
       where exists (
         select 1 from result r
         where r.benchmark_id = b.id and r.environment_id = ${environmentId}
           and r.executable_id = any(${executableIds}::int[]))
       order by b.name limit 1)
    ) found
    order by rank limit 1`.execute(db);
  return rows[0]?.id ?? null;
}
