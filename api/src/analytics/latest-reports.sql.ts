import { sql, type Kysely } from 'kysely';
import type { QuantityTable } from './changes-table.js';

export interface LatestReportRow {
  id: number;
  revisionId: number;
  executableId: number;
  environmentId: number;
  commitId: string;
  revisionDate: Date;
  message: string;
  author: string;
  project: string;
  executable: string;
  environment: string;
  summary: string;
  colour: string;
  table: QuantityTable[] | null;
}

/** The latest reports of tracked projects, newest revision first: the feeds' items. */
export async function latestReports(db: Kysely<unknown>, options: { significantOnly: boolean; limit: number }) {
  const { rows } = await sql<{
    id: number;
    revision_id: number;
    executable_id: number;
    environment_id: number;
    commit_id: string;
    revision_ms: number;
    message: string;
    author: string;
    project: string;
    executable: string;
    environment: string;
    summary: string;
    colour: string;
    table: QuantityTable[] | null;
  }>`
    /* feeds_latest_reports */
    select rep.id, rep.revision_id, rep.executable_id, rep.environment_id, rev.commit_id, (extract(epoch from rev.date) * 1000)::float8 as revision_ms,
      rev.message, rev.author, p.name as project, x.name as executable, env.name as environment,
      rep.summary, rep.colour, rep."table"
    from report rep
    join revision rev on rev.id = rep.revision_id
    join project p on p.id = rev.project_id
    join executable x on x.id = rep.executable_id
    join environment env on env.id = rep.environment_id
    where p.track_changes and (not ${options.significantOnly} or rep.colour in ('red', 'green'))
    order by rev.date desc, rep.id desc
    limit ${options.limit}`.execute(db);
  return rows.map((r): LatestReportRow => ({
    id: r.id,
    revisionId: r.revision_id,
    executableId: r.executable_id,
    environmentId: r.environment_id,
    commitId: r.commit_id,
    revisionDate: new Date(r.revision_ms),
    message: r.message,
    author: r.author,
    project: r.project,
    executable: r.executable,
    environment: r.environment,
    summary: r.summary,
    colour: r.colour,
    table: r.table,
  }));
}
