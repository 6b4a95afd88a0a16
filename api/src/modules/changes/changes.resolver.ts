import { Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Max, Min } from 'class-validator';
import type { Kysely } from 'kysely';
import { computeChanges } from '../../analytics/changes.js';
import {
  defaultEnvironment,
  defaultExecutable,
  latestRevisionWithResults,
  nextRevision,
} from '../../analytics/changes-defaults.sql.js';
import { notFound, parseId } from '../../lib/errors.js';
import type { Context } from '../../server/context.js';
import { Benchmark } from '../benchmarks/benchmark.entity.js';
import { Environment } from '../environments/environment.entity.js';
import { Executable } from '../executables/executable.entity.js';
import { Report } from '../reports/report.entity.js';
import { Revision } from '../revisions/revision.entity.js';
import { ChangesQuantity, ChangesRow } from './changes.types.js';
import { toQuantities } from './changes.shape.js';

@ObjectType({
  description: 'The changes table of a revision for one executable on one environment (Codespeed’s Changes view).',
})
export class Changes {
  revisionId!: number;
  executableId!: number;
  environmentId!: number;
  previousRevisionId!: number | null;

  @Field(() => Int, { description: 'Revisions looked back over for the trend.' })
  trendDepth!: number;

  @Field(() => [ChangesQuantity], { description: 'One table per quantity (units title), by name.' })
  quantities!: ChangesQuantity[];
}

@ArgsType()
class ChangesArgs {
  @Field(() => ID, {
    nullable: true,
    description: 'The revision; default: the latest with results for the executable and environment.',
  })
  revisionId?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The executable; default: DEF_EXECUTABLE, else the first with results.',
  })
  executableId?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The environment; default: DEF_ENVIRONMENT, else the first with results.',
  })
  environmentId?: string;

  @Field(() => Int, {
    nullable: true,
    description: 'How many revisions back the trend looks (Codespeed offers 5, 10, 20, 50, 100); default: TREND.',
  })
  @Min(3)
  @Max(1000)
  trendDepth?: number;
}

@Resolver(() => Changes)
export class ChangesResolver {
  @Query(() => Changes, {
    nullable: true,
    description: 'What changed at a revision: null when there are no results to show at all.',
  })
  async changes(@Args() args: ChangesArgs, @Ctx() { em, services, loaders }: Context): Promise<Changes | null> {
    const db = em.getKysely() as Kysely<unknown>;
    const settings = services.config.codespeed;
    const environmentId = args.environmentId
      ? parseId(args.environmentId, 'environmentId')
      : await defaultEnvironment(db, settings.defEnvironment);
    if (environmentId === null) return null;
    const executableId = args.executableId
      ? parseId(args.executableId, 'executableId')
      : await defaultExecutable(db, environmentId, settings.defExecutable);
    if (executableId === null) return null;
    const revisionId = args.revisionId
      ? parseId(args.revisionId, 'revisionId')
      : await latestRevisionWithResults(db, executableId, environmentId);
    if (revisionId === null) return null;
    // Through the loaders: one batch per entity, and the field resolvers below find them cached.
    const [revision, executable, environment] = await Promise.all([
      loaders.load(Revision, revisionId),
      loaders.load(Executable, executableId),
      loaders.load(Environment, environmentId),
    ]);
    if (!revision) throw notFound('revision', 'revisionId', String(revisionId));
    if (!executable) throw notFound('executable', 'executableId', String(executableId));
    if (!environment) throw notFound('environment', 'environmentId', String(environmentId));
    const trendDepth = args.trendDepth ?? settings.trend;
    const changes = await computeChanges(db, { revisionId, executableId, environmentId }, trendDepth);
    return {
      revisionId,
      executableId,
      environmentId,
      previousRevisionId: changes.window[1]?.id ?? null,
      trendDepth,
      quantities: toQuantities(changes.tables, settings),
    };
  }

  @FieldResolver(() => Revision, { description: 'The revision.' })
  revision(@Root() changes: Changes, @Ctx() { loaders }: Context) {
    return loaders.require(Revision, changes.revisionId);
  }

  @FieldResolver(() => Executable, { description: 'The executable.' })
  executable(@Root() changes: Changes, @Ctx() { loaders }: Context) {
    return loaders.require(Executable, changes.executableId);
  }

  @FieldResolver(() => Environment, { description: 'The environment.' })
  environment(@Root() changes: Changes, @Ctx() { loaders }: Context) {
    return loaders.require(Environment, changes.environmentId);
  }

  @FieldResolver(() => Report, {
    nullable: true,
    description: 'The stored report of this revision (summary, colour), if any.',
  })
  report(@Root() changes: Changes, @Ctx() { em }: Context) {
    return findReport(em, changes, changes.revisionId);
  }

  @FieldResolver(() => Revision, { nullable: true, description: 'The previous revision of the branch, if any.' })
  previousRevision(@Root() changes: Changes, @Ctx() { loaders }: Context) {
    return changes.previousRevisionId === null ? null : loaders.load(Revision, changes.previousRevisionId);
  }

  @FieldResolver(() => Report, { nullable: true, description: 'The report of the previous revision, for its summary.' })
  previousReport(@Root() changes: Changes, @Ctx() { em }: Context) {
    return changes.previousRevisionId === null ? null : findReport(em, changes, changes.previousRevisionId);
  }

  @FieldResolver(() => Revision, { nullable: true, description: 'The next revision of the branch, if any.' })
  async nextRevision(@Root() changes: Changes, @Ctx() { em, loaders }: Context) {
    const id = await nextRevisionOf(changes, em);
    return id === null ? null : loaders.load(Revision, id);
  }

  @FieldResolver(() => Report, { nullable: true, description: 'The report of the next revision, for its summary.' })
  async nextReport(@Root() changes: Changes, @Ctx() { em }: Context) {
    const id = await nextRevisionOf(changes, em);
    return id === null ? null : findReport(em, changes, id);
  }
}

@Resolver(() => ChangesRow)
export class ChangesRowResolver {
  @FieldResolver(() => Benchmark, { description: 'The benchmark of this row.' })
  benchmark(@Root() row: ChangesRow, @Ctx() { loaders }: Context) {
    return loaders.require(Benchmark, row.benchmarkInfo.id);
  }
}

/** The next revision is asked for by two fields: looked up once per answer. */
const nextRevisions = new WeakMap<Changes, Promise<number | null>>();
function nextRevisionOf(changes: Changes, em: Context['em']): Promise<number | null> {
  let next = nextRevisions.get(changes);
  if (!next) {
    next = nextRevision(em.getKysely() as Kysely<unknown>, changes.revisionId);
    nextRevisions.set(changes, next);
  }
  return next;
}

function findReport(em: Context['em'], changes: Changes, revisionId: number) {
  return em.findOne(Report, {
    revision: revisionId,
    executable: changes.executableId,
    environment: changes.environmentId,
  });
}
