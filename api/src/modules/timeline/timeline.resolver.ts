import type { Kysely } from 'kysely';
import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../server/context.js';
import { Benchmark } from '../benchmarks/benchmark.entity.js';
import { Branch } from '../branches/branch.entity.js';
import { Environment } from '../environments/environment.entity.js';
import { Executable } from '../executables/executable.entity.js';
import { Revision } from '../revisions/revision.entity.js';
import { TimelineGridInput, TimelineInput } from './timeline.inputs.js';
import { timeline, timelineGrid } from './timeline.service.js';
import {
  BenchmarkTimeline,
  Timeline,
  TimelineBaseline,
  TimelineGrid,
  TimelineScope,
  TimelineSeries,
} from './timeline.types.js';

const deps = ({ em, loaders, services }: Context) => ({
  db: em.getKysely() as Kysely<unknown>,
  loaders,
  config: services.config.codespeed,
});

@Resolver(() => Timeline)
export class TimelineResolver {
  @Query(() => Timeline, {
    description:
      'Timelines of benchmarks: for each, a series of the last results per executable and branch on one environment, and a baseline value.',
  })
  timeline(
    @Arg('input', () => TimelineInput, { description: 'What to draw; every field has a default.' })
    input: TimelineInput,
    @Ctx() ctx: Context,
  ) {
    return timeline(deps(ctx), input);
  }

  @Query(() => TimelineGrid, {
    description: 'The timeline grid: the last results of every benchmark with results, a page of benchmarks at a time.',
  })
  timelineGrid(
    @Arg('input', () => TimelineGridInput, { description: 'What to draw and which page; every field has a default.' })
    input: TimelineGridInput,
    @Ctx() ctx: Context,
  ) {
    return timelineGrid(deps(ctx), input);
  }
}

@Resolver(() => TimelineScope)
export class TimelineScopeResolver {
  @FieldResolver(() => Environment, {
    nullable: true,
    description: 'The environment shown; null when no environment has results yet.',
  })
  environment(@Root() scope: TimelineScope, @Ctx() { loaders }: Context) {
    return scope.environmentId === null ? null : loaders.load(Environment, scope.environmentId);
  }

  @FieldResolver(() => [Executable], { description: 'The executables shown, in series order.' })
  executables(@Root() scope: TimelineScope, @Ctx() { loaders }: Context) {
    return Promise.all(scope.executableIds.map((id) => loaders.require(Executable, id)));
  }
}

@Resolver(() => TimelineBaseline)
export class TimelineBaselineResolver {
  @FieldResolver(() => Executable, { description: 'The executable whose value is the baseline.' })
  executable(@Root() baseline: TimelineBaseline, @Ctx() { loaders }: Context) {
    return loaders.require(Executable, baseline.executableId);
  }

  @FieldResolver(() => Revision, { description: 'The revision the value is taken at.' })
  revision(@Root() baseline: TimelineBaseline, @Ctx() { loaders }: Context) {
    return loaders.require(Revision, baseline.revisionId);
  }
}

@Resolver(() => BenchmarkTimeline)
export class BenchmarkTimelineResolver {
  @FieldResolver(() => Benchmark, {
    description: 'The benchmark, with its units, units title, less-is-better and data type.',
  })
  benchmark(@Root() timeline: BenchmarkTimeline, @Ctx() { loaders }: Context) {
    return loaders.require(Benchmark, timeline.benchmarkId);
  }
}

@Resolver(() => TimelineSeries)
export class TimelineSeriesResolver {
  @FieldResolver(() => Executable, { description: 'The executable measured.' })
  executable(@Root() series: TimelineSeries, @Ctx() { loaders }: Context) {
    return loaders.require(Executable, series.executableId);
  }

  @FieldResolver(() => Branch, { description: 'The branch whose revisions make the x axis.' })
  branch(@Root() series: TimelineSeries, @Ctx() { loaders }: Context) {
    return loaders.require(Branch, series.branchId);
  }
}

/** Every resolver of the Timeline, for the schema's list. */
export const timelineResolvers = [
  TimelineResolver,
  TimelineScopeResolver,
  TimelineBaselineResolver,
  BenchmarkTimelineResolver,
  TimelineSeriesResolver,
] as const;
