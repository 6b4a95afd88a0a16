import { Field, ID, InputType, ObjectType, registerEnumType, Float } from 'type-graphql';
import { Connection } from '../../lib/connection.js';
import { Project, RepositoryType } from '../projects/project.entity.js';

@ObjectType({ description: 'One commit of a repository, as the changes view lists it.' })
export class Commit {
  @Field(() => ID, { description: 'The full commit id: a hash, or the revision number for Subversion.' })
  id!: string;

  @Field({
    description: 'The id people quote: 7 characters of a git hash, 12 for Mercurial, the number for Subversion.',
  })
  shortId!: string;

  @Field({ description: 'Who wrote the commit.' })
  author!: string;

  @Field({ description: 'The author’s e-mail address; empty when unknown or when SHOW_AUTHOR_EMAIL_ADDRESS is off.' })
  authorEmail!: string;

  @Field({ description: 'When the commit was made (git: the committer date).' })
  date!: Date;

  @Field({ description: 'The first line of the commit message.' })
  subject!: string;

  @Field({ description: 'The rest of the message, trimmed; empty when there is none.' })
  body!: string;

  @Field(() => [String], { description: 'Tags pointing at this commit.' })
  tags!: string[];

  @Field(() => String, {
    nullable: true,
    description: 'A link to the commit in a repository browser (the project’s `commitBrowsingUrl`); null without one.',
  })
  url!: string | null;
}

@ObjectType({ description: 'A page of commits, newest first.' })
export class CommitConnection extends Connection(Commit) {}

export enum CommitLogStatus {
  NO_REPOSITORY = 'none',
  PENDING = 'pending',
  READY = 'ready',
  FAILED = 'failed',
}

registerEnumType(CommitLogStatus, {
  name: 'CommitLogStatus',
  description: 'Whether a revision’s metadata and commit log have been read from its repository.',
  valuesConfig: {
    NO_REPOSITORY: { description: 'The project has no repository: there is no log to read.' },
    PENDING: { description: 'Waiting to be read (the repository is being cloned or fetched, or is queued).' },
    READY: { description: 'Read: `commits` lists the log since the previous revision.' },
    FAILED: {
      description:
        'The last attempt failed: the repository could not be read (the error is on `Project.repository`; it is retried automatically), or it does not hold the commit.',
    },
  },
});

export enum RepositoryState {
  NOT_SYNCED = 'not_synced',
  SYNCING = 'syncing',
  READY = 'ready',
  FAILED = 'failed',
}

registerEnumType(RepositoryState, {
  name: 'RepositoryState',
  description: 'Where the local copy of a project’s repository stands.',
  valuesConfig: {
    NOT_SYNCED: { description: 'Not cloned or read yet: it will be when a revision needs it.' },
    SYNCING: { description: 'Being cloned or fetched now (see `progress` and `phase`).' },
    READY: { description: 'Up to date as of `lastSyncedAt`.' },
    FAILED: { description: 'The last attempt failed (see `error`); retried later, or now with `syncRepository`.' },
  },
});

@ObjectType({ description: 'The state of a project’s repository, for the admin page.' })
export class RepositoryStatus {
  @Field(() => RepositoryType, { description: 'The kind of repository.' })
  kind!: RepositoryType;

  @Field(() => String, {
    nullable: true,
    description: 'What reads it: nodegit, git (the command), github, hg or svn; null before the first attempt.',
  })
  implementation!: string | null;

  @Field(() => RepositoryState, { description: 'Where the local copy stands.' })
  state!: RepositoryState;

  @Field(() => Float, { nullable: true, description: 'How far the current clone or fetch is, 0 to 1, when known.' })
  progress!: number | null;

  @Field({
    description: 'What the current clone or fetch is doing ("receiving objects 1,200/5,000"); empty when idle.',
  })
  phase!: string;

  @Field({ description: 'Why the last attempt failed; empty when it did not.' })
  error!: string;

  @Field(() => Date, { nullable: true, description: 'When the repository was last read successfully.' })
  lastSyncedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was last tried, successfully or not.' })
  lastAttemptAt!: Date | null;
}

@InputType({ description: 'Which project’s repository to fetch now.' })
export class SyncRepositoryInput {
  @Field(() => ID, { description: 'The project.' })
  projectId!: string;
}

@ObjectType({ description: 'The project whose repository is being fetched.' })
export class SyncRepositoryPayload {
  @Field(() => Project, { description: 'The project; its `repository` shows the fetch under way.' })
  project!: Project;
}
