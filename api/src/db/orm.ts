import fs from 'node:fs';
import path from 'node:path';
import { MikroORM, type Options } from '@mikro-orm/core';
import { CompiledQuery, type DatabaseConnection } from 'kysely';
import { PgliteDriver } from '@mikro-orm/pglite';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { SqlEntityManager } from '@mikro-orm/sql';
import { ReflectMetadataProvider } from '@mikro-orm/decorators/legacy';
import { Migrator } from '@mikro-orm/migrations';
import { entities } from './entities.js';
import { lockDataDir } from './embedded-lock.js';
import { migrationsList } from './migrations/index.js';

export interface Database {
  orm: MikroORM;
  /** A fresh EntityManager; one per request or job, never the global one. */
  fork(): SqlEntityManager;
  /** 'embedded' (PGlite in a data folder or in memory) or 'server' (DATABASE_URL). */
  kind: 'embedded' | 'server';
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** A postgres:// URL; null for the embedded database. */
  url: string | null;
  /** Folder of the embedded database, or 'memory://' for a throw-away one. */
  dataDir: string;
  /**
   * Seconds after which PostgreSQL cancels a statement (error 57014), so no request holds the
   * database for long; 0 or absent for none. PGlite has no timers to enforce it: ignored there.
   */
  statementTimeoutSeconds?: number;
  /**
   * For a 'memory://' embedded database only: start as a copy of this one (PGlite's `dumpDataDir`)
   * instead of an empty cluster, skipping initdb in WASM (seconds) and the migrations already in it.
   * The tests open each file's database from one copy migrated at the start of the run.
   */
  startFrom?: Blob;
  debug?: boolean;
}

export function ormOptions(options: DatabaseOptions): Partial<Options> {
  const common: Partial<Options> = {
    entities,
    metadataProvider: ReflectMetadataProvider,
    extensions: [Migrator],
    migrations: { migrationsList, transactional: true, allOrNothing: true, snapshot: false, silent: true },
    allowGlobalContext: false,
    debug: options.debug ?? false,
  };
  if (options.url) {
    return {
      ...common,
      driver: PostgreSqlDriver,
      clientUrl: options.url,
      // The analytics statements are many small index lookups that the planner costs as big scans:
      // JIT compiled them for 0.3-0.5 s each to save nothing. Off for our sessions only.
      onCreateConnection: async (connection: unknown) => {
        await (connection as DatabaseConnection).executeQuery(CompiledQuery.raw('set jit = off'));
        const timeoutMs = Math.round((options.statementTimeoutSeconds ?? 0) * 1000);
        await (connection as DatabaseConnection).executeQuery(
          CompiledQuery.raw(`set statement_timeout = ${timeoutMs}`),
        );
      },
    };
  }
  if (options.startFrom && options.dataDir !== 'memory://') {
    throw new Error('startFrom is for an in-memory embedded database only');
  }
  return {
    ...common,
    driver: PgliteDriver,
    dbName: embeddedDir(options.dataDir),
    // A function: MikroORM copies the options object deeply, which would leave a Blob unreadable.
    ...(options.startFrom ? { driverOptions: () => ({ loadDataDir: options.startFrom }) } : {}),
  };
}

function embeddedDir(dataDir: string): string {
  if (dataDir === 'memory://') return dataDir;
  const dir = path.join(dataDir, 'pglite');
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

/** Opens the database the settings name and applies pending migrations (never schema auto-sync). */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const unlock = !options.url && options.dataDir !== 'memory://' ? lockDataDir(embeddedDir(options.dataDir)) : () => {};
  try {
    const orm = await MikroORM.init(ormOptions(options));
    await orm.migrator.up();
    return {
      orm,
      kind: options.url ? 'server' : 'embedded',
      fork: () => orm.em.fork() as SqlEntityManager,
      close: async () => {
        await orm.close(true);
        unlock();
      },
    };
  } catch (error) {
    unlock();
    throw error;
  }
}
