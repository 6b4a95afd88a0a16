import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, type AuthChecker, type NonEmptyArray } from 'type-graphql';
import { forbidden, unauthenticated } from '../lib/errors.js';
import { BenchmarkResolver } from '../modules/benchmarks/benchmark.resolver.js';
import { BranchResolver } from '../modules/branches/branch.resolver.js';
import { comparisonResolvers } from '../modules/comparison/comparison.resolver.js';
import { EnvironmentResolver } from '../modules/environments/environment.resolver.js';
import { ExecutableResolver } from '../modules/executables/executable.resolver.js';
import { IngestionResolver } from '../modules/ingestion/ingestion.resolver.js';
import { ProjectResolver } from '../modules/projects/project.resolver.js';
import { ResultResolver } from '../modules/results/result.resolver.js';
import { RevisionResolver } from '../modules/revisions/revision.resolver.js';
import { ApiTokenResolver } from '../modules/users/api-token.resolver.js';
import { UserResolver } from '../modules/users/user.resolver.js';
import { timelineResolvers } from '../modules/timeline/timeline.resolver.js';
import { ChangesResolver, ChangesRowResolver } from '../modules/changes/changes.resolver.js';
import { ReportResolver } from '../modules/reports/report.resolver.js';
import { SiteResolver } from '../modules/site/site.resolver.js';
import { SessionResolver } from '../modules/users/session.resolver.js';
import type { Context } from './context.js';

/** The committed schema file, emitted from the code and checked for drift. */
export const SCHEMA_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../schema.graphql');

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- type-graphql takes resolver classes of any shape
export const resolvers: NonEmptyArray<Function> = [
  ProjectResolver,
  BranchResolver,
  ExecutableResolver,
  BenchmarkResolver,
  RevisionResolver,
  EnvironmentResolver,
  IngestionResolver,
  ResultResolver,
  UserResolver,
  ApiTokenResolver,
  ...comparisonResolvers,
  ...timelineResolvers,
  ReportResolver,
  ChangesResolver,
  ChangesRowResolver,
  SiteResolver,
  SessionResolver,
];

/** `@Authorized()` needs a signed-in user or token; `@Authorized('ADMIN')` an admin. */
const authChecker: AuthChecker<Context> = ({ context }, roles) => {
  if (!context.user) throw unauthenticated();
  if (roles.includes('ADMIN') && !context.user.isAdmin) throw forbidden('Only an admin may do this');
  return true;
};

export function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    authChecker,
    validate: { forbidUnknownValues: false },
    emitSchemaFile: false,
  });
}
