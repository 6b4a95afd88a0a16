import {
  Args,
  ArgsType,
  Field,
  FieldResolver,
  ID,
  InputType,
  ObjectType,
  Query,
  Resolver,
  Root,
  Ctx,
  Arg,
} from 'type-graphql';
import { MaxLength } from 'class-validator';
import type { FilterQuery } from '@mikro-orm/core';
import { Connection, PageArgs } from '../../lib/connection.js';
import { parseId } from '../../lib/errors.js';
import { paginate } from '../../lib/paginate.js';
import type { Context } from '../../server/context.js';
import { Benchmark } from '../benchmarks/benchmark.entity.js';
import { Environment } from '../environments/environment.entity.js';
import { Executable } from '../executables/executable.entity.js';
import { Revision } from '../revisions/revision.entity.js';
import { Result } from './result.entity.js';

@ObjectType({ description: 'A page of results, oldest stored first.' })
export class ResultConnection extends Connection(Result, false) {}

@InputType({ description: 'Which results to list. Every field given must match; names are as clients send them.' })
export class ResultFilter {
  @Field({ nullable: true, description: 'Project name.' })
  @MaxLength(100)
  project?: string;

  @Field({ nullable: true, description: 'Branch name (within the project, when one is given).' })
  @MaxLength(32)
  branch?: string;

  @Field({ nullable: true, description: 'Commit id of the revision.' })
  @MaxLength(42)
  commitId?: string;

  @Field(() => ID, { nullable: true, description: 'Id of the revision.' })
  revisionId?: string;

  @Field({ nullable: true, description: 'Executable name.' })
  @MaxLength(100)
  executable?: string;

  @Field({ nullable: true, description: 'Benchmark name.' })
  @MaxLength(100)
  benchmark?: string;

  @Field({ nullable: true, description: 'Environment name.' })
  @MaxLength(100)
  environment?: string;
}

@ArgsType()
class ResultsArgs extends PageArgs {
  @Field(() => ResultFilter, { nullable: true, description: 'Which results; all when omitted.' })
  filter?: ResultFilter;
}

@Resolver(() => Result)
export class ResultResolver {
  @Query(() => ResultConnection, {
    description: 'Stored results, filtered by project, branch, revision, executable, benchmark and environment.',
  })
  results(@Args() { filter, ...page }: ResultsArgs, @Ctx() { em }: Context) {
    return paginate(em, Result, resultWhere(filter ?? {}), page, { id: 'asc' }, false);
  }

  @Query(() => Result, { nullable: true, description: 'One result by id.' })
  result(@Arg('id', () => ID, { description: 'Its id.' }) id: string, @Ctx() { em }: Context) {
    return em.findOne(Result, { id: String(parseId(id)) });
  }

  @FieldResolver(() => Revision, { description: 'The revision measured.' })
  revision(@Root() result: Result, @Ctx() { loaders }: Context) {
    return loaders.require(Revision, result.revision.id);
  }

  @FieldResolver(() => Executable, { description: 'The executable measured.' })
  executable(@Root() result: Result, @Ctx() { loaders }: Context) {
    return loaders.require(Executable, result.executable.id);
  }

  @FieldResolver(() => Benchmark, { description: 'The benchmark measured.' })
  benchmark(@Root() result: Result, @Ctx() { loaders }: Context) {
    return loaders.require(Benchmark, result.benchmark.id);
  }

  @FieldResolver(() => Environment, { description: 'The machine it was measured on.' })
  environment(@Root() result: Result, @Ctx() { loaders }: Context) {
    return loaders.require(Environment, result.environment.id);
  }
}

function resultWhere(filter: ResultFilter): FilterQuery<Result> {
  const revision: Record<string, unknown> = {};
  if (filter.revisionId) revision['id'] = parseId(filter.revisionId, 'filter.revisionId');
  if (filter.commitId) revision['commitId'] = filter.commitId;
  if (filter.branch) revision['branch'] = { name: filter.branch };
  if (filter.project) revision['project'] = { name: filter.project };
  const where: Record<string, unknown> = {};
  if (Object.keys(revision).length) where['revision'] = revision;
  if (filter.executable)
    where['executable'] = { name: filter.executable, ...(filter.project ? { project: { name: filter.project } } : {}) };
  if (filter.benchmark) where['benchmark'] = { name: filter.benchmark };
  if (filter.environment) where['environment'] = { name: filter.environment };
  return where as FilterQuery<Result>;
}
