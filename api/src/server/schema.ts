import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, type AuthChecker, type NonEmptyArray, type PubSub } from 'type-graphql';
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
import { LiveResolver } from '../modules/live/live.resolver.js';
import { RepositoryResolver } from '../modules/vcs/repository.resolver.js';
import { RevisionVcsResolver } from '../modules/vcs/revision-vcs.resolver.js';
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
  LiveResolver,
  RevisionVcsResolver,
  RepositoryResolver,
];

/** `@Authorized()` needs a signed-in user or token; `@Authorized('ADMIN')` an admin. */
const authChecker: AuthChecker<Context> = ({ context }, roles) => {
  if (!context.user) throw unauthenticated();
  if (roles.includes('ADMIN') && !context.user.isAdmin) throw forbidden('Only an admin may do this');
  return true;
};

/**
 * Subscriptions are served by a schema built with the process's live hub as
 * `pubSub`; the one built without (schema emission) has no watchers to serve.
 */
const NO_LIVE_UPDATES: PubSub = {
  publish: () => {},
  subscribe: () => {
    throw new Error('this schema was built without a live hub: subscriptions are not served');
  },
};

export function createSchema(pubSub: PubSub = NO_LIVE_UPDATES): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    authChecker,
    pubSub,
    validate: { forbidUnknownValues: false },
    emitSchemaFile: false,
  });
}
