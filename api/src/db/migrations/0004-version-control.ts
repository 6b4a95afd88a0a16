import { ScriptMigration } from './statements.js';

/**
 * Version control (issue 5): each project's repository state, each revision's
 * commit metadata and log, and history order. Hand-written, like 0001, so that
 * it runs the same on PGlite and PostgreSQL.
 */
export class Migration0004VersionControl extends ScriptMigration {
  protected readonly script = VERSION_CONTROL;
}

const VERSION_CONTROL = `
-- One row per project that has (had) a repository: what the admin page shows, and the claim that keeps two
-- processes sharing one PostgreSQL from cloning the same repository at once.
create table "repository" (
  "project_id" int primary key references "project" ("id") on delete cascade,
  "state" text not null default 'not_synced'
    constraint "repository_state_check" check ("state" in ('not_synced', 'syncing', 'ready', 'failed')),
  "implementation" text null,
  "progress" real null,
  "phase" text not null default '',
  "error" text not null default '',
  -- the URL the local copy was made from: a project whose URL changes is cloned again
  "url" text not null default '',
  "last_synced_at" timestamptz null,
  "last_attempt_at" timestamptz null,
  "attempts" int not null default 0,
  "claimed_until" timestamptz null
);

alter table "revision" add column "author_email" varchar(100) not null default '';
-- History order: the position of a revision on its branch. Equal to its date until version control places it
-- along the branch's first-parent chain (rebased commits share one date, Codespeed #173).
alter table "revision" add column "ordered_at" timestamptz null;
update "revision" set "ordered_at" = "date";
alter table "revision" alter column "ordered_at" set not null;
alter table "revision" add column "enrichment" text not null default 'none'
  constraint "revision_enrichment_check" check ("enrichment" in ('none', 'pending', 'ready', 'failed'));
alter table "revision" add column "enriched_at" timestamptz null;
-- how many commits the log since the previous revision holds; only the newest 500 are stored
alter table "revision" add column "commit_count" int null;

-- Writers that know nothing of history (bulk loads, older tools) still get a position: their date.
-- (one line: statements() splits a script at every line that ends with a semicolon)
create function "revision_ordered_at_default"() returns trigger language plpgsql as $$
begin if new."ordered_at" is null then new."ordered_at" := new."date"; end if; return new; end $$;
create trigger "revision_ordered_at_default" before insert on "revision"
  for each row execute function "revision_ordered_at_default"();

-- the history of a branch, newest first: changes, trend windows, timelines, reports; replaces (branch_id, date)
drop index "revision_branch_id_date_index";
create index "revision_branch_id_ordered_at_id_index" on "revision" ("branch_id", "ordered_at", "id");
-- revisions waiting for enrichment, queued again at start-up: partial, so it stays tiny
create index "revision_enrichment_pending_index" on "revision" ("project_id") where "enrichment" = 'pending';

-- The commits since the previous revision of the branch, newest first (position 0), as the changes view lists them.
create table "revision_commit" (
  "revision_id" int not null references "revision" ("id") on delete cascade,
  "position" int not null,
  "commit_id" varchar(64) not null,
  "short_id" varchar(64) not null,
  "author" text not null default '',
  "author_email" text not null default '',
  "date" timestamptz not null,
  "subject" text not null default '',
  "body" text not null default '',
  "tags" text[] not null default '{}',
  primary key ("revision_id", "position")
);
`;
