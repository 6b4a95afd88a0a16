import { Args, ArgsType, Ctx, Field, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { Max, Min } from 'class-validator';
import type { Kysely } from 'kysely';
import { badInput } from '../../lib/errors.js';
import type { Context } from '../../server/context.js';
import { Branch } from '../branches/branch.entity.js';
import { Project } from '../projects/project.entity.js';
import { Revision } from '../revisions/revision.entity.js';
import { commitUrl, shortIdOf } from './commit-url.js';
import { hasRepository } from './project-repository.js';
import { currentRepository } from './current-repository.js';
import { commitPage } from './revision-commits.sql.js';
import { CommitConnection, CommitLogStatus, type Commit } from './vcs.types.js';

@ArgsType()
class CommitsArgs {
  @Field(() => Int, { defaultValue: 50, description: 'How many commits to return, 1 to 500.' })
  @Min(1)
  @Max(500)
  first: number = 50;

  @Field(() => String, { nullable: true, description: 'The `endCursor` of the previous page.' })
  after?: string | null;
}

const CURSOR_PREFIX = 'commit:';

function afterPosition(after: string | null | undefined): number {
  if (!after) return -1;
  const decoded = Buffer.from(after, 'base64url').toString('utf8');
  const position = decoded.startsWith(CURSOR_PREFIX) ? Number(decoded.slice(CURSOR_PREFIX.length)) : NaN;
  if (!Number.isInteger(position) || position < 0) throw badInput('after', 'not a cursor returned by this API');
  return position;
}

const cursorOf = (position: number) => Buffer.from(`${CURSOR_PREFIX}${position}`).toString('base64url');

/** What version control adds to a revision: the author's e-mail, a link, the commit log. */
@Resolver(() => Revision)
export class RevisionVcsResolver {
  @FieldResolver(() => String, {
    description:
      'The author’s e-mail address from version control; empty when unknown or when SHOW_AUTHOR_EMAIL_ADDRESS is off.',
  })
  authorEmail(@Root() revision: Revision, @Ctx() { services }: Context): string {
    return services.config.codespeed.showAuthorEmailAddress ? revision.authorEmail : '';
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'A link to the commit: the project’s `commitBrowsingUrl` with `{commitid}`, `{shortid}`, `{author}` and `{branch}` filled; null without a template.',
  })
  async url(@Root() revision: Revision, @Ctx() { loaders }: Context): Promise<string | null> {
    const project = await loaders.require(Project, revision.project.id);
    if (!project.commitBrowsingUrl) return null;
    const branch = await loaders.require(Branch, revision.branch.id);
    return commitUrl(project.commitBrowsingUrl, {
      commitId: revision.commitId,
      shortId: shortIdOf(revision.commitId, project.repositoryType),
      author: revision.author,
      branch: branch.name,
    });
  }

  @FieldResolver(() => CommitLogStatus, {
    description:
      'Whether the revision’s metadata and commit log have been read from the repository. FAILED: the last attempt failed (the error is on `Project.repository`); it is retried automatically (5 s, 30 s, 2 min, 10 min later, then at the next upload), and at once by `syncRepository`.',
  })
  async commitLogStatus(@Root() revision: Revision, @Ctx() context: Context): Promise<CommitLogStatus> {
    const project = await context.loaders.require(Project, revision.project.id);
    if (!hasRepository(project)) return CommitLogStatus.NO_REPOSITORY;
    if (revision.enrichment === 'ready' || revision.enrichment === 'failed') {
      return revision.enrichment as CommitLogStatus;
    }
    // Waiting for a retry (5 s, 30 s, 2 min, 10 min) is stored as pending; its repository's failure is the news a
    // client needs, not "reading" for minutes.
    if ((await currentRepository(context, project))?.state === 'failed') return CommitLogStatus.FAILED;
    // A revision stored before its project had a repository ('none') waits for the next upload or syncRepository.
    return CommitLogStatus.PENDING;
  }

  @FieldResolver(() => CommitConnection, {
    description:
      'The commits since the previous revision of the branch in history order, newest first (this revision’s own commit first); empty until the repository has been read.',
  })
  async commits(
    @Root() revision: Revision,
    @Args() { first, after }: CommitsArgs,
    @Ctx() { em, loaders, services }: Context,
  ): Promise<CommitConnection> {
    const from = afterPosition(after);
    const [rows, project, branch] = await Promise.all([
      commitPage(em.getKysely() as Kysely<unknown>, revision.id, from, first),
      loaders.require(Project, revision.project.id),
      loaders.require(Branch, revision.branch.id),
    ]);
    const showEmail = services.config.codespeed.showAuthorEmailAddress;
    const page = rows.slice(0, first);
    const nodes = page.map((row): Commit => ({
      id: row.commit_id,
      shortId: row.short_id,
      author: row.author,
      authorEmail: showEmail ? row.author_email : '',
      date: new Date(row.date),
      subject: row.subject,
      body: row.body,
      tags: row.tags,
      url: commitUrl(project.commitBrowsingUrl, {
        commitId: row.commit_id,
        shortId: row.short_id,
        author: row.author,
        branch: branch.name,
      }),
    }));
    const last = page.at(-1);
    return {
      nodes,
      pageInfo: { hasNextPage: rows.length > first, endCursor: last ? cursorOf(last.position) : null },
      totalCount: revision.commitCount ?? 0,
    };
  }
}
