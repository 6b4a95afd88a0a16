import type { Config } from './config.js';
import { openDatabase, type Database } from './db/orm.js';
import type { Logger } from './lib/logger.js';
import { AfterCommit, ReportRefresher } from './modules/ingestion/after-commit.js';
import { IngestionService } from './modules/ingestion/ingestion.service.js';
import { LiveService, type LiveOptions } from './modules/live/live.service.js';
import { ReportsService } from './modules/reports/reports.service.js';
import { UsersService } from './modules/users/users.service.js';
import { EnrichmentService } from './modules/vcs/enrichment.service.js';
import { startApp, type App } from './server/app.js';
import type { Services } from './server/context.js';

export interface Speedgraph {
  app: App;
  services: Services;
  url: string;
  stop(): Promise<void>;
}

/**
 * Builds the services on an open database; used by the server, the CLI and the
 * tests. Live events are published by all of them; only a server listens.
 */
export function createServices(config: Config, db: Database, log: Logger, liveOptions: LiveOptions = {}): Services {
  const ingestion = new IngestionService(db, (message, error) => log.error(message, error));
  const reports = new ReportsService(db, config);
  const live = new LiveService(db, log, liveOptions);
  const refresher = new ReportRefresher(reports, live);
  const enrichment = new EnrichmentService(db, config, refresher, live, log);
  const afterCommit = new AfterCommit(live, refresher, enrichment, log);
  ingestion.onCommitted((outcome) => afterCommit.run(outcome));
  return { config, db, ingestion, reports, live, users: new UsersService(db), enrichment };
}

/** Opens the database (migrating it), then serves everything on one port. */
export async function startSpeedgraph(config: Config, log: Logger): Promise<Speedgraph> {
  const db = await openDatabase({
    url: config.databaseUrl,
    dataDir: config.dataDir,
    statementTimeoutSeconds: config.statementTimeoutSeconds,
  });
  const speedgraph = await serveOn(config, db, log);
  const admin = await speedgraph.services.users.bootstrapAdmin();
  if (admin) {
    log.info(
      `First start: created the admin user "${admin.username}" with password ${admin.password} ` +
        `and the API token ${admin.token} (shown once: keep them; the CLI's createtoken makes more).`,
    );
  }
  return {
    ...speedgraph,
    stop: async () => {
      await speedgraph.stop();
      await db.close();
    },
  };
}

/** Serves on a database someone else opened and will close (tests share one per file). */
export async function serveOn(
  config: Config,
  db: Database,
  log: Logger,
  liveOptions: LiveOptions = {},
): Promise<Speedgraph> {
  const services = createServices(config, db, log, liveOptions);
  await services.live.start();
  const app = await startApp(services, log).catch(async (error: unknown) => {
    await services.live.stop();
    throw error;
  });
  await services.enrichment.start();
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${app.port}`;
  log.info(
    `Speedgraph on ${url} (database: ${db.kind === 'embedded' ? `embedded in ${config.dataDir}` : 'PostgreSQL server'}); GraphQL at ${url}/graphql`,
  );
  return {
    app,
    services,
    url,
    stop: async () => {
      await services.enrichment.stop();
      await app.stop();
      await services.live.stop();
    },
  };
}
