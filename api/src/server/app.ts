import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { sql } from 'kysely';
import { feedRoutes } from '../codespeed/feeds.js';
import { codespeedRoutes } from '../codespeed/routes.js';
import { isStatementTimeout, STATEMENT_TIMEOUT_MESSAGE } from '../lib/database-errors.js';
import type { Logger } from '../lib/logger.js';
import { createContext, type Context, type Services } from './context.js';
import { discardUnreadBody, formatBytes } from './bodies.js';
import { clientAddress } from './credentials.js';
import { graphqlUser } from './graphql-auth.js';
import { formatError } from './format-error.js';
import { operationLimits } from './operation-limits.js';
import { createSchema } from './schema.js';
import { attachLiveSockets, type LiveSockets } from './ws.js';

export interface App {
  server: http.Server;
  /** The port actually bound (useful with port 0). */
  port: number;
  /** The WebSocket side of /graphql (subscriptions). */
  sockets: LiveSockets;
  stop(): Promise<void>;
}

const here = path.dirname(fileURLToPath(import.meta.url));

/** One process, one port: GraphQL, the Codespeed endpoints, health, and the dashboard. */
export async function startApp(services: Services, log: Logger): Promise<App> {
  const app = express();
  app.disable('x-powered-by');
  const server = http.createServer(app);
  const dashboardDir = services.config.dashboardDir ?? path.resolve(here, '../../../dashboard/dist');

  // One schema for both doors to /graphql; its pubSub is this process's live hub.
  const schema = await createSchema(services.live.hub);
  const sockets = attachLiveSockets(server, schema, services, log);
  // The same limits as the WebSocket door's (ws.ts): refused while validating, before anything runs.
  const limits = operationLimits(services.config.graphqlLimits);
  const apollo = new ApolloServer<Context>({
    schema,
    parseOptions: limits.parseOptions,
    validationRules: limits.validationRules,
    formatError: formatError((message, detail) => log.error(message, detail)),
    // Apollo's landing page loads from a CDN; the explorer is ours, served below.
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: server }),
      ApolloServerPluginLandingPageDisabled(),
      // We set no cache hints, and the plugin wraps every field resolver: 15-30 % of a timeline request's CPU.
      ApolloServerPluginCacheControlDisabled(),
    ],
    introspection: true,
  });
  await apollo.start();

  app.get('/healthz', async (_req, res) => {
    try {
      await sql`select 1`.execute(services.db.fork().getKysely());
      res.json({ status: 'ok', database: services.db.kind });
    } catch (error) {
      log.error('health check: database unreachable', error);
      res.status(503).json({ status: 'unavailable', database: services.db.kind });
    }
  });

  app.use(codespeedRoutes(services.config, services.ingestion, services.users));
  app.use(feedRoutes(services));

  app.get('/graphql', explorerPage(dashboardDir));
  app.use(
    '/graphql',
    express.json({ limit: services.config.maxBodyBytes }),
    discardUnreadBody(services.config.maxBodyBytes),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const address = clientAddress(req, services.config.trustedProxies);
        return createContext(services, await graphqlUser(services.users, req.headers.authorization, address), address);
      },
    }),
  );

  serveDashboard(app, dashboardDir, log);

  app.use((error: unknown, req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error);
    const status = (error as { status?: number }).status;
    if (status && status >= 400 && status < 500) {
      // Body parser errors: malformed JSON, a body over the limit.
      res
        .status(status)
        .type('text/plain')
        .send(bodyError(error as Error & { type?: string }, services.config.maxBodyBytes));
      return;
    }
    if (isStatementTimeout(error)) {
      log.warn(`an HTTP request ran past the statement time box: ${req.method} ${req.path}`);
      res.status(503).set('Retry-After', '5').type('text/plain').send(STATEMENT_TIMEOUT_MESSAGE);
      return;
    }
    log.error('unexpected error in an HTTP request', error);
    res.status(500).type('text/plain').send('Internal server error');
  });

  await new Promise<void>((resolve) => server.listen(services.config.port, services.config.host, resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : services.config.port;
  return {
    server,
    port,
    sockets,
    stop: async () => {
      await sockets.close();
      await apollo.stop();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function bodyError(error: Error & { type?: string }, limit: number): string {
  if (error.type === 'entity.parse.failed') return `Malformed JSON: ${error.message}`;
  if (error.type === 'entity.too.large') return `Request body too large: at most ${formatBytes(limit)} (MAX_BODY_MB)`;
  return error.message;
}

/**
 * A browser's GET /graphql: the GraphQL explorer (GraphiQL) from the dashboard
 * build, self-hosted so it works offline and behind firewalls. Only for a
 * request that prefers HTML and carries no query: curl (which accepts
 * anything, JSON first) and GET queries (?query=...) still reach Apollo.
 */
function explorerPage(dashboardDir: string): RequestHandler {
  const page = path.join(dashboardDir, 'graphiql.html');
  return (req, res, next) => {
    if (req.query['query'] !== undefined || req.accepts(['application/json', 'text/html']) !== 'text/html') {
      return next();
    }
    // Looked up on each request, so a build made after the server started is picked up.
    res.sendFile(page, (error) => {
      if (!error || res.headersSent) return;
      res
        .status(404)
        .type('text/plain')
        .send('The GraphQL explorer is not built: run "npm run build". Queries: POST JSON to /graphql.');
    });
  };
}

/** The built single-page app: files as they are, every other path to index.html. */
function serveDashboard(app: express.Express, dir: string, log: Logger) {
  const index = path.join(dir, 'index.html');
  if (!fs.existsSync(index)) {
    log.warn(`dashboard not built (no ${index}): run "npm run build"`);
    app.get('/', (_req, res) => {
      res.type('text/plain').send('Speedgraph API is running. The dashboard is not built: run "npm run build".');
    });
    return;
  }
  app.use(express.static(dir, { index: false, maxAge: '1h' }));
  app.get(/^\/(?!graphql|result\/|feeds\/|healthz).*/, (_req, res) => res.sendFile(index));
}
