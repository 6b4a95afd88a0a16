import { randomBytes } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import type { Logger } from '../../lib/logger.js';
import type { Delivery, EventBus, LiveEvent } from './event-bus.js';
import { FrameAssembler, toFrames } from './frames.js';
import { addedResults } from './live.sql.js';
import { decodeEvent, encodeEvent } from './wire.js';

/** The channel every Speedgraph process of one database listens on. */
export const LIVE_CHANNEL = 'speedgraph_live';
/** How the listening connection shows in pg_stat_activity (operators, and the reconnection test, find it so). */
export const LISTENER_APPLICATION_NAME = 'speedgraph live';

export interface PgNotifyOptions {
  /** The database to LISTEN on (a dedicated connection, outside the pool). */
  url: string;
  /** A fresh query builder on the pool, for NOTIFY and for reading big batches. */
  db: () => Kysely<unknown>;
  hub: Delivery;
  log: Logger;
  /** Reconnection delays: doubled after each failure, from `initialMs` up to `maxMs`. */
  backoff?: { initialMs: number; maxMs: number };
}

/**
 * Several Speedgraph processes on one PostgreSQL: a process publishes with
 * NOTIFY (after its transaction committed), and every process, the publisher
 * included, LISTENs on a connection of its own and hands what arrives to its
 * hub. A lost connection (restart, failover, pg_terminate_backend) is
 * reopened with backoff and LISTEN resumed, without restarting the server;
 * events sent while it was down are missed (watchers reload on reconnect).
 */
export class PgNotifyBus implements EventBus {
  private client: pg.Client | null = null;
  private pid: number | null = null;
  private stopping = false;
  private failures = 0;
  private reconnects = 0;
  private listenedBefore = false;
  private retry: NodeJS.Timeout | null = null;
  /** Received events are handled one after another, so a batch being read is not overtaken by its reports. */
  private chain: Promise<void> = Promise.resolve();
  private sequence = 0;
  /** Tells this process's frames apart from another's with the same sequence number. */
  private readonly tag = randomBytes(4).toString('hex');
  private readonly assembler = new FrameAssembler();
  private readonly backoff: { initialMs: number; maxMs: number };

  constructor(private readonly options: PgNotifyOptions) {
    this.backoff = options.backoff ?? { initialMs: 100, maxMs: 10_000 };
  }

  /** Other processes may have watchers: every event is sent. */
  hasAudience(): boolean {
    return true;
  }

  async publish(event: LiveEvent): Promise<void> {
    const frames = toFrames(`${this.tag}.${++this.sequence}`, encodeEvent(event));
    // One statement, one transaction: PostgreSQL delivers its notifications together and in order.
    await sql`select pg_notify(${LIVE_CHANNEL}, frame) from unnest(${frames}::text[]) as frame`.execute(
      this.options.db(),
    );
  }

  /** Opens the LISTEN connection; if the database refuses now, keeps trying in the background. */
  async start(): Promise<void> {
    this.stopping = false;
    await this.connect();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    if (this.retry) clearTimeout(this.retry);
    this.retry = null;
    const client = this.client;
    this.client = null;
    this.pid = null;
    await client?.end().catch(() => {});
    await this.chain;
  }

  /** Whether LISTEN is in place, on which backend, and how many times it was re-established. */
  status(): { listening: boolean; pid: number | null; reconnects: number } {
    return { listening: this.client !== null, pid: this.pid, reconnects: this.reconnects };
  }

  private async connect(): Promise<void> {
    this.retry = null;
    const client = new pg.Client({
      connectionString: this.options.url,
      application_name: LISTENER_APPLICATION_NAME,
      // A connection that dies silently (a cable, a NAT timeout) is noticed by TCP keepalive.
      keepAlive: true,
    });
    client.on('notification', (message) => {
      if (message.channel === LIVE_CHANNEL && message.payload !== undefined) this.receive(message.payload);
    });
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client, null));
    try {
      await client.connect();
      await client.query(`listen ${LIVE_CHANNEL}`);
      const { rows } = await client.query<{ pid: number }>('select pg_backend_pid() as pid');
      if (this.stopping) {
        await client.end();
        return;
      }
      if (this.listenedBefore) {
        this.reconnects++;
        this.options.log.info('live: LISTEN resumed on a new database connection');
      }
      this.listenedBefore = true;
      this.client = client;
      this.pid = rows[0]?.pid ?? null;
      this.failures = 0;
      // Frames of an event begun on the old connection will never complete.
      this.assembler.clear();
    } catch (error) {
      retire(client);
      await client.end().catch(() => {});
      this.scheduleReconnect(error);
    }
  }

  private lost(client: pg.Client, error: Error | null) {
    if (client !== this.client) return;
    this.client = null;
    this.pid = null;
    retire(client);
    void client.end().catch(() => {});
    if (this.stopping) return;
    this.options.log.warn(
      `live: the LISTEN connection was lost${error ? ` (${error.message})` : ''}; reconnecting, events sent meanwhile are missed`,
    );
    this.scheduleReconnect(null);
  }

  private scheduleReconnect(error: unknown) {
    if (this.stopping || this.retry) return;
    const base = Math.min(this.backoff.maxMs, this.backoff.initialMs * 2 ** this.failures);
    // Jitter, so processes that lost the database together do not return in lockstep.
    const delay = Math.round(base * (0.5 + Math.random() / 2));
    this.failures++;
    if (error) {
      this.options.log.warn(`live: could not LISTEN (${(error as Error).message}); retrying in ${delay} ms`);
    }
    this.retry = setTimeout(() => void this.connect(), delay);
  }

  private receive(frame: string) {
    let text: string | null;
    try {
      text = this.assembler.accept(frame);
    } catch (error) {
      this.options.log.warn('live: ignored a malformed notification', error);
      return;
    }
    if (text === null) return;
    const complete = text;
    this.chain = this.chain
      .then(() => this.handle(complete))
      .catch((error: unknown) => this.options.log.error('live: could not deliver an event', error));
  }

  private async handle(text: string): Promise<void> {
    const decoded = decodeEvent(text);
    if ('event' in decoded) {
      this.options.hub.deliver(decoded.event);
      return;
    }
    // A batch too big for a notification: read once here, for all of this process's watchers.
    if (!this.options.hub.wants('resultsAdded')) return;
    const results = await addedResults(this.options.db(), decoded.read);
    if (results.length > 0) this.options.hub.deliver({ topic: 'resultsAdded', payload: { results } });
  }
}

/** A connection we no longer use: late events from it must not count, nor crash the process. */
function retire(client: pg.Client) {
  client.removeAllListeners();
  client.on('error', () => {});
}
