import type http from 'node:http';
import type { Duplex } from 'node:stream';
import { GraphQLError, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import { CloseCode } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { Logger } from '../lib/logger.js';
import { sharedSubscribe } from '../modules/live/shared-execution.js';
import type { User } from '../modules/users/user.entity.js';
import { createContext, type Context, type Services } from './context.js';
import { formatError } from './format-error.js';
import { clientAddress } from './credentials.js';
import { graphqlUser } from './graphql-auth.js';
import { operationLimits, prepareOperation } from './operation-limits.js';

/** Standard WebSocket close code 1013, "try again later": graphql-ws clients retry it. */
const TRY_AGAIN_LATER = 1013;
/** A client message (a subscribe) is small; this bounds what one socket can make us buffer. */
const MAX_MESSAGE_BYTES = 1024 * 1024;
/** Codes of the live errors a client acts on (resubscribe, close a subscription), passed through as they are. */
const LIVE_CODES = new Set(['TOO_MANY_SUBSCRIPTIONS', 'SUBSCRIPTION_FELL_BEHIND']);

export interface LiveSockets {
  /** Open WebSocket connections now. */
  connections(): number;
  close(): Promise<void>;
}

/**
 * graphql-ws (protocol graphql-transport-ws) on the HTTP server's own port
 * and path, /graphql: subscriptions, and queries or mutations if a client
 * sends them this way. The caller is whoever the connection's token says, as
 * for HTTP requests: anonymous may watch, a wrong token is refused.
 */
export function attachLiveSockets(
  server: http.Server,
  schema: GraphQLSchema,
  services: Services,
  log: Logger,
): LiveSockets {
  const { maxConnections, maxSubscriptionsPerConnection } = services.config.live;
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
  const users = new WeakMap<object, User | null>();
  // The same limits as the HTTP door's (app.ts), so no operation is refused by one door and run by the other.
  const limits = operationLimits(services.config.graphqlLimits);
  const format = formatError((message, detail) => log.error(message, detail));
  const formatted = (error: GraphQLError): GraphQLFormattedError => {
    const json = error.toJSON();
    return LIVE_CODES.has(String(json.extensions?.['code'])) ? json : format(json, error);
  };

  const addressOf = (request: http.IncomingMessage) => clientAddress(request, services.config.trustedProxies);

  const onUpgrade = (request: http.IncomingMessage, socket: Duplex, head: Buffer) => {
    if (new URL(request.url ?? '/', 'http://localhost').pathname !== '/graphql') {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => {
      // Accepted then closed, rather than refused at the HTTP level, so a client can read why.
      if (wss.clients.size > maxConnections) {
        ws.close(
          TRY_AGAIN_LATER,
          `Too many live connections: this server takes ${maxConnections} (LIVE_MAX_CONNECTIONS); try again later`,
        );
        return;
      }
      wss.emit('connection', ws, request);
    });
  };
  server.on('upgrade', onUpgrade);

  useServer(
    {
      schema,
      onConnect: async (ctx) => {
        const header = authorization(ctx.connectionParams) ?? ctx.extra.request.headers.authorization;
        try {
          users.set(ctx, await graphqlUser(services.users, header, addressOf(ctx.extra.request)));
          return true;
        } catch (error) {
          const code = error instanceof GraphQLError ? error.extensions['code'] : null;
          if (!(error instanceof GraphQLError) || (code !== 'UNAUTHENTICATED' && code !== 'TOO_MANY_ATTEMPTS')) {
            throw error;
          }
          // 4401 is fatal to graphql-ws clients: retrying a wrong token cannot help.
          ctx.extra.socket.close(CloseCode.Unauthorized, closeReason(error.message));
          return false;
        }
      },
      onSubscribe: (ctx, _id, payload) => {
        // graphql-ws has already counted the new operation in ctx.subscriptions.
        const active = Object.keys(ctx.subscriptions).length;
        if (active > maxSubscriptionsPerConnection) {
          return [
            new GraphQLError(
              `Too many subscriptions on this connection: at most ${maxSubscriptionsPerConnection} at once ` +
                '(LIVE_MAX_SUBSCRIPTIONS_PER_CONNECTION); complete one first, or open another connection.',
              { extensions: { code: 'TOO_MANY_SUBSCRIPTIONS' } },
            ),
          ];
        }
        // Parsed and validated here, as Apollo does over HTTP: graphql-ws's own parse checks no limit.
        const document = prepareOperation(schema, limits, payload.query);
        if (Array.isArray(document)) return document;
        return { schema, document, operationName: payload.operationName, variableValues: payload.variables };
      },
      context: (ctx) => createContext(services, users.get(ctx) ?? null, addressOf(ctx.extra.request)),
      // Watchers of the same thing share each event's execution (shared-execution.ts).
      subscribe: (args) => sharedSubscribe(args, String((args.contextValue as Context).user?.id ?? 'anonymous')),
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors ? { ...result, errors: result.errors.map(formatted) } : undefined,
      onError: (_ctx, _id, _payload, errors) => errors.map(formatted),
    },
    wss,
  );

  return {
    connections: () => wss.clients.size,
    close: async () => {
      server.off('upgrade', onUpgrade);
      for (const client of wss.clients) client.close(1001, 'Server shutting down');
      // A watcher that does not answer the close handshake is not waited for.
      const closed = new Promise<void>((resolve) => wss.close(() => resolve()));
      const timer = setTimeout(() => wss.clients.forEach((client) => client.terminate()), 1_000);
      await closed;
      clearTimeout(timer);
    },
  };
}

/** The token a client passes in connection_init: { authorization: "Bearer sg_..." } (browsers cannot set headers). */
function authorization(params: Readonly<Record<string, unknown>> | undefined): string | undefined {
  const value = params?.['authorization'] ?? params?.['Authorization'];
  return typeof value === 'string' ? value : undefined;
}

/** WebSocket close reasons are limited to 123 bytes. */
function closeReason(message: string): string {
  return Buffer.byteLength(message) <= 123 ? message : `${message.slice(0, 110)}…`;
}
