import { ScriptMigration } from './statements.js';

/**
 * The whole Codespeed data model (docs/ARCHITECTURE.md, glossary), plus users and API tokens.
 * Written by hand so that every index is named and explained.
 */
export class Migration0001Initial extends ScriptMigration {
  protected readonly script = INITIAL;
}

const INITIAL = `
create table "project" (
  "id" serial primary key,
  "name" varchar(100) not null constraint "project_name_unique" unique,
  "repository_type" text not null default 'none'
    constraint "project_repository_type_check" check ("repository_type" in ('none', 'git', 'github', 'mercurial', 'subversion')),
  "repository_url" varchar(200) not null default '',
  "repository_user" varchar(100) not null default '',
  "repository_password" varchar(100) not null default '',
  "commit_browsing_url" varchar(200) not null default '',
  "track_changes" boolean not null default true,
  "default_branch" varchar(32) not null default ''
);

create table "branch" (
  "id" serial primary key,
  "name" varchar(32) not null,
  "project_id" int not null references "project" ("id") on delete cascade,
  "display_on_comparison_page" boolean not null default true,
  constraint "branch_project_id_name_unique" unique ("project_id", "name")
);

create table "revision" (
  "id" serial primary key,
  "commit_id" varchar(42) not null,
  "tag" varchar(100) not null default '',
  "date" timestamptz not null,
  "author" varchar(100) not null default '',
  "message" text not null default '',
  "project_id" int not null references "project" ("id") on delete cascade,
  "branch_id" int not null references "branch" ("id") on delete cascade,
  constraint "revision_branch_id_commit_id_unique" unique ("branch_id", "commit_id")
);
-- the history of a branch, newest first: changes, trend windows, timelines
create index "revision_branch_id_date_index" on "revision" ("branch_id", "date");
create index "revision_project_id_date_index" on "revision" ("project_id", "date");

create table "executable" (
  "id" serial primary key,
  "name" varchar(100) not null,
  "description" text not null default '',
  "project_id" int not null references "project" ("id") on delete cascade,
  constraint "executable_project_id_name_unique" unique ("project_id", "name")
);

create table "benchmark" (
  "id" serial primary key,
  "name" varchar(100) not null constraint "benchmark_name_unique" unique,
  "parent_id" int null references "benchmark" ("id") on delete set null,
  "benchmark_type" text not null default 'cross-project'
    constraint "benchmark_benchmark_type_check" check ("benchmark_type" in ('cross-project', 'own-project')),
  "data_type" text not null default 'mean'
    constraint "benchmark_data_type_check" check ("data_type" in ('mean', 'median')),
  "description" text not null default '',
  "units_title" varchar(30) not null default 'Time',
  "units" varchar(20) not null default 'seconds',
  "less_is_better" boolean not null default true,
  "default_on_comparison" boolean not null default true
);
create index "benchmark_parent_id_index" on "benchmark" ("parent_id");

create table "environment" (
  "id" serial primary key,
  "name" varchar(100) not null constraint "environment_name_unique" unique,
  "cpu" varchar(100) not null default '',
  "memory" varchar(100) not null default '',
  "os" varchar(100) not null default '',
  "kernel" varchar(100) not null default ''
);

create table "result" (
  "id" bigserial primary key,
  "value" double precision not null,
  "std_dev" double precision null,
  "min" double precision null,
  "max" double precision null,
  "q1" double precision null,
  "q3" double precision null,
  "date" timestamptz not null,
  "revision_id" int not null references "revision" ("id") on delete cascade,
  "executable_id" int not null references "executable" ("id") on delete cascade,
  "benchmark_id" int not null references "benchmark" ("id") on delete cascade,
  "environment_id" int not null references "environment" ("id") on delete cascade,
  -- one result per measurement: a second submission replaces the first (upsert target)
  constraint "result_measurement_unique" unique ("revision_id", "executable_id", "benchmark_id", "environment_id")
);
-- timelines: one benchmark on one environment across executables and revisions
create index "result_benchmark_id_environment_id_executable_id_index" on "result" ("benchmark_id", "environment_id", "executable_id");
-- reports and cascading deletes of an executable or environment
create index "result_executable_id_environment_id_index" on "result" ("executable_id", "environment_id");
create index "result_environment_id_index" on "result" ("environment_id");

create table "report" (
  "id" serial primary key,
  "revision_id" int not null references "revision" ("id") on delete cascade,
  "executable_id" int not null references "executable" ("id") on delete cascade,
  "environment_id" int not null references "environment" ("id") on delete cascade,
  "summary" varchar(64) not null default '',
  "colour" varchar(16) not null default 'none',
  "table" jsonb null,
  "updated_at" timestamptz not null default now(),
  constraint "report_revision_id_executable_id_environment_id_unique" unique ("revision_id", "executable_id", "environment_id")
);
create index "report_executable_id_index" on "report" ("executable_id");
create index "report_environment_id_index" on "report" ("environment_id");

create table "app_user" (
  "id" serial primary key,
  "username" varchar(150) not null constraint "app_user_username_unique" unique,
  "password_hash" varchar(255) not null,
  "is_admin" boolean not null default false,
  "created_at" timestamptz not null default now()
);

create table "api_token" (
  "id" serial primary key,
  "name" varchar(100) not null,
  "prefix" varchar(16) not null,
  "token_hash" varchar(64) not null constraint "api_token_token_hash_unique" unique,
  "user_id" int not null references "app_user" ("id") on delete cascade,
  "created_at" timestamptz not null default now(),
  "last_used_at" timestamptz null
);
create index "api_token_user_id_index" on "api_token" ("user_id");
`;
