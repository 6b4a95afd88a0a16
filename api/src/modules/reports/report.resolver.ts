import {
  Arg,
  Args,
  ArgsType,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { FilterQuery } from '@mikro-orm/core';
import { Connection, PageArgs } from '../../lib/connection.js';
import { findOrFail } from '../../lib/crud.js';
import { parseId } from '../../lib/errors.js';
import { paginate } from '../../lib/paginate.js';
import type { Context } from '../../server/context.js';
import { Environment } from '../environments/environment.entity.js';
import { Executable } from '../executables/executable.entity.js';
import { Project } from '../projects/project.entity.js';
import { Revision } from '../revisions/revision.entity.js';
import { Report, ReportColour } from './report.entity.js';

@ObjectType({ description: 'A page of reports, newest revision first.' })
export class ReportConnection extends Connection(Report) {}

@ArgsType()
class ReportsArgs extends PageArgs {
  @Field({ defaultValue: false, description: 'Only reports with a significant change (red or green).' })
  significantOnly: boolean = false;

  @Field(() => ID, { nullable: true, description: 'Only this project’s reports.' })
  projectId?: string;

  @Field(() => ID, { nullable: true, description: 'Only reports of this executable.' })
  executableId?: string;

  @Field(() => ID, { nullable: true, description: 'Only reports on this environment.' })
  environmentId?: string;
}

@InputType({ description: 'Which project’s reports to recompute.' })
class RecalculateReportsInput {
  @Field(() => ID, { description: 'The project.' })
  projectId!: string;
}

@ObjectType({ description: 'What a recalculation did.' })
class RecalculateReportsPayload {
  @Field(() => Int, {
    description: 'Reports written (revisions without a previous one, or only partly uploaded, get none).',
  })
  reportsWritten!: number;
}

@Resolver(() => Report)
export class ReportResolver {
  @Query(() => ReportConnection, {
    description: 'The latest reports of tracked projects (what Codespeed’s home page and feeds list).',
  })
  reports(
    @Args() { significantOnly, projectId, executableId, environmentId, ...page }: ReportsArgs,
    @Ctx() { em }: Context,
  ) {
    const where: FilterQuery<Report> = {
      revision: { project: { trackChanges: true, ...(projectId ? { id: parseId(projectId, 'projectId') } : {}) } },
      ...(significantOnly ? { colour: { $in: [ReportColour.RED, ReportColour.GREEN] } } : {}),
      ...(executableId ? { executable: parseId(executableId, 'executableId') } : {}),
      ...(environmentId ? { environment: parseId(environmentId, 'environmentId') } : {}),
    };
    return paginate(em, Report, where, page, { revision: { date: 'desc' }, id: 'desc' }, true, ['revision']);
  }

  @Query(() => Report, {
    nullable: true,
    description: 'The report of one revision, executable and environment, if it has one.',
  })
  report(
    @Arg('revisionId', () => ID, { description: 'The revision.' }) revisionId: string,
    @Arg('executableId', () => ID, { description: 'The executable.' }) executableId: string,
    @Arg('environmentId', () => ID, { description: 'The environment.' }) environmentId: string,
    @Ctx() { em }: Context,
  ) {
    return em.findOne(Report, {
      revision: parseId(revisionId, 'revisionId'),
      executable: parseId(executableId, 'executableId'),
      environment: parseId(environmentId, 'environmentId'),
    });
  }

  @Authorized()
  @Mutation(() => RecalculateReportsPayload, {
    description: 'Recomputes every report of a project, for instance after changing the thresholds or the trend depth.',
  })
  async recalculateReports(
    @Arg('input', { description: 'Which project.' }) input: RecalculateReportsInput,
    @Ctx() { em, services }: Context,
  ): Promise<RecalculateReportsPayload> {
    const project = await findOrFail(em, Project, parseId(input.projectId, 'projectId'), 'projectId');
    return { reportsWritten: await services.reports.recalculateProject(project.id) };
  }

  @FieldResolver(() => Boolean, { description: 'Whether the summary is a significant change (red or green).' })
  significant(@Root() report: Report) {
    return report.colour === ReportColour.RED || report.colour === ReportColour.GREEN;
  }

  @FieldResolver(() => Revision, { description: 'The revision reported on.' })
  revision(@Root() report: Report, @Ctx() { loaders }: Context) {
    return loaders.require(Revision, report.revision.id);
  }

  @FieldResolver(() => Executable, { description: 'The executable reported on.' })
  executable(@Root() report: Report, @Ctx() { loaders }: Context) {
    return loaders.require(Executable, report.executable.id);
  }

  @FieldResolver(() => Environment, { description: 'The environment reported on.' })
  environment(@Root() report: Report, @Ctx() { loaders }: Context) {
    return loaders.require(Environment, report.environment.id);
  }
}
