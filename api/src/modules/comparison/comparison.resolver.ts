import type { Kysely } from 'kysely';
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Column } from '../../analytics/comparison-columns.js';
import { parseId } from '../../lib/errors.js';
import type { Context } from '../../server/context.js';
import { Benchmark } from '../benchmarks/benchmark.entity.js';
import { Branch } from '../branches/branch.entity.js';
import { Environment } from '../environments/environment.entity.js';
import { Executable } from '../executables/executable.entity.js';
import { Project } from '../projects/project.entity.js';
import { Revision } from '../revisions/revision.entity.js';
import { ComparisonInput } from './comparison.inputs.js';
import { compare, listColumns } from './comparison.service.js';
import {
  Comparison,
  ComparisonChartOrientation,
  ComparisonChartType,
  ComparisonColumn,
  ComparisonColumnKind,
  ComparisonPoint,
  ComparisonQuantity,
  ComparisonSeries,
  ComparisonSettings,
} from './comparison.types.js';

const kysely = ({ em }: Context) => em.getKysely() as Kysely<unknown>;

const toColumn = (c: Column): ComparisonColumn => ({
  key: c.key,
  kind: c.kind === 'LATEST' ? ComparisonColumnKind.LATEST : ComparisonColumnKind.TAG,
  label: c.label,
  tag: c.kind === 'TAG' ? c.tag : null,
  projectId: c.projectId,
  executableId: c.executableId,
  branchId: c.branchId,
  revisionId: c.revisionId,
});

@Resolver()
export class ComparisonResolver {
  @Query(() => [ComparisonColumn], {
    description:
      'The columns the comparison page offers: per project and executable, the latest revision of each branch shown on comparison, then each tagged revision (only tags in COMPARISON_COMMIT_TAGS when set), oldest first. Only where the executable has results.',
  })
  async comparisonColumns(
    @Arg('projectId', () => ID, {
      nullable: true,
      description: 'Only this project’s columns; every project’s when omitted.',
    })
    projectId: string | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<ComparisonColumn[]> {
    const project = projectId ? parseId(projectId, 'projectId') : null;
    return (await listColumns(kysely(ctx), ctx.services.config.codespeed, project)).map(toColumn);
  }

  @Query(() => Comparison, {
    description:
      'Values of executables at chosen revisions side by side, per quantity and environment, normalized to a baseline column when there is one, with the geometric mean of each series.',
  })
  async comparison(
    @Arg('input', () => ComparisonInput, { nullable: true, description: 'What to compare; defaults when omitted.' })
    input: ComparisonInput | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<Comparison> {
    const result = await compare(kysely(ctx), ctx.services.config.codespeed, input ?? {});
    const columns = result.columns.map(toColumn);
    return {
      columns,
      baseline: result.baseline ? toColumn(result.baseline) : null,
      environmentIds: result.environmentIds,
      quantities: result.quantities.map((q) => ({
        unitsTitle: q.unitsTitle,
        units: q.units,
        lessIsBetter: q.lessIsBetter,
        benchmarkIds: q.benchmarkIds,
        series: q.series.map((s) => ({
          columnKey: columns[s.column]!.key,
          column: columns[s.column]!,
          points: s.points,
          geometricMean: s.geometricMean,
          environmentId: s.environmentId,
          revisionId: s.revisionId,
        })),
      })),
    };
  }

  @Query(() => ComparisonSettings, { description: 'How the comparison chart is drawn by default, from the settings.' })
  comparisonSettings(@Ctx() { services }: Context): ComparisonSettings {
    const { chartType, chartOrientation, normalization } = services.config.codespeed;
    const types = {
      'normal bars': 'NORMAL_BARS',
      'stacked bars': 'STACKED_BARS',
      'relative bars': 'RELATIVE_BARS',
    } as const;
    return {
      chartType: ComparisonChartType[types[chartType]],
      orientation:
        chartOrientation === 'horizontal' ? ComparisonChartOrientation.HORIZONTAL : ComparisonChartOrientation.VERTICAL,
      normalization,
    };
  }
}

@Resolver(() => Comparison)
export class ComparisonFieldsResolver {
  @FieldResolver(() => [Environment], {
    description: 'The environments compared: those asked for, or those with a value, by id.',
  })
  environments(@Root() comparison: Comparison, @Ctx() { loaders }: Context) {
    return Promise.all(comparison.environmentIds.map((id) => loaders.require(Environment, id)));
  }
}

@Resolver(() => ComparisonColumn)
export class ComparisonColumnResolver {
  @FieldResolver(() => Project, { description: 'The project of the executable.' })
  project(@Root() column: ComparisonColumn, @Ctx() { loaders }: Context) {
    return loaders.require(Project, column.projectId);
  }

  @FieldResolver(() => Executable, { description: 'The executable compared.' })
  executable(@Root() column: ComparisonColumn, @Ctx() { loaders }: Context) {
    return loaders.require(Executable, column.executableId);
  }

  @FieldResolver(() => Branch, { description: 'The branch: the one followed (LATEST) or the tagged revision’s.' })
  branch(@Root() column: ComparisonColumn, @Ctx() { loaders }: Context) {
    return loaders.require(Branch, column.branchId);
  }

  @FieldResolver(() => Revision, {
    description:
      'The tagged revision, or for LATEST the newest revision of the branch with results of the executable on any environment (a series says which revision it read on its environment).',
  })
  revision(@Root() column: ComparisonColumn, @Ctx() { loaders }: Context) {
    return loaders.require(Revision, column.revisionId);
  }
}

@Resolver(() => ComparisonQuantity)
export class ComparisonQuantityResolver {
  @FieldResolver(() => [Benchmark], {
    description: 'The benchmarks chosen of this quantity that have at least one value, by name.',
  })
  benchmarks(@Root() quantity: ComparisonQuantity, @Ctx() { loaders }: Context) {
    return Promise.all(quantity.benchmarkIds.map((id) => loaders.require(Benchmark, id)));
  }
}

@Resolver(() => ComparisonSeries)
export class ComparisonSeriesResolver {
  @FieldResolver(() => Environment, { description: 'The environment measured.' })
  environment(@Root() series: ComparisonSeries, @Ctx() { loaders }: Context) {
    return loaders.require(Environment, series.environmentId);
  }

  @FieldResolver(() => Revision, {
    description:
      'The revision read. For a LATEST column: the newest revision of the branch with results of the executable on this environment, so machines running at different paces each show their latest run.',
  })
  revision(@Root() series: ComparisonSeries, @Ctx() { loaders }: Context) {
    return loaders.require(Revision, series.revisionId);
  }
}

@Resolver(() => ComparisonPoint)
export class ComparisonPointResolver {
  @FieldResolver(() => Benchmark, { description: 'The benchmark measured.' })
  benchmark(@Root() point: ComparisonPoint, @Ctx() { loaders }: Context) {
    return loaders.require(Benchmark, point.benchmarkId);
  }
}

/** Every resolver of the comparison, for the schema's list. */
export const comparisonResolvers = [
  ComparisonResolver,
  ComparisonFieldsResolver,
  ComparisonColumnResolver,
  ComparisonQuantityResolver,
  ComparisonSeriesResolver,
  ComparisonPointResolver,
] as const;
