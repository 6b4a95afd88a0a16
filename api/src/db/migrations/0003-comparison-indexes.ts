import { ScriptMigration } from './statements.js';

/**
 * Indexes for the comparison page (api/src/analytics/comparison.sql.ts) and the changes table,
 * checked with EXPLAIN ANALYZE on 864,000 results and 200,000 revisions.
 */
export class Migration0003ComparisonIndexes extends ScriptMigration {
  protected readonly script = INDEXES;
}

const INDEXES = `
-- comparison_values, changes_results, reports_precheck: they read the results of one executable on one
-- environment at given revisions. The unique index of a measurement put benchmark_id before environment_id,
-- so each probe read every benchmark of every environment (0.014 ms a probe against 0.004 ms). Reordering
-- the unique index itself serves them without a second index on the table's hottest write path; ingestion's
-- upsert names the constraint, which keeps its name.
alter table "result" drop constraint "result_measurement_unique";
alter table "result" add constraint "result_measurement_unique"
  unique ("revision_id", "executable_id", "environment_id", "benchmark_id");
-- comparison_columns: the tagged revisions of a project without reading every revision (27 ms down to 1.5 ms
-- among 200,000 revisions). Partial, so it holds only the few tagged ones.
create index "revision_tagged_index" on "revision" ("project_id", "date") where "tag" <> '';
`;
