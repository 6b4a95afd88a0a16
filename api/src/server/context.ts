import type { SqlEntityManager } from '@mikro-orm/sql';
import type { Config } from '../config.js';
import type { Database } from '../db/orm.js';
import { Loaders } from '../lib/loaders.js';
import type { IngestionService } from '../modules/ingestion/ingestion.service.js';
import type { LiveService } from '../modules/live/live.service.js';
import type { ReportsService } from '../modules/reports/reports.service.js';
import type { User } from '../modules/users/user.entity.js';
import type { UsersService } from '../modules/users/users.service.js';
import type { EnrichmentService } from '../modules/vcs/enrichment.service.js';

/** Long-lived parts every request can use. */
export interface Services {
  config: Config;
  db: Database;
  ingestion: IngestionService;
  reports: ReportsService;
  /** Live events: publishing after commit, and this process's watchers. */
  live: LiveService;
  users: UsersService;
  /** Version control: commit metadata, logs and history order, read in the background. */
  enrichment: EnrichmentService;
}

/** What each GraphQL operation sees: its own EntityManager, the caller, batched loaders. */
export interface Context {
  services: Services;
  em: SqlEntityManager;
  user: User | null;
  /** The client's address (the socket's peer), for per-address limits such as sign-in throttling. */
  clientAddress: string;
  loaders: Loaders;
}

export function createContext(services: Services, user: User | null, clientAddress: string): Context {
  const em = services.db.fork();
  return { services, em, user, clientAddress, loaders: new Loaders(em) };
}
